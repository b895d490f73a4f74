//! CSRF protection for every state-changing request: the form must carry the session's
//! token in the `csrf_token` field. Applied as a middleware, so no handler can forget it.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use subtle::ConstantTimeEq;
use tower_sessions::Session;

use crate::auth::session::CSRF_KEY;
use crate::error::{AppError, ErrorPage};

/// The largest form accepted, in bytes.
pub const MAX_FORM_BYTES: usize = 64 * 1024;
pub const FIELD: &str = "csrf_token";

pub async fn verify(session: Session, request: Request, next: Next) -> Response {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_FORM_BYTES).await else {
        let mut response = StatusCode::PAYLOAD_TOO_LARGE.into_response();
        response.extensions_mut().insert(ErrorPage::TooLarge);
        return response;
    };
    let sent = form_urlencoded_field(&bytes, FIELD);
    let expected: Option<String> = session.get(CSRF_KEY).await.ok().flatten();
    let valid = match (sent, expected) {
        (Some(sent), Some(expected)) => bool::from(sent.as_bytes().ct_eq(expected.as_bytes())),
        _ => false,
    };
    if !valid {
        tracing::warn!(path = %parts.uri.path(), "refused a request without a valid CSRF token");
        return AppError::Csrf.into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

fn form_urlencoded_field(body: &[u8], name: &str) -> Option<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body).ok()?;
    pairs.into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_read_from_a_urlencoded_form() {
        let body = b"a=1&csrf_token=abc%20d&b=2";
        assert_eq!(form_urlencoded_field(body, FIELD).as_deref(), Some("abc d"));
        assert_eq!(form_urlencoded_field(b"a=1", FIELD), None);
        assert_eq!(form_urlencoded_field(&[0xff, 0xfe], FIELD), None);
    }
}
