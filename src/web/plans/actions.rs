//! Workflow actions on a plan (submit, withdraw, return, approve, amend, comment) and its
//! shortcomings text.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use super::show::{Extras, render_refused};
use super::{done, parse_version, refusal_answer, run};
use crate::domain::ids::PlanId;
use crate::domain::plan::PlanAction;
use crate::domain::pledge;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::page::Ctx;
use crate::workflow::{Change, Refusal};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ActionForm {
    action: String,
    comment: String,
    version: String,
}

/// The message shown after an action succeeded.
fn flash_for(action: PlanAction) -> &'static str {
    match action {
        PlanAction::Submit => msg!("flash-submit"),
        PlanAction::Withdraw => msg!("flash-withdraw"),
        PlanAction::Return => msg!("flash-return"),
        PlanAction::Approve => msg!("flash-approve"),
        PlanAction::Amend => msg!("flash-amend"),
        PlanAction::Comment => msg!("flash-comment"),
    }
}

/// Applies a workflow action. A form made from an older version of the plan is refused
/// and the page shown again, current, with what the user typed.
pub async fn act(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<ActionForm>,
) -> AppResult<Response> {
    use crate::domain::Named;
    let id = PlanId(id);
    let action = PlanAction::parse(&form.action).ok_or(AppError::BadRequest)?;
    let version = parse_version(&form.version)?;
    let mut extras = Extras {
        comment: form.comment.clone(),
        ..Extras::default()
    };
    let comment = match pledge::parse_comment(&form.comment) {
        Ok(comment) => comment,
        Err(problem) => {
            extras.comment_error = Some(ctx.lang.problem(problem));
            let status = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            return render_refused(&state, &ctx, id, status, extras).await;
        }
    };
    let change = Change::Act { action, comment };
    match run(&state, &ctx, id, version, change).await? {
        Ok(applied) => {
            tracing::info!(plan = %id, account = %ctx.actor().account_id, action = action.as_str(), "plan action");
            Ok(done(applied, &format!("/plans/{id}"), flash_for(action)))
        }
        Err(refusal) => {
            let (status, alert) = refusal_answer(refusal)?;
            if refusal == Refusal::CommentRequired {
                extras.comment_error = Some(ctx.lang.t(alert));
            } else {
                extras.alert = Some(alert);
            }
            render_refused(&state, &ctx, id, status, extras).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ShortcomingsForm {
    shortcomings: String,
    version: String,
}

pub async fn save_shortcomings(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<ShortcomingsForm>,
) -> AppResult<Response> {
    let id = PlanId(id);
    let version = parse_version(&form.version)?;
    let mut extras = Extras {
        shortcomings: Some(form.shortcomings.clone()),
        ..Extras::default()
    };
    let text = match pledge::parse_shortcomings(&form.shortcomings) {
        Ok(text) => text,
        Err(problem) => {
            extras.shortcomings_error = Some(ctx.lang.problem(problem));
            let status = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            return render_refused(&state, &ctx, id, status, extras).await;
        }
    };
    let change = Change::SetShortcomings(text);
    match run(&state, &ctx, id, version, change).await? {
        // Saving without a change records nothing and says nothing.
        Ok(applied) => Ok(done(applied, &format!("/plans/{id}"), msg!("flash-saved"))),
        Err(refusal) => {
            let (status, alert) = refusal_answer(refusal)?;
            extras.alert = Some(alert);
            render_refused(&state, &ctx, id, status, extras).await
        }
    }
}
