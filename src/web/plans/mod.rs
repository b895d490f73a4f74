//! Plans: the plan page and its approved versions, workflow actions, item editing, the
//! member's own plan, and the queue of plans waiting for a decision. Every change goes
//! through `crate::workflow`; a refused change shows the page again, current, with what
//! was typed and why.

mod actions;
mod items;
mod mine;
mod queue;
mod show;

use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use sqlx::PgConnection;

use crate::db;
use crate::db::plans::PlanRecord;
use crate::domain::access::{Action, Actor, Target, allows};
use crate::domain::ids::PlanId;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::page::{Ctx, redirect_with_flash};
use crate::workflow::{self, Applied, Change, Outcome, Refusal};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/my-plan", get(mine::my_plan).post(mine::start))
        .route("/queue", get(queue::queue))
        .route("/plans/{id}", get(show::show).post(actions::act))
        .route("/plans/{id}/actions", post(actions::act))
        .route("/plans/{id}/shortcomings", post(actions::save_shortcomings))
        .route(
            "/plans/{id}/items/new",
            get(items::new_item).post(items::add_item),
        )
        .route("/plans/{id}/items", post(items::add_item))
        .route(
            "/plans/{id}/items/{item}/edit",
            get(items::edit_item).post(items::save_item),
        )
        .route("/plans/{id}/items/{item}", post(items::save_item))
        .route("/plans/{id}/items/{item}/delete", post(items::remove_item))
        .route("/plans/{id}/items/{item}/move", post(items::move_item))
        .route("/plans/{id}/revisions/{revision}", get(show::show_revision))
}

/// Loads a plan and checks that `actor` may do `action` to it; anything else is "not
/// found", so plans outside the actor's scope do not reveal that they exist.
pub(crate) async fn authorized_plan(
    conn: &mut PgConnection,
    actor: &Actor,
    id: PlanId,
    action: Action,
) -> AppResult<PlanRecord> {
    let plan = db::plans::load(conn, id).await?.ok_or(AppError::NotFound)?;
    if !allows(actor, action, &Target::Plan(plan.scope())) {
        return Err(AppError::NotFound);
    }
    Ok(plan)
}

/// The plan's version as sent back by a form; anything else is a malformed request.
fn parse_version(text: &str) -> AppResult<i32> {
    text.trim().parse().map_err(|_| AppError::BadRequest)
}

/// How a refused change is answered, the same for every form: the status, and the message
/// (an id) about the whole page. "Not found" is an error page of its own.
fn refusal_answer(refusal: Refusal) -> AppResult<(StatusCode, &'static str)> {
    Ok(match refusal {
        Refusal::NotFound => return Err(AppError::NotFound),
        Refusal::Stale { .. } => (StatusCode::CONFLICT, msg!("plan-conflict")),
        Refusal::NotPossible => (StatusCode::CONFLICT, msg!("plan-not_possible")),
        Refusal::NoItems => (StatusCode::UNPROCESSABLE_ENTITY, msg!("plan-need_items")),
        Refusal::CommentRequired => (StatusCode::UNPROCESSABLE_ENTITY, msg!("plan-need_comment")),
        Refusal::UnknownManifestation | Refusal::TooManyKeyItems => (
            StatusCode::UNPROCESSABLE_ENTITY,
            msg!("common-form_has_errors"),
        ),
    })
}

/// Makes one change through the workflow in its own transaction, committed only when it
/// went through.
async fn run(
    state: &AppState,
    ctx: &Ctx,
    id: PlanId,
    version: i32,
    change: Change,
) -> AppResult<Outcome> {
    let mut tx = db::begin(&state.pool).await?;
    let outcome = workflow::apply(&mut tx, ctx.actor(), id, version, change, None).await?;
    if outcome.is_ok() {
        tx.commit().await?;
    }
    Ok(outcome)
}

/// Where a change that went through leads: to `to`, with a message when something changed
/// (saving without a change records nothing and says nothing).
fn done(applied: Applied, to: &str, message: &'static str) -> Response {
    match applied {
        Applied::Changed { .. } => redirect_with_flash(to, message),
        Applied::Unchanged => Redirect::to(to).into_response(),
    }
}
