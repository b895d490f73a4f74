//! Shared application state handed to every handler.

use std::sync::Arc;

use axum::extract::FromRef;
use sqlx::PgPool;

use crate::auth::secret::FormKey;
use crate::config::AppConfig;

#[derive(Clone)]
pub struct AppState(pub Arc<App>);

pub struct App {
    pub pool: PgPool,
    pub config: AppConfig,
    pub form_key: FormKey,
    /// Where the style sheet is served (content-hashed when embedded).
    pub css_url: &'static str,
    /// Where the print style sheet of official documents is served.
    pub print_css_url: &'static str,
}

impl std::ops::Deref for AppState {
    type Target = App;
    fn deref(&self) -> &App {
        &self.0
    }
}

impl FromRef<AppState> for PgPool {
    fn from_ref(state: &AppState) -> PgPool {
        state.pool.clone()
    }
}
