//! Command line and environment configuration.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Personal plans, collective plans and commitments under Directive 05-CT/TW.
#[derive(Debug, Parser)]
#[command(version, about, long_about = None)]
pub struct Cli {
    /// Log format.
    #[arg(long, env = "LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server (migrations run at start).
    Serve(ServeArgs),
    /// Run migrations and, with --demo, load the demo data; then exit.
    Migrate(DatabaseArgs),
    /// Start a throwaway PostgreSQL cluster, run a command with DATABASE_URL pointing at
    /// it, then stop the cluster. The test suite runs this way.
    DbExec(DbExecArgs),
    /// Fill the database with a generated province or city on top of the demo (for
    /// benchmarks): the tree, members, accounts and several years of plans.
    Generate(GenerateArgs),
    /// Rate members as the year-end rules would, touching no database: cases as JSON on
    /// standard input, ratings with their explanations as JSON on standard output (the
    /// same code as the pages). Bad input: a message naming the member and the field,
    /// exit status 2.
    Rate,
    /// Propose the year-end ratings of every member and unit of a subtree (the whole
    /// province without --org) in one pass, print the counts per level per unit, and store
    /// the proposals with their explanations (decided ratings are left alone).
    Score(ScoreArgs),
    /// Check a spreadsheet of units and members as the import page does, print what
    /// applying it would do and every problem by row and column, and with --apply apply
    /// it in one transaction as the given administrator (for files too large to upload,
    /// and for the benchmark).
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// The .xlsx or .csv file.
    pub file: std::path::PathBuf,
    /// The administrator's login the import is recorded under.
    #[arg(long = "as")]
    pub login: String,
    /// Apply it when it has no problems.
    #[arg(long)]
    pub apply: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    Table,
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// The year to rate.
    #[arg(long)]
    pub year: i32,
    /// The code of the unit whose subtree is rated (a unit inside a grassroots
    /// organisation rates the whole organisation, for the quota).
    #[arg(long)]
    pub org: Option<String>,
    /// Compute and print, store nothing.
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long, value_enum, default_value_t = ScoreFormat::Table)]
    pub format: ScoreFormat,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// How many members (a merged province has about 130,000, a big city about 500,000).
    #[arg(long, default_value_t = 130_000)]
    pub members: usize,
    /// The years to fill, comma-separated; all but the last are closed afterwards.
    #[arg(long, value_delimiter = ',', default_values_t = [2024, 2025, 2026])]
    pub years: Vec<i32>,
    /// Seed of the random choices: the same seed gives the same data.
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
}

#[derive(Debug, Args)]
pub struct DatabaseArgs {
    /// PostgreSQL server to use. Without it, a private cluster is created and started in
    /// DATA_DIR/postgres from the installed PostgreSQL server binaries.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// Folder for the private PostgreSQL cluster (when DATABASE_URL is not set).
    #[arg(long, env = "DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,
    /// Load the demo data (Quảng Trị 2017); loading it twice changes nothing.
    #[arg(long)]
    pub demo: bool,
    /// Most database connections the server holds.
    #[arg(long, env = "DB_MAX_CONNECTIONS", default_value_t = 16)]
    pub db_max_connections: u32,
    /// Milliseconds a request waits for a database connection before it is told that the
    /// service is unavailable (503).
    #[arg(long, env = "DB_ACQUIRE_TIMEOUT_MS", default_value_t = 2000)]
    pub db_acquire_timeout_ms: u64,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Address to listen on.
    #[arg(long, env = "BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// Mark the session cookie Secure (set this behind HTTPS).
    #[arg(long, env = "SECURE_COOKIES")]
    pub secure_cookies: bool,
    /// Serve the static files (CSS, images) from this folder instead of those built into
    /// the binary (for development).
    #[arg(long, env = "STATIC_DIR")]
    pub static_dir: Option<PathBuf>,
    /// Seconds after which a request is cut off.
    #[arg(long, env = "REQUEST_TIMEOUT_SECS", default_value_t = 30)]
    pub request_timeout_secs: u64,
    /// Seconds a client may take to send a request's headers, and may stay idle between
    /// requests on a kept-alive connection, before the connection is closed.
    #[arg(long, env = "HEADER_TIMEOUT_SECS", default_value_t = 10)]
    pub header_timeout_secs: u64,
    /// Most connections open at once; more are closed at once (also kept below the
    /// process's open-file limit).
    #[arg(long, env = "MAX_CONNECTIONS", default_value_t = 4096)]
    pub max_connections: usize,
    /// Addresses (or networks, e.g. 10.0.0.0/8) of reverse proxies whose client-address
    /// header is believed; comma-separated. Without it the header is ignored.
    #[arg(long, env = "TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The header in which the trusted proxies name the client's address.
    #[arg(long, env = "CLIENT_IP_HEADER", default_value = "x-forwarded-for")]
    pub client_ip_header: String,
    /// Chromium (or Chrome) used to render documents as PDF; by default the first of
    /// chromium, chromium-browser, google-chrome on PATH. Without one, documents can still
    /// be printed from the browser.
    #[arg(long, env = "CHROMIUM")]
    pub chromium: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DbExecArgs {
    /// Folder for the throwaway cluster; a new temporary folder when not given. It is
    /// removed afterwards only when it was made here.
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// The command to run, after `--`.
    #[arg(trailing_var_arg = true, required = true)]
    pub command: Vec<String>,
}

/// What the web application needs to know at run time.
#[derive(Debug, Clone)]
pub struct AppConfig {
    pub secure_cookies: bool,
    /// Static files from a folder instead of those built in.
    pub static_dir: Option<PathBuf>,
    pub request_timeout_secs: u64,
    pub trusted_proxies: Vec<ipnet::IpNet>,
    pub client_ip_header: axum::http::HeaderName,
    /// The Chromium that renders PDFs, if there is one.
    pub pdf_renderer: Option<PathBuf>,
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            secure_cookies: false,
            static_dir: None,
            request_timeout_secs: 30,
            trusted_proxies: Vec::new(),
            client_ip_header: axum::http::HeaderName::from_static("x-forwarded-for"),
            pdf_renderer: crate::pdf::find_renderer(None),
        }
    }
}

/// How connections are served.
#[derive(Debug, Clone, Copy)]
pub struct ServerLimits {
    pub header_timeout: std::time::Duration,
    pub max_connections: usize,
}

impl Default for ServerLimits {
    fn default() -> Self {
        ServerLimits {
            header_timeout: std::time::Duration::from_secs(10),
            max_connections: 4096,
        }
    }
}
