//! The one error type of handlers. Internal errors are logged once with their cause and
//! shown to users as a plain page in their language (see `web::errors`).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Not there, or not for this user: the two look the same from outside.
    #[error("not found")]
    NotFound,
    #[error("login required")]
    LoginRequired { next: String },
    /// Logged in with a one-time password: a password of one's own comes first.
    #[error("a new password is required")]
    PasswordChangeRequired,
    #[error("bad request")]
    BadRequest,
    #[error("the form was sent from a page that is no longer valid")]
    Csrf,
    /// The database cannot be reached now; the request may be tried again.
    #[error("database unavailable: {0}")]
    Unavailable(sqlx::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        if is_outage(&error) {
            AppError::Unavailable(error)
        } else {
            AppError::Internal(error.into())
        }
    }
}

/// Errors that mean the database is out of reach (down, restarting, unreachable, out of
/// connections) rather than a fault in a query.
pub fn is_outage(error: &sqlx::Error) -> bool {
    use sqlx::Error as E;
    match error {
        E::PoolTimedOut | E::PoolClosed | E::Io(_) | E::Tls(_) | E::WorkerCrashed => true,
        // The server is shutting down or refusing connections (class 57, 08).
        E::Database(db) => db
            .code()
            .is_some_and(|c| c.starts_with("57P") || c.starts_with("08")),
        _ => false,
    }
}

/// Marks a response as an error page to be rendered in the user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorPage {
    NotFound,
    BadRequest,
    Csrf,
    Conflict,
    TooLarge,
    Timeout,
    Unavailable,
    Internal,
}

impl ErrorPage {
    pub fn from_status(status: StatusCode) -> Self {
        match status {
            StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => ErrorPage::NotFound,
            StatusCode::PAYLOAD_TOO_LARGE => ErrorPage::TooLarge,
            StatusCode::REQUEST_TIMEOUT => ErrorPage::Timeout,
            StatusCode::CONFLICT => ErrorPage::Conflict,
            StatusCode::SERVICE_UNAVAILABLE => ErrorPage::Unavailable,
            s if s.is_client_error() => ErrorPage::BadRequest,
            _ => ErrorPage::Internal,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, page) = match self {
            AppError::NotFound => (StatusCode::NOT_FOUND, ErrorPage::NotFound),
            AppError::LoginRequired { next } => {
                let target = format!("/login?next={}", encode_query_value(&next));
                return Redirect::to(&target).into_response();
            }
            AppError::PasswordChangeRequired => {
                return Redirect::to(crate::auth::password::CHANGE_PATH).into_response();
            }
            AppError::BadRequest => (StatusCode::BAD_REQUEST, ErrorPage::BadRequest),
            AppError::Csrf => (StatusCode::FORBIDDEN, ErrorPage::Csrf),
            AppError::Unavailable(error) => {
                tracing::error!(%error, "database unavailable");
                let mut response = StatusCode::SERVICE_UNAVAILABLE.into_response();
                response.extensions_mut().insert(ErrorPage::Unavailable);
                response.headers_mut().insert(
                    axum::http::header::RETRY_AFTER,
                    axum::http::HeaderValue::from_static("30"),
                );
                return response;
            }
            AppError::Internal(error) => {
                tracing::error!(error = format!("{error:#}"), "internal error");
                (StatusCode::INTERNAL_SERVER_ERROR, ErrorPage::Internal)
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(page);
        response
    }
}

/// Percent-encodes a value for a query string.
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

pub type AppResult<T> = Result<T, AppError>;
