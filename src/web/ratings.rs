//! Year-end ratings: a unit's ratings page (a cell's leaders propose for all its members
//! at once; the deciding committee previews the quota's effect of its choices and decides,
//! with the decision's number and date), one rating with its explanation, and reopening a
//! decided rating with a reason.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use fluent_templates::fluent_bundle::FluentValue;

use crate::db;
use crate::db::tree::UnitPath;
use crate::db::year_end::{Case, StoredRating};
use crate::db::years::Year;
use crate::domain::Named;
use crate::domain::access::{Action, Target, allows};
use crate::domain::assessment::field;
use crate::domain::deadline::today_in_vietnam;
use crate::domain::ids::{OrgUnitId, PlanId};
use crate::domain::plan::{PlanKind, PlanState};
use crate::domain::pledge::{FieldProblem, parse_date};
use crate::domain::rating::{Grade, Level, Params, Rating, Step, Test, replay_member, replay_org};
use crate::domain::text::{check_length, clean_line, clean_multiline};
use crate::domain::year::{Phase, RatingScheme};
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::exports::{Column, Value};
use crate::web::page::{Ctx, FormErrors, Page, redirect_with_flash, unit_url};
use crate::web::units::{Trail, YearQuery, trail};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/units/{id}/ratings", get(show).post(decide))
        .route("/units/{id}/ratings.xlsx", get(list_xlsx))
        .route("/units/{id}/ratings.csv", get(list_csv))
        .route("/units/{id}/ratings/propose", post(propose))
        .route("/ratings/{id}", get(rating_page))
        .route("/ratings/{id}/reopen", post(reopen))
}

/// The quota's share allowed at most, with a reason.
const RAISED_MAX: u32 = 25;

/// One row of a unit's ratings, with the level chosen on the form.
pub struct Row {
    rating: StoredRating,
    /// As typed on the form (a level code, or empty), or the stored level.
    chosen: String,
    /// Heads of the unit are left out of the quota when the year's parameters say so.
    counted: bool,
}

/// What the quota allows among the levels chosen.
pub struct QuotaCheck {
    percent: u32,
    excellent: u32,
    good: u32,
    allowed: u32,
    /// Rows beyond the quota, lowest points first (the ones that no longer fit).
    over: Vec<String>,
}

impl QuotaCheck {
    fn exceeded(&self) -> bool {
        self.excellent > self.allowed
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "year_end/ratings.html")]
pub struct RatingsTemplate {
    page: Page,
    trail: Trail,
    unit: UnitPath,
    year: Year,
    years: Vec<i32>,
    scheme: RatingScheme,
    members: Vec<Row>,
    units: Vec<Row>,
    can_propose: bool,
    can_decide: bool,
    /// The quota among the members and among the units, as chosen (after a preview).
    member_quota: Option<QuotaCheck>,
    unit_quota: Option<QuotaCheck>,
    previewed: bool,
    decision_number: String,
    decision_date: String,
    raised_percent: String,
    raised_reason: String,
    errors: FormErrors,
}

impl RatingsTemplate {
    fn year_action(&self) -> String {
        format!("/units/{}/ratings", self.unit.id)
    }

    fn unit_link(&self) -> String {
        unit_url(self.unit.kind, self.unit.id)
    }

    fn level_name(&self, level: &Level, organisation: &bool) -> String {
        self.page.lang.level(*level, self.scheme, *organisation)
    }

    fn levels(&self) -> &'static [Level] {
        Level::all()
    }

    fn points(&self, row: &Row) -> String {
        row.rating
            .points
            .map(|p| self.page.lang.points(p))
            .unwrap_or_else(|| "—".to_owned())
    }

    /// Rated without any counted pledge: no approved plan in the year.
    fn no_pledges(&self, row: &Row) -> bool {
        row.rating.level.is_some()
            && row
                .rating
                .inputs
                .get("items")
                .and_then(serde_json::Value::as_array)
                .is_none_or(Vec::is_empty)
    }

    fn level_field(&self, row: &Row) -> String {
        format!("level-{}", row.rating.id)
    }

    fn version_field(&self, row: &Row) -> String {
        format!("version-{}", row.rating.id)
    }

    fn proposed_rows(&self) -> bool {
        self.members
            .iter()
            .chain(&self.units)
            .any(|r| !r.rating.decided)
    }

    /// The members' table, then the units'.
    fn sections(&self) -> Vec<(String, &[Row], bool, Option<&QuotaCheck>)> {
        vec![
            (
                self.page.t(msg!("ratings-members")),
                &self.members,
                false,
                self.member_quota.as_ref(),
            ),
            (
                self.page.t(msg!("ratings-units")),
                &self.units,
                true,
                self.unit_quota.as_ref(),
            ),
        ]
    }

    fn quota_line(&self, q: &QuotaCheck) -> String {
        self.page.lang.t_args(
            msg!("ratings-quota_line"),
            &[
                ("excellent", FluentValue::from(q.excellent)),
                ("good", FluentValue::from(q.good)),
                ("percent", FluentValue::from(q.percent)),
                ("allowed", FluentValue::from(q.allowed)),
            ],
        )
    }
}

/// The ratings a unit proposes or decides, as the access rule sees them.
fn ratings_target(unit: &UnitPath) -> Target {
    Target::Ratings {
        unit: unit.id,
        unit_path: unit.ancestors.clone(),
        kind: unit.kind,
    }
}

/// The unit, its path and the year asked for, if the viewer may see its ratings.
async fn unit_and_year(
    conn: &mut sqlx::PgConnection,
    ctx: &Ctx,
    id: i64,
    year: Option<i32>,
) -> AppResult<(UnitPath, Year, Target)> {
    let unit = db::tree::unit_path(conn, OrgUnitId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    let target = ratings_target(&unit);
    if !allows(ctx.actor(), Action::ViewRatings, &target) {
        return Err(AppError::NotFound);
    }
    let year = match year {
        Some(y) => db::years::find(conn, y).await?,
        None => db::years::current(conn).await?,
    }
    .ok_or(AppError::NotFound)?;
    Ok((unit, year, target))
}

/// What was typed on the decision form, kept when it comes back.
#[derive(Default)]
struct Typed {
    fields: Vec<(String, String)>,
    previewed: bool,
    errors: FormErrors,
    alert: Option<&'static str>,
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    year: Option<i32>,
    typed: Typed,
) -> AppResult<RatingsTemplate> {
    let mut conn = state.pool.acquire().await?;
    let (unit, year, target) = unit_and_year(&mut conn, ctx, id, year).await?;
    let years = db::years::all(&mut conn).await?;
    let params = crate::scoring::year_params(&mut conn, year.year)
        .await
        .map_err(AppError::Internal)?
        .unwrap_or_else(|| Params::default_for(year.rating_scheme));
    let stored = if unit.kind == crate::domain::org::OrgKind::Cell {
        db::year_end::cell_ratings(&mut conn, unit.id, year.year).await?
    } else {
        db::year_end::scope_ratings(&mut conn, unit.id, year.year).await?
    };
    let head_counted = params.quota.as_ref().is_none_or(|q| q.head_counted);
    let (members, units): (Vec<Row>, Vec<Row>) = stored
        .into_iter()
        .map(|rating| {
            let stored_level = rating
                .level
                .map(|l| l.as_str().to_owned())
                .unwrap_or_default();
            let chosen = if typed.fields.is_empty() || rating.decided {
                stored_level
            } else {
                field(&typed.fields, &format!("level-{}", rating.id)).to_owned()
            };
            let head = rating
                .inputs
                .get("head")
                .and_then(serde_json::Value::as_bool)
                == Some(true);
            Row {
                counted: head_counted || !head,
                rating,
                chosen,
            }
        })
        .partition(|r| r.rating.member_id.is_some());
    let can_propose = allows(ctx.actor(), Action::ProposeRatings, &target)
        && matches!(year.phase, Phase::SelfAssessment | Phase::Rating);
    let can_decide =
        allows(ctx.actor(), Action::DecideRatings, &target) && year.phase == Phase::Rating;
    let raised = field(&typed.fields, "raised_percent")
        .trim()
        .parse::<u32>()
        .ok();
    let percent = params.quota.as_ref().map(|q| {
        raised
            .filter(|r| (q.percent..=RAISED_MAX).contains(r))
            .unwrap_or(q.percent)
    });
    // A cell is not a quota's scope (its grassroots organisation is): no quota line there.
    let percent = percent.filter(|_| unit.kind != crate::domain::org::OrgKind::Cell);
    let member_quota = percent.and_then(|p| quota_check(p, &members));
    let unit_quota = percent.and_then(|p| quota_check(p, &units));
    let mut page = ctx.page(msg!("ratings-title"), format!("/units/{}/ratings", unit.id));
    page.title = format!(
        "{} — {} {}",
        ctx.lang.t(msg!("ratings-title")),
        unit.name,
        year.year
    );
    page.alert = typed.alert.map(|a| ctx.lang.t(a));
    let today = ctx.lang.date(&today_in_vietnam());
    let decision_date = if typed.fields.is_empty() {
        today
    } else {
        field(&typed.fields, "decision_date").to_owned()
    };
    Ok(RatingsTemplate {
        page,
        trail: trail(ctx, &unit),
        scheme: params.scheme,
        members,
        units,
        can_propose,
        can_decide,
        member_quota,
        unit_quota,
        previewed: typed.previewed,
        decision_number: field(&typed.fields, "decision_number").to_owned(),
        decision_date,
        raised_percent: field(&typed.fields, "raised_percent").to_owned(),
        raised_reason: field(&typed.fields, "raised_reason").to_owned(),
        errors: typed.errors,
        unit,
        year,
        years,
    })
}

/// The quota among rows as chosen: excellent at most `percent` % of good, on final levels.
fn quota_check(percent: u32, rows: &[Row]) -> Option<QuotaCheck> {
    let counted: Vec<&Row> = rows.iter().filter(|r| r.counted).collect();
    if counted.is_empty() {
        return None;
    }
    let is = |r: &&Row, level: Level| r.chosen == level.as_str();
    let excellent = u32::try_from(counted.iter().filter(|r| is(r, Level::Excellent)).count())
        .unwrap_or(u32::MAX);
    let good =
        u32::try_from(counted.iter().filter(|r| is(r, Level::Good)).count()).unwrap_or(u32::MAX);
    let allowed = u32::try_from(u64::from(percent) * u64::from(good) / 100).unwrap_or(u32::MAX);
    let mut over: Vec<&&Row> = counted.iter().filter(|r| is(r, Level::Excellent)).collect();
    over.sort_by(|a, b| {
        a.rating
            .points
            .unwrap_or(0.0)
            .total_cmp(&b.rating.points.unwrap_or(0.0))
    });
    let extra = usize::try_from(excellent.saturating_sub(allowed)).unwrap_or(0);
    Some(QuotaCheck {
        percent,
        excellent,
        good,
        allowed,
        over: over
            .into_iter()
            .take(extra)
            .map(|r| r.rating.name.clone())
            .collect(),
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<YearQuery>,
) -> AppResult<RatingsTemplate> {
    render(&state, &ctx, id, query.year, Typed::default()).await
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ProposeForm {
    year: Option<i32>,
}

/// Proposes the ratings: a cell's leaders for the cell's members; the deciding committee
/// for everyone it decides (members and units of its subtree).
pub async fn propose(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<ProposeForm>,
) -> AppResult<Response> {
    let mut tx = db::begin(&state.pool).await?;
    let (unit, year, target) = unit_and_year(&mut tx, &ctx, id, form.year).await?;
    let as_cell = allows(ctx.actor(), Action::ProposeRatings, &target);
    let as_committee = allows(ctx.actor(), Action::DecideRatings, &target);
    if !as_cell && !as_committee {
        return Err(AppError::NotFound);
    }
    let back = format!("/units/{}/ratings?year={}", unit.id, year.year);
    if !matches!(year.phase, Phase::SelfAssessment | Phase::Rating) {
        drop(tx);
        let typed = Typed {
            alert: Some(msg!("ratings-not_now_propose")),
            ..Typed::default()
        };
        let page = render(&state, &ctx, id, Some(year.year), typed).await?;
        return Ok((StatusCode::CONFLICT, page).into_response());
    }
    let scored = crate::scoring::score(&mut tx, year.year, unit.id)
        .await
        .map_err(AppError::Internal)?;
    let only_cell = (as_cell && !as_committee).then_some(unit.id);
    crate::scoring::write(&mut tx, &scored, only_cell, Some(ctx.actor().account_id))
        .await
        .map_err(AppError::Internal)?;
    tx.commit().await?;
    Ok(redirect_with_flash(&back, msg!("flash-proposed")))
}

/// Previews or decides the ratings of a unit, as chosen on the form.
pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<YearQuery>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let year_asked = query
        .year
        .or_else(|| field(&fields, "year").trim().parse().ok());
    let preview = field(&fields, "action") == "preview";
    let mut tx = db::begin(&state.pool).await?;
    let (unit, year, target) = unit_and_year(&mut tx, &ctx, id, year_asked).await?;
    if !allows(ctx.actor(), Action::DecideRatings, &target) {
        return Err(AppError::NotFound);
    }
    let again = |errors: FormErrors, alert: Option<&'static str>, previewed: bool| Typed {
        fields: fields.clone(),
        previewed,
        errors,
        alert,
    };
    if year.phase != Phase::Rating {
        drop(tx);
        let typed = again(FormErrors::default(), Some(msg!("ratings-not_now")), false);
        let page = render(&state, &ctx, id, Some(year.year), typed).await?;
        return Ok((StatusCode::CONFLICT, page).into_response());
    }
    // Every proposed rating of the unit, with the level chosen for it.
    let stored = db::year_end::scope_ratings(&mut tx, unit.id, year.year).await?;
    let mut errors = Vec::new();
    let mut levels = Vec::new();
    // A rating proposed or reopened since the form was drawn is not on it.
    let mut unseen = false;
    for r in stored.iter().filter(|r| !r.decided) {
        let version_text = field(&fields, &format!("version-{}", r.id)).trim();
        if version_text.is_empty() {
            unseen = true;
            continue;
        }
        let version: i32 = version_text.parse().map_err(|_| AppError::BadRequest)?;
        let level = if r.level.is_none() {
            None
        } else {
            let name = format!("level-{}", r.id);
            match Level::parse(field(&fields, &name)) {
                Some(level) => Some(level),
                None => {
                    errors.push((name, ctx.lang.problem(FieldProblem::Missing)));
                    continue;
                }
            }
        };
        levels.push((r.id, version, level));
    }
    if unseen {
        drop(tx);
        let typed = again(FormErrors::default(), Some(msg!("ratings-conflict")), true);
        let page = render(&state, &ctx, id, Some(year.year), typed).await?;
        return Ok((StatusCode::CONFLICT, page).into_response());
    }
    if levels.is_empty() && errors.is_empty() {
        drop(tx);
        let typed = again(
            FormErrors::default(),
            Some(msg!("ratings-nothing_to_decide")),
            false,
        );
        let page = render(&state, &ctx, id, Some(year.year), typed).await?;
        return Ok((StatusCode::CONFLICT, page).into_response());
    }
    if preview {
        drop(tx);
        let page = render(
            &state,
            &ctx,
            id,
            Some(year.year),
            again(FormErrors(errors), None, true),
        )
        .await?;
        return Ok(page.into_response());
    }
    let number = clean_line(field(&fields, "decision_number"));
    if let Err(e) = check_length(&number, true, 60) {
        errors.push(("decision_number".to_owned(), ctx.lang.problem(e.into())));
    }
    let date = match parse_date(field(&fields, "decision_date")) {
        Ok(Some(d)) if d <= today_in_vietnam() => Some(d),
        Ok(Some(_)) => {
            errors.push((
                "decision_date".to_owned(),
                ctx.lang.t(msg!("ratings-date_in_future")),
            ));
            None
        }
        Ok(None) => {
            errors.push((
                "decision_date".to_owned(),
                ctx.lang.problem(FieldProblem::Missing),
            ));
            None
        }
        Err(p) => {
            errors.push(("decision_date".to_owned(), ctx.lang.problem(p)));
            None
        }
    };
    let params = crate::scoring::year_params(&mut tx, year.year)
        .await
        .map_err(AppError::Internal)?
        .unwrap_or_else(|| Params::default_for(year.rating_scheme));
    let raised = raised_share(&fields, &params, &mut errors, ctx.lang);
    if errors.is_empty() {
        // The quota, on the levels as chosen (decided ones included).
        let rows: Vec<Row> = stored
            .iter()
            .map(|r| Row {
                rating: r.clone(),
                chosen: levels
                    .iter()
                    .find(|(id, _, _)| *id == r.id)
                    .map_or(r.level, |(_, _, l)| *l)
                    .map(|l| l.as_str().to_owned())
                    .unwrap_or_default(),
                counted: params.quota.as_ref().is_none_or(|q| q.head_counted)
                    || r.inputs.get("head").and_then(serde_json::Value::as_bool) != Some(true),
            })
            .collect();
        let percent = params
            .quota
            .as_ref()
            .map(|q| raised.as_ref().map_or(q.percent, |(p, _)| *p));
        let (members, units): (Vec<Row>, Vec<Row>) =
            rows.into_iter().partition(|r| r.rating.member_id.is_some());
        let exceeded = percent.is_some_and(|p| {
            quota_check(p, &members).is_some_and(|q| q.exceeded())
                || quota_check(p, &units).is_some_and(|q| q.exceeded())
        });
        if exceeded {
            errors.push((
                "quota".to_owned(),
                ctx.lang.t(msg!("ratings-quota_exceeded")),
            ));
        }
    }
    if !errors.is_empty() {
        drop(tx);
        let page = render(
            &state,
            &ctx,
            id,
            Some(year.year),
            again(FormErrors(errors), None, true),
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let decision = db::year_end::Decision {
        levels,
        number,
        date: date.unwrap_or_else(today_in_vietnam),
        raised,
    };
    if !db::year_end::decide(
        &mut tx,
        unit.id,
        year.year,
        &decision,
        ctx.actor().account_id,
    )
    .await?
    {
        drop(tx);
        let typed = again(FormErrors::default(), Some(msg!("ratings-conflict")), false);
        let page = render(&state, &ctx, id, Some(year.year), typed).await?;
        return Ok((StatusCode::CONFLICT, page).into_response());
    }
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/units/{}/ratings?year={}", unit.id, year.year),
        msg!("flash-decided"),
    ))
}

/// A raised quota share (above the year's, at most 25 %), which needs its reason.
fn raised_share(
    fields: &[(String, String)],
    params: &Params,
    errors: &mut Vec<(String, String)>,
    lang: Lang,
) -> Option<(u32, String)> {
    let text = clean_line(field(fields, "raised_percent"));
    let quota = params.quota.as_ref()?;
    if text.is_empty() {
        return None;
    }
    let min = quota.percent + 1;
    let Some(percent) = text
        .trim_end_matches('%')
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|p| (min..=RAISED_MAX).contains(p))
    else {
        errors.push((
            "raised_percent".to_owned(),
            lang.problem(FieldProblem::NumberOutOfRange {
                min: i32::try_from(min).unwrap_or(21),
                max: 25,
            }),
        ));
        return None;
    };
    let reason = clean_multiline(field(fields, "raised_reason"));
    if let Err(e) = check_length(&reason, true, 1000) {
        errors.push(("raised_reason".to_owned(), lang.problem(e.into())));
        return None;
    }
    Some((percent, reason))
}

/// One step of an explanation, worded.
pub struct Said {
    text: String,
    /// A condition: met or not.
    met: Option<bool>,
}

#[derive(Template, WebTemplate)]
#[template(path = "year_end/rating.html")]
pub struct RatingTemplate {
    page: Page,
    rating: StoredRating,
    scheme: RatingScheme,
    organisation: bool,
    steps: Vec<Said>,
    /// The member's plan of the year, when the viewer may open it, and whether it was
    /// approved (then it has an assessment page).
    plan: Option<(PlanId, bool)>,
    /// The ratings page of the cell or the deciding unit, when the viewer may open it.
    list: Option<OrgUnitId>,
    can_reopen: bool,
    reopen_reason: String,
    errors: FormErrors,
}

impl RatingTemplate {
    fn level_name(&self, level: &Level) -> String {
        self.page.lang.level(*level, self.scheme, self.organisation)
    }

    fn points(&self) -> String {
        self.rating
            .points
            .map(|p| self.page.lang.points(p))
            .unwrap_or_default()
    }
}

/// The explanation of a stored rating: the scheme's code replays the stored case.
fn replay(rating: &StoredRating) -> Option<(Params, Rating)> {
    let (params, case) = rating.case()?;
    let replayed = match case {
        Case::Member(case) => replay_member(&params, &case, rating.quota),
        Case::Unit(case) => replay_org(&params, &case, rating.quota),
    };
    Some((params, replayed))
}

/// The text of the item a step counts: by its id when the rating stored it, else by its
/// place in the plan.
fn item_text(items: &[(i64, String)], index: usize, id: Option<i64>) -> String {
    match id {
        Some(id) => items.iter().find(|(i, _)| *i == id).map(|(_, t)| t.clone()),
        None => items.get(index).map(|(_, t)| t.clone()),
    }
    .unwrap_or_default()
}

/// Each step of an explanation in the reader's language.
pub fn explain(
    lang: Lang,
    params: &Params,
    organisation: bool,
    steps: &[Step],
    items: &[(i64, String)],
) -> Vec<Said> {
    let n = |v: f64| FluentValue::from(lang.points(v));
    let level = |l: Level| {
        FluentValue::from(format!(
            "{} ({})",
            lang.level(l, params.scheme, organisation),
            l.as_str()
        ))
    };
    steps
        .iter()
        .map(|step| match step {
            Step::Scheme { params } => Said {
                text: lang.t_args(
                    msg!("explain-scheme"),
                    &[
                        (
                            "scheme",
                            FluentValue::from(
                                lang.t(&crate::i18n::Labelled::message_id(params.scheme)),
                            ),
                        ),
                        ("excellent", n(params.excellent_points)),
                        ("good", n(params.good_points)),
                        ("completed", n(params.completed_points)),
                        ("late", FluentValue::from(params.late_credit_percent)),
                        (
                            "quota",
                            FluentValue::from(params.quota.as_ref().map_or(0, |q| q.percent)),
                        ),
                    ],
                ),
                met: None,
            },
            Step::NotRated { reason } => Said {
                text: lang.t_args(
                    msg!("explain-not_rated"),
                    &[(
                        "reason",
                        FluentValue::from(lang.t(&crate::i18n::Labelled::message_id(*reason))),
                    )],
                ),
                met: None,
            },
            Step::Item {
                index,
                outcome,
                weight,
                points,
                item,
                unconfirmed,
                unassessed,
            } => Said {
                text: lang.t_args(
                    msg!("explain-item"),
                    &[
                        ("no", FluentValue::from(index + 1)),
                        (
                            "content",
                            FluentValue::from(item_text(items, *index, *item)),
                        ),
                        (
                            "unconfirmed",
                            FluentValue::from(if *unassessed {
                                "none"
                            } else if *unconfirmed {
                                "yes"
                            } else {
                                "no"
                            }),
                        ),
                        (
                            "outcome",
                            FluentValue::from(lang.t(&crate::i18n::Labelled::message_id(*outcome))),
                        ),
                        ("weight", FluentValue::from(*weight)),
                        ("points", n(*points)),
                    ],
                ),
                met: None,
            },
            Step::Points {
                common,
                tasks,
                total,
            } => Said {
                text: lang.t_args(
                    msg!("explain-points"),
                    &[
                        ("common", n(*common)),
                        ("common_max", n(params.common_max)),
                        ("tasks", n(*tasks)),
                        ("task_max", n(params.task_max)),
                        ("total", n(*total)),
                    ],
                ),
                met: None,
            },
            Step::Grades { tasks, common } => Said {
                text: lang.t_args(
                    msg!("explain-grades"),
                    &[
                        (
                            "tasks",
                            FluentValue::from(lang.t(&crate::i18n::Labelled::message_id(*tasks))),
                        ),
                        (
                            "common",
                            FluentValue::from(lang.t(&crate::i18n::Labelled::message_id(*common))),
                        ),
                    ],
                ),
                met: None,
            },
            Step::Condition {
                level: l,
                test,
                met,
                value,
                required,
            } => {
                let shown = |v: f64| match test {
                    Test::TaskGradeAtLeast | Test::CommonGradeAtLeast => {
                        let g = match v as u8 {
                            3 => Grade::Outstanding,
                            2 => Grade::Good,
                            1 => Grade::Average,
                            _ => Grade::Poor,
                        };
                        lang.t(&crate::i18n::Labelled::message_id(g))
                    }
                    Test::PointsAtLeast | Test::ShortcomingsFixed | Test::NoDisciplineBelow => {
                        lang.points(v)
                    }
                    _ => format!("{}%", lang.points(v)),
                };
                Said {
                    text: lang.t_args(
                        msg!("explain-condition"),
                        &[
                            ("level", level(*l)),
                            (
                                "test",
                                FluentValue::from(
                                    lang.t(&crate::i18n::Labelled::message_id(*test)),
                                ),
                            ),
                            ("value", FluentValue::from(shown(*value))),
                            ("required", FluentValue::from(shown(*required))),
                        ],
                    ),
                    met: Some(*met),
                }
            }
            Step::Trigger { trigger } => Said {
                text: lang.t_args(
                    msg!("explain-trigger"),
                    &[(
                        "trigger",
                        FluentValue::from(lang.t(&crate::i18n::Labelled::message_id(*trigger))),
                    )],
                ),
                met: Some(false),
            },
            Step::Proposed { level: l } => Said {
                text: lang.t_args(msg!("explain-proposed"), &[("level", level(*l))]),
                met: None,
            },
            Step::HeadCapped { collective } => Said {
                text: lang.t_args(
                    msg!("explain-head_capped"),
                    &[("level", level(*collective))],
                ),
                met: None,
            },
            Step::Quota {
                scope: _,
                allowed,
                qualified,
                moved_down,
                tie,
            } => Said {
                text: lang.t_args(
                    if *moved_down {
                        msg!("explain-quota_moved")
                    } else {
                        msg!("explain-quota_kept")
                    },
                    &[
                        ("allowed", FluentValue::from(*allowed)),
                        ("qualified", FluentValue::from(*qualified)),
                        ("tie", FluentValue::from(if *tie { "yes" } else { "no" })),
                    ],
                ),
                met: None,
            },
        })
        .collect()
}

/// A member's rating of a year (id, decided) if there is one and the viewer may read it:
/// every link to a rating asks here, so none leads nowhere.
pub async fn visible_rating(
    conn: &mut sqlx::PgConnection,
    ctx: &Ctx,
    year: i32,
    member: crate::domain::ids::MemberId,
) -> AppResult<Option<(i64, bool)>> {
    let Some((id, decided)) = db::year_end::member_rating_id(conn, year, member).await? else {
        return Ok(None);
    };
    Ok(load_rating(conn, ctx, id).await.ok().map(|_| (id, decided)))
}

async fn load_rating(conn: &mut sqlx::PgConnection, ctx: &Ctx, id: i64) -> AppResult<StoredRating> {
    let rating = db::year_end::rating(conn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let target = Target::Rating {
        member: rating.member_id,
        unit_path: rating.place_path.clone(),
    };
    if !allows(ctx.actor(), Action::ViewRating, &target) {
        return Err(AppError::NotFound);
    }
    Ok(rating)
}

async fn render_rating(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    reopen_reason: String,
    errors: FormErrors,
    alert: Option<&'static str>,
) -> AppResult<RatingTemplate> {
    let mut conn = state.pool.acquire().await?;
    let rating = load_rating(&mut conn, ctx, id).await?;
    let organisation = rating.member_id.is_none();
    let (params, replayed) = replay(&rating)
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("rating {id} cannot be read back")))?;
    // The texts of the items the explanation counts: the approved plan's, in order.
    let plan = match (rating.member_id, rating.unit_id) {
        (Some(m), _) => db::plans::find_personal(&mut conn, rating.year, m)
            .await?
            .map(|(id, _)| id),
        (None, Some(u)) => {
            db::plans::find_unit_plan(&mut conn, PlanKind::Collective, rating.year, u).await?
        }
        (None, None) => None,
    };
    let record = match plan {
        Some(p) => db::plans::load(&mut conn, p).await?,
        None => None,
    };
    // The items are named by the ids the rating stored.
    let items: Vec<(i64, String)> = match &record {
        Some(r) => db::plans::items(&mut conn, r.id)
            .await?
            .into_iter()
            .map(|i| (i.id.0, i.pledge.content))
            .collect(),
        None => Vec::new(),
    };
    let plan_visible = record
        .as_ref()
        .is_some_and(|r| allows(ctx.actor(), Action::ViewPlan, &Target::Plan(r.scope())));
    let scope = db::tree::unit_path(&mut conn, rating.scope_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let year = db::years::find(&mut conn, rating.year)
        .await?
        .ok_or(AppError::NotFound)?;
    let can_reopen = rating.decided
        && year.phase == Phase::Rating
        && allows(ctx.actor(), Action::DecideRatings, &ratings_target(&scope));
    let list = if allows(ctx.actor(), Action::ViewRatings, &ratings_target(&scope)) {
        Some(scope.id)
    } else {
        let place = db::tree::unit_path(&mut conn, rating.place_id)
            .await?
            .ok_or(AppError::NotFound)?;
        allows(ctx.actor(), Action::ViewRatings, &ratings_target(&place)).then_some(place.id)
    };
    let steps = explain(
        ctx.lang,
        &params,
        organisation,
        &replayed.explanation,
        &items,
    );
    let mut page = ctx.page(msg!("rating-title"), format!("/ratings/{id}"));
    page.title = format!(
        "{} {} — {}",
        ctx.lang.t(msg!("rating-title")),
        rating.year,
        rating.name
    );
    page.alert = alert.map(|a| ctx.lang.t(a));
    Ok(RatingTemplate {
        page,
        scheme: params.scheme,
        organisation,
        steps,
        plan: record
            .as_ref()
            .filter(|_| plan_visible)
            .map(|r| (r.id, r.state == PlanState::Approved)),
        list,
        can_reopen,
        reopen_reason,
        errors,
        rating,
    })
}

pub async fn rating_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<RatingTemplate> {
    render_rating(&state, &ctx, id, String::new(), FormErrors::default(), None).await
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ReopenForm {
    reason: String,
    version: String,
}

/// Reopens a decided rating: the deciding committee, with a reason on record.
pub async fn reopen(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<ReopenForm>,
) -> AppResult<Response> {
    let version: i32 = form
        .version
        .trim()
        .parse()
        .map_err(|_| AppError::BadRequest)?;
    let mut tx = db::begin(&state.pool).await?;
    let rating = load_rating(&mut tx, &ctx, id).await?;
    let scope = db::tree::unit_path(&mut tx, rating.scope_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let target = ratings_target(&scope);
    if !allows(ctx.actor(), Action::DecideRatings, &target) {
        return Err(AppError::NotFound);
    }
    let year = db::years::find(&mut tx, rating.year)
        .await?
        .ok_or(AppError::NotFound)?;
    let reason = clean_multiline(&form.reason);
    let problem = check_length(&reason, true, 1000).err();
    if year.phase != Phase::Rating || problem.is_some() {
        drop(tx);
        let errors = problem
            .map(|p| FormErrors(vec![("reason".to_owned(), ctx.lang.problem(p.into()))]))
            .unwrap_or_default();
        let alert = (year.phase != Phase::Rating).then_some(msg!("ratings-not_now"));
        let page = render_rating(&state, &ctx, id, form.reason.clone(), errors, alert).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    if !db::year_end::reopen(&mut tx, id, version, &reason, ctx.actor().account_id).await? {
        drop(tx);
        let page = render_rating(
            &state,
            &ctx,
            id,
            form.reason.clone(),
            FormErrors::default(),
            Some(msg!("ratings-conflict")),
        )
        .await?;
        return Ok((StatusCode::CONFLICT, page).into_response());
    }
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/ratings/{id}"),
        msg!("flash-reopened"),
    ))
}

/// The official list of a unit's members' ratings for a year (a grassroots organisation's
/// all, a cell's its own), in the list's order: by cell, then by given name.
async fn official_list(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    year: Option<i32>,
) -> AppResult<(UnitPath, Year, String, Vec<Column>, Vec<Vec<Value>>)> {
    use crate::i18n::AsLabel;
    let mut conn = state.pool.acquire().await?;
    let (unit, year, _) = unit_and_year(&mut conn, ctx, id, year).await?;
    let scheme = crate::scoring::year_params(&mut conn, year.year)
        .await
        .map_err(AppError::Internal)?
        .map_or(year.rating_scheme, |p| p.scheme);
    let stored = if unit.kind == crate::domain::org::OrgKind::Cell {
        db::year_end::cell_ratings(&mut conn, unit.id, year.year).await?
    } else {
        db::year_end::scope_ratings(&mut conn, unit.id, year.year).await?
    };
    let members: Vec<_> = stored
        .into_iter()
        .filter(|r| r.member_id.is_some())
        .collect();
    let own = db::year_end::self_levels(
        &mut conn,
        year.year,
        &members
            .iter()
            .filter_map(|r| r.member_id)
            .collect::<Vec<_>>(),
    )
    .await?;
    let lang = ctx.lang;
    let level = |l: Level| lang.level(l, scheme, false);
    let columns = [
        (msg!("list-no"), 6.0),
        (msg!("cell-member"), 28.0),
        (msg!("plan-cell"), 32.0),
        (msg!("ratings-points"), 8.0),
        (msg!("ratings-col_self"), 24.0),
        (msg!("ratings-proposed"), 24.0),
        (msg!("ratings-level"), 28.0),
        (msg!("ratings-col_note"), 30.0),
    ]
    .into_iter()
    .map(|(id, width)| Column {
        header: lang.t(id),
        width,
    })
    .collect();
    let rows = (1i64..)
        .zip(&members)
        .map(|(n, r)| {
            let mut note = Vec::new();
            if let Some(reason) = r.not_rated {
                note.push(lang.t(&reason.label_id()));
            }
            if r.moved_by_quota {
                note.push(lang.t(msg!("ratings-moved")));
            }
            if let (Some(number), Some(date)) = (&r.decision_number, r.decision_date) {
                note.push(format!(
                    "{} {number} {} {}",
                    lang.t(msg!("ratings-col_decision_no")),
                    lang.t(msg!("ratings-col_decision_of")),
                    lang.date(&date)
                ));
            }
            vec![
                Value::Count(n),
                Value::Text(r.name.clone()),
                Value::Text(r.place_name.clone()),
                Value::Points(r.points),
                Value::Text(
                    r.member_id
                        .and_then(|m| own.get(&m).copied())
                        .map(level)
                        .unwrap_or_default(),
                ),
                Value::Text(r.proposed_level.map(level).unwrap_or_default()),
                Value::Text(match (r.decided, r.level) {
                    (true, Some(l)) => level(l),
                    (true, None) => lang.t(msg!("ratings-not_rated")),
                    (false, _) => lang.t(msg!("ratings-not_decided")),
                }),
                Value::Text(note.join("; ")),
            ]
        })
        .collect();
    let title = format!(
        "{} {} — {}",
        lang.t(msg!("ratings-list_title")),
        year.year,
        unit.name
    );
    Ok((unit, year, title, columns, rows))
}

fn list_file(unit: &UnitPath, year: i32, ext: &str) -> String {
    format!("xep-loai-dang-vien-{}-{year}.{ext}", unit.id)
}

/// The official ratings list as a spreadsheet.
pub async fn list_xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<YearQuery>,
) -> AppResult<Response> {
    let (unit, year, title, columns, rows) = official_list(&state, &ctx, id, query.year).await?;
    crate::web::exports::xlsx_table(
        &list_file(&unit, year.year, "xlsx"),
        "Xep loai",
        &title,
        ctx.lang,
        &columns,
        &rows,
        false,
    )
}

/// The official ratings list as CSV.
pub async fn list_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<YearQuery>,
) -> AppResult<Response> {
    let (unit, year, _, columns, rows) = official_list(&state, &ctx, id, query.year).await?;
    crate::web::exports::csv_whole(&list_file(&unit, year.year, "csv"), &columns, &rows)
}
