//! Entry point: parses the command line, starts logging and hands over to the library.

use clap::Parser;
use pledges::config::{Cli, Command, LogFormat};

/// mimalloc hands the large blocks of password hashing (about 19 MiB each) back to the
/// system soon after use; glibc's allocator keeps them, and a server that had handled a
/// few dozen logins held about 800 MB.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    init_tracing(cli.log_format);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("could not start the async runtime: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Serve(args) => pledges::run::serve(args).await,
            Command::Migrate(args) => pledges::run::migrate(args).await,
            Command::DbExec(args) => pledges::run::db_exec(args).await,
            Command::Generate(args) => pledges::run::generate(args).await,
            Command::Rate => pledges::run::rate(),
            Command::Score(args) => pledges::run::score(args).await,
            Command::Import(args) => pledges::run::import(args).await,
        }
    });
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn init_tracing(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx=warn".into());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}
