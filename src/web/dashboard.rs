//! A unit's dashboard for a year: its children side by side (registration and approval of
//! personal plans, collective plans and commitments, progress on the pledges, the decided
//! ratings against the quota) as charts drawn on the server and as a table, every bar and
//! row leading to the child's own dashboard, and the unit's trend across the years. The
//! same table downloads as XLSX and as CSV.

use askama::Template;
use askama_web::WebTemplate;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::db;
use crate::db::dashboard::{Child, Figures, YearFigures};
use crate::db::tree::UnitPath;
use crate::db::years::Year;
use crate::domain::access::Action;
use crate::domain::deadline::today_in_vietnam;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::charts::{self, Bar, Segment};
use crate::web::exports::{self, Column, Value};
use crate::web::page::{Ctx, Page};
use crate::web::units::{Trail, YearQuery, percent, trail, unit_and_year};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/units/{id}/dashboard", get(show))
        .route("/units/{id}/dashboard.xlsx", get(xlsx))
        .route("/units/{id}/dashboard.csv", get(csv))
}

/// A share as a number from 0 to 100, none with nothing to count.
#[allow(clippy::cast_precision_loss)]
fn ratio(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}

/// Excellent per hundred good, against the quota's share.
fn quota_share(f: &Figures) -> String {
    percent(f.ratings.excellent, f.ratings.good)
}

#[derive(Template, WebTemplate)]
#[template(path = "units/dashboard.html")]
pub struct DashboardTemplate {
    page: Page,
    trail: Trail,
    unit: UnitPath,
    year: Year,
    years: Vec<i32>,
    own: Figures,
    children: Vec<Child>,
    trend: Vec<YearFigures>,
    registration_chart: String,
    pledges_chart: String,
    ratings_chart: String,
    trend_chart: String,
    /// What the ratings chart counts, with the year's quota share when it has one.
    ratings_hint: String,
    today: chrono::NaiveDate,
}

impl DashboardTemplate {
    fn year_action(&self) -> String {
        format!("/units/{}/dashboard", self.unit.id)
    }

    fn child_link(&self, child: &Child) -> String {
        format!("/units/{}/dashboard?year={}", child.unit.id, self.year.year)
    }

    fn export(&self, ext: &str) -> String {
        format!(
            "/units/{}/dashboard.{ext}?year={}",
            self.unit.id, self.year.year
        )
    }

    fn share(&self, part: &i64, whole: &i64) -> String {
        percent(*part, *whole)
    }

    fn quota_share(&self, f: &Figures) -> String {
        quota_share(f)
    }

    fn shows_orgs(&self) -> bool {
        self.own.counts.orgs_expected > 0
    }

    fn shows_committees(&self) -> bool {
        self.own.counts.committees_expected > 0
    }
}

/// A row of the charts: a unit's name, where its bar leads, its figures.
type ChartRow = (String, Option<String>, Figures);

/// A bar per row: its parts (value, colour class, message) and the note at its end.
fn bars(
    lang: Lang,
    rows: &[ChartRow],
    parts: impl Fn(&Figures) -> Vec<(i64, &'static str, &'static str)>,
    note: impl Fn(&Figures) -> String,
) -> Vec<Bar> {
    rows.iter()
        .map(|(name, href, f)| Bar {
            label: name.clone(),
            href: href.clone(),
            segments: parts(f)
                .into_iter()
                .map(|(value, class, label)| Segment {
                    value,
                    class,
                    label: lang.t(label),
                })
                .collect(),
            note: note(f),
        })
        .collect()
}

fn registration_bars(lang: Lang, rows: &[ChartRow]) -> Vec<Bar> {
    bars(
        lang,
        rows,
        |f| {
            let c = &f.counts;
            vec![
                (c.approved, "seg-ok", msg!("dash-approved")),
                (
                    c.registered - c.approved,
                    "seg-info",
                    msg!("dash-registered_only"),
                ),
                (
                    c.expected - c.registered,
                    "seg-none",
                    msg!("dash-not_registered"),
                ),
            ]
        },
        |f| {
            format!(
                "{} / {}",
                percent(f.counts.registered, f.counts.expected),
                percent(f.counts.approved, f.counts.expected)
            )
        },
    )
}

fn pledge_bars(lang: Lang, rows: &[ChartRow]) -> Vec<Bar> {
    bars(
        lang,
        rows,
        |f| {
            let p = &f.pledges;
            vec![
                (p.done, "seg-ok", msg!("dash-done")),
                (p.items - p.done - p.overdue, "seg-info", msg!("dash-open")),
                (p.overdue, "seg-bad", msg!("dash-items_overdue")),
            ]
        },
        |f| percent(f.pledges.done, f.pledges.items),
    )
}

fn rating_bars(lang: Lang, rows: &[ChartRow]) -> Vec<Bar> {
    bars(
        lang,
        rows,
        |f| {
            let r = &f.ratings;
            vec![
                (r.excellent, "seg-best", msg!("dash-excellent")),
                (r.good, "seg-ok", msg!("dash-good")),
                (r.completed, "seg-info", msg!("dash-completed")),
                (r.not_completed, "seg-bad", msg!("dash-not_completed")),
                (r.not_rated, "seg-none", msg!("dash-not_rated")),
            ]
        },
        |f| {
            if f.ratings.decided() == 0 {
                "—".to_owned()
            } else {
                format!("{} {}", quota_share(f), lang.t(msg!("dash-of_good")))
            }
        },
    )
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<YearQuery>,
) -> AppResult<Response> {
    let (unit, year, years) =
        unit_and_year(&state, &ctx, id, query.year, Action::ViewDashboard).await?;
    let today = today_in_vietnam();
    let mut conn = state.pool.acquire().await?;
    let (own, children) = db::dashboard::figures(
        &mut conn,
        unit.id,
        unit.ancestors.len() == 1,
        year.year,
        today,
    )
    .await?;
    let trend = db::dashboard::trend(&mut conn, unit.id, today).await?;
    let quota = crate::scoring::year_params(&mut conn, year.year)
        .await
        .map_err(crate::error::AppError::Internal)?
        .and_then(|p| p.quota.map(|q| q.percent));
    drop(conn);
    let ratings_hint = match quota {
        Some(percent) => ctx.lang.t_args(
            msg!("dash-ratings_hint"),
            &[(
                "percent",
                fluent_templates::fluent_bundle::FluentValue::from(percent),
            )],
        ),
        None => ctx.lang.t(msg!("dash-ratings_hint_no_quota")),
    };
    let lang = ctx.lang;
    // The unit itself first, then its children, each leading to its own dashboard.
    let mut rows = vec![(unit.name.clone(), None, own)];
    rows.extend(children.iter().map(|c| {
        (
            c.unit.name.clone(),
            Some(format!("/units/{}/dashboard?year={}", c.unit.id, year.year)),
            c.figures,
        )
    }));
    let columns: Vec<charts::Column> = trend
        .iter()
        .map(|y| charts::Column {
            label: y.year.to_string(),
            href: Some(format!("/units/{}/dashboard?year={}", unit.id, y.year)),
            values: vec![
                ratio(y.figures.counts.registered, y.figures.counts.expected),
                ratio(y.figures.counts.approved, y.figures.counts.expected),
                ratio(y.figures.pledges.done, y.figures.pledges.items),
            ],
        })
        .collect();
    let mut page = ctx.page(msg!("dash-title"), format!("/units/{}/dashboard", unit.id));
    page.title = format!("{} — {}", page.title, unit.name);
    Ok(DashboardTemplate {
        registration_chart: charts::stacked_bars(
            "chart-registration",
            &registration_bars(lang, &rows),
        ),
        pledges_chart: charts::stacked_bars("chart-pledges", &pledge_bars(lang, &rows)),
        ratings_chart: charts::stacked_bars("chart-ratings", &rating_bars(lang, &rows)),
        trend_chart: charts::percent_columns(
            "chart-trend",
            &columns,
            &["seg-info", "seg-ok", "seg-best"],
        ),
        page,
        trail: trail(&ctx, &unit),
        unit,
        year,
        years,
        own,
        children,
        trend,
        ratings_hint,
        today,
    }
    .into_response())
}

/// The dashboard's table for the exports: a row per child, then the unit's total.
fn table(
    lang: Lang,
    own: &Figures,
    unit_name: &str,
    children: &[Child],
) -> (Vec<Column>, Vec<Vec<Value>>) {
    let columns = [
        msg!("dash-col_unit"),
        msg!("unit-expected"),
        msg!("unit-registered"),
        msg!("dash-col_registered_share"),
        msg!("unit-approved"),
        msg!("dash-col_approved_share"),
        msg!("unit-waiting"),
        msg!("dash-col_orgs_expected"),
        msg!("dash-col_orgs_registered"),
        msg!("dash-col_committees_expected"),
        msg!("dash-col_committees_accepted"),
        msg!("dash-col_items"),
        msg!("dash-col_done"),
        msg!("dash-col_done_share"),
        msg!("dash-items_overdue"),
        msg!("dash-col_excellent"),
        msg!("dash-col_good"),
        msg!("dash-col_completed"),
        msg!("dash-col_not_completed"),
        msg!("dash-col_not_rated"),
        msg!("dash-col_quota_share"),
    ]
    .iter()
    .enumerate()
    .map(|(i, id)| Column {
        header: lang.t(id),
        width: if i == 0 { 36.0 } else { 12.0 },
    })
    .collect();
    let row = |name: String, f: &Figures| {
        let c = &f.counts;
        let p = &f.pledges;
        let r = &f.ratings;
        let fraction = |part: i64, whole: i64| Value::Share(ratio(part, whole).map(|v| v / 100.0));
        vec![
            Value::Text(name),
            Value::Count(c.expected),
            Value::Count(c.registered),
            fraction(c.registered, c.expected),
            Value::Count(c.approved),
            fraction(c.approved, c.expected),
            Value::Count(c.waiting),
            Value::Count(c.orgs_expected),
            Value::Count(c.orgs_registered),
            Value::Count(c.committees_expected),
            Value::Count(c.committees_accepted),
            Value::Count(p.items),
            Value::Count(p.done),
            fraction(p.done, p.items),
            Value::Count(p.overdue),
            Value::Count(r.excellent),
            Value::Count(r.good),
            Value::Count(r.completed),
            Value::Count(r.not_completed),
            Value::Count(r.not_rated),
            fraction(r.excellent, r.good),
        ]
    };
    let mut rows: Vec<Vec<Value>> = children
        .iter()
        .map(|c| row(c.unit.name.clone(), &c.figures))
        .collect();
    rows.push(row(
        format!("{} ({unit_name})", lang.t(msg!("dash-total"))),
        own,
    ));
    (columns, rows)
}

async fn table_of(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    year: Option<i32>,
) -> AppResult<(UnitPath, Year, Vec<Column>, Vec<Vec<Value>>)> {
    let (unit, year, _) = unit_and_year(state, ctx, id, year, Action::ViewDashboard).await?;
    let mut conn = state.pool.acquire().await?;
    let (own, children) = db::dashboard::figures(
        &mut conn,
        unit.id,
        unit.ancestors.len() == 1,
        year.year,
        today_in_vietnam(),
    )
    .await?;
    let (columns, rows) = table(ctx.lang, &own, &unit.name, &children);
    Ok((unit, year, columns, rows))
}

/// The file's name: what it is, the unit's number and the year.
fn file_name(unit: &UnitPath, year: i32, ext: &str) -> String {
    format!("bang-theo-doi-{}-{year}.{ext}", unit.id)
}

/// The dashboard's table as a spreadsheet: a title naming the unit and the year, the day
/// it was drawn, Vietnamese headers frozen above numbers and percentages, the total last.
pub async fn xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<YearQuery>,
) -> AppResult<Response> {
    let (unit, year, columns, rows) = table_of(&state, &ctx, id, query.year).await?;
    let title = format!(
        "{} — {} — {}",
        ctx.lang.t(msg!("dash-title")),
        unit.name,
        year.year
    );
    exports::xlsx_table(
        &file_name(&unit, year.year, "xlsx"),
        "Bang theo doi",
        &title,
        ctx.lang,
        &columns,
        &rows,
        true,
    )
}

/// The same table as CSV, shares as percentages with one decimal.
pub async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<YearQuery>,
) -> AppResult<Response> {
    let (unit, year, columns, rows) = table_of(&state, &ctx, id, query.year).await?;
    exports::csv_whole(&file_name(&unit, year.year, "csv"), &columns, &rows)
}
