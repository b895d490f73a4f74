//! The org tree for those who oversee it: a unit's page with its registration counts and
//! the units below it (province → committee → grassroots → cell), and the list of members
//! behind every number.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use crate::db;
use crate::db::tree::{Counts, MemberFilter, MemberRow, UnitCounts, UnitPath};
use crate::db::years::Year;
use crate::domain::Named;
use crate::domain::access::{Action, PlanScope, Target, allows};
use crate::domain::deadline::today_in_vietnam;
use crate::domain::ids::{OrgUnitId, PlanId};
use crate::domain::org::OrgKind;
use crate::domain::plan::{PlanKind, PlanState};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::exports::{Column, Value};
use crate::web::page::{Ctx, Page, redirect_with_flash};
use crate::workflow::{self, Refusal};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/units/{id}", get(show))
        .route("/units/{id}/members", get(members))
        .route("/units/{id}/members.xlsx", get(members_xlsx))
        .route("/units/{id}/members.csv", get(members_csv))
        .route("/units/{id}/plans", post(start_plan))
}

/// One of the plans a unit files itself (its collective plan, a commitment) for a year,
/// as the viewer may reach it.
#[derive(Debug, Clone)]
pub struct Document {
    pub kind: PlanKind,
    pub plan: Option<(PlanId, PlanState)>,
    /// The viewer may open it.
    pub can_open: bool,
    /// Not filed yet, and the viewer writes it: they may start it now.
    pub can_start: bool,
}

/// The plans `unit` files itself for `year`, as the viewer may reach them.
pub async fn documents(
    conn: &mut sqlx::PgConnection,
    ctx: &Ctx,
    unit: &UnitPath,
    year: &Year,
) -> AppResult<Vec<Document>> {
    let filed = db::orgs::unit_plans(conn, unit.id, unit.kind, year.year).await?;
    Ok(filed
        .into_iter()
        .map(|f| {
            let scope = |state| PlanScope {
                kind: f.kind,
                owner: None,
                state,
                unit: unit.id,
                unit_path: unit.ancestors.clone(),
                parent: unit.parent(),
                has_other_cell_leader: true,
                year_open: year.is_open(),
            };
            let (can_open, can_start) = match f.plan {
                Some((_, state)) => (
                    allows(ctx.actor(), Action::ViewPlan, &Target::Plan(scope(state))),
                    false,
                ),
                None => (
                    false,
                    unit.valid_to.is_none()
                        && allows(
                            ctx.actor(),
                            Action::EditPlan,
                            &Target::Plan(scope(PlanState::Draft)),
                        ),
                ),
            };
            Document {
                kind: f.kind,
                plan: f.plan,
                can_open,
                can_start,
            }
        })
        .collect())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StartForm {
    kind: String,
    year: String,
}

/// Starts one of a unit's own plans (or opens the one that exists) and goes to it.
pub async fn start_plan(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<StartForm>,
) -> AppResult<Response> {
    let kind = PlanKind::parse(form.kind.trim()).ok_or(AppError::BadRequest)?;
    let year: i32 = form.year.trim().parse().map_err(|_| AppError::BadRequest)?;
    let mut tx = db::begin(&state.pool).await?;
    match workflow::start_unit_plan(&mut tx, ctx.actor(), kind, OrgUnitId(id), year, None).await? {
        Ok(plan) => {
            tx.commit().await?;
            Ok(Redirect::to(&format!("/plans/{plan}")).into_response())
        }
        // The year closed or the unit was restructured since the page was shown.
        Err(Refusal::NotPossible) => Ok(redirect_with_flash(
            &format!("/units/{id}?year={year}"),
            msg!("flash-start_refused"),
        )),
        Err(_) => Err(AppError::NotFound),
    }
}

/// Members listed on one page.
pub const PER_PAGE: i64 = 50;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct YearQuery {
    pub year: Option<i32>,
}

/// The units above one, each with whether the viewer may open its page.
pub type Trail = Vec<(OrgUnitId, String, bool)>;

/// The trail to `unit` as `ctx`'s user may follow it.
pub fn trail(ctx: &Ctx, unit: &UnitPath) -> Trail {
    unit.above
        .iter()
        .enumerate()
        .map(|(i, (id, name))| {
            let target = Target::Unit {
                unit: *id,
                unit_path: unit.ancestors[..=i].to_vec(),
            };
            (
                *id,
                name.clone(),
                allows(ctx.actor(), Action::ViewUnit, &target),
            )
        })
        .collect()
}

/// The unit if the viewer may do `action` on it (see its page, its dashboard), with the
/// year asked for (the current one by default) and every year there is.
pub async fn unit_and_year(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    year: Option<i32>,
    action: Action,
) -> AppResult<(UnitPath, Year, Vec<i32>)> {
    let mut conn = state.pool.acquire().await?;
    let unit = db::tree::unit_path(&mut conn, OrgUnitId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    let target = Target::Unit {
        unit: unit.id,
        unit_path: unit.ancestors.clone(),
    };
    if !allows(ctx.actor(), action, &target) {
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

#[derive(Template, WebTemplate)]
#[template(path = "units/show.html")]
pub struct UnitTemplate {
    page: Page,
    trail: Trail,
    unit: UnitPath,
    year: Year,
    years: Vec<i32>,
    counts: Counts,
    children: Vec<UnitCounts>,
    documents: Vec<Document>,
    /// The year-end ratings page (see `access::shows_ratings`).
    ratings_link: bool,
}

impl UnitTemplate {
    fn unit_id(&self) -> OrgUnitId {
        self.unit.id
    }

    fn org_rate(&self, counts: &Counts) -> String {
        percent(counts.orgs_registered, counts.orgs_expected)
    }

    /// Whether any unit on the page files collective plans, or signs commitments.
    fn shows_orgs(&self) -> bool {
        self.counts.orgs_expected > 0
    }

    fn shows_committees(&self) -> bool {
        self.counts.committees_expected > 0
    }

    fn year_action(&self) -> String {
        format!("/units/{}", self.unit.id)
    }

    /// The page of a unit below: the member list of a cell, the tree page otherwise.
    fn child_link(&self, child: &UnitCounts) -> String {
        if child.kind.holds_members() {
            format!("/cells/{}?year={}", child.id, self.year.year)
        } else {
            format!("/units/{}?year={}", child.id, self.year.year)
        }
    }

    fn list_link(&self, unit: &OrgUnitId, filter: &str) -> String {
        format!(
            "/units/{unit}/members?filter={filter}&year={}",
            self.year.year
        )
    }

    fn rate(&self, counts: &Counts) -> String {
        percent(counts.registered, counts.expected)
    }
}

/// "97%" of a part, "—" when there is nothing to count.
pub fn percent(part: i64, whole: i64) -> String {
    if whole == 0 {
        return "—".to_owned();
    }
    #[allow(clippy::cast_precision_loss)]
    let share = 100.0 * part as f64 / whole as f64;
    format!("{share:.0}%")
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<YearQuery>,
) -> AppResult<Response> {
    let (unit, year, years) = unit_and_year(&state, &ctx, id, query.year, Action::ViewUnit).await?;
    if unit.kind.holds_members() {
        return Ok(Redirect::to(&format!("/cells/{}?year={}", unit.id, year.year)).into_response());
    }
    let mut conn = state.pool.acquire().await?;
    let (counts, children) =
        db::tree::counts(&mut conn, unit.id, year.year, today_in_vietnam()).await?;
    let documents = documents(&mut conn, &ctx, &unit, &year).await?;
    let mut page = ctx.page(msg!("unit-title"), format!("/units/{}", unit.id));
    page.title = unit.name.clone();
    let ratings_link = crate::domain::access::shows_ratings(
        ctx.actor(),
        &unit.ancestors,
        unit.id,
        unit.kind,
        year.phase,
    );
    Ok(UnitTemplate {
        ratings_link,
        page,
        trail: trail(&ctx, &unit),
        unit,
        year,
        years,
        counts,
        children,
        documents,
    }
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    filter: String,
    year: Option<i32>,
    page: Option<i64>,
}

fn parse_filter(text: &str) -> Option<MemberFilter> {
    if text.is_empty() {
        return Some(MemberFilter::Expected);
    }
    MemberFilter::ALL.into_iter().find(|f| f.as_str() == text)
}

/// The message naming a list.
fn filter_title(filter: MemberFilter) -> &'static str {
    match filter {
        MemberFilter::Expected => msg!("list-expected"),
        MemberFilter::Registered => msg!("list-registered"),
        MemberFilter::NotRegistered => msg!("list-not_registered"),
        MemberFilter::Approved => msg!("list-approved"),
        MemberFilter::Waiting => msg!("list-waiting"),
        MemberFilter::NotStarted => msg!("list-not_started"),
        MemberFilter::Overdue => msg!("list-overdue"),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "units/members.html")]
pub struct MembersTemplate {
    page: Page,
    trail: Trail,
    unit: UnitPath,
    year: Year,
    filter: String,
    rows: Vec<MemberRow>,
    total: i64,
    page_no: i64,
    pages: i64,
}

impl MembersTemplate {
    fn page_link(&self, n: &i64) -> String {
        format!(
            "/units/{}/members?filter={}&year={}&page={}",
            self.unit.id,
            self.filter,
            self.year.year,
            n + 1
        )
    }

    /// The lists one can switch between: (filter, message id).
    fn filters(&self) -> [(&'static str, &'static str); 6] {
        [
            ("expected", msg!("list-expected")),
            ("registered", msg!("list-registered")),
            ("not_registered", msg!("list-not_registered")),
            ("approved", msg!("list-approved")),
            ("waiting", msg!("list-waiting")),
            ("overdue", msg!("list-overdue")),
        ]
    }

    fn row_no(&self, index: &usize) -> i64 {
        self.page_no * PER_PAGE + i64::try_from(*index).unwrap_or(0)
    }

    fn is_cell(&self) -> bool {
        self.unit.kind == OrgKind::Cell || self.unit.kind == OrgKind::GrassrootsCell
    }

    fn export(&self, ext: &str) -> String {
        format!(
            "/units/{}/members.{ext}?filter={}&year={}",
            self.unit.id, self.filter, self.year.year
        )
    }
}

/// The unit, year and list asked for, if the viewer oversees the unit: the lists are for
/// those who oversee it (every plan in them is theirs to open).
async fn listed_unit(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    query: &ListQuery,
) -> AppResult<(UnitPath, Year, MemberFilter)> {
    let filter = parse_filter(&query.filter).ok_or(AppError::BadRequest)?;
    let (unit, year, _) = unit_and_year(state, ctx, id, query.year, Action::ViewUnit).await?;
    let target = Target::Unit {
        unit: unit.id,
        unit_path: unit.ancestors.clone(),
    };
    if !crate::domain::access::oversees(ctx.actor(), &unit.ancestors)
        || !allows(ctx.actor(), Action::ViewUnit, &target)
    {
        return Err(AppError::NotFound);
    }
    Ok((unit, year, filter))
}

pub async fn members(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<ListQuery>,
) -> AppResult<MembersTemplate> {
    let (unit, year, filter) = listed_unit(&state, &ctx, id, &query).await?;
    let page_no = query.page.unwrap_or(1).clamp(1, 100_000) - 1;
    let mut conn = state.pool.acquire().await?;
    let today = today_in_vietnam();
    let (counts, _) = db::tree::counts(&mut conn, unit.id, year.year, today).await?;
    let total = counts.behind(filter);
    let rows = db::tree::members(
        &mut conn, unit.id, year.year, today, filter, page_no, PER_PAGE,
    )
    .await?;
    let mut page = ctx.page(filter_title(filter), format!("/units/{}/members", unit.id));
    page.title = format!("{} — {}", page.title, unit.name);
    // The list belongs to its unit: the trail ends there.
    let mut trail = trail(&ctx, &unit);
    trail.push((unit.id, unit.name.clone(), true));
    Ok(MembersTemplate {
        page,
        trail,
        filter: if query.filter.is_empty() {
            "expected".to_owned()
        } else {
            query.filter
        },
        unit,
        year,
        rows,
        pages: (total + PER_PAGE - 1) / PER_PAGE,
        total,
        page_no,
    })
}

/// The columns of an exported list: number, name, cell, membership, plan.
fn list_columns(ctx: &Ctx) -> Vec<Column> {
    [
        (msg!("list-no"), 6.0),
        (msg!("cell-member"), 30.0),
        (msg!("plan-cell"), 36.0),
        (msg!("list-membership"), 16.0),
        (msg!("cell-plan_state"), 20.0),
    ]
    .into_iter()
    .map(|(id, width)| Column {
        header: ctx.lang.t(id),
        width,
    })
    .collect()
}

fn list_row(ctx: &Ctx, n: i64, row: &MemberRow) -> Vec<Value> {
    use crate::i18n::AsLabel;
    vec![
        Value::Count(n),
        Value::Text(row.full_name.clone()),
        Value::Text(row.cell_name.clone()),
        Value::Text(ctx.lang.t(&row.status.label_id())),
        Value::Text(match row.plan_state {
            Some(state) => ctx.lang.t(&state.label_id()),
            None => ctx.lang.t(msg!("state-none")),
        }),
    ]
}

fn list_file(unit: &UnitPath, filter: MemberFilter, year: i32, ext: &str) -> String {
    format!("danh-sach-{}-{}-{year}.{ext}", filter.as_str(), unit.id)
}

/// A list of members as a spreadsheet, in the official order, written as it is read.
pub async fn members_xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<ListQuery>,
) -> AppResult<Response> {
    use futures_util::TryStreamExt;
    let (unit, year, filter) = listed_unit(&state, &ctx, id, &query).await?;
    let title = format!(
        "{} — {} — {} {}",
        ctx.lang.t(filter_title(filter)),
        unit.name,
        ctx.lang.t(msg!("common-year")),
        year.year
    );
    let (sheet, writer) = crate::web::exports::sheet_writer(
        "Danh sach",
        title,
        crate::web::exports::drawn_on(ctx.lang),
        list_columns(&ctx),
    );
    let mut conn = state.pool.acquire().await?;
    let mut rows = db::tree::members_stream(
        &mut conn,
        unit.id,
        year.year,
        today_in_vietnam(),
        filter,
        None,
    );
    let mut n = 0;
    while let Some(row) = rows.try_next().await? {
        n += 1;
        if sheet.send((list_row(&ctx, n, &row), false)).await.is_err() {
            break;
        }
    }
    drop(rows);
    drop(conn);
    drop(sheet);
    let internal = |e: rust_xlsxwriter::XlsxError| AppError::Internal(e.into());
    let bytes = writer
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(internal)?;
    Ok(crate::web::exports::attachment(
        &list_file(&unit, filter, year.year, "xlsx"),
        crate::web::exports::XLSX,
        axum::body::Body::from(bytes),
    ))
}

/// The same list as CSV, sent line by line as it is read from the database. A client
/// that stops reading for `SEND_TIMEOUT` ends the download and frees the connection.
pub async fn members_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<ListQuery>,
) -> AppResult<Response> {
    use crate::web::exports::SEND_TIMEOUT;
    use futures_util::TryStreamExt;
    let (unit, year, filter) = listed_unit(&state, &ctx, id, &query).await?;
    let header = crate::web::exports::csv_header(&list_columns(&ctx))
        .map_err(|e| AppError::Internal(e.into()))?;
    let mut conn = state.pool.acquire().await?;
    let (lines, receiver) = tokio::sync::mpsc::channel(64);
    let name = list_file(&unit, filter, year.year, "csv");
    tokio::spawn(async move {
        let send = |line| tokio::time::timeout(SEND_TIMEOUT, lines.send(line));
        if !matches!(send(Ok(header)).await, Ok(Ok(()))) {
            return;
        }
        let mut rows = db::tree::members_stream(
            &mut conn,
            unit.id,
            year.year,
            today_in_vietnam(),
            filter,
            None,
        );
        let mut n = 0;
        let mut complete = false;
        loop {
            let line = match rows.try_next().await {
                Ok(Some(row)) => {
                    n += 1;
                    crate::web::exports::csv_line(&list_row(&ctx, n, &row))
                        .map_err(std::io::Error::other)
                }
                Ok(None) => {
                    complete = true;
                    break;
                }
                Err(error) => {
                    tracing::error!(%error, "members export stopped");
                    Err(std::io::Error::other(error))
                }
            };
            let failed = line.is_err();
            if !matches!(send(line).await, Ok(Ok(()))) || failed {
                break;
            }
        }
        drop(rows);
        if !complete {
            // A query left half read is not handed to the next request.
            conn.close_on_drop();
        }
    });
    Ok(crate::web::exports::csv_stream(&name, receiver))
}
