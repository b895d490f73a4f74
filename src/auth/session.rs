//! Server-side sessions (PostgreSQL via tower-sessions) and the current-user extractor.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use rand::RngCore;
use tower_sessions::Session;

use crate::auth::permission::Actor;
use crate::domain::ids::AccountId;
use crate::error::AppError;
use crate::state::AppState;

pub const ACCOUNT_KEY: &str = "account_id";
pub const CSRF_KEY: &str = "csrf";
pub const FLASH_KEY: &str = "flash";

/// The logged-in user: who they are (for pages) and what they hold (for permissions).
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub actor: Actor,
    pub login: String,
    pub display_name: String,
    pub is_admin: bool,
    /// Whether the user holds an office that approves personal plans (shows the queue).
    pub decides_plans: bool,
    /// Whether the user is a member of a cell expected to file a personal plan (not
    /// exempted, suspended or transferred out).
    pub files_plan: bool,
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        // After logging in, a GET is repeated; a form cannot be, so it goes home.
        let next = match (&parts.method, parts.uri.path_and_query()) {
            (&axum::http::Method::GET, Some(p)) => p.as_str().to_owned(),
            _ => "/".to_owned(),
        };
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::Internal(anyhow::anyhow!("session layer missing")))?;
        let account: Option<AccountId> = session
            .get(ACCOUNT_KEY)
            .await
            .map_err(|e| AppError::Internal(e.into()))?;
        let Some(account) = account else {
            return Err(AppError::LoginRequired { next });
        };
        let mut conn = state.pool.acquire().await?;
        match crate::db::accounts::load_current_user(&mut conn, account).await? {
            Some(user) => Ok(user),
            None => {
                // The account was deactivated or removed: end the session.
                session
                    .flush()
                    .await
                    .map_err(|e| AppError::Internal(e.into()))?;
                Err(AppError::LoginRequired { next })
            }
        }
    }
}

/// The session's CSRF token, made on first use.
pub async fn csrf_token(session: &Session) -> Result<String, AppError> {
    if let Some(token) = session
        .get::<String>(CSRF_KEY)
        .await
        .map_err(|e| AppError::Internal(e.into()))?
    {
        return Ok(token);
    }
    let token = new_token();
    session
        .insert(CSRF_KEY, &token)
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(token)
}

pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Leaves a message (an i18n key) for the next page this session sees.
pub async fn set_flash(session: &Session, key: &str) -> Result<(), AppError> {
    session
        .insert(FLASH_KEY, key)
        .await
        .map_err(|e| AppError::Internal(e.into()))
}

/// Takes the message left for this page, if any.
pub async fn take_flash(session: &Session) -> Result<Option<String>, AppError> {
    session
        .remove::<String>(FLASH_KEY)
        .await
        .map_err(|e| AppError::Internal(e.into()))
}
