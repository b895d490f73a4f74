//! The plans waiting for the user's decision, with counts by cell.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use crate::db;
use crate::db::orgs::QueueEntry;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::page::{Ctx, Page};

#[derive(Template, WebTemplate)]
#[template(path = "plans/queue.html")]
pub struct QueueTemplate {
    page: Page,
    year: i32,
    entries: Vec<QueueEntry>,
    by_cell: Vec<(String, usize)>,
}

pub async fn queue(State(state): State<AppState>, ctx: Ctx) -> AppResult<QueueTemplate> {
    let mut conn = state.pool.acquire().await?;
    let year = db::years::current(&mut conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let entries = db::orgs::decision_queue(&mut conn, ctx.actor(), year.year).await?;
    let mut by_cell: Vec<(String, usize)> = Vec::new();
    for entry in &entries {
        match by_cell
            .iter_mut()
            .find(|(name, _)| *name == entry.cell_name)
        {
            Some((_, count)) => *count += 1,
            None => by_cell.push((entry.cell_name.clone(), 1)),
        }
    }
    Ok(QueueTemplate {
        page: ctx.page(msg!("queue-title"), "/queue"),
        year: year.year,
        entries,
        by_cell,
    })
}
