//! A unit's dashboard for a year: its children side by side (registration and approval of
//! personal plans, collective plans and commitments, progress on the pledges, the decided
//! ratings against the quota) as charts drawn on the server and as a table, every bar and
//! row leading to the child's own dashboard, and the unit's trend across the years. The
//! same table downloads as XLSX and as CSV.

use askama::Template;
use askama_web::WebTemplate;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::db;
use crate::db::dashboard::{Child, Figures, YearFigures};
use crate::db::tree::UnitPath;
use crate::db::years::Year;
use crate::domain::access::{Action, Target, allows};
use crate::domain::deadline::today_in_vietnam;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::charts::{self, Bar, Column, Segment};
use crate::web::page::{Ctx, Page};
use crate::web::units::{Trail, YearQuery, percent, trail};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/units/{id}/dashboard", get(show))
        .route("/units/{id}/dashboard.xlsx", get(xlsx))
        .route("/units/{id}/dashboard.csv", get(csv))
}

/// The unit if the viewer may see its dashboard, the year asked for (the current one by
/// default) and every year there is.
async fn unit_and_year(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    year: Option<i32>,
) -> AppResult<(UnitPath, Year, Vec<i32>)> {
    let mut conn = state.pool.acquire().await?;
    let unit = db::tree::unit_path(&mut conn, crate::domain::ids::OrgUnitId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    let target = Target::Unit {
        unit: unit.id,
        unit_path: unit.ancestors.clone(),
    };
    if !allows(ctx.actor(), Action::ViewDashboard, &target) {
        return Err(AppError::NotFound);
    }
    let year = match year {
        Some(y) => db::years::find(&mut conn, y).await?,
        None => db::years::current(&mut conn).await?,
    }
    .ok_or(AppError::NotFound)?;
    let years = db::years::all(&mut conn).await?;
    Ok((unit, year, years))
}

/// "82%" of a part, "—" with nothing to count.
fn share(part: i64, whole: i64) -> String {
    percent(part, whole)
}

/// A share as a number from 0 to 100, none with nothing to count.
#[allow(clippy::cast_precision_loss)]
fn ratio(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}

/// Excellent per hundred good, against the quota's share.
fn quota_share(f: &Figures) -> String {
    share(f.ratings.excellent, f.ratings.good)
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
        share(*part, *whole)
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

fn registration_bars(lang: Lang, rows: &[(String, Option<String>, Figures)]) -> Vec<Bar> {
    rows.iter()
        .map(|(name, href, f)| {
            let c = &f.counts;
            Bar {
                label: name.clone(),
                href: href.clone(),
                segments: vec![
                    Segment {
                        value: c.approved,
                        class: "seg-ok",
                        label: lang.t(msg!("dash-approved")),
                    },
                    Segment {
                        value: c.registered - c.approved,
                        class: "seg-info",
                        label: lang.t(msg!("dash-registered_only")),
                    },
                    Segment {
                        value: c.expected - c.registered,
                        class: "seg-none",
                        label: lang.t(msg!("dash-not_registered")),
                    },
                ],
                note: format!(
                    "{} / {}",
                    share(c.registered, c.expected),
                    share(c.approved, c.expected)
                ),
            }
        })
        .collect()
}

fn pledge_bars(lang: Lang, rows: &[(String, Option<String>, Figures)]) -> Vec<Bar> {
    rows.iter()
        .map(|(name, href, f)| {
            let p = &f.pledges;
            Bar {
                label: name.clone(),
                href: href.clone(),
                segments: vec![
                    Segment {
                        value: p.done,
                        class: "seg-ok",
                        label: lang.t(msg!("dash-done")),
                    },
                    Segment {
                        value: p.items - p.done - p.overdue,
                        class: "seg-info",
                        label: lang.t(msg!("dash-open")),
                    },
                    Segment {
                        value: p.overdue,
                        class: "seg-bad",
                        label: lang.t(msg!("dash-items_overdue")),
                    },
                ],
                note: share(p.done, p.items),
            }
        })
        .collect()
}

fn rating_bars(lang: Lang, rows: &[(String, Option<String>, Figures)]) -> Vec<Bar> {
    rows.iter()
        .map(|(name, href, f)| {
            let r = &f.ratings;
            Bar {
                label: name.clone(),
                href: href.clone(),
                segments: vec![
                    Segment {
                        value: r.excellent,
                        class: "seg-best",
                        label: lang.t(msg!("dash-excellent")),
                    },
                    Segment {
                        value: r.good,
                        class: "seg-ok",
                        label: lang.t(msg!("dash-good")),
                    },
                    Segment {
                        value: r.completed,
                        class: "seg-info",
                        label: lang.t(msg!("dash-completed")),
                    },
                    Segment {
                        value: r.not_completed,
                        class: "seg-bad",
                        label: lang.t(msg!("dash-not_completed")),
                    },
                    Segment {
                        value: r.not_rated,
                        class: "seg-none",
                        label: lang.t(msg!("dash-not_rated")),
                    },
                ],
                note: if r.decided() == 0 {
                    "—".to_owned()
                } else {
                    format!("{} {}", quota_share(f), lang.t(msg!("dash-of_good")))
                },
            }
        })
        .collect()
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<YearQuery>,
) -> AppResult<Response> {
    let (unit, year, years) = unit_and_year(&state, &ctx, id, query.year).await?;
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
    drop(conn);
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
    let columns: Vec<Column> = trend
        .iter()
        .map(|y| Column {
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
        today,
    }
    .into_response())
}

/// The table of the dashboard as rows of text and numbers, the unit itself last (its
/// total), for the exports.
struct Table {
    headers: Vec<String>,
    rows: Vec<(String, Vec<Cell>)>,
}

enum Cell {
    Count(i64),
    /// A share from 0 to 1; none with nothing to count.
    Share(Option<f64>),
}

fn table(lang: Lang, own: &Figures, unit_name: &str, children: &[Child]) -> Table {
    let headers = [
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
    .map(|id| lang.t(id))
    .collect();
    let cells = |f: &Figures| {
        let c = &f.counts;
        let p = &f.pledges;
        let r = &f.ratings;
        let fraction = |part: i64, whole: i64| Cell::Share(ratio(part, whole).map(|v| v / 100.0));
        vec![
            Cell::Count(c.expected),
            Cell::Count(c.registered),
            fraction(c.registered, c.expected),
            Cell::Count(c.approved),
            fraction(c.approved, c.expected),
            Cell::Count(c.waiting),
            Cell::Count(c.orgs_expected),
            Cell::Count(c.orgs_registered),
            Cell::Count(c.committees_expected),
            Cell::Count(c.committees_accepted),
            Cell::Count(p.items),
            Cell::Count(p.done),
            fraction(p.done, p.items),
            Cell::Count(p.overdue),
            Cell::Count(r.excellent),
            Cell::Count(r.good),
            Cell::Count(r.completed),
            Cell::Count(r.not_completed),
            Cell::Count(r.not_rated),
            fraction(r.excellent, r.good),
        ]
    };
    let mut rows: Vec<(String, Vec<Cell>)> = children
        .iter()
        .map(|c| (c.unit.name.clone(), cells(&c.figures)))
        .collect();
    rows.push((
        format!("{} ({unit_name})", lang.t(msg!("dash-total"))),
        cells(own),
    ));
    Table { headers, rows }
}

async fn table_of(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    year: Option<i32>,
) -> AppResult<(UnitPath, Year, Table)> {
    let (unit, year, _) = unit_and_year(state, ctx, id, year).await?;
    let mut conn = state.pool.acquire().await?;
    let (own, children) = db::dashboard::figures(
        &mut conn,
        unit.id,
        unit.ancestors.len() == 1,
        year.year,
        today_in_vietnam(),
    )
    .await?;
    let table = table(ctx.lang, &own, &unit.name, &children);
    Ok((unit, year, table))
}

/// The file's name: what it is, the unit's number and the year.
fn file_name(unit: &UnitPath, year: i32, ext: &str) -> String {
    format!("bang-theo-doi-{}-{year}.{ext}", unit.id)
}

fn attachment(name: &str, content_type: &'static str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// The dashboard's table as a spreadsheet: a title row naming the unit and the year, the
/// date it was drawn, Vietnamese headers frozen above numbers and percentages.
pub async fn xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<YearQuery>,
) -> AppResult<Response> {
    let (unit, year, table) = table_of(&state, &ctx, id, query.year).await?;
    let title = format!(
        "{} — {} — {}",
        ctx.lang.t(msg!("dash-title")),
        unit.name,
        year.year
    );
    let drawn = format!(
        "{} {}",
        ctx.lang.t(msg!("dash-drawn_on")),
        ctx.lang.date(&today_in_vietnam())
    );
    let body = spreadsheet(&title, &drawn, &table).map_err(|e| AppError::Internal(e.into()))?;
    Ok(attachment(
        &file_name(&unit, year.year, "xlsx"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        body,
    ))
}

fn spreadsheet(
    title: &str,
    drawn: &str,
    table: &Table,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook};
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Bang theo doi")?;
    let bold = Format::new().set_bold().set_font_size(14);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Thin)
        .set_background_color("#F2F2F2");
    let count = Format::new()
        .set_num_format("#,##0")
        .set_border(FormatBorder::Thin);
    let share = Format::new()
        .set_num_format("0.0%")
        .set_border(FormatBorder::Thin);
    let name = Format::new().set_text_wrap().set_border(FormatBorder::Thin);
    let total = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_border(FormatBorder::Thin);
    sheet.write_string_with_format(0, 0, title, &bold)?;
    sheet.write_string(1, 0, drawn)?;
    let head_row = 3;
    for (col, text) in (0u16..).zip(&table.headers) {
        sheet.write_string_with_format(head_row, col, text, &header)?;
        sheet.set_column_width(col, if col == 0 { 36 } else { 12 })?;
    }
    sheet.set_row_height(head_row, 45)?;
    let last = table.rows.len().saturating_sub(1);
    for (i, (unit, cells)) in table.rows.iter().enumerate() {
        let row = head_row + 1 + u32::try_from(i).unwrap_or(u32::MAX - head_row - 1);
        sheet.write_string_with_format(row, 0, unit, if i == last { &total } else { &name })?;
        for (col, cell) in (1u16..).zip(cells) {
            match cell {
                #[allow(clippy::cast_precision_loss)]
                Cell::Count(n) => sheet.write_number_with_format(row, col, *n as f64, &count)?,
                Cell::Share(Some(v)) => sheet.write_number_with_format(row, col, *v, &share)?,
                Cell::Share(None) => sheet.write_blank(row, col, &share)?,
            };
        }
    }
    sheet.set_freeze_panes(head_row + 1, 1)?;
    workbook.save_to_buffer()
}

/// The same table as CSV (UTF-8 with a byte-order mark, which spreadsheet programs need
/// to read Vietnamese), shares as percentages with one decimal.
pub async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<YearQuery>,
) -> AppResult<Response> {
    let (unit, year, table) = table_of(&state, &ctx, id, query.year).await?;
    let mut body = "\u{feff}".as_bytes().to_vec();
    {
        let mut out = ::csv::Writer::from_writer(&mut body);
        let write = |out: &mut ::csv::Writer<&mut Vec<u8>>| -> ::csv::Result<()> {
            out.write_record(&table.headers)?;
            for (unit, cells) in &table.rows {
                let mut record = vec![unit.clone()];
                record.extend(cells.iter().map(|c| match c {
                    Cell::Count(n) => n.to_string(),
                    Cell::Share(Some(v)) => format!("{:.1}", v * 100.0),
                    Cell::Share(None) => String::new(),
                }));
                out.write_record(&record)?;
            }
            out.flush()?;
            Ok(())
        };
        write(&mut out).map_err(|e| AppError::Internal(e.into()))?;
    }
    Ok(attachment(
        &file_name(&unit, year.year, "csv"),
        "text/csv; charset=utf-8",
        body,
    ))
}
