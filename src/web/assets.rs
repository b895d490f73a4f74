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

/// The router for the static files, and the address of the style sheet.
pub fn router(static_dir: Option<&Path>) -> (Router<AppState>, &'static str) {
    match static_dir {
        Some(dir) => (
            Router::new().nest_service(PREFIX, ServeDir::new(dir)),
            "/static/app.css",
        ),
        None => {
            let assets = memory_serve::load!()
                .index_file(None)
                .enable_hashed_routes(true)
                .cache_control(CacheControl::Medium);
            let css = assets
                .manifest()
                .get("/app.css")
                .map(|route| format!("{PREFIX}{route}"))
                .unwrap_or_else(|| format!("{PREFIX}/app.css"));
            // Made once per application (at start), as memory-serve expects.
            let css: &'static str = Box::leak(css.into_boxed_str());
            (Router::new().nest(PREFIX, assets.into_router()), css)
        }
    }
}
