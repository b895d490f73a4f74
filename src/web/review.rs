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

    /// The list as filtered here, to download.
    fn export(&self, ext: &str) -> String {
        let q = crate::error::encode_query_value(&self.q);
        format!(
            "/review.{ext}?year={}&show={}&q={q}&sort={}",
            self.year.year, self.show, self.sort
        )
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

/// What the list shows, in which order, and the name searched for.
fn parse(query: &ReviewQuery) -> AppResult<(Show, Sort, String)> {
    let show = match query.show.as_str() {
        "" => Show::All,
        other => Show::parse(other).ok_or(AppError::BadRequest)?,
    };
    let sort = match query.sort.as_str() {
        "" | "waiting" => Sort::Waiting,
        "name" => Sort::Name,
        _ => return Err(AppError::BadRequest),
    };
    Ok((show, sort, clean_line(&query.q)))
}

/// The kinds of documents the rows have, as columns.
fn document_columns(rows: &[Row]) -> Vec<PlanKind> {
    [
        PlanKind::UpperCollectiveCommitment,
        PlanKind::UpperSecretaryCommitment,
        PlanKind::Collective,
    ]
    .into_iter()
    .filter(|kind| rows.iter().any(|r| r.docs.iter().any(|d| d.kind == *kind)))
    .collect()
}

pub async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<ReviewQuery>,
) -> AppResult<ReviewTemplate> {
    if !ctx.actor().reviews_unit_plans() {
        return Err(AppError::NotFound);
    }
    let (show, sort, q) = parse(&query)?;
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
    let columns = document_columns(&rows);
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

/// The list as it is filtered on the page, every unit of it, for the exports.
async fn all_rows(
    state: &AppState,
    ctx: &Ctx,
    query: &ReviewQuery,
) -> AppResult<(Year, Vec<Row>, Vec<PlanKind>)> {
    if !ctx.actor().reviews_unit_plans() {
        return Err(AppError::NotFound);
    }
    let (show, sort, q) = parse(query)?;
    let mut conn = state.pool.acquire().await?;
    let year = match query.year {
        Some(y) => db::years::find(&mut conn, y).await?,
        None => db::years::current(&mut conn).await?,
    }
    .ok_or(AppError::NotFound)?;
    let filter = Filter {
        show,
        name: q,
        sort,
        page: 0,
        per_page: i64::from(i32::MAX),
    };
    let (rows, _, _) = db::review::rows(
        &mut conn,
        &ctx.actor().reviewing_units(),
        &ctx.actor().writing_units(),
        year.year,
        today_in_vietnam(),
        &filter,
    )
    .await?;
    let columns = document_columns(&rows);
    Ok((year, rows, columns))
}

/// The documents' states as a table: a row per unit, a column per kind of document (its
/// state and the day it was last sent), and whether it is overdue.
fn status_table(
    ctx: &Ctx,
    rows: &[Row],
    kinds: &[PlanKind],
) -> (
    Vec<crate::web::exports::Column>,
    Vec<Vec<crate::web::exports::Value>>,
) {
    use crate::i18n::AsLabel;
    use crate::web::exports::{Column, Value};
    let lang = ctx.lang;
    let mut columns = vec![
        Column {
            header: lang.t(msg!("list-no")),
            width: 6.0,
        },
        Column {
            header: lang.t(msg!("dash-col_unit")),
            width: 40.0,
        },
    ];
    for kind in kinds {
        columns.push(Column {
            header: lang.t(&kind.label_id()),
            width: 26.0,
        });
        columns.push(Column {
            header: lang.t(msg!("review-col_sent")),
            width: 12.0,
        });
    }
    columns.push(Column {
        header: lang.t(msg!("review-overdue")),
        width: 10.0,
    });
    let values = (1i64..)
        .zip(rows)
        .map(|(n, row)| {
            let mut values = vec![Value::Count(n), Value::Text(row.name.clone())];
            for kind in kinds {
                let doc = row.docs.iter().find(|d| d.kind == *kind);
                values.push(Value::Text(match doc.and_then(|d| d.state) {
                    Some(state) => lang.t(&state.label_id()),
                    None if doc.is_some() => lang.t(msg!("state-none")),
                    None => String::new(),
                }));
                values.push(Value::Date(
                    doc.and_then(|d| d.submitted_at)
                        .map(crate::domain::deadline::day_in_vietnam),
                ));
            }
            values.push(Value::Text(if row.overdue {
                lang.t(msg!("review-overdue_tag"))
            } else {
                String::new()
            }));
            values
        })
        .collect();
    (columns, values)
}

fn status_file(year: i32, ext: &str) -> String {
    format!("tinh-hinh-ke-hoach-cam-ket-{year}.{ext}")
}

/// The review list, filtered as on the page, as a spreadsheet.
pub async fn review_xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<ReviewQuery>,
) -> AppResult<axum::response::Response> {
    let (year, rows, kinds) = all_rows(&state, &ctx, &query).await?;
    let (columns, values) = status_table(&ctx, &rows, &kinds);
    let title = format!(
        "{} — {} {}",
        ctx.lang.t(msg!("review-title")),
        ctx.lang.t(msg!("common-year")),
        year.year
    );
    crate::web::exports::xlsx_table(
        &status_file(year.year, "xlsx"),
        "Tinh hinh",
        &title,
        ctx.lang,
        &columns,
        &values,
        false,
    )
}

/// The same list as CSV.
pub async fn review_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<ReviewQuery>,
) -> AppResult<axum::response::Response> {
    let (year, rows, kinds) = all_rows(&state, &ctx, &query).await?;
    let (columns, values) = status_table(&ctx, &rows, &kinds);
    crate::web::exports::csv_whole(&status_file(year.year, "csv"), &columns, &values)
}
