//! The member's own plan for the current year, or the page that starts it.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use crate::db;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::page::{Ctx, Page};
use crate::workflow;

#[derive(Template, WebTemplate)]
#[template(path = "plans/create.html")]
pub struct CreateTemplate {
    page: Page,
    year: i32,
    theme: String,
}

pub async fn my_plan(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let (Some(member), true) = (ctx.actor().member_id, ctx.user.files_plan) else {
        return Err(AppError::NotFound);
    };
    let mut conn = state.pool.acquire().await?;
    let year = db::years::current(&mut conn)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some((id, _)) = db::plans::find_personal(&mut conn, year.year, member).await? {
        return Ok(Redirect::to(&format!("/plans/{id}")).into_response());
    }
    Ok(CreateTemplate {
        page: ctx.page(msg!("plan-create_title"), "/my-plan"),
        year: year.year,
        theme: year.theme,
    }
    .into_response())
}

pub async fn start(State(state): State<AppState>, ctx: Ctx) -> AppResult<Redirect> {
    let (Some(cell), true) = (ctx.actor().cell_id, ctx.user.files_plan) else {
        return Err(AppError::NotFound);
    };
    let mut tx = db::begin(&state.pool).await?;
    let year = db::years::current(&mut tx)
        .await?
        .ok_or(AppError::NotFound)?;
    let id = workflow::start_personal(&mut tx, ctx.actor(), cell, year.year, None)
        .await?
        .map_err(|_| AppError::NotFound)?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/plans/{id}")))
}
