//! Static files (CSS, images): embedded in the binary at build time and served from memory
//! under content-hashed names with a one-year immutable cache lifetime, precompressed
//! (brotli and gzip). The release binary needs nothing beside it. `--static-dir` serves a
//! folder instead, for development, under plain names that are revalidated.

use std::path::Path;

use axum::Router;
use memory_serve::CacheControl;
use tower_http::services::ServeDir;

use crate::state::AppState;

/// Where the static files are served.
pub const PREFIX: &str = "/static";

/// The router for the static files, and the addresses of the style sheets (the screens',
/// the official documents').
pub fn router(static_dir: Option<&Path>) -> (Router<AppState>, &'static str, &'static str) {
    match static_dir {
        Some(dir) => (
            Router::new().nest_service(PREFIX, ServeDir::new(dir)),
            "/static/app.css",
            "/static/print.css",
        ),
        None => {
            let assets = memory_serve::load!()
                .index_file(None)
                .enable_hashed_routes(true)
                .cache_control(CacheControl::Medium);
            // Made once per application (at start), as memory-serve expects.
            let hashed = |file: &str| -> &'static str {
                let url = assets
                    .manifest()
                    .get(file)
                    .map(|route| format!("{PREFIX}{route}"))
                    .unwrap_or_else(|| format!("{PREFIX}{file}"));
                Box::leak(url.into_boxed_str())
            };
            let css = hashed("/app.css");
            let print_css = hashed("/print.css");
            (
                Router::new().nest(PREFIX, assets.into_router()),
                css,
                print_css,
            )
        }
    }
}
