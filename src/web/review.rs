//! The review page of a committee: every unit directly under it with the plans the unit
//! files itself (collective plans; for the province, each committee's two commitments)
//! and their state, filterable, sortable and paged; overdue ones flagged. Each document
//! opens on its plan page, where it is commented on, returned, approved or accepted.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use serde::Deserialize;

use crate::db;
use crate::db::review::{Filter, Row, Show, Sort, Summary};
use crate::db::years::Year;
use crate::domain::Named;
use crate::domain::deadline::today_in_vietnam;
use crate::domain::ids::PlanId;
use crate::domain::plan::PlanKind;
use crate::domain::text::clean_line;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::page::{Ctx, Page, unit_url};

/// Units shown on one page.
pub const PER_PAGE: i64 = 50;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReviewQuery {
    show: String,
    q: String,
    sort: String,
    year: Option<i32>,
    page: Option<i64>,
}

#[derive(Template, WebTemplate)]
#[template(path = "review.html")]
pub struct ReviewTemplate {
    page: Page,
    year: Year,
    years: Vec<i32>,
    rows: Vec<Row>,
    total: i64,
    summary: Summary,
    /// The kinds of documents the rows have, as columns.
    columns: Vec<PlanKind>,
    show: String,
    q: String,
    sort: String,
    page_no: i64,
    pages: i64,
}

impl ReviewTemplate {
    fn link(&self, show: &str, page: i64) -> String {
        let q = crate::error::encode_query_value(&self.q);
        format!(
            "/review?year={}&show={show}&q={q}&sort={}&page={}",
            self.year.year,
            self.sort,
            page + 1
        )
    }

    fn page_link(&self, n: &i64) -> String {
        self.link(&self.show, *n)
    }

    fn show_link(&self, show: &str) -> String {
        self.link(show, 0)
    }

    fn year_action(&self) -> String {
        "/review".to_owned()
    }

    fn unit_link(&self, row: &Row) -> String {
        format!("{}?year={}", unit_url(row.kind, row.unit), self.year.year)
    }

    /// The row's document of `kind`, if the unit files one.
    fn doc<'a>(&self, row: &'a Row, kind: &PlanKind) -> Option<&'a db::review::Doc> {
        row.docs.iter().find(|d| d.kind == *kind)
    }

    fn shows(&self) -> [(&'static str, &'static str, i64); 6] {
        [
            ("all", msg!("review-all"), self.summary.units),
            ("waiting", msg!("review-waiting"), self.summary.waiting),
            ("returned", msg!("review-returned"), self.summary.returned),
            (
                "not_started",
                msg!("review-not_started"),
                self.summary.not_started,
            ),
            ("overdue", msg!("review-overdue"), self.summary.overdue),
            ("done", msg!("review-done"), self.summary.done),
        ]
    }
}

pub async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<ReviewQuery>,
) -> AppResult<ReviewTemplate> {
    if !ctx.actor().reviews_unit_plans() {
        return Err(AppError::NotFound);
    }
    let show = match query.show.as_str() {
        "" => Show::All,
        other => Show::parse(other).ok_or(AppError::BadRequest)?,
    };
    let sort = match query.sort.as_str() {
        "" | "waiting" => Sort::Waiting,
        "name" => Sort::Name,
        _ => return Err(AppError::BadRequest),
    };
    let q = clean_line(&query.q);
    let page_no = query.page.unwrap_or(1).clamp(1, 100_000) - 1;
    let mut conn = state.pool.acquire().await?;
    let year = match query.year {
        Some(y) => db::years::find(&mut conn, y).await?,
        None => db::years::current(&mut conn).await?,
    }
    .ok_or(AppError::NotFound)?;
    let years = db::years::all(&mut conn).await?;
    let filter = Filter {
        show,
        name: q.clone(),
        sort,
        page: page_no,
        per_page: PER_PAGE,
    };
    let committees = ctx.actor().reviewing_units();
    let own = ctx.actor().writing_units();
    let (rows, total, summary) = db::review::rows(
        &mut conn,
        &committees,
        &own,
        year.year,
        today_in_vietnam(),
        &filter,
    )
    .await?;
    let mut columns: Vec<PlanKind> = Vec::new();
    for kind in [
        PlanKind::UpperCollectiveCommitment,
        PlanKind::UpperSecretaryCommitment,
        PlanKind::Collective,
    ] {
        if rows.iter().any(|r| r.docs.iter().any(|d| d.kind == kind)) {
            columns.push(kind);
        }
    }
    Ok(ReviewTemplate {
        page: ctx.page(msg!("review-title"), "/review"),
        year,
        years,
        rows,
        summary,
        columns,
        show: show.as_str().to_owned(),
        q,
        sort: match sort {
            Sort::Waiting => "waiting".to_owned(),
            Sort::Name => "name".to_owned(),
        },
        pages: (total + PER_PAGE - 1) / PER_PAGE,
        total,
        page_no,
    })
}

/// The next document waiting for the actor's decision after `done`, if any.
pub async fn next_waiting(
    conn: &mut sqlx::PgConnection,
    ctx: &Ctx,
    year: i32,
    done: PlanId,
) -> AppResult<Option<PlanId>> {
    let filter = Filter {
        show: Show::Waiting,
        name: String::new(),
        sort: Sort::Waiting,
        page: 0,
        per_page: PER_PAGE,
    };
    let committees = ctx.actor().reviewing_units();
    let own = ctx.actor().writing_units();
    let (rows, _, _) =
        db::review::rows(conn, &committees, &own, year, today_in_vietnam(), &filter).await?;
    Ok(rows
        .iter()
        .flat_map(|r| r.docs.iter())
        .find(|d| {
            d.state == Some(crate::domain::plan::PlanState::Submitted) && d.plan != Some(done)
        })
        .and_then(|d| d.plan))
}
