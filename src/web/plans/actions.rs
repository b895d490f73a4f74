//! What is sent from the plan page: a workflow action (submit, withdraw, return, approve,
//! amend, comment — on the plan or on one item) or saving the shortcomings. Submitting
//! saves the shortcomings typed beside it; approving and amending ask for a confirmation
//! first.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::show::{Extras, render_refused};
use super::{authorized_plan, parse_version, refusal_answer};
use crate::db;
use crate::domain::Named;
use crate::domain::access::Action;
use crate::domain::ids::{PlanId, PlanItemId};
use crate::domain::plan::{PlanAction, PlanKind};
use crate::domain::pledge;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::page::{Ctx, Page, redirect_with_flash};
use crate::workflow::{self, Applied, Change, Refusal};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PlanForm {
    action: String,
    comment: String,
    version: String,
    /// The shortcomings box, when the owner can edit it.
    shortcomings: Option<String>,
    /// The item a comment is about.
    item: String,
    /// Sent by the confirmation page.
    confirmed: String,
    /// "next": after approving, open the next plan waiting.
    then: String,
}

/// The message shown after an action succeeded.
fn flash_for(action: PlanAction) -> &'static str {
    match action {
        PlanAction::Submit => msg!("flash-submit"),
        PlanAction::Withdraw => msg!("flash-withdraw"),
        PlanAction::Return => msg!("flash-return"),
        PlanAction::Approve => msg!("flash-approve"),
        PlanAction::Amend => msg!("flash-amend"),
        PlanAction::Comment => msg!("flash-comment"),
    }
}

/// Saving the shortcomings alone (the old address of that form).
pub async fn save_shortcomings(
    state: State<AppState>,
    ctx: Ctx,
    path: Path<i64>,
    Form(mut form): Form<PlanForm>,
) -> AppResult<Response> {
    form.action = "save".to_owned();
    act(state, ctx, path, Form(form)).await
}

/// Everything the plan page's forms send. A form made from an older version of the plan
/// is refused and the page shown again, current, with what the user typed.
pub async fn act(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<PlanForm>,
) -> AppResult<Response> {
    let id = PlanId(id);
    let version = parse_version(&form.version)?;
    let action = match form.action.as_str() {
        "save" => None,
        other => Some(PlanAction::parse(other).ok_or(AppError::BadRequest)?),
    };
    let item = match form.item.trim() {
        "" => None,
        text => Some(PlanItemId(text.parse().map_err(|_| AppError::BadRequest)?)),
    };
    let mut extras = Extras {
        comment: form.comment.clone(),
        shortcomings: form.shortcomings.clone(),
        item_comment: item,
        ..Extras::default()
    };
    let comment = match pledge::parse_comment(&form.comment) {
        Ok(comment) => comment,
        Err(problem) => {
            extras.comment_error = Some(ctx.lang.problem(problem));
            return render_refused(&state, &ctx, id, StatusCode::UNPROCESSABLE_ENTITY, extras)
                .await;
        }
    };
    let shortcomings = match form.shortcomings.as_deref().map(pledge::parse_shortcomings) {
        None => None,
        Some(Ok(text)) => Some(text),
        Some(Err(problem)) => {
            extras.shortcomings_error = Some(ctx.lang.problem(problem));
            return render_refused(&state, &ctx, id, StatusCode::UNPROCESSABLE_ENTITY, extras)
                .await;
        }
    };
    if let Some(action) = action
        && matches!(action, PlanAction::Approve | PlanAction::Amend)
        && form.confirmed != "yes"
    {
        return confirm(&state, &ctx, id, action, &form).await;
    }
    // What to do, in order: the shortcomings typed beside a submit are saved with it.
    let mut changes = Vec::new();
    if let Some(text) = shortcomings
        && matches!(action, None | Some(PlanAction::Submit))
    {
        changes.push(Change::SetShortcomings(text));
    }
    match (action, item) {
        (Some(PlanAction::Comment), Some(item)) => {
            changes.push(Change::CommentOnItem { item, comment });
        }
        (Some(action), _) => changes.push(Change::Act { action, comment }),
        (None, _) => {}
    }
    let mut tx = db::begin(&state.pool).await?;
    let mut applied = Applied::Unchanged;
    let mut version = version;
    for change in changes {
        match workflow::apply(&mut tx, ctx.actor(), id, version, change, None).await? {
            Ok(done @ Applied::Changed { version: now }) => {
                applied = done;
                version = now;
            }
            Ok(Applied::Unchanged) => {}
            Err(refusal) => {
                drop(tx);
                let (status, alert) = refusal_answer(refusal)?;
                extras.stale = matches!(refusal, Refusal::Stale { .. });
                if refusal == Refusal::CommentRequired {
                    extras.comment_error = Some(ctx.lang.t(alert));
                } else {
                    extras.alert = Some(alert);
                }
                return render_refused(&state, &ctx, id, status, extras).await;
            }
        }
    }
    tx.commit().await?;
    let Some(action) = action else {
        // Saving without a change records nothing and says nothing.
        return Ok(match applied {
            Applied::Changed { .. } => {
                redirect_with_flash(&format!("/plans/{id}"), msg!("flash-saved"))
            }
            Applied::Unchanged => Redirect::to(&format!("/plans/{id}")).into_response(),
        });
    };
    tracing::info!(plan = %id, account = %ctx.actor().account_id, action = action.as_str(), "plan action");
    if action == PlanAction::Approve && form.then == "next" {
        return Ok(redirect_with_flash(
            &next_plan(&state, &ctx, id).await?,
            msg!("flash-approve"),
        ));
    }
    let anchor = match item {
        Some(item) => format!("#item-{item}"),
        None => String::new(),
    };
    Ok(redirect_with_flash(
        &format!("/plans/{id}{anchor}"),
        flash_for(action),
    ))
}

/// The next plan waiting for this decider, or the list it came from when none is left:
/// the queue for members' plans, the review page for units' own plans.
async fn next_plan(state: &AppState, ctx: &Ctx, done: PlanId) -> AppResult<String> {
    let mut conn = state.pool.acquire().await?;
    let plan = db::plans::load(&mut conn, done)
        .await?
        .ok_or(AppError::NotFound)?;
    if plan.kind != PlanKind::Personal {
        let next = crate::web::review::next_waiting(&mut conn, ctx, plan.year, done).await?;
        return Ok(next.map_or_else(
            || format!("/review?year={}", plan.year),
            |id| format!("/plans/{id}"),
        ));
    }
    let Some(year) = db::years::current(&mut conn).await? else {
        return Ok("/queue".to_owned());
    };
    let queue = db::orgs::decision_queue(&mut conn, ctx.actor(), year.year).await?;
    Ok(queue
        .iter()
        .find(|e| e.plan_id != done)
        .map_or_else(|| "/queue".to_owned(), |e| format!("/plans/{}", e.plan_id)))
}

#[derive(Template, WebTemplate)]
#[template(path = "plans/confirm.html")]
pub struct ConfirmTemplate {
    pub page: Page,
    pub explanation: String,
    pub quote: Option<String>,
    pub action_url: String,
    pub fields: Vec<(&'static str, String)>,
    pub confirm_label: String,
    pub next_label: Option<String>,
    pub back_url: String,
    pub danger: bool,
}

/// Asks before approving or amending: neither can be taken back by its author.
async fn confirm(
    state: &AppState,
    ctx: &Ctx,
    id: PlanId,
    action: PlanAction,
    form: &PlanForm,
) -> AppResult<Response> {
    let plan = {
        let mut conn = state.pool.acquire().await?;
        authorized_plan(&mut conn, ctx.actor(), id, workflow::permission_for(action)).await?
    };
    let subject = ctx
        .lang
        .plan_subject(plan.kind, plan.owner_name.as_deref(), &plan.unit_name);
    let (title, explanation, label) = match action {
        PlanAction::Approve if plan.kind.is_commitment() => (
            msg!("confirm-accept_title"),
            ctx.lang
                .t_args(msg!("confirm-accept"), &[("subject", subject.into())]),
            msg!("confirm-accept_button"),
        ),
        PlanAction::Approve => (
            msg!("confirm-approve_title"),
            ctx.lang
                .t_args(msg!("confirm-approve"), &[("subject", subject.into())]),
            msg!("confirm-approve_button"),
        ),
        _ => (
            msg!("confirm-amend_title"),
            ctx.lang.t(msg!("confirm-amend")),
            msg!("confirm-amend_button"),
        ),
    };
    let mut fields = vec![
        ("action", action.as_str().to_owned()),
        ("version", form.version.clone()),
        ("comment", form.comment.clone()),
    ];
    if let Some(text) = &form.shortcomings {
        fields.push(("shortcomings", text.clone()));
    }
    let page = ctx.page(title, format!("/plans/{id}"));
    Ok(ConfirmTemplate {
        page,
        explanation,
        quote: (!form.comment.trim().is_empty()).then(|| form.comment.clone()),
        action_url: format!("/plans/{id}"),
        fields,
        confirm_label: ctx.lang.t(label),
        next_label: (action == PlanAction::Approve).then(|| {
            ctx.lang.t(if plan.kind.is_commitment() {
                msg!("confirm-accept_next")
            } else {
                msg!("confirm-approve_next")
            })
        }),
        back_url: format!("/plans/{id}"),
        danger: false,
    }
    .into_response())
}

/// Whether a form carries the confirmation page's answer.
pub(super) fn confirmed(value: &str) -> bool {
    value == "yes"
}

/// The confirmation page for removing an item.
pub(super) async fn confirm_removal(
    state: &AppState,
    ctx: &Ctx,
    id: PlanId,
    item: PlanItemId,
    version: &str,
) -> AppResult<Response> {
    let mut conn = state.pool.acquire().await?;
    let plan = authorized_plan(&mut conn, ctx.actor(), id, Action::EditPlan).await?;
    let found = db::plans::item(&mut conn, plan.id, item)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = ctx.page(msg!("confirm-remove_title"), format!("/plans/{id}"));
    Ok(ConfirmTemplate {
        page,
        explanation: ctx.lang.t_n(msg!("confirm-remove"), found.position),
        quote: Some(found.pledge.content),
        action_url: format!("/plans/{id}/items/{item}/delete"),
        fields: vec![("version", version.to_owned())],
        confirm_label: ctx.lang.t(msg!("confirm-remove_button")),
        next_label: None,
        back_url: format!("/plans/{id}#item-{item}"),
        danger: true,
    }
    .into_response())
}
