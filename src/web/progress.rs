//! Progress during the year: an item's updates (its writer reports, whoever decides the
//! plan acknowledges) and the cell meeting's list of every member's items due or overdue.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{Duration, NaiveDate};

use crate::db;
use crate::db::plans::PlanRecord;
use crate::db::progress::{MeetingItem, Update};
use crate::domain::Named;
use crate::domain::access::{Action, Target, allows};
use crate::domain::deadline::today_in_vietnam;
use crate::domain::ids::{OrgUnitId, PlanId, PlanItemId};
use crate::domain::pledge::PledgeItem;
use crate::domain::progress::{NewProgress, ProgressInput, ProgressStatus, is_overdue};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::page::{Ctx, FormErrors, Page, redirect_with_flash};
use crate::web::plans::authorized_plan;
use crate::web::units::YearQuery;

/// How far ahead the meeting looks for items coming due.
const MEETING_HORIZON_DAYS: i64 = 31;

#[derive(Template, WebTemplate)]
#[template(path = "year_end/progress.html")]
pub struct ProgressTemplate {
    page: Page,
    plan: PlanRecord,
    subject: String,
    item: PledgeItem,
    history: Vec<Update>,
    overdue: bool,
    can_record: bool,
    can_acknowledge: bool,
    input: ProgressInput,
    errors: FormErrors,
}

impl ProgressTemplate {
    fn statuses(&self) -> &'static [ProgressStatus] {
        ProgressStatus::all()
    }
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: PlanId,
    item: PlanItemId,
    input: ProgressInput,
    errors: FormErrors,
) -> AppResult<ProgressTemplate> {
    let mut conn = state.pool.acquire().await?;
    let plan = authorized_plan(&mut conn, ctx.actor(), id, Action::ViewHistory).await?;
    if plan.state != crate::domain::plan::PlanState::Approved {
        return Err(AppError::NotFound);
    }
    let item = db::plans::items(&mut conn, plan.id)
        .await?
        .into_iter()
        .find(|i| i.id == item)
        .ok_or(AppError::NotFound)?;
    let history = db::progress::history(&mut conn, plan.id, item.id).await?;
    let target = Target::Plan(plan.scope());
    let overdue = plan.year_open
        && is_overdue(
            item.pledge.deadline,
            today_in_vietnam(),
            history.first().map(|u| u.status),
        );
    let subject = ctx
        .lang
        .plan_subject(plan.kind, plan.owner_name.as_deref(), &plan.unit_name);
    let mut page = ctx.page(
        msg!("progress-title"),
        format!("/plans/{}/items/{}/progress", plan.id, item.id),
    );
    page.title = format!(
        "{} — {}",
        ctx.lang.t(msg!("progress-title")),
        item.pledge.content
    );
    Ok(ProgressTemplate {
        page,
        can_record: allows(ctx.actor(), Action::RecordProgress, &target),
        can_acknowledge: allows(ctx.actor(), Action::AcknowledgeProgress, &target),
        subject,
        plan,
        item,
        history,
        overdue,
        input,
        errors,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, item)): Path<(i64, i64)>,
) -> AppResult<ProgressTemplate> {
    render(
        &state,
        &ctx,
        PlanId(id),
        PlanItemId(item),
        ProgressInput::default(),
        FormErrors::default(),
    )
    .await
}

/// Adds an update; a mistake shows the page again with what was typed.
pub async fn record(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, item)): Path<(i64, i64)>,
    Form(input): Form<ProgressInput>,
) -> AppResult<Response> {
    let (id, item) = (PlanId(id), PlanItemId(item));
    let mut tx = db::begin(&state.pool).await?;
    let plan = authorized_plan(&mut tx, ctx.actor(), id, Action::RecordProgress).await?;
    if !db::plans::items(&mut tx, plan.id)
        .await?
        .iter()
        .any(|i| i.id == item)
    {
        return Err(AppError::NotFound);
    }
    let update = match NewProgress::parse(&input) {
        Ok(update) => update,
        Err(problems) => {
            drop(tx);
            let errors = FormErrors::from_problems(ctx.lang, &problems);
            let page = render(&state, &ctx, id, item, input, errors).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    db::progress::add(&mut tx, plan.id, item, ctx.actor().account_id, &update).await?;
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/plans/{}#item-{}", id, item),
        msg!("flash-progress"),
    ))
}

/// Acknowledges an update (whoever decides the plan).
pub async fn acknowledge(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, item, update)): Path<(i64, i64, i64)>,
) -> AppResult<Response> {
    let (id, item) = (PlanId(id), PlanItemId(item));
    let mut tx = db::begin(&state.pool).await?;
    let plan = authorized_plan(&mut tx, ctx.actor(), id, Action::AcknowledgeProgress).await?;
    if !db::progress::acknowledge(&mut tx, plan.id, item, update, ctx.actor().account_id).await? {
        // Acknowledged by someone else in the meantime: the page shows by whom.
        let exists = db::progress::history(&mut tx, plan.id, item)
            .await?
            .iter()
            .any(|u| u.id == update);
        if !exists {
            return Err(AppError::NotFound);
        }
        return Ok(redirect_with_flash(
            &format!("/plans/{}/items/{}/progress", id, item),
            msg!("flash-already_acknowledged"),
        ));
    }
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/plans/{}/items/{}/progress", id, item),
        msg!("flash-acknowledged"),
    ))
}

#[derive(Template, WebTemplate)]
#[template(path = "year_end/meeting.html")]
pub struct MeetingTemplate {
    page: Page,
    cell: db::orgs::Unit,
    year: i32,
    today: NaiveDate,
    until: NaiveDate,
    items: Vec<MeetingItem>,
}

impl MeetingTemplate {
    fn overdue(&self, item: &MeetingItem) -> bool {
        is_overdue(item.deadline, self.today, item.status)
    }

    fn overdue_count(&self) -> usize {
        self.items.iter().filter(|i| self.overdue(i)).count()
    }
}

/// The cell meeting's list: every member's items due within a month or overdue.
pub async fn meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<YearQuery>,
) -> AppResult<MeetingTemplate> {
    let mut conn = state.pool.acquire().await?;
    let cell = db::orgs::find_unit(&mut conn, OrgUnitId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    let target = Target::Unit {
        unit: cell.id,
        unit_path: cell.ancestors.clone(),
    };
    if !cell.kind.holds_members() || !allows(ctx.actor(), Action::ViewCellMeeting, &target) {
        return Err(AppError::NotFound);
    }
    let year = match query.year {
        Some(y) => db::years::find(&mut conn, y).await?,
        None => db::years::current(&mut conn).await?,
    }
    .ok_or(AppError::NotFound)?;
    let today = today_in_vietnam();
    let until = today + Duration::days(MEETING_HORIZON_DAYS);
    let items = db::progress::cell_meeting(&mut conn, cell.id, year.year, until).await?;
    let mut page = ctx.page(msg!("meeting-title"), format!("/cells/{}/meeting", cell.id));
    page.title = format!("{} — {}", ctx.lang.t(msg!("meeting-title")), cell.name);
    Ok(MeetingTemplate {
        page,
        cell,
        year: year.year,
        today,
        until,
        items,
    })
}
