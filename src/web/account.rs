//! One's own password: choosing a new one, which an account made by an import must do
//! before anything else (it logged in with a one-time password).

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use crate::auth::client::ClientAddress;
use crate::auth::password::{self, MIN_PASSWORD_CHARS};
use crate::db;
use crate::domain::pledge::{FieldErrors, FieldProblem};
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::login::{Refusal, check_password};
use crate::web::page::{Ctx, FormErrors, Page, redirect_with_flash};

use crate::auth::password::CHANGE_PATH as PASSWORD_PATH;

/// The longest password accepted, in bytes (hashing cost grows with it).
const MAX_PASSWORD_BYTES: usize = 1024;

pub fn router() -> axum::Router<AppState> {
    use axum::routing::get;
    axum::Router::new().route(PASSWORD_PATH, get(show).post(save))
}

#[derive(Template, WebTemplate)]
#[template(path = "account/password.html")]
pub struct PasswordTemplate {
    page: Page,
    /// Logged in with a one-time password: no current password is asked for.
    first: bool,
    errors: FormErrors,
}

fn password_page(ctx: &Ctx, errors: &FieldErrors) -> PasswordTemplate {
    let first = ctx.user.must_change_password;
    let mut page = ctx.page(
        if first {
            msg!("password-first_title")
        } else {
            msg!("password-title")
        },
        PASSWORD_PATH,
    );
    if !errors.is_empty() {
        page.alert = Some(ctx.lang.t(msg!("common-form_has_errors")));
    }
    PasswordTemplate {
        page,
        first,
        errors: FormErrors::from_problems(ctx.lang, errors),
    }
}

pub async fn show(ctx: Ctx) -> PasswordTemplate {
    password_page(&ctx, &Vec::new())
}

/// The form as sent. Passwords are never sent back to the page.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    current: String,
    new: String,
    repeat: String,
}

/// The problems of a new password as typed (twice) for the account `login`.
pub fn check_new_password(login: &str, new: &str, repeat: &str) -> FieldErrors {
    let mut errors = FieldErrors::new();
    if new.is_empty() {
        errors.push(("new", FieldProblem::Missing));
    } else if new.chars().count() < MIN_PASSWORD_CHARS {
        errors.push((
            "new",
            FieldProblem::TooShort {
                min: MIN_PASSWORD_CHARS,
            },
        ));
    } else if new.len() > MAX_PASSWORD_BYTES {
        errors.push((
            "new",
            FieldProblem::TooLong {
                max: MAX_PASSWORD_BYTES,
            },
        ));
    } else if new.trim().eq_ignore_ascii_case(login) {
        errors.push(("new", FieldProblem::InvalidChoice));
    } else if new != repeat {
        errors.push(("repeat", FieldProblem::Mismatch));
    }
    errors
}

pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    ClientAddress(ip): ClientAddress,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    let account = ctx.actor().account_id;
    let mut errors = check_new_password(&ctx.user.login, &form.new, &form.repeat);
    if ctx.user.must_change_password
        && errors.is_empty()
        && db::accounts::password_hash(&state.pool, account)
            .await?
            .is_some_and(|s| password::is_one_time(&form.new, &s))
    {
        // The one-time password was on a printed list: it cannot become one's own.
        errors.push(("new", FieldProblem::InvalidChoice));
    }
    if !ctx.user.must_change_password && errors.is_empty() {
        // Checked as the login form checks it, and slowed down after failures alike: a
        // stolen session must not guess the password faster than the login form.
        match check_password(&state, &ctx.user.login, form.current, &ip).await? {
            Ok(_) => {}
            Err(Refusal::Wait(wait)) => errors.push((
                "current",
                FieldProblem::TryLater {
                    seconds: (wait.num_milliseconds() + 999) / 1000,
                },
            )),
            Err(_) => errors.push(("current", FieldProblem::WrongPassword)),
        }
    }
    if !errors.is_empty() {
        let page = password_page(&ctx, &errors);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let hash = password::hash(form.new).await?;
    let mut tx = db::begin(&state.pool).await?;
    db::accounts::set_password(&mut tx, account, &hash).await?;
    // Other browsers logged in as this account end: whoever knew the old password is out.
    db::sessions::delete_others(&mut tx, account, ctx.session.session_hash).await?;
    db::audit::record(
        &mut tx,
        account,
        "account",
        account.0,
        "password",
        json!({ "first": ctx.user.must_change_password }),
    )
    .await?;
    tx.commit().await?;
    Ok(redirect_with_flash("/", msg!("flash-password_changed")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_password_must_be_long_enough_typed_twice_and_not_the_login() {
        assert_eq!(
            check_new_password("an", "", ""),
            vec![("new", FieldProblem::Missing)]
        );
        assert_eq!(
            check_new_password("an", "ngắn", "ngắn"),
            vec![(
                "new",
                FieldProblem::TooShort {
                    min: MIN_PASSWORD_CHARS
                }
            )]
        );
        // Counted in characters, not bytes: eight Vietnamese letters are enough.
        assert!(check_new_password("an", "đường đi", "đường đi").is_empty());
        assert_eq!(
            check_new_password("nguyenvanan", "NguyenVanAn", "NguyenVanAn"),
            vec![("new", FieldProblem::InvalidChoice)]
        );
        assert_eq!(
            check_new_password("an", "mật khẩu dài", "mật khẩu dai"),
            vec![("repeat", FieldProblem::Mismatch)]
        );
        let long = "x".repeat(MAX_PASSWORD_BYTES + 1);
        assert_eq!(
            check_new_password("an", &long, &long),
            vec![(
                "new",
                FieldProblem::TooLong {
                    max: MAX_PASSWORD_BYTES
                }
            )]
        );
    }
}
