//! Years, for administrators: open a year, set its theme, deadlines and rating scheme,
//! move its phase. A closed year is shown, never changed. Two administrators editing the
//! same year do not overwrite each other: the form carries the year's version.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use crate::db;
use crate::db::years::{NotChanged, Year};
use crate::domain::Named;
use crate::domain::access::{Action, Target, allows};
use crate::domain::pledge::FieldProblem;
use crate::domain::year::{Phase, RatingScheme, YearInput, YearSettings};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::page::{Ctx, FormErrors, Page, redirect_with_flash};

pub fn router() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/admin/years", get(list).post(open))
        .route("/admin/years/{year}", get(edit).post(save))
        .route("/admin/years/{year}/phase", post(move_phase))
        .route(
            "/admin/years/{year}/rating",
            get(rating_params).post(save_rating_params),
        )
}

fn require(ctx: &Ctx) -> AppResult<()> {
    if allows(ctx.actor(), Action::ManageYears, &Target::Deployment) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// The form filled in with a year's settings.
fn input_of(year: &Year) -> YearInput {
    let date = |d: Option<chrono::NaiveDate>| {
        d.map(|d| d.format("%d/%m/%Y").to_string())
            .unwrap_or_default()
    };
    YearInput {
        year: year.year.to_string(),
        theme: year.theme.clone(),
        plan_deadline: date(year.plan_deadline),
        midyear_deadline: date(year.midyear_deadline),
        self_assessment_deadline: date(year.self_assessment_deadline),
        rating_deadline: date(year.rating_deadline),
        rating_scheme: year.rating_scheme.as_str().to_owned(),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/years.html")]
pub struct YearsTemplate {
    page: Page,
    years: Vec<Year>,
    input: YearInput,
    errors: FormErrors,
    schemes: &'static [RatingScheme],
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    input: Option<YearInput>,
    errors: FormErrors,
) -> AppResult<YearsTemplate> {
    let mut conn = state.pool.acquire().await?;
    let years = db::years::list(&mut conn).await?;
    // The next year, with the scheme in force, is what an administrator opens most often.
    let input = input.unwrap_or_else(|| {
        let next = years.first().map_or(2026, |y| y.year + 1);
        YearInput {
            year: next.to_string(),
            rating_scheme: RatingScheme::in_force(next).as_str().to_owned(),
            ..YearInput::default()
        }
    });
    let mut page = ctx.page(msg!("years-title"), "/admin/years");
    if !errors.is_empty() {
        page.alert = Some(ctx.lang.t(msg!("common-form_has_errors")));
    }
    Ok(YearsTemplate {
        page,
        years,
        input,
        errors,
        schemes: RatingScheme::all(),
    })
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<YearsTemplate> {
    require(&ctx)?;
    list_page(&state, &ctx, None, FormErrors::default()).await
}

pub async fn open(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(input): Form<YearInput>,
) -> AppResult<Response> {
    require(&ctx)?;
    let settings = match YearSettings::parse(&input, None) {
        Ok(s) => s,
        Err(problems) => {
            let errors = FormErrors::from_problems(ctx.lang, &problems);
            let page = list_page(&state, &ctx, Some(input), errors).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let mut tx = db::begin(&state.pool).await?;
    if !db::years::open(&mut tx, &settings).await? {
        drop(tx);
        let errors = FormErrors::from_problems(ctx.lang, &vec![("year", FieldProblem::Taken)]);
        let page = list_page(&state, &ctx, Some(input), errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    db::audit::record(
        &mut tx,
        ctx.actor().account_id,
        "year",
        i64::from(settings.year),
        "open",
        json!({ "theme": settings.theme, "plan_deadline": settings.plan_deadline,
                "rating_scheme": settings.rating_scheme.as_str() }),
    )
    .await?;
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/admin/years/{}", settings.year),
        msg!("flash-year_opened"),
    ))
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/year.html")]
pub struct YearTemplate {
    page: Page,
    year: Year,
    input: YearInput,
    version: i32,
    errors: FormErrors,
    schemes: &'static [RatingScheme],
    phases: &'static [Phase],
    /// The settings as stored now, when someone changed them while this form was open.
    current: Option<Year>,
    /// Asking before closing the year for good.
    confirm_close: bool,
}

/// The deadline fields of the year form: (name, label, value).
fn deadline_fields(input: &YearInput) -> [(&'static str, &'static str, &str); 4] {
    [
        (
            "plan_deadline",
            msg!("years-plan_deadline"),
            &input.plan_deadline,
        ),
        (
            "midyear_deadline",
            msg!("years-midyear_deadline"),
            &input.midyear_deadline,
        ),
        (
            "self_assessment_deadline",
            msg!("years-self_assessment_deadline"),
            &input.self_assessment_deadline,
        ),
        (
            "rating_deadline",
            msg!("years-rating_deadline"),
            &input.rating_deadline,
        ),
    ]
}

impl YearsTemplate {
    fn deadline_fields(&self) -> [(&'static str, &'static str, &str); 4] {
        deadline_fields(&self.input)
    }
}

impl YearTemplate {
    fn deadline_fields(&self) -> [(&'static str, &'static str, &str); 4] {
        deadline_fields(&self.input)
    }

    fn date(&self, d: &Option<chrono::NaiveDate>) -> String {
        d.map_or_else(|| "—".to_owned(), |d| self.page.date(&d))
    }
}

struct Shown {
    input: Option<YearInput>,
    version: Option<i32>,
    errors: FormErrors,
    alert: Option<&'static str>,
    current: bool,
    confirm_close: bool,
}

async fn year_page(
    state: &AppState,
    ctx: &Ctx,
    year: i32,
    shown: Shown,
) -> AppResult<YearTemplate> {
    let mut conn = state.pool.acquire().await?;
    let found = db::years::find(&mut conn, year)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut page = ctx.page(msg!("years-year"), format!("/admin/years/{year}"));
    page.title = format!("{} {year}", page.title);
    page.alert = match (shown.alert, shown.errors.is_empty()) {
        (Some(alert), _) => Some(ctx.lang.t(alert)),
        (None, false) => Some(ctx.lang.t(msg!("common-form_has_errors"))),
        (None, true) => None,
    };
    Ok(YearTemplate {
        page,
        input: shown.input.unwrap_or_else(|| input_of(&found)),
        version: shown.version.unwrap_or(found.version),
        errors: shown.errors,
        schemes: RatingScheme::all(),
        phases: Phase::all(),
        current: shown.current.then(|| found.clone()),
        confirm_close: shown.confirm_close,
        year: found,
    })
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(year): Path<i32>,
) -> AppResult<YearTemplate> {
    require(&ctx)?;
    let shown = Shown {
        input: None,
        version: None,
        errors: FormErrors::default(),
        alert: None,
        current: false,
        confirm_close: false,
    };
    year_page(&state, &ctx, year, shown).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SaveForm {
    #[serde(flatten)]
    input: YearInput,
    version: String,
}

fn version_of(text: &str) -> AppResult<i32> {
    text.trim().parse().map_err(|_| AppError::BadRequest)
}

pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(year): Path<i32>,
    Form(form): Form<SaveForm>,
) -> AppResult<Response> {
    require(&ctx)?;
    let version = version_of(&form.version)?;
    let settings = match YearSettings::parse(&form.input, Some(year)) {
        Ok(s) => s,
        Err(problems) => {
            let shown = Shown {
                input: Some(form.input),
                version: Some(version),
                errors: FormErrors::from_problems(ctx.lang, &problems),
                alert: None,
                current: false,
                confirm_close: false,
            };
            let page = year_page(&state, &ctx, year, shown).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let mut tx = db::begin(&state.pool).await?;
    match db::years::update(&mut tx, &settings, version).await? {
        Ok(before) => {
            db::audit::record(
                &mut tx,
                ctx.actor().account_id,
                "year",
                i64::from(year),
                "edit",
                json!({
                    "before": { "theme": before.theme, "plan_deadline": before.plan_deadline,
                                "midyear_deadline": before.midyear_deadline,
                                "self_assessment_deadline": before.self_assessment_deadline,
                                "rating_deadline": before.rating_deadline,
                                "rating_scheme": before.rating_scheme.as_str() },
                    "after": { "theme": settings.theme, "plan_deadline": settings.plan_deadline,
                               "midyear_deadline": settings.midyear_deadline,
                               "self_assessment_deadline": settings.self_assessment_deadline,
                               "rating_deadline": settings.rating_deadline,
                               "rating_scheme": settings.rating_scheme.as_str() },
                }),
            )
            .await?;
            tx.commit().await?;
            Ok(redirect_with_flash(
                &format!("/admin/years/{year}"),
                msg!("flash-saved"),
            ))
        }
        Err(not_changed) => {
            drop(tx);
            refused(&state, &ctx, year, not_changed, Some(form.input)).await
        }
    }
}

/// The year page again after a refused change: what was typed stays, the stored settings
/// are shown beside it, and the form carries the current version.
async fn refused(
    state: &AppState,
    ctx: &Ctx,
    year: i32,
    not_changed: NotChanged,
    input: Option<YearInput>,
) -> AppResult<Response> {
    let alert = match not_changed {
        NotChanged::Stale => msg!("years-conflict"),
        NotChanged::Closed => msg!("years-closed"),
    };
    let shown = Shown {
        input,
        version: None,
        errors: FormErrors::default(),
        alert: Some(alert),
        current: not_changed == NotChanged::Stale,
        confirm_close: false,
    };
    let page = year_page(state, ctx, year, shown).await?;
    Ok((StatusCode::CONFLICT, page).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PhaseForm {
    phase: String,
    version: String,
    confirmed: String,
}

pub async fn move_phase(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(year): Path<i32>,
    Form(form): Form<PhaseForm>,
) -> AppResult<Response> {
    require(&ctx)?;
    let version = version_of(&form.version)?;
    let phase = Phase::parse(form.phase.trim()).ok_or(AppError::BadRequest)?;
    if phase == Phase::Closed && form.confirmed != "yes" {
        let shown = Shown {
            input: None,
            version: Some(version),
            errors: FormErrors::default(),
            alert: None,
            current: false,
            confirm_close: true,
        };
        return Ok(year_page(&state, &ctx, year, shown).await?.into_response());
    }
    let mut tx = db::begin(&state.pool).await?;
    match db::years::set_phase(&mut tx, year, version, phase).await? {
        Ok(before) if before.phase == phase => Ok(redirect_with_flash(
            &format!("/admin/years/{year}"),
            msg!("flash-saved"),
        )),
        Ok(before) => {
            db::audit::record(
                &mut tx,
                ctx.actor().account_id,
                "year",
                i64::from(year),
                "phase",
                json!({ "from": before.phase.as_str(), "to": phase.as_str() }),
            )
            .await?;
            tx.commit().await?;
            Ok(redirect_with_flash(
                &format!("/admin/years/{year}"),
                msg!("flash-phase_moved"),
            ))
        }
        Err(not_changed) => {
            drop(tx);
            refused(&state, &ctx, year, not_changed, None).await
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/rating_params.html")]
pub struct RatingParamsTemplate {
    page: Page,
    year: Year,
    has_quota: bool,
    input: crate::domain::rating::ParamsInput,
    errors: FormErrors,
    version: i32,
}

async fn params_page(
    state: &AppState,
    ctx: &Ctx,
    year: i32,
    typed: Option<(crate::domain::rating::ParamsInput, i32)>,
    errors: FormErrors,
    alert: Option<&'static str>,
) -> AppResult<RatingParamsTemplate> {
    use crate::domain::rating::{Params, ParamsInput};
    let mut conn = state.pool.acquire().await?;
    let found = db::years::find(&mut conn, year)
        .await?
        .ok_or(AppError::NotFound)?;
    let stored: Option<Params> = db::years::rating_params(&mut conn, year)
        .await?
        .and_then(|v| serde_json::from_value(v).ok());
    let params = stored
        .filter(|p| p.scheme == found.rating_scheme)
        .unwrap_or_else(|| Params::default_for(found.rating_scheme));
    let mut page = ctx.page(msg!("params-title"), format!("/admin/years/{year}/rating"));
    page.title = format!("{} {year}", page.title);
    page.alert = alert.map(|a| ctx.lang.t(a));
    let (input, version) = typed.unwrap_or_else(|| (ParamsInput::of(&params), found.version));
    Ok(RatingParamsTemplate {
        page,
        has_quota: params.quota.is_some(),
        input,
        errors,
        version,
        year: found,
    })
}

pub async fn rating_params(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(year): Path<i32>,
) -> AppResult<RatingParamsTemplate> {
    require(&ctx)?;
    params_page(&state, &ctx, year, None, FormErrors::default(), None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ParamsForm {
    #[serde(flatten)]
    input: crate::domain::rating::ParamsInput,
    version: String,
}

/// Stores a year's rating parameters; ratings already made keep theirs.
pub async fn save_rating_params(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(year): Path<i32>,
    Form(form): Form<ParamsForm>,
) -> AppResult<Response> {
    require(&ctx)?;
    let version: i32 = form
        .version
        .trim()
        .parse()
        .map_err(|_| AppError::BadRequest)?;
    let mut tx = db::begin(&state.pool).await?;
    let found = db::years::find(&mut tx, year)
        .await?
        .ok_or(AppError::NotFound)?;
    let params = match crate::domain::rating::Params::from_input(found.rating_scheme, &form.input) {
        Ok(params) => params,
        Err(problems) => {
            drop(tx);
            let errors = FormErrors::from_problems(ctx.lang, &problems);
            let page = params_page(
                &state,
                &ctx,
                year,
                Some((form.input, version)),
                errors,
                None,
            )
            .await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let value = serde_json::to_value(&params).map_err(|e| AppError::Internal(e.into()))?;
    match db::years::set_rating_params(&mut tx, year, version, &value).await? {
        Ok(before) => {
            db::audit::record(
                &mut tx,
                ctx.actor().account_id,
                "year",
                i64::from(year),
                "rating_params",
                json!({ "scheme": before.rating_scheme, "params": value }),
            )
            .await?;
            tx.commit().await?;
            Ok(redirect_with_flash(
                &format!("/admin/years/{year}"),
                msg!("flash-params_saved"),
            ))
        }
        Err(not) => {
            drop(tx);
            let alert = match not {
                NotChanged::Closed => msg!("years-closed"),
                NotChanged::Stale => msg!("years-conflict"),
            };
            let mut conn = state.pool.acquire().await?;
            let current = db::years::find(&mut conn, year)
                .await?
                .map_or(version, |y| y.version);
            drop(conn);
            let page = params_page(
                &state,
                &ctx,
                year,
                Some((form.input, current)),
                FormErrors::default(),
                Some(alert),
            )
            .await?;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
    }
}
