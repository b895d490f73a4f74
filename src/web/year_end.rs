//! The year-end assessment of a plan: each approved item assessed by its writer and by
//! the reviewer, side by side; the writer's proposed level; the reviewer's points for the
//! common criteria; the facts recorded about the writer's year. Editable while the year is
//! in self-assessment or rating and the rating is not decided.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::db;
use crate::db::plans::PlanRecord;
use crate::db::year_end::{Fact, ItemAssessments, Subject, YearReview};
use crate::domain::Named;
use crate::domain::access::{Action, Target, allows};
use crate::domain::assessment::{
    self, FactInput, FactKind, NewFact, evidence_field, outcome_field,
};
use crate::domain::ids::PlanId;
use crate::domain::pledge::PledgeItem;
use crate::domain::rating::{Level, NotRated, Outcome, Params};
use crate::domain::year::Phase;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::page::{Ctx, FormErrors, Page, redirect_with_flash};
use crate::web::plans::authorized_plan;

/// Whether a year in `phase` takes assessments.
pub fn assessing(phase: Phase) -> bool {
    matches!(phase, Phase::SelfAssessment | Phase::Rating)
}

#[derive(Template, WebTemplate)]
#[template(path = "year_end/assessment.html")]
pub struct AssessmentTemplate {
    page: Page,
    plan: PlanRecord,
    subject: String,
    items: Vec<(PledgeItem, ItemAssessments)>,
    review: YearReview,
    facts: Vec<Fact>,
    common_max: f64,
    /// The year's rating scheme, which names the levels.
    scheme: crate::domain::year::RatingScheme,
    /// Which form the viewer fills, if any: their own, or the reviewer's.
    own_form: bool,
    reviewer_form: bool,
    /// Why nothing can be changed now (a message), when the viewer could otherwise.
    closed_because: Option<String>,
    /// What was typed, when the form comes back.
    typed: Vec<(String, String)>,
    errors: FormErrors,
    fact_typed: FactInput,
    fact_errors: FormErrors,
    /// A withdrawal's reason as typed, when it came back (the fact, the reason).
    withdraw_typed: Option<(i64, String)>,
    rating: Option<(i64, bool)>,
}

impl AssessmentTemplate {
    /// The value of a field: as typed, when the form comes back; otherwise as saved.
    fn value(&self, name: impl AsRef<str>, saved: impl AsRef<str>) -> String {
        if self.typed.is_empty() {
            saved.as_ref().to_owned()
        } else {
            assessment::field(&self.typed, name.as_ref()).to_owned()
        }
    }

    fn outcome_name(&self, item: &PledgeItem) -> String {
        outcome_field(item.id)
    }

    fn evidence_name(&self, item: &PledgeItem) -> String {
        evidence_field(item.id)
    }

    /// The saved outcome of the viewer's side for an item.
    fn saved_outcome(&self, a: &ItemAssessments) -> String {
        let mine = if self.reviewer_form {
            &a.reviewer
        } else {
            &a.own
        };
        mine.as_ref()
            .map(|x| x.outcome.as_str().to_owned())
            .unwrap_or_default()
    }

    fn saved_evidence(&self, a: &ItemAssessments) -> String {
        let mine = if self.reviewer_form {
            &a.reviewer
        } else {
            &a.own
        };
        mine.as_ref()
            .map(|x| x.evidence.clone())
            .unwrap_or_default()
    }

    fn outcomes(&self) -> &'static [Outcome] {
        Outcome::all()
    }

    fn levels(&self) -> &'static [Level] {
        Level::all()
    }

    fn level_label(&self, level: &Level) -> String {
        format!(
            "{} — {}",
            level.as_str(),
            self.page
                .lang
                .level(*level, self.scheme, self.plan.member_id.is_none())
        )
    }

    fn saved_level(&self) -> String {
        self.review
            .self_level
            .map(|l| l.as_str().to_owned())
            .unwrap_or_default()
    }

    fn saved_points(&self) -> String {
        self.review
            .common_points
            .map(|p| self.page.lang.points(p))
            .unwrap_or_default()
    }

    fn fact_kinds(&self) -> Vec<FactKind> {
        FactKind::all()
            .iter()
            .copied()
            .filter(|k| {
                if self.plan.member_id.is_some() {
                    *k != FactKind::BelowDisciplined
                } else {
                    !matches!(
                        k,
                        FactKind::NotRated | FactKind::Prohibited | FactKind::ExampleDuty
                    )
                }
            })
            .collect()
    }

    fn not_rated_reasons(&self) -> &'static [NotRated] {
        NotRated::all()
    }

    fn withdraw_reason(&self, fact: &i64) -> String {
        match &self.withdraw_typed {
            Some((id, reason)) if id == fact => reason.clone(),
            _ => String::new(),
        }
    }

    fn can_change(&self) -> bool {
        self.closed_because.is_none() && (self.own_form || self.reviewer_form)
    }

    #[allow(clippy::cast_possible_truncation)]
    fn max_points_n(&self) -> i64 {
        self.common_max.round() as i64
    }

    fn max_points(&self) -> String {
        self.page.lang.points(self.common_max)
    }
}

/// What the viewer may do on the assessment page, and why not now.
struct Rights {
    own: bool,
    reviewer: bool,
    closed_because: Option<&'static str>,
}

/// Who may assess `plan` and whether it can change now: the year must be in
/// self-assessment or rating, and the writer's rating of the year not decided.
async fn rights(conn: &mut sqlx::PgConnection, ctx: &Ctx, plan: &PlanRecord) -> AppResult<Rights> {
    let rating = db::year_end::subject_rating_id(conn, plan.year, Subject::of_plan(plan)).await?;
    let target = Target::Plan(plan.scope());
    let own = allows(ctx.actor(), Action::AssessOwn, &target);
    let reviewer = allows(ctx.actor(), Action::AssessAsReviewer, &target);
    let year = db::years::find(conn, plan.year)
        .await?
        .ok_or(AppError::NotFound)?;
    let closed_because = if !assessing(year.phase) {
        Some(msg!("assess-not_now"))
    } else if rating.is_some_and(|(_, decided)| decided) {
        Some(msg!("assess-decided"))
    } else {
        None
    };
    Ok(Rights {
        own,
        reviewer,
        closed_because,
    })
}

/// Everything the page shows besides what was typed.
struct Typed {
    fields: Vec<(String, String)>,
    errors: FormErrors,
    fact: FactInput,
    fact_errors: FormErrors,
    withdraw: Option<(i64, String)>,
    alert: Option<&'static str>,
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: PlanId,
    typed: Typed,
) -> AppResult<AssessmentTemplate> {
    let mut conn = state.pool.acquire().await?;
    // The assessment is for the writer and those overseeing the unit, not cell mates.
    let plan = authorized_plan(&mut conn, ctx.actor(), id, Action::ViewHistory).await?;
    if plan.state != crate::domain::plan::PlanState::Approved {
        return Err(AppError::NotFound);
    }
    let subject = Subject::of_plan(&plan);
    let rights = rights(&mut conn, ctx, &plan).await?;
    // The link is shown only to those who may open the rating.
    let rating = match subject {
        Subject::Member(m) => {
            crate::web::ratings::visible_rating(&mut conn, ctx, plan.year, m).await?
        }
        Subject::Unit(_) => None,
    };
    let items = db::plans::items(&mut conn, plan.id).await?;
    let mut assessed = db::year_end::item_assessments(&mut conn, plan.id).await?;
    let items = items
        .into_iter()
        .map(|item| {
            let a = assessed
                .iter()
                .position(|(id, _)| *id == item.id)
                .map(|i| assessed.swap_remove(i).1)
                .unwrap_or_default();
            (item, a)
        })
        .collect();
    let review = db::year_end::review(&mut conn, plan.year, subject).await?;
    let facts = db::year_end::facts(&mut conn, plan.year, subject).await?;
    let params = crate::scoring::year_params(&mut conn, plan.year)
        .await
        .map_err(AppError::Internal)?
        .unwrap_or_else(|| {
            Params::default_for(crate::domain::year::RatingScheme::in_force(plan.year))
        });
    let subject_text =
        ctx.lang
            .plan_subject(plan.kind, plan.owner_name.as_deref(), &plan.unit_name);
    let mut page = ctx.page(
        msg!("assess-title"),
        format!("/plans/{}/assessment", plan.id),
    );
    page.title = format!(
        "{} — {} {}",
        ctx.lang.t(msg!("assess-title")),
        subject_text,
        plan.year
    );
    page.alert = typed.alert.map(|a| ctx.lang.t(a));
    Ok(AssessmentTemplate {
        page,
        subject: subject_text,
        items,
        review,
        facts,
        common_max: params.common_max,
        scheme: params.scheme,
        own_form: rights.own,
        reviewer_form: rights.reviewer,
        closed_because: rights.closed_because.map(|m| ctx.lang.t(m)),
        typed: typed.fields,
        errors: typed.errors,
        fact_typed: typed.fact,
        fact_errors: typed.fact_errors,
        withdraw_typed: typed.withdraw,
        rating,
        plan,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<AssessmentTemplate> {
    render(
        &state,
        &ctx,
        PlanId(id),
        Typed {
            fields: Vec::new(),
            errors: FormErrors::default(),
            fact: FactInput::default(),
            fact_errors: FormErrors::default(),
            withdraw: None,
            alert: None,
        },
    )
    .await
}

fn problems_to_errors(lang: crate::i18n::Lang, problems: assessment::Problems) -> FormErrors {
    FormErrors(
        problems
            .into_iter()
            .map(|(field, problem)| (field, lang.problem(problem)))
            .collect(),
    )
}

/// Saves the writer's or the reviewer's assessment. A mistake, a stale form or a closed
/// phase shows the page again with everything typed.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let id = PlanId(id);
    let by_reviewer = match assessment::field(&fields, "by") {
        "self" => false,
        "reviewer" => true,
        _ => return Err(AppError::BadRequest),
    };
    let version: i32 = assessment::field(&fields, "version")
        .trim()
        .parse()
        .map_err(|_| AppError::BadRequest)?;
    let mut tx = db::begin(&state.pool).await?;
    let plan = authorized_plan(&mut tx, ctx.actor(), id, Action::ViewHistory).await?;
    let action = if by_reviewer {
        Action::AssessAsReviewer
    } else {
        Action::AssessOwn
    };
    if !allows(ctx.actor(), action, &Target::Plan(plan.scope())) {
        return Err(AppError::NotFound);
    }
    let r = rights(&mut tx, &ctx, &plan).await?;
    let again = |errors: FormErrors, alert: Option<&'static str>| Typed {
        fields: fields.clone(),
        errors,
        fact: FactInput::default(),
        fact_errors: FormErrors::default(),
        withdraw: None,
        alert,
    };
    if let Some(why) = r.closed_because {
        drop(tx);
        let page = render(&state, &ctx, id, again(FormErrors::default(), Some(why))).await?;
        return Ok((StatusCode::CONFLICT, page).into_response());
    }
    let items: Vec<_> = db::plans::items(&mut tx, plan.id)
        .await?
        .into_iter()
        .map(|i| i.id)
        .collect();
    let params = crate::scoring::year_params(&mut tx, plan.year)
        .await
        .map_err(AppError::Internal)?
        .unwrap_or_else(|| {
            Params::default_for(crate::domain::year::RatingScheme::in_force(plan.year))
        });
    let parsed = match assessment::parse(&fields, &items, by_reviewer, params.common_max) {
        Ok(parsed) => parsed,
        Err(problems) => {
            drop(tx);
            let errors = problems_to_errors(ctx.lang, problems);
            let page = render(&state, &ctx, id, again(errors, None)).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    if !db::year_end::save_assessment(&mut tx, &plan, ctx.actor().account_id, &parsed, version)
        .await?
    {
        drop(tx);
        let page = render(
            &state,
            &ctx,
            id,
            again(FormErrors::default(), Some(msg!("assess-conflict"))),
        )
        .await?;
        return Ok((StatusCode::CONFLICT, page).into_response());
    }
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/plans/{}/assessment", id),
        msg!("flash-assessed"),
    ))
}

/// Records a fact about the writer's year (the reviewer).
pub async fn add_fact(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(input): Form<FactInput>,
) -> AppResult<Response> {
    let id = PlanId(id);
    let mut tx = db::begin(&state.pool).await?;
    let plan = authorized_plan(&mut tx, ctx.actor(), id, Action::AssessAsReviewer).await?;
    let subject = Subject::of_plan(&plan);
    let r = rights(&mut tx, &ctx, &plan).await?;
    let fact = match (
        r.closed_because,
        NewFact::parse(&input, plan.year, plan.member_id.is_some()),
    ) {
        (None, Ok(fact)) => fact,
        (closed, parsed) => {
            drop(tx);
            let fact_errors = match parsed {
                Err(problems) => problems_to_errors(ctx.lang, problems),
                Ok(_) => FormErrors::default(),
            };
            let status = if closed.is_some() {
                StatusCode::CONFLICT
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let typed = Typed {
                fields: Vec::new(),
                errors: FormErrors::default(),
                fact: input,
                fact_errors,
                withdraw: None,
                alert: closed,
            };
            let page = render(&state, &ctx, id, typed).await?;
            return Ok((status, page).into_response());
        }
    };
    db::year_end::add_fact(&mut tx, plan.year, subject, &fact, ctx.actor().account_id).await?;
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/plans/{}/assessment#facts", id),
        msg!("flash-fact_recorded"),
    ))
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct WithdrawForm {
    reason: String,
}

/// Withdraws a recorded fact, with a reason.
pub async fn withdraw_fact(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, fact)): Path<(i64, i64)>,
    Form(form): Form<WithdrawForm>,
) -> AppResult<Response> {
    let id = PlanId(id);
    let mut tx = db::begin(&state.pool).await?;
    let plan = authorized_plan(&mut tx, ctx.actor(), id, Action::AssessAsReviewer).await?;
    let subject = Subject::of_plan(&plan);
    let r = rights(&mut tx, &ctx, &plan).await?;
    let reason = crate::domain::text::clean_multiline(&form.reason);
    let problem = if reason.is_empty() {
        Some(crate::domain::pledge::FieldProblem::Missing)
    } else if reason.chars().count() > assessment::REASON_MAX {
        Some(crate::domain::pledge::FieldProblem::TooLong {
            max: assessment::REASON_MAX,
        })
    } else {
        None
    };
    if r.closed_because.is_some() || problem.is_some() {
        drop(tx);
        let field = format!("withdraw-reason-{fact}");
        let errors = problem
            .map(|p| FormErrors(vec![(field, ctx.lang.problem(p))]))
            .unwrap_or_default();
        let status = if r.closed_because.is_some() {
            StatusCode::CONFLICT
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        let typed = Typed {
            fields: Vec::new(),
            errors: FormErrors::default(),
            fact: FactInput::default(),
            fact_errors: errors,
            withdraw: Some((fact, form.reason.clone())),
            alert: r.closed_because,
        };
        let page = render(&state, &ctx, id, typed).await?;
        return Ok((status, page).into_response());
    }
    if !db::year_end::withdraw_fact(
        &mut tx,
        fact,
        plan.year,
        subject,
        ctx.actor().account_id,
        &reason,
    )
    .await?
    {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/plans/{}/assessment#facts", id),
        msg!("flash-fact_withdrawn"),
    ))
}
