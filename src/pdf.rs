//! PDF of the official documents, rendered by headless Chromium from the same print view
//! the browser shows: the fonts are embedded and the text stays extractable, with its
//! Vietnamese marks. The page is written to a private temporary folder with its style
//! sheet and opened as a file; its content security policy allows nothing but that style
//! sheet (no scripts, no network). A few renders run at once, each cut off after a minute.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::Duration;

use tokio::process::Command;
use tokio::sync::Semaphore;

/// The print style sheet, also served to browsers as `/static/print.css`.
pub const PRINT_CSS: &str = include_str!("../static/print.css");

/// Renders run at once at most; more wait their turn.
static RENDERS: LazyLock<Semaphore> = LazyLock::new(|| Semaphore::new(2));

const TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("no PDF renderer (Chromium) was found on this server")]
    NoRenderer,
    #[error("the PDF renderer failed: {0}")]
    Failed(String),
}

/// The Chromium to use: the one configured, or the first of the usual names on PATH.
pub fn find_renderer(configured: Option<&Path>) -> Option<PathBuf> {
    if let Some(path) = configured {
        return path.is_file().then(|| path.to_owned());
    }
    let path = std::env::var_os("PATH")?;
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
    .find(|candidate| candidate.is_file())
}

/// Renders `html` (a whole page linking `print.css` beside it) to PDF bytes.
pub async fn render(renderer: Option<&Path>, html: &str) -> Result<Vec<u8>, PdfError> {
    let renderer = renderer.ok_or(PdfError::NoRenderer)?;
    let _turn = RENDERS
        .acquire()
        .await
        .map_err(|e| PdfError::Failed(e.to_string()))?;
    let dir = tempfile::tempdir().map_err(|e| PdfError::Failed(e.to_string()))?;
    let page = dir.path().join("document.html");
    let out = dir.path().join("document.pdf");
    tokio::fs::write(&page, html)
        .await
        .map_err(|e| PdfError::Failed(e.to_string()))?;
    tokio::fs::write(dir.path().join("print.css"), PRINT_CSS)
        .await
        .map_err(|e| PdfError::Failed(e.to_string()))?;
    let mut command = Command::new(renderer);
    command
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--no-pdf-header-footer",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("--print-to-pdf={}", out.display()))
        .arg(format!("file://{}", page.display()))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true);
    let child = command
        .spawn()
        .map_err(|e| PdfError::Failed(format!("{}: {e}", renderer.display())))?;
    let output = tokio::time::timeout(TIMEOUT, child.wait_with_output())
        .await
        .map_err(|_| PdfError::Failed("timed out".into()))?
        .map_err(|e| PdfError::Failed(e.to_string()))?;
    let pdf = tokio::fs::read(&out).await.map_err(|_| {
        PdfError::Failed(format!(
            "{} ({})",
            output.status,
            String::from_utf8_lossy(&output.stderr)
                .lines()
                .last()
                .unwrap_or_default()
        ))
    })?;
    if !pdf.starts_with(b"%PDF") {
        return Err(PdfError::Failed("the output is not a PDF".into()));
    }
    Ok(pdf)
}
