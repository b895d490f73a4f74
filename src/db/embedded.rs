//! A private PostgreSQL cluster started from the installed server binaries, used when no
//! `DATABASE_URL` is given (by `serve`, and by `db-exec` for the test suite).
//!
//! The cluster listens on 127.0.0.1 only, on a free port chosen at each start, with
//! password authentication; the password is generated at `initdb` and kept in the data
//! folder, readable only by the cluster's owner. Run as root, the cluster is created and
//! run as the `postgres` system user, because `initdb` refuses to run as root.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use anyhow::{Context, bail};
use rand::Rng;
use rand::distributions::Alphanumeric;

/// Name of the file in the data folder that holds the superuser password.
const PASSWORD_FILE: &str = "pledges-password";
/// Database the product uses inside the cluster.
pub const DATABASE_NAME: &str = "pledges";

/// How the cluster should be tuned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// The product's own data: every commit reaches the disk.
    Durable,
    /// Throwaway clusters for tests: `fsync=off`, much faster, lost on a crash.
    Throwaway,
}

/// A running cluster. Stop it with [`Cluster::stop`]; it is not stopped on drop because
/// shutdown must be awaited and logged.
#[derive(Debug)]
pub struct Cluster {
    data_dir: PathBuf,
    bin_dir: PathBuf,
    run_as_postgres: bool,
    port: u16,
    password: String,
}

impl Cluster {
    /// Creates the cluster in `data_dir` if it does not exist yet, then starts it.
    pub fn start(data_dir: &Path, durability: Durability) -> anyhow::Result<Self> {
        let bin_dir = find_bin_dir().context(
            "could not find the PostgreSQL server binaries (initdb, pg_ctl): looked on PATH and \
             in /usr/lib/postgresql/*/bin. Install PostgreSQL (e.g. `apt-get install \
             postgresql`) or set DATABASE_URL to a server you have",
        )?;
        let run_as_postgres = is_root();
        std::fs::create_dir_all(data_dir)
            .with_context(|| format!("could not create the data folder {}", data_dir.display()))?;
        let mut data_dir = data_dir
            .canonicalize()
            .with_context(|| format!("could not resolve {}", data_dir.display()))?;
        if run_as_postgres && !postgres_can_reach(&data_dir) {
            data_dir = relocated(&data_dir)?;
        }
        let mut cluster = Cluster {
            data_dir,
            bin_dir,
            run_as_postgres,
            port: 0,
            password: String::new(),
        };
        if !cluster.data_dir.join("PG_VERSION").exists() {
            cluster.init()?;
        }
        cluster.password = cluster.read_password()?;
        // A cluster left running by a process that was killed: stop it, then start it
        // again on a port we know.
        if cluster.data_dir.join("postmaster.pid").exists() {
            let _ = cluster.pg_ctl(&["stop", "-m", "fast", "-w"]);
        }
        cluster.port = free_port()?;
        let fsync = match durability {
            Durability::Durable => "on",
            Durability::Throwaway => "off",
        };
        let options = format!(
            "-c listen_addresses=127.0.0.1 -c port={} -c unix_socket_directories='' -c fsync={fsync} \
             -c full_page_writes={fsync} -c synchronous_commit={fsync}",
            cluster.port
        );
        let log = cluster.data_dir.join("server.log");
        let log = log.to_string_lossy().into_owned();
        let output = cluster.pg_ctl(&["start", "-w", "-t", "60", "-l", &log, "-o", &options])?;
        if !output.status.success() {
            let tail = std::fs::read_to_string(&log).unwrap_or_default();
            let tail: String = tail.lines().rev().take(15).collect::<Vec<_>>().join("\n");
            bail!(
                "PostgreSQL did not start in {}: {}\n{}\nlast lines of the server log:\n{tail}",
                cluster.data_dir.display(),
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr),
            );
        }
        Ok(cluster)
    }

    /// Connection URL of the maintenance database `postgres`.
    pub fn admin_url(&self) -> String {
        self.url_for("postgres")
    }

    /// Connection URL of a database in this cluster.
    pub fn url_for(&self, database: &str) -> String {
        format!(
            "postgres://postgres:{}@127.0.0.1:{}/{database}",
            self.password, self.port
        )
    }

    /// Stops the cluster, waiting for it to shut down cleanly.
    pub fn stop(&self) -> anyhow::Result<()> {
        let output = self.pg_ctl(&["stop", "-m", "fast", "-w", "-t", "60"])?;
        if !output.status.success() {
            bail!(
                "PostgreSQL did not stop cleanly: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        Ok(())
    }

    fn init(&self) -> anyhow::Result<()> {
        let password: String = rand::thread_rng()
            .sample_iter(&Alphanumeric)
            .take(32)
            .map(char::from)
            .collect();
        if self.run_as_postgres {
            self.chown_to_postgres(&self.data_dir)?;
        }
        // initdb wants an empty folder; the password file goes in once it has run.
        let pwfile = std::env::temp_dir().join(format!(
            "pledges-initdb-{}-{}",
            std::process::id(),
            rand::thread_rng().r#gen::<u32>()
        ));
        std::fs::write(&pwfile, &password).context("could not write a temporary file")?;
        if self.run_as_postgres {
            self.chown_to_postgres(&pwfile)?;
        }
        let data = self.data_dir.to_string_lossy().into_owned();
        let pw = pwfile.to_string_lossy().into_owned();
        let output = self.run_tool(
            "initdb",
            &[
                "-D",
                &data,
                "-U",
                "postgres",
                "--pwfile",
                &pw,
                "--auth-host=scram-sha-256",
                "--auth-local=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            ],
        );
        let _ = std::fs::remove_file(&pwfile);
        let output = output?;
        if !output.status.success() {
            bail!(
                "initdb failed in {}: {}{}\nIf you run as root, the `postgres` system user must \
                 be able to reach this folder; choose another with --data-dir.",
                self.data_dir.display(),
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        let path = self.data_dir.join(PASSWORD_FILE);
        write_private(&path, &password)?;
        if self.run_as_postgres {
            self.chown_to_postgres(&path)?;
        }
        Ok(())
    }

    fn read_password(&self) -> anyhow::Result<String> {
        let path = self.data_dir.join(PASSWORD_FILE);
        let text = std::fs::read_to_string(&path).with_context(|| {
            format!(
                "{} holds a PostgreSQL cluster that this program did not create (no {}); \
                 choose another --data-dir or set DATABASE_URL",
                self.data_dir.display(),
                PASSWORD_FILE
            )
        })?;
        Ok(text.trim().to_owned())
    }

    fn pg_ctl(&self, args: &[&str]) -> anyhow::Result<Output> {
        let data = self.data_dir.to_string_lossy().into_owned();
        let mut all = vec!["-D", data.as_str()];
        all.extend_from_slice(args);
        self.run_tool("pg_ctl", &all)
    }

    fn run_tool(&self, tool: &str, args: &[&str]) -> anyhow::Result<Output> {
        let program = self.bin_dir.join(tool);
        let mut command = if self.run_as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&program);
            c
        } else {
            Command::new(&program)
        };
        // pg_ctl's children must not hold our stdout open, or a parent reading our output
        // (a test runner, a pipe) would wait for the server to exit.
        command
            .args(args)
            .current_dir(&self.data_dir)
            .stdin(std::process::Stdio::null());
        command
            .output()
            .with_context(|| format!("could not run {}", program.display()))
    }

    fn chown_to_postgres(&self, path: &Path) -> anyhow::Result<()> {
        let status = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(path)
            .status()
            .context("could not run chown")?;
        if !status.success() {
            bail!("could not give {} to the postgres user", path.display());
        }
        Ok(())
    }
}

/// Where system data lives when the requested folder is out of the `postgres` user's
/// reach (a checkout in root's home, a private temporary folder).
const RELOCATED_ROOT: &str = "/var/lib/pledges";

/// Whether the `postgres` system user can reach `dir` (every folder above it must let it
/// through); `dir` itself is given to that user when the cluster is created.
fn postgres_can_reach(dir: &Path) -> bool {
    Command::new("runuser")
        .args(["-u", "postgres", "--", "test", "-d"])
        .arg(dir)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A folder under /var/lib/pledges owned by `postgres`, named after the requested one so
/// that every checkout keeps its own cluster and finds it again at the next start. The
/// log and a note in the requested folder say where the data went.
fn relocated(requested: &Path) -> anyhow::Result<PathBuf> {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(requested.as_os_str().as_encoded_bytes());
    let label: String = requested
        .components()
        .rev()
        .take(3)
        .filter_map(|c| c.as_os_str().to_str())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let name = format!("{label}-{}", hex::encode(&digest[..6]));
    let root = Path::new(RELOCATED_ROOT);
    std::fs::create_dir_all(root).with_context(|| format!("could not create {RELOCATED_ROOT}"))?;
    set_mode(root, 0o755)?;
    let dir = root.join(name);
    std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
    set_mode(&dir, 0o700)?;
    let status = Command::new("chown")
        .args(["postgres:postgres"])
        .arg(&dir)
        .status()
        .context("could not run chown")?;
    if !status.success() {
        bail!("could not give {} to the postgres user", dir.display());
    }
    let note = requested.join("WHERE-IS-THE-DATA.txt");
    let _ = std::fs::write(
        &note,
        format!(
            "The postgres system user cannot reach this folder, so the database cluster \
             lives in {}.\n",
            dir.display()
        ),
    );
    tracing::info!(
        requested = %requested.display(),
        data = %dir.display(),
        "the postgres user cannot reach the data folder; the database lives in {}",
        dir.display()
    );
    Ok(dir)
}

fn set_mode(path: &Path, mode: u32) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .with_context(|| format!("could not set the permissions of {}", path.display()))
}

fn write_private(path: &Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("could not create {}", path.display()))?;
    file.write_all(text.as_bytes())?;
    Ok(())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

fn free_port() -> anyhow::Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0").context("no free local port")?;
    Ok(listener.local_addr()?.port())
}

/// Finds the folder holding `initdb` and `pg_ctl`: on PATH first, then the newest
/// `/usr/lib/postgresql/<version>/bin`.
fn find_bin_dir() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            if dir.join("initdb").is_file() && dir.join("pg_ctl").is_file() {
                return Some(dir);
            }
        }
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let version: u32 = entry.file_name().to_str()?.parse().ok()?;
            let bin = entry.path().join("bin");
            bin.join("initdb").is_file().then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}
