//! Logging in and out, and the language switch.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;

use crate::auth::client::ClientAddress;
use crate::auth::password;
use crate::auth::secret::Secret;
use crate::auth::session::{IDLE_HOURS, RequestSession, SessionChange};
use crate::db;
use crate::domain::ids::AccountId;
use crate::domain::text::clean_line;
use crate::domain::throttle::{self, WINDOW_MINUTES};
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::page::{LANG_COOKIE, Page, Visitor};

/// Longer passwords are refused without hashing them.
const MAX_PASSWORD_BYTES: usize = 1024;

#[derive(Template, WebTemplate)]
#[template(path = "login.html")]
pub struct LoginTemplate {
    pub page: Page,
    pub login: String,
    pub next: String,
    pub error: Option<String>,
    /// A form that arrived after its session ended, to send again after logging in.
    pub resume: Option<Resume>,
}

/// Where a form was going and what it carried (urlencoded, without its token).
#[derive(Debug, Clone, Default)]
pub struct Resume {
    pub to: String,
    pub body: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NextQuery {
    next: String,
    logged_out: Option<String>,
}

pub async fn login_page(
    visitor: Visitor,
    Query(query): Query<NextQuery>,
) -> AppResult<LoginTemplate> {
    let mut page = visitor.page(msg!("login-title"), "/login");
    if query.logged_out.is_some() {
        page.flash = Some(visitor.lang.t(msg!("flash-logged_out")));
    }
    Ok(LoginTemplate {
        page,
        login: String::new(),
        next: safe_next(&query.next).to_owned(),
        error: None,
        resume: None,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LoginForm {
    login: String,
    password: String,
    next: String,
    resume_to: String,
    resume_body: String,
}

pub async fn login_submit(
    State(state): State<AppState>,
    visitor: Visitor,
    ClientAddress(ip): ClientAddress,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    let lang = visitor.lang;
    let login = clean_line(&form.login).to_lowercase();
    let next = safe_next(&form.next).to_owned();
    let resume =
        (!form.resume_to.is_empty() && safe_next(&form.resume_to) == form.resume_to).then(|| {
            Resume {
                to: form.resume_to.clone(),
                body: form.resume_body.clone(),
            }
        });
    let refusal = match check_password(&state, &login, form.password, &ip).await? {
        Ok(id) => {
            return start_session(&state, &visitor, id, &ip, &next, resume).await;
        }
        Err(refusal) => refusal,
    };
    let (status, error, wait) = match refusal {
        Refusal::Invalid => (
            StatusCode::UNPROCESSABLE_ENTITY,
            lang.t(msg!("login-failed")),
            None,
        ),
        Refusal::Wrong => {
            tracing::info!(login = %login, %ip, "failed login");
            (StatusCode::UNAUTHORIZED, lang.t(msg!("login-failed")), None)
        }
        Refusal::Expired => {
            tracing::info!(login = %login, %ip, "one-time password expired");
            let message = lang.t_n(
                msg!("login-one_time_expired"),
                i64::from(password::ONE_TIME_DAYS),
            );
            (StatusCode::FORBIDDEN, message, None)
        }
        Refusal::Wait(wait) => {
            // Rounded up: "wait 30 seconds" must not be over a moment early.
            let seconds = (wait.num_milliseconds() + 999) / 1000;
            tracing::warn!(login = %login, %ip, seconds, "login slowed down");
            let message = lang.t_n(msg!("login-throttled"), seconds);
            (StatusCode::TOO_MANY_REQUESTS, message, Some(seconds))
        }
    };
    let template = LoginTemplate {
        page: visitor.page(msg!("login-title"), "/login"),
        login: login.chars().take(64).collect(),
        next,
        error: Some(error),
        resume,
    };
    let mut response = (status, template).into_response();
    if let Some(seconds) = wait
        && let Ok(value) = HeaderValue::from_str(&seconds.to_string())
    {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    Ok(response)
}

/// Why a login (or a check of one's current password) was refused.
pub(crate) enum Refusal {
    /// Nothing usable was typed.
    Invalid,
    /// Unknown login or wrong password (the two look the same).
    Wrong,
    /// Too many failures lately: try again after this long.
    Wait(chrono::Duration),
    /// The right one-time password, but its list was drawn too long ago.
    Expired,
}

/// Checks a password within the throttling rules, recording the attempt (the login form,
/// and the current password when changing it: a stolen session must not guess faster).
pub(crate) async fn check_password(
    state: &AppState,
    login: &str,
    password: String,
    ip: &str,
) -> AppResult<Result<AccountId, Refusal>> {
    if login.is_empty() || login.chars().count() > 64 || password.is_empty() {
        return Ok(Err(Refusal::Invalid));
    }
    let pool = &state.pool;
    let since = Utc::now() - chrono::Duration::minutes(WINDOW_MINUTES);
    // A quick look first, so that a slowed-down guess does not wait for a turn to hash.
    let mut conn = pool.acquire().await?;
    let recent = db::accounts::recent_attempts(&mut conn, login, ip, since).await?;
    drop(conn);
    if let Some(wait) = throttle::wait_before_attempt(recent, Utc::now()) {
        return Ok(Err(Refusal::Wait(wait)));
    }
    let record = db::accounts::find_for_login(pool, login).await?;
    // Look again once it is this attempt's turn to hash, when the attempts before it in
    // the queue have been counted, and mark it as being checked. No connection is held
    // while hashing: a burst of logins must not starve everyone else's pages.
    let turn = password::turn().await?;
    let mut tx = db::begin(pool).await?;
    db::accounts::lock_attempts(&mut tx, login, ip).await?;
    let recent = db::accounts::recent_attempts(&mut tx, login, ip, since).await?;
    if let Some(wait) = throttle::wait_before_attempt(recent, Utc::now()) {
        return Ok(Err(Refusal::Wait(wait)));
    }
    let attempt = db::accounts::start_attempt(&mut tx, login, ip).await?;
    tx.commit().await?;
    let password = if password.len() > MAX_PASSWORD_BYTES {
        String::new()
    } else {
        password
    };
    let (id, stored, expired) = match record {
        Some(r) => (Some(r.id), Some(r.password_hash), r.one_time_expired),
        None => (None, None, false),
    };
    let verified = !password.is_empty() && password::verify(&turn, password, stored).await?;
    drop(turn);
    match id.filter(|_| verified) {
        Some(_) if expired => {
            // Whoever knows it had the printed list: not a guess, so not throttled.
            db::accounts::clear_attempts(pool, login, ip).await?;
            Ok(Err(Refusal::Expired))
        }
        Some(id) => {
            db::accounts::clear_attempts(pool, login, ip).await?;
            Ok(Ok(id))
        }
        None => {
            db::accounts::fail_attempt(pool, attempt).await?;
            Ok(Err(Refusal::Wrong))
        }
    }
}

/// A new session (and with it new form tokens) at every login; a session this browser had
/// before ends.
async fn start_session(
    state: &AppState,
    visitor: &Visitor,
    id: AccountId,
    ip: &str,
    next: &str,
    resume: Option<Resume>,
) -> AppResult<Response> {
    let pool = &state.pool;
    db::accounts::record_login(pool, id).await?;
    if let Some(old) = visitor.session.session_hash {
        db::sessions::delete(pool, &old).await?;
    }
    let secret = Secret::random();
    db::sessions::create(
        pool,
        id,
        &secret.hash(),
        ip,
        chrono::Duration::hours(IDLE_HOURS),
    )
    .await?;
    tracing::info!(account = %id, %ip, "logged in");
    let mut response = match resume {
        // The form that arrived after the session ended, ready to be sent again with the
        // new session's token: one press completes it.
        Some(resume) => {
            let fields: Vec<(String, String)> =
                serde_urlencoded::from_str(&resume.body).unwrap_or_default();
            let mut page = visitor.page(msg!("resume-title"), "/login");
            page.csrf = crate::auth::csrf::mask(&state.form_key.form_secret(b"session", secret));
            ResendTemplate {
                page,
                to: resume.to,
                fields,
            }
            .into_response()
        }
        None => Redirect::to(next).into_response(),
    };
    response
        .extensions_mut()
        .insert(SessionChange::Started(secret));
    Ok(response)
}

#[derive(Template, WebTemplate)]
#[template(path = "resend.html")]
pub struct ResendTemplate {
    page: Page,
    to: String,
    fields: Vec<(String, String)>,
}

pub async fn logout(State(state): State<AppState>, session: RequestSession) -> AppResult<Response> {
    if let Some(hash) = session.session_hash {
        db::sessions::delete(&state.pool, &hash).await?;
    }
    let mut response = Redirect::to("/login?logged_out=1").into_response();
    response.extensions_mut().insert(SessionChange::Ended);
    Ok(response)
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

/// Shows the login page, keeping a form that arrived after its session ended (the CSRF
/// check set it aside), so that it can be sent again after logging in. Runs between the
/// session layer and the CSRF check.
pub async fn resume_after_session_end(
    State(state): State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let lang = crate::web::page::lang_of(request.headers());
    let session = request.extensions().get::<RequestSession>().cloned();
    let mut response = next.run(request).await;
    let (Some(resume), Some(session)) = (
        response
            .extensions_mut()
            .remove::<crate::auth::csrf::ResumeForm>(),
        session,
    ) else {
        return response;
    };
    let visitor = Visitor {
        lang,
        session,
        css: state.css_url,
    };
    let mut page = visitor.page(msg!("login-title"), "/login");
    page.alert = Some(lang.t(msg!("login-session_expired")));
    let template = LoginTemplate {
        page,
        login: String::new(),
        next: "/".to_owned(),
        error: None,
        resume: Some(Resume {
            to: resume.path,
            body: resume.body,
        }),
    };
    (StatusCode::UNAUTHORIZED, template).into_response()
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
