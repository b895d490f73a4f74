//! The commands: start the database (embedded or given), migrate, seed, serve, shut down.

use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use sqlx::PgPool;

use crate::config::{
    AppConfig, DatabaseArgs, DbExecArgs, GenerateArgs, ImportArgs, ScoreArgs, ScoreFormat,
    ServeArgs, ServerLimits,
};
use crate::db::embedded::{self, Cluster, Durability};
use crate::domain::Named;

/// The database the product runs on, and the cluster behind it when we started one.
struct Database {
    pool: PgPool,
    cluster: Option<Cluster>,
}

impl Database {
    async fn open(args: &DatabaseArgs) -> anyhow::Result<Self> {
        let (url, cluster) = match &args.database_url {
            Some(url) => (url.clone(), None),
            None => {
                let dir = args.data_dir.join("postgres");
                tracing::info!(dir = %dir.display(), "starting the private PostgreSQL cluster");
                let cluster =
                    tokio::task::spawn_blocking(move || Cluster::start(&dir, Durability::Durable))
                        .await??;
                create_database(&cluster.admin_url(), embedded::DATABASE_NAME).await?;
                (cluster.url_for(embedded::DATABASE_NAME), Some(cluster))
            }
        };
        let pool = crate::db::pool_options(args.db_max_connections, args.db_acquire_timeout_ms)
            .connect(&url)
            .await
            .with_context(|| {
                if cluster.is_some() {
                    "could not connect to the private PostgreSQL cluster".to_owned()
                } else {
                    "could not connect to DATABASE_URL: check that the server runs and the URL \
                     is right, or unset DATABASE_URL to use a private cluster"
                        .to_owned()
                }
            })?;
        sqlx::migrate!()
            .run(&pool)
            .await
            .context("could not run the migrations")?;
        if args.demo {
            crate::demo::seed(&pool).await?;
        }
        Ok(Database { pool, cluster })
    }

    async fn close(self) -> anyhow::Result<()> {
        self.pool.close().await;
        if let Some(cluster) = self.cluster {
            tracing::info!("stopping the private PostgreSQL cluster");
            tokio::task::spawn_blocking(move || cluster.stop()).await??;
        }
        Ok(())
    }
}

async fn create_database(admin_url: &str, name: &str) -> anyhow::Result<()> {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(admin_url).await?;
    let exists: bool =
        sqlx::query_scalar("select exists (select 1 from pg_database where datname = $1)")
            .bind(name)
            .fetch_one(&mut conn)
            .await?;
    if !exists {
        sqlx::query(&format!("create database \"{name}\" encoding 'UTF8'"))
            .execute(&mut conn)
            .await?;
    }
    Ok(())
}

pub async fn serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let database = Database::open(&args.database).await?;
    let client_ip_header = axum::http::HeaderName::try_from(args.client_ip_header.as_str())
        .with_context(|| {
            format!(
                "--client-ip-header {:?} is not a header name",
                args.client_ip_header
            )
        })?;
    let config = AppConfig {
        secure_cookies: args.secure_cookies,
        static_dir: args.static_dir.clone(),
        request_timeout_secs: args.request_timeout_secs,
        trusted_proxies: args.trusted_proxies.clone(),
        client_ip_header,
        pdf_renderer: crate::pdf::find_renderer(args.chromium.as_deref()),
    };
    match &config.pdf_renderer {
        Some(path) => tracing::info!(renderer = %path.display(), "PDF documents are rendered"),
        None => tracing::warn!(
            "no Chromium found (--chromium): documents can be printed but not downloaded as PDF"
        ),
    }
    let limits = ServerLimits {
        header_timeout: Duration::from_secs(args.header_timeout_secs.max(1)),
        max_connections: crate::server::connection_capacity(args.max_connections),
    };
    let result = async {
        let app = crate::build_app(database.pool.clone(), config).await?;
        let listener = tokio::net::TcpListener::bind(args.bind)
            .await
            .with_context(|| format!("could not listen on {}", args.bind))?;
        let address = listener.local_addr()?;
        tracing::info!(%address, max_connections = limits.max_connections, "listening");
        println!("Open http://{address}/ in a browser.");
        if args.database.demo {
            println!("Demo logins are listed in README.md (for example bithu.kp3 / demo2017).");
        }
        crate::server::serve(listener, app, limits, shutdown_signal()).await;
        anyhow::Ok(())
    }
    .await;
    database.close().await?;
    result.map(|()| ExitCode::SUCCESS)
}

pub async fn migrate(args: DatabaseArgs) -> anyhow::Result<ExitCode> {
    let database = Database::open(&args).await?;
    database.close().await?;
    Ok(ExitCode::SUCCESS)
}

/// `pledges rate`: standard input to standard output, no database.
pub fn rate() -> anyhow::Result<ExitCode> {
    use std::io::{Read, Write};
    let mut text = String::new();
    if let Err(error) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("error: could not read standard input as UTF-8 text: {error}");
        return Ok(ExitCode::from(2));
    }
    let request = match crate::domain::rating_input::parse(&text) {
        Ok(request) => request,
        Err(error) => {
            eprintln!("error: {error}");
            return Ok(ExitCode::from(2));
        }
    };
    let ratings = crate::domain::rating::rate(&request.params, &request.members);
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "ratings": ratings }))?;
    writeln!(out)?;
    Ok(ExitCode::SUCCESS)
}

/// `pledges score`: proposals for a subtree, counts per level per unit on standard output.
pub async fn score(args: ScoreArgs) -> anyhow::Result<ExitCode> {
    let database = Database::open(&args.database).await?;
    let result = score_report(&database.pool, &args, &mut std::io::stdout().lock()).await;
    database.close().await?;
    result.map(|()| ExitCode::SUCCESS)
}

/// What `pledges score` does, writing its report to `out`. A closed year is only scored
/// with `--dry-run`: its ratings are final.
pub async fn score_report(
    pool: &PgPool,
    args: &ScoreArgs,
    out: &mut impl std::io::Write,
) -> anyhow::Result<()> {
    let mut tx = crate::db::begin(pool).await?;
    let phase: Option<crate::domain::year::Phase> = sqlx::query_scalar!(
        r#"select phase as "phase: crate::domain::year::Phase" from years where year = $1"#,
        args.year
    )
    .fetch_optional(&mut *tx)
    .await?;
    match phase {
        None => anyhow::bail!("there is no year {}", args.year),
        Some(p) if !p.is_open() && !args.dry_run => {
            anyhow::bail!(
                "{} is closed: its ratings are final (use --dry-run to compare)",
                args.year
            )
        }
        Some(_) => {}
    }
    let unit = match &args.org {
        Some(code) => sqlx::query_scalar!(
            r#"select id as "id: crate::domain::ids::OrgUnitId" from org_units where code = $1"#,
            code
        )
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| anyhow::anyhow!("there is no unit with code {code:?}"))?,
        None => sqlx::query_scalar!(
            r#"select id as "id: crate::domain::ids::OrgUnitId" from org_units
               where kind = 'province' order by id limit 1"#
        )
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the database has no province"))?,
    };
    let started = std::time::Instant::now();
    let scored = crate::scoring::score(&mut tx, args.year, unit).await?;
    let computed = started.elapsed();
    let written = if args.dry_run {
        None
    } else {
        let written = crate::scoring::write(&mut tx, &scored, None, None).await?;
        tx.commit().await?;
        Some(written)
    };
    let elapsed = started.elapsed();
    let counts = scored.counts();
    match args.format {
        ScoreFormat::Json => {
            serde_json::to_writer_pretty(
                &mut *out,
                &serde_json::json!({
                    "year": args.year,
                    "scheme": scored.params.scheme,
                    "dry_run": args.dry_run,
                    "members": scored.members.len(),
                    "units": scored.units.len(),
                    "written": written,
                    "counts": counts,
                }),
            )?;
            writeln!(out)?;
        }
        ScoreFormat::Csv => {
            let mut csv = csv::Writer::from_writer(&mut *out);
            csv.write_record([
                "scope",
                "name",
                "rated",
                "HTXSNV",
                "HTTNV",
                "HTNV",
                "KHTNV",
                "not_rated",
            ])?;
            for c in &counts {
                csv.write_record([
                    c.scope.clone(),
                    c.name.clone(),
                    c.subjects.to_owned(),
                    c.excellent.to_string(),
                    c.good.to_string(),
                    c.completed.to_string(),
                    c.not_completed.to_string(),
                    c.not_rated.to_string(),
                ])?;
            }
            csv.flush()?;
        }
        ScoreFormat::Table => {
            writeln!(
                out,
                "{:<14} {:<40} {:<8} {:>7} {:>7} {:>7} {:>7} {:>9}",
                "scope", "name", "rated", "HTXSNV", "HTTNV", "HTNV", "KHTNV", "not rated"
            )?;
            for c in &counts {
                let name: String = c.name.chars().take(40).collect();
                writeln!(
                    out,
                    "{:<14} {:<40} {:<8} {:>7} {:>7} {:>7} {:>7} {:>9}",
                    c.scope,
                    name,
                    c.subjects,
                    c.excellent,
                    c.good,
                    c.completed,
                    c.not_completed,
                    c.not_rated
                )?;
            }
            writeln!(
                out,
                "{} members and {} units rated under {} in {:.2} s (computed in {:.2} s){}",
                scored.members.len(),
                scored.units.len(),
                scored.params.scheme.as_str(),
                elapsed.as_secs_f64(),
                computed.as_secs_f64(),
                match written {
                    Some(w) => format!(
                        "; {} member and {} unit proposals stored",
                        w.members, w.units
                    ),
                    None => "; dry run, nothing stored".to_owned(),
                }
            )?;
        }
    }
    Ok(())
}

pub async fn generate(args: GenerateArgs) -> anyhow::Result<ExitCode> {
    let database = Database::open(&args.database).await?;
    let options = crate::demo::generate::Options {
        members: args.members,
        years: args.years,
        seed: args.seed,
    };
    let result = crate::demo::generate::run(&database.pool, &options).await;
    database.close().await?;
    result.map(|()| ExitCode::SUCCESS)
}

pub async fn db_exec(args: DbExecArgs) -> anyhow::Result<ExitCode> {
    let (dir, made_here) = match args.data_dir {
        Some(dir) => (dir, false),
        None => {
            let dir = std::env::temp_dir().join(format!("pledges-pg-{}", std::process::id()));
            (dir, true)
        }
    };
    let start_dir = dir.clone();
    let cluster =
        tokio::task::spawn_blocking(move || Cluster::start(&start_dir, Durability::Throwaway))
            .await??;
    // Ctrl-C reaches the command too; we wait for it to end, then stop the cluster.
    tokio::spawn(async {
        loop {
            if tokio::signal::ctrl_c().await.is_err() {
                break;
            }
        }
    });
    let (program, rest) = args
        .command
        .split_first()
        .context("no command given after --")?;
    let status = tokio::process::Command::new(program)
        .args(rest)
        .env("DATABASE_URL", cluster.admin_url())
        // Builds started by the command use the committed query metadata in .sqlx/
        // rather than this throwaway database.
        .env("SQLX_OFFLINE", "true")
        .status()
        .await;
    let stopped = tokio::task::spawn_blocking(move || cluster.stop()).await?;
    if made_here {
        let _ = std::fs::remove_dir_all(&dir);
    }
    stopped?;
    let status = status.with_context(|| format!("could not run {program}"))?;
    Ok(match status.code() {
        Some(0) => ExitCode::SUCCESS,
        Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        None => ExitCode::FAILURE,
    })
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

/// `pledges import`: checks a file as the import page does and, with `--apply`, applies it;
/// exit status 2 when the file is refused or has problems.
pub async fn import(args: ImportArgs) -> anyhow::Result<ExitCode> {
    let database = Database::open(&args.database).await?;
    let result = import_file(&database.pool, &args).await;
    database.close().await?;
    result
}

/// What `pledges import` does on an open database.
pub async fn import_file(pool: &PgPool, args: &ImportArgs) -> anyhow::Result<ExitCode> {
    use crate::domain::deadline::today_in_vietnam;
    let lang = crate::i18n::Lang::default();
    let mut conn = pool.acquire().await?;
    let account = sqlx::query_scalar!(
        r#"select id as "id: crate::domain::ids::AccountId" from accounts where login = $1"#,
        args.login.to_lowercase()
    )
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(|| anyhow::anyhow!("there is no account {:?}", args.login))?;
    let user = crate::db::accounts::user(&mut conn, account)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the account {:?} is not active", args.login))?;
    let actor = crate::auth::session::CurrentUser::from_row(user).actor;
    let name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bytes = std::fs::metadata(&args.file)?.len();
    let started = std::time::Instant::now();
    let id = crate::db::imports::create(pool, account, &name, i64::try_from(bytes)?).await?;
    crate::importer::check(pool, id, &args.file, &name, today_in_vietnam()).await?;
    let checked = started.elapsed();
    let import = crate::db::imports::find(&mut conn, id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("import {id} vanished"))?;
    let rows = import.rows_read;
    eprintln!(
        "import {id}: {rows} rows checked in {:.2} s ({:.0} rows/s)",
        checked.as_secs_f64(),
        rows as f64 / checked.as_secs_f64().max(1e-9)
    );
    if let Some(refusal) = &import.refusal {
        eprintln!(
            "refused: {} {}",
            lang.t(refusal),
            import.refusal_arg.as_deref().unwrap_or("")
        );
        return Ok(ExitCode::from(2));
    }
    for p in crate::db::imports::problems(&mut conn, id, 1000).await? {
        eprintln!(
            "{} row {} column {}: {} ({})",
            p.sheet, p.row_no, p.col, p.problem, p.value
        );
    }
    println!("{}", serde_json::to_string(&import.counts.0)?);
    if import.blocking > 0 {
        return Ok(ExitCode::from(2));
    }
    if args.apply {
        let applying = std::time::Instant::now();
        let mut tx = crate::db::begin(pool).await?;
        if !crate::db::imports::claim(&mut tx, id).await? {
            eprintln!("import {id} is being applied already");
            return Ok(ExitCode::from(2));
        }
        match crate::importer::apply(&mut tx, &actor, id, today_in_vietnam()).await? {
            Ok(counts) => {
                tx.commit().await?;
                let applied = applying.elapsed();
                eprintln!(
                    "import {id}: applied in {:.2} s ({:.0} rows/s; {:.0} rows/s with the check)",
                    applied.as_secs_f64(),
                    rows as f64 / applied.as_secs_f64().max(1e-9),
                    rows as f64 / started.elapsed().as_secs_f64().max(1e-9)
                );
                println!("{}", serde_json::to_string(&counts)?);
            }
            Err(not) => {
                if matches!(not, crate::importer::NotApplied::Problems(_)) {
                    // Nothing is written but the problems found, to be listed.
                    tx.commit().await?;
                }
                eprintln!("not applied: {not:?}");
                return Ok(ExitCode::from(2));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
