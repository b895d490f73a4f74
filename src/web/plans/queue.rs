//! The plans the user decides: waiting for a decision by default, or in any state; of one
//! cell or all; found by name; by submission or by name; 50 to a page.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use serde::Deserialize;

use crate::db;
use crate::db::orgs::{QueueEntry, QueueFilter};
use crate::domain::Named;
use crate::domain::ids::OrgUnitId;
use crate::domain::plan::PlanState;
use crate::domain::text::clean_line;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::page::{Ctx, Page};

/// Plans shown on one page of the queue.
const PER_PAGE: i64 = 50;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct QueueQuery {
    state: String,
    cell: String,
    q: String,
    sort: String,
    page: Option<i64>,
}

#[derive(Template, WebTemplate)]
#[template(path = "plans/queue.html")]
pub struct QueueTemplate {
    page: Page,
    year: i32,
    entries: Vec<QueueEntry>,
    total: i64,
    by_cell: Vec<(String, usize)>,
    cells: Vec<(OrgUnitId, String)>,
    states: &'static [PlanState],
    /// The filter as sent, to fill the form and the page links.
    state: String,
    cell: String,
    q: String,
    sort: String,
    page_no: i64,
    pages: i64,
    filtered: bool,
}

impl QueueTemplate {
    fn page_link(&self, n: &i64) -> String {
        let q = crate::error::encode_query_value(&self.q);
        format!(
            "/queue?state={}&cell={}&q={q}&sort={}&page={}",
            self.state,
            self.cell,
            self.sort,
            n + 1
        )
    }

    fn is_cell(&self, id: &OrgUnitId) -> bool {
        self.cell == id.to_string()
    }
}

pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<QueueQuery>,
) -> AppResult<QueueTemplate> {
    let mut conn = state.pool.acquire().await?;
    let year = db::years::current(&mut conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let state_filter = match query.state.as_str() {
        "" => Some(PlanState::Submitted),
        "all" => None,
        other => Some(PlanState::parse(other).ok_or(AppError::BadRequest)?),
    };
    let cell = match query.cell.trim() {
        "" => None,
        text => Some(OrgUnitId(text.parse().map_err(|_| AppError::BadRequest)?)),
    };
    let q = clean_line(&query.q);
    let page_no = query.page.unwrap_or(1).clamp(1, 100_000) - 1;
    let filter = QueueFilter {
        state: state_filter,
        cell,
        name: q.clone(),
        by_name: query.sort == "name",
        page: page_no,
        per_page: PER_PAGE,
    };
    let (entries, total) = db::orgs::queue(&mut conn, ctx.actor(), year.year, &filter).await?;
    let cells = db::orgs::deciding_cells(&mut conn, ctx.actor()).await?;
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
        cells,
        states: PlanState::all(),
        filtered: !(query.state.is_empty() && cell.is_none() && q.is_empty()),
        state: state_filter.map_or_else(|| "all".to_owned(), |s| s.as_str().to_owned()),
        cell: cell.map(|c| c.to_string()).unwrap_or_default(),
        q,
        sort: if query.sort == "name" {
            "name".into()
        } else {
            "submitted".into()
        },
        pages: (total + PER_PAGE - 1) / PER_PAGE,
        total,
        page_no,
    })
}
