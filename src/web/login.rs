//! Logging in and out, and the language switch.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;
use tower_sessions::Session;

use crate::auth::password;
use crate::auth::session::{ACCOUNT_KEY, CSRF_KEY, new_token};
use crate::db;
use crate::domain::text::clean_line;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::i18n::{LANG_COOKIE, Lang};
use crate::web::page::Page;

/// Attempts allowed per login within the window before logins are refused.
const MAX_FAILURES: i64 = 5;
/// Attempts allowed from one address within the window (an office may share one).
const MAX_FAILURES_PER_ADDRESS: i64 = 50;
const FAILURE_WINDOW_MINUTES: i64 = 15;
/// Longer passwords are refused without hashing them.
const MAX_PASSWORD_BYTES: usize = 1024;

#[derive(Template, WebTemplate)]
#[template(path = "login.html")]
pub struct LoginTemplate {
    page: Page,
    login: String,
    next: String,
    error: Option<&'static str>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NextQuery {
    next: String,
    logged_out: Option<String>,
}

pub async fn login_page(
    lang: Lang,
    session: Session,
    Query(query): Query<NextQuery>,
) -> AppResult<LoginTemplate> {
    let mut page = Page::new(lang, &session, None, "login.title", "/login").await?;
    if query.logged_out.is_some() {
        page.flash = Some(lang.t("flash.logged_out").to_owned());
    }
    Ok(LoginTemplate {
        page,
        login: String::new(),
        next: safe_next(&query.next).to_owned(),
        error: None,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LoginForm {
    login: String,
    password: String,
    next: String,
}

pub async fn login_submit(
    State(state): State<AppState>,
    lang: Lang,
    session: Session,
    ClientAddress(ip): ClientAddress,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    let login = clean_line(&form.login).to_lowercase();
    let next = safe_next(&form.next).to_owned();
    let page = Page::new(lang, &session, None, "login.title", "/login").await?;
    let refuse = |status: StatusCode, key: &'static str| {
        let template = LoginTemplate {
            page,
            login: login.chars().take(64).collect(),
            next: next.clone(),
            error: Some(lang.t(key)),
        };
        Ok((status, template).into_response())
    };
    if login.is_empty() || login.chars().count() > 64 || form.password.is_empty() {
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, "login.failed");
    }
    // No connection is held across the hashing below: a burst of logins must not starve
    // the pages of everyone else.
    let pool = &state.pool;
    db::accounts::record_attempt(pool, &login, &ip).await?;
    let since = Utc::now() - chrono::Duration::minutes(FAILURE_WINDOW_MINUTES);
    let (by_login, by_address) = db::accounts::attempts_since(pool, &login, &ip, since).await?;
    if by_login > MAX_FAILURES || by_address > MAX_FAILURES_PER_ADDRESS {
        tracing::warn!(login = %login, %ip, "login throttled");
        return refuse(StatusCode::TOO_MANY_REQUESTS, "login.throttled");
    }
    let record = db::accounts::find_for_login(pool, &login).await?;
    let password = if form.password.len() > MAX_PASSWORD_BYTES {
        String::new()
    } else {
        form.password
    };
    let (id, stored) = match record {
        Some(r) => (Some(r.id), Some(r.password_hash)),
        None => (None, None),
    };
    let verified = !password.is_empty() && password::verify(password, stored).await?;
    let Some(id) = id.filter(|_| verified) else {
        tracing::info!(login = %login, %ip, "failed login");
        return refuse(StatusCode::UNAUTHORIZED, "login.failed");
    };
    db::accounts::clear_attempts(pool, &login).await?;
    db::accounts::record_login(pool, id).await?;
    // A new session id at login, and a new CSRF token with it.
    session
        .cycle_id()
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    session
        .insert(ACCOUNT_KEY, id)
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    session
        .insert(CSRF_KEY, new_token())
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    tracing::info!(account = %id, "logged in");
    Ok(Redirect::to(&next).into_response())
}

/// The address a request came from, when the server knows it (tests that call the
/// router directly do not).
pub struct ClientAddress(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddress(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|info| info.0.ip().to_string())
                .unwrap_or_default(),
        ))
    }
}

pub async fn logout(session: Session) -> AppResult<Redirect> {
    session
        .flush()
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(Redirect::to("/login?logged_out=1"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LanguageForm {
    lang: String,
    next: String,
}

pub async fn switch_language(Form(form): Form<LanguageForm>) -> Response {
    let lang = Lang::parse(&form.lang).unwrap_or_default();
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
        lang.code()
    );
    (
        [(header::SET_COOKIE, cookie)],
        Redirect::to(safe_next(&form.next)),
    )
        .into_response()
}

/// Only paths on this site are followed after a login or a switch; anything else
/// (other hosts, `//host`, odd characters) goes home.
pub fn safe_next(next: &str) -> &str {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && next.len() <= 512
        && next.chars().all(|c| c.is_ascii_graphic());
    if ok { next } else { "/" }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(safe_next("/plans/3"), "/plans/3");
        assert_eq!(safe_next("/queue?year=2017"), "/queue?year=2017");
        for bad in [
            "",
            "https://evil.example",
            "//evil.example",
            "/\\evil",
            "plans",
            "/a b",
            "/\u{0}",
        ] {
            assert_eq!(safe_next(bad), "/", "{bad:?}");
        }
    }
}
