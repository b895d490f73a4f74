//! CSRF protection for every state-changing request, applied as a middleware so that no
//! handler can forget it: the request must come from one of our own pages (its `Origin`,
//! or else its `Referer`, names this host) and its form must carry a token made from the
//! session's (or the anonymous visitor's) form secret.
//!
//! The token is masked with a fresh random pad on every page, so it never appears twice in
//! the same form on compressed pages that also reflect what the request sent (BREACH).

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rand::RngCore;
use subtle::ConstantTimeEq;

use crate::auth::session::RequestSession;
use crate::error::{AppError, ErrorPage};

/// The largest form accepted, in bytes.
pub const MAX_FORM_BYTES: usize = 64 * 1024;
pub const FIELD: &str = "csrf_token";

impl RequestSession {
    /// A fresh token for a form on this page (masked anew each time).
    pub fn csrf_token(&self) -> String {
        mask(&self.form_secret)
    }
}

/// A token for `secret`: a random pad, then the secret XOR the pad, as hex.
pub fn mask(secret: &[u8; 32]) -> String {
    let mut pad = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut pad);
    let mut out = [0u8; 64];
    out[..32].copy_from_slice(&pad);
    for i in 0..32 {
        out[32 + i] = pad[i] ^ secret[i];
    }
    hex::encode(out)
}

/// Whether a token sent back was made from `secret`.
pub fn matches(token: &str, secret: &[u8; 32]) -> bool {
    let mut bytes = [0u8; 64];
    if hex::decode_to_slice(token.trim(), &mut bytes).is_err() {
        return false;
    }
    let mut unmasked = [0u8; 32];
    for i in 0..32 {
        unmasked[i] = bytes[i] ^ bytes[32 + i];
    }
    bool::from(unmasked.ct_eq(secret))
}

pub async fn verify(request: Request, next: Next) -> Response {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    if !same_origin(&parts.headers) {
        tracing::warn!(path = %parts.uri.path(), "refused a form sent from another site");
        return AppError::Csrf.into_response();
    }
    if is_multipart(&parts.headers) {
        return verify_upload(parts, body, next).await;
    }
    let bytes = match to_bytes(body, MAX_FORM_BYTES).await {
        Ok(bytes) => bytes,
        Err(error) => {
            let (status, page) = if is_length_limit(&error) {
                (StatusCode::PAYLOAD_TOO_LARGE, ErrorPage::TooLarge)
            } else {
                // A body that could not be read as sent (e.g. malformed chunks).
                (StatusCode::BAD_REQUEST, ErrorPage::BadRequest)
            };
            let mut response = status.into_response();
            response.extensions_mut().insert(page);
            return response;
        }
    };
    let Some(session) = parts.extensions.get::<RequestSession>() else {
        return AppError::Internal(anyhow::anyhow!("the session layer is missing")).into_response();
    };
    let valid = form_urlencoded_field(&bytes, FIELD)
        .is_some_and(|sent| matches(&sent, &session.form_secret));
    if !valid {
        let path = parts.uri.path();
        // A form from a session that has ended (expired, or logged out in another tab):
        // nothing is done, and what was typed is kept for after logging in again.
        if session.user.is_none() && !matches!(path, "/login" | "/logout" | "/lang") {
            tracing::info!(%path, "a form arrived after its session ended");
            let mut response = StatusCode::UNAUTHORIZED.into_response();
            response.extensions_mut().insert(ResumeForm {
                path: path.to_owned(),
                body: without_token(&bytes),
            });
            return response;
        }
        tracing::warn!(%path, "refused a request without a valid CSRF token");
        return AppError::Csrf.into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

fn is_multipart(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .to_ascii_lowercase()
                .starts_with("multipart/form-data")
        })
}

/// A file upload carries its token in the form's address (`?csrf_token=`), so that the
/// file streams on to the handler instead of being read here. An upload that arrives
/// after the session ended cannot be kept: the user logs in and chooses the file again.
async fn verify_upload(parts: axum::http::request::Parts, body: Body, next: Next) -> Response {
    let Some(session) = parts.extensions.get::<RequestSession>() else {
        return AppError::Internal(anyhow::anyhow!("the session layer is missing")).into_response();
    };
    let sent = parts
        .uri
        .query()
        .and_then(|q| form_urlencoded_field(q.as_bytes(), FIELD));
    if sent.is_some_and(|sent| matches(&sent, &session.form_secret)) {
        return next.run(Request::from_parts(parts, body)).await;
    }
    if session.user.is_none() {
        return AppError::LoginRequired {
            next: parts.uri.path().to_owned(),
        }
        .into_response();
    }
    tracing::warn!(path = %parts.uri.path(), "refused an upload without a valid CSRF token");
    AppError::Csrf.into_response()
}

/// A form that arrived after its session ended: where it was going and what it carried
/// (without its token), to be sent again once the user has logged in.
#[derive(Debug, Clone)]
pub struct ResumeForm {
    pub path: String,
    pub body: String,
}

/// The fields of a urlencoded form, without the CSRF token, urlencoded again.
fn without_token(body: &[u8]) -> String {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body).unwrap_or_default();
    let kept: Vec<(String, String)> = pairs.into_iter().filter(|(k, _)| k != FIELD).collect();
    serde_urlencoded::to_string(kept).unwrap_or_default()
}

fn is_length_limit(error: &axum::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = source {
        if e.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = e.source();
    }
    false
}

/// Whether the browser says the request comes from a page of this host. Browsers send
/// `Origin` with every form post; when neither it nor `Referer` is sent (some privacy
/// tools strip both), the token alone decides.
fn same_origin(headers: &HeaderMap) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return true;
    };
    let claimed = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .map(|v| v.to_str().unwrap_or("null"));
    match claimed {
        None => true,
        Some(url) => authority_of(url).is_some_and(|a| a.eq_ignore_ascii_case(host)),
    }
}

/// "host:port" of "scheme://host:port/path…"; None for "null" or anything unparsable.
fn authority_of(url: &str) -> Option<&str> {
    let (_, rest) = url.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    (!authority.is_empty() && !authority.contains('@')).then_some(authority)
}

fn form_urlencoded_field(body: &[u8], name: &str) -> Option<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body).ok()?;
    pairs.into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn the_token_is_read_from_a_urlencoded_form() {
        let body = b"a=1&csrf_token=abc%20d&b=2";
        assert_eq!(form_urlencoded_field(body, FIELD).as_deref(), Some("abc d"));
        assert_eq!(form_urlencoded_field(b"a=1", FIELD), None);
        assert_eq!(form_urlencoded_field(&[0xff, 0xfe], FIELD), None);
    }

    #[test]
    fn a_form_kept_for_later_loses_only_its_token() {
        let kept = without_token(b"comment=Ghi+ch%C3%BA&csrf_token=abc&version=3");
        assert_eq!(kept, "comment=Ghi+ch%C3%BA&version=3");
    }

    #[test]
    fn masked_tokens_differ_every_time_and_match_only_their_secret() {
        let secret = [9u8; 32];
        let a = mask(&secret);
        let b = mask(&secret);
        assert_ne!(a, b);
        assert!(matches(&a, &secret) && matches(&b, &secret));
        assert!(!matches(&a, &[8u8; 32]));
        assert!(!matches("", &secret));
        assert!(!matches(&a[..100], &secret));
        assert!(!matches(&"zz".repeat(64), &secret));
    }

    #[test]
    fn only_requests_from_this_host_pass_the_origin_check() {
        let check = |origin: Option<&str>, referer: Option<&str>| {
            let mut h = HeaderMap::new();
            h.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
            if let Some(o) = origin {
                h.insert(header::ORIGIN, HeaderValue::from_str(o).unwrap());
            }
            if let Some(r) = referer {
                h.insert(header::REFERER, HeaderValue::from_str(r).unwrap());
            }
            same_origin(&h)
        };
        assert!(check(Some("http://127.0.0.1:8080"), None));
        assert!(check(None, Some("http://127.0.0.1:8080/plans/3?x=1")));
        assert!(check(None, None));
        assert!(!check(Some("https://evil.example"), None));
        assert!(!check(Some("null"), None));
        assert!(!check(Some("http://127.0.0.1:8081"), None));
        assert!(!check(
            None,
            Some("http://evil.example/http://127.0.0.1:8080")
        ));
        assert!(!check(Some("http://user@127.0.0.1:8080"), None));
        // Origin wins over Referer
        assert!(!check(
            Some("http://evil.example"),
            Some("http://127.0.0.1:8080/")
        ));
    }
}
