//! The plan page (items, shortcomings, the actions the viewer may take, approved versions
//! and history) and the page of one approved version.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::authorized_plan;
use crate::db;
use crate::db::plans::{EventRecord, PlanRecord, Revision, RevisionSummary};
use crate::domain::Named;
use crate::domain::access::{Action, Target, allows};
use crate::domain::ids::PlanId;
use crate::domain::plan::{self, EventKind, PlanAction, PlanState};
use crate::domain::pledge::PledgeItem;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::page::{Ctx, Page};
use crate::workflow::permission_for;

/// What a plan page shows besides the plan: problems and the text to keep.
#[derive(Default)]
pub(super) struct Extras {
    /// A message (id) about the whole page.
    pub alert: Option<&'static str>,
    pub comment: String,
    pub comment_error: Option<String>,
    /// The shortcomings as typed, when they were not saved.
    pub shortcomings: Option<String>,
    pub shortcomings_error: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "plans/show.html")]
pub struct PlanTemplate {
    page: Page,
    plan: PlanRecord,
    items: Vec<PledgeItem>,
    events: Vec<EventRecord>,
    revisions: Vec<RevisionSummary>,
    /// Comments and changes are for the owner and those overseeing, not cell mates.
    show_history: bool,
    can_edit: bool,
    actions: Vec<PlanAction>,
    show_action_form: bool,
    comment: String,
    comment_error: Option<String>,
    shortcomings: String,
    shortcomings_error: Option<String>,
}

impl PlanTemplate {
    fn is_state(&self, state: &str) -> bool {
        self.plan.state.as_str() == state
    }

    /// Why the plan was sent back, while it is returned: the latest return.
    fn return_reason(&self) -> Option<&EventRecord> {
        if self.plan.state != PlanState::Returned || !self.show_history {
            return None;
        }
        self.events
            .iter()
            .rev()
            .find(|e| e.action == EventKind::Return)
    }

    fn can_return(&self) -> bool {
        self.actions.contains(&PlanAction::Return)
    }

    fn is_primary(&self, action: &PlanAction) -> bool {
        matches!(action, PlanAction::Submit | PlanAction::Approve)
    }
}

/// The workflow actions the viewer can take on `plan` now.
fn available_actions(ctx: &Ctx, plan: &PlanRecord) -> Vec<PlanAction> {
    let target = Target::Plan(plan.scope());
    PlanAction::all()
        .iter()
        .copied()
        .filter(|a| plan::is_possible(plan.state, *a))
        .filter(|a| allows(ctx.actor(), permission_for(*a), &target))
        .collect()
}

/// The plan page as the viewer may see it, with `extras` kept from what they sent.
pub(super) async fn render(
    state: &AppState,
    ctx: &Ctx,
    id: PlanId,
    extras: Extras,
) -> AppResult<PlanTemplate> {
    let mut conn = state.pool.acquire().await?;
    let plan = authorized_plan(&mut conn, ctx.actor(), id, Action::ViewPlan).await?;
    let mut page = ctx.page(msg!("plan-title"), format!("/plans/{}", plan.id));
    if let Some(name) = &plan.owner_name {
        page.title = format!("{} — {name} ({})", page.title, plan.year);
    }
    page.alert = extras.alert.map(|id| ctx.lang.t(id));
    let items = db::plans::items(&mut conn, plan.id).await?;
    let target = Target::Plan(plan.scope());
    let show_history = allows(ctx.actor(), Action::ViewHistory, &target);
    let events = if show_history {
        db::plans::events(&mut conn, plan.id).await?
    } else {
        Vec::new()
    };
    let revisions = db::plans::revisions(&mut conn, plan.id).await?;
    let can_edit = plan.state.is_editable() && allows(ctx.actor(), Action::EditPlan, &target);
    let actions = available_actions(ctx, &plan);
    let shortcomings = extras
        .shortcomings
        .unwrap_or_else(|| plan.shortcomings.clone());
    Ok(PlanTemplate {
        page,
        show_action_form: !actions.is_empty(),
        plan,
        items,
        events,
        revisions,
        show_history,
        can_edit,
        actions,
        comment: extras.comment,
        comment_error: extras.comment_error,
        shortcomings,
        shortcomings_error: extras.shortcomings_error,
    })
}

/// The plan page answering a form that was not accepted.
pub(super) async fn render_refused(
    state: &AppState,
    ctx: &Ctx,
    id: PlanId,
    status: StatusCode,
    extras: Extras,
) -> AppResult<Response> {
    Ok((status, render(state, ctx, id, extras).await?).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<PlanTemplate> {
    render(&state, &ctx, PlanId(id), Extras::default()).await
}

#[derive(Template, WebTemplate)]
#[template(path = "plans/revision.html")]
pub struct RevisionTemplate {
    page: Page,
    plan: PlanRecord,
    revision: Revision,
}

pub async fn show_revision(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, revision)): Path<(i64, i32)>,
) -> AppResult<RevisionTemplate> {
    let mut conn = state.pool.acquire().await?;
    let plan = authorized_plan(
        &mut conn,
        ctx.actor(),
        PlanId(id),
        Action::ViewApprovedRevision,
    )
    .await?;
    let revision = db::plans::revision(&mut conn, plan.id, revision)
        .await?
        .ok_or(AppError::NotFound)?;
    let path = format!("/plans/{}/revisions/{}", plan.id, revision.revision);
    let mut page = ctx.page(msg!("plan-title"), path);
    page.title = ctx.lang.t_n(msg!("plan-revision_n"), revision.revision);
    Ok(RevisionTemplate {
        page,
        plan,
        revision,
    })
}
