//! Server-side sessions in PostgreSQL, the current-user extractor, and the one-time
//! message shown after a redirect.
//!
//! A session row exists only for a logged-in account. It is inserted at login, deleted at
//! logout, and otherwise only ever updated, so a request still in flight when someone logs
//! out cannot bring the session back. Loading it loads the user with it, in one query.
//! Anonymous visitors have no row: the token of their forms derives from a random visitor
//! cookie and a server key. The one-time message ("flash") travels in a cookie too, so
//! showing a page never writes to the database.

use std::sync::Arc;

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{Duration, Utc};
use cookie::{Cookie, SameSite};

use crate::auth::secret::Secret;
use crate::db;
use crate::domain::access::{Actor, Grant};
use crate::domain::org::Role;
use crate::error::AppError;
use crate::state::AppState;

pub const SESSION_COOKIE: &str = "pledges_session";
pub const VISITOR_COOKIE: &str = "pledges_visitor";
pub const FLASH_COOKIE: &str = "pledges_flash";

/// A session ends after this long without a request.
pub const IDLE_HOURS: i64 = 8;
/// The end of a session is moved forward at most this often (one write per session per
/// interval, not per request).
const EXTEND_AFTER_MINUTES: i64 = 5;

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
    /// Logged in with a one-time password: every page leads to choosing a password first.
    pub must_change_password: bool,
}

impl CurrentUser {
    pub fn from_row(row: db::accounts::UserRow) -> Self {
        let grants: Vec<Grant> = row
            .roles
            .iter()
            .zip(&row.units)
            .map(|(role, unit)| Grant {
                role: *role,
                unit: *unit,
            })
            .collect();
        let actor = Actor {
            account_id: row.account_id,
            member_id: row.member_id,
            cell_id: row.cell_id,
            grants,
        };
        CurrentUser {
            is_admin: actor.has_role(Role::Administrator),
            decides_plans: actor.decides_any(),
            actor,
            login: row.login,
            display_name: row.display_name,
            files_plan: row.cell_id.is_some() && row.status.is_some_and(|s| s.files_plan()),
            must_change_password: row.must_change_password,
        }
    }
}

/// What the session layer learnt about a request: the user, if logged in, the secret the
/// request's form tokens derive from, and the message left by the previous request.
#[derive(Clone)]
pub struct RequestSession {
    pub user: Option<Arc<CurrentUser>>,
    /// The hash of the session's secret, when logged in (logout deletes it).
    pub session_hash: Option<[u8; 32]>,
    pub form_secret: [u8; 32],
    pub flash: Option<String>,
}

/// Changes a handler asks the session layer to make to the response's cookies.
#[derive(Debug, Clone)]
pub enum SessionChange {
    /// Logged in: the browser keeps this secret until it closes or logs out.
    Started(Secret),
    Ended,
}

/// A one-time message (a message id) for the next page the user sees.
#[derive(Debug, Clone, Copy)]
pub struct Flash(pub &'static str);

/// Loads the session and its user (one query), makes the request's form secret, and after
/// the handler, writes the cookies it asked for. A database failure is a 503, never a
/// "logged out" or "page out of date".
pub async fn layer(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let cookies = RequestCookies::read(request.headers());
    let mut clear_session_cookie = false;
    let mut session = None;
    if let Some(secret) = cookies.session {
        let hash = secret.hash();
        match db::sessions::load(&state.pool, &hash).await {
            Ok(Some(row)) => {
                let extend_at = Utc::now() + Duration::hours(IDLE_HOURS)
                    - Duration::minutes(EXTEND_AFTER_MINUTES);
                if row.expires_at.is_some_and(|at| at < extend_at)
                    && let Err(error) =
                        db::sessions::extend(&state.pool, &hash, Duration::hours(IDLE_HOURS)).await
                {
                    return AppError::from(error).into_response();
                }
                session = Some((
                    Arc::new(CurrentUser::from_row(row)),
                    hash,
                    state.form_key.form_secret(b"session", secret),
                ));
            }
            Ok(None) => clear_session_cookie = true,
            Err(error) => return AppError::from(error).into_response(),
        }
    }
    let mut new_visitor = None;
    let request_session = match session {
        Some((user, hash, form_secret)) => RequestSession {
            user: Some(user),
            session_hash: Some(hash),
            form_secret,
            flash: cookies.flash.clone(),
        },
        None => {
            let visitor = cookies.visitor.unwrap_or_else(|| {
                let fresh = Secret::random();
                new_visitor = Some(fresh);
                fresh
            });
            RequestSession {
                user: None,
                session_hash: None,
                form_secret: state.form_key.form_secret(b"visitor", visitor),
                flash: cookies.flash.clone(),
            }
        }
    };
    request.extensions_mut().insert(request_session);
    let mut response = next.run(request).await;

    let secure = state.config.secure_cookies;
    let mut set = Vec::new();
    match response.extensions_mut().remove::<SessionChange>() {
        Some(SessionChange::Started(secret)) => {
            set.push(cookie(SESSION_COOKIE, secret.to_hex(), secure));
        }
        Some(SessionChange::Ended) => set.push(removal(SESSION_COOKIE, secure)),
        None if clear_session_cookie => set.push(removal(SESSION_COOKIE, secure)),
        None => {}
    }
    if let Some(visitor) = new_visitor {
        set.push(cookie(VISITOR_COOKIE, visitor.to_hex(), secure));
    }
    match response.extensions_mut().remove::<Flash>() {
        Some(Flash(key)) => set.push(
            Cookie::build((FLASH_COOKIE, key))
                .path("/")
                .http_only(true)
                .same_site(SameSite::Lax)
                .secure(secure)
                .max_age(cookie::time::Duration::minutes(5))
                .build(),
        ),
        // The message was shown on this page: it is not shown again.
        None if cookies.flash.is_some() && response.status().is_success() => {
            set.push(removal(FLASH_COOKIE, secure));
        }
        None => {}
    }
    for c in set {
        if let Ok(value) = HeaderValue::from_str(&c.to_string()) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// A cookie that ends when the browser closes (the server keeps the session's lifetime).
fn cookie(name: &'static str, value: String, secure: bool) -> Cookie<'static> {
    Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .build()
}

fn removal(name: &'static str, secure: bool) -> Cookie<'static> {
    let mut c = cookie(name, String::new(), secure);
    c.make_removal();
    c
}

/// The cookies the session layer reads.
#[derive(Default)]
struct RequestCookies {
    session: Option<Secret>,
    visitor: Option<Secret>,
    flash: Option<String>,
}

impl RequestCookies {
    fn read(headers: &HeaderMap) -> Self {
        let mut found = RequestCookies::default();
        for value in headers.get_all(header::COOKIE) {
            let Ok(text) = value.to_str() else { continue };
            for c in Cookie::split_parse(text).flatten() {
                match c.name() {
                    SESSION_COOKIE => found.session = Secret::from_hex(c.value()),
                    VISITOR_COOKIE => found.visitor = Secret::from_hex(c.value()),
                    FLASH_COOKIE if c.value().len() <= 64 => {
                        found.flash = Some(c.value().to_owned());
                    }
                    _ => {}
                }
            }
        }
        found
    }
}

/// The request's session as the session layer left it.
pub fn request_session(parts: &Parts) -> Result<&RequestSession, AppError> {
    parts
        .extensions
        .get::<RequestSession>()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("the session layer is missing")))
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, AppError> {
        if let Some(user) = &request_session(parts)?.user {
            return Ok(CurrentUser::clone(user));
        }
        // After logging in, a GET is repeated; a form cannot be, so it goes home.
        let next = match (&parts.method, parts.uri.path_and_query()) {
            (&axum::http::Method::GET, Some(p)) => p.as_str().to_owned(),
            _ => "/".to_owned(),
        };
        Err(AppError::LoginRequired { next })
    }
}

impl<S: Send + Sync> FromRequestParts<S> for RequestSession {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        request_session(parts).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_read_from_every_cookie_header_and_bad_values_ignored() {
        let secret = Secret::random();
        let mut headers = HeaderMap::new();
        headers.append(
            header::COOKIE,
            HeaderValue::from_str(&format!("lang=en; {SESSION_COOKIE}={}", secret.to_hex()))
                .unwrap(),
        );
        headers.append(
            header::COOKIE,
            HeaderValue::from_static("pledges_visitor=zz; pledges_flash=flash.saved"),
        );
        let found = RequestCookies::read(&headers);
        assert_eq!(found.session, Some(secret));
        assert_eq!(found.visitor, None);
        assert_eq!(found.flash.as_deref(), Some("flash.saved"));
    }

    #[test]
    fn session_cookies_end_with_the_browser() {
        let c = cookie(SESSION_COOKIE, "x".into(), true).to_string();
        assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.contains("Secure"));
        assert!(!c.contains("Max-Age") && !c.contains("Expires"), "{c}");
    }
}
