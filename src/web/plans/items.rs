//! Editing a plan's pledge items: the item form (new or existing), saving it, removing an
//! item and moving it up or down.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::actions::{confirm_removal, confirmed};
use super::show::{Extras, render_refused};
use super::{authorized_plan, done, parse_version, refusal_answer, run};
use crate::db;
use crate::db::catalogue::Manifestation;
use crate::db::plans::PlanRecord;
use crate::domain::Named;
use crate::domain::access::Action;
use crate::domain::catalogue::ManifestationGroup;
use crate::domain::ids::{PlanId, PlanItemId};
use crate::domain::pledge::{
    FieldErrors, FieldProblem, KEY_ITEMS_MAX, Pledge, PledgeInput, PledgeItem, PledgeKind,
};
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::page::{Ctx, FormErrors, Page};
use crate::workflow::{Change, Direction, Refusal};

#[derive(Template, WebTemplate)]
#[template(path = "plans/item_form.html")]
pub struct ItemFormTemplate {
    page: Page,
    plan: PlanRecord,
    /// None for a new item.
    item_id: Option<PlanItemId>,
    input: PledgeInput,
    version: i32,
    errors: FormErrors,
    /// The catalogue by group, in catalogue order.
    manifestation_groups: Vec<(ManifestationGroup, Vec<Manifestation>)>,
    kinds: &'static [PledgeKind],
    /// The item as stored now, when someone changed it while this form was open.
    current: Option<PledgeItem>,
}

impl ItemFormTemplate {
    fn subject(&self) -> String {
        self.page.lang.plan_subject(
            self.plan.kind,
            self.plan.owner_name.as_deref(),
            &self.plan.unit_name,
        )
    }

    /// The form posts to its own address, which the address bar keeps on a refusal.
    fn action_url(&self) -> String {
        match self.item_id {
            Some(item) => format!("/plans/{}/items/{item}/edit", self.plan.id),
            None => format!("/plans/{}/items/new", self.plan.id),
        }
    }

    fn manifestation_text(&self, m: &Manifestation) -> String {
        let label = match self.page.lang {
            Lang::Vi => &m.label_vi,
            Lang::En => &m.label_en,
        };
        format!("{} — {label}", m.code)
    }

    fn is_selected_manifestation(&self, m: &Manifestation) -> bool {
        self.input.manifestation_id.trim() == m.id.to_string()
    }
}

/// An item form as it should be shown: which item, what is in the fields, and what is
/// wrong with them.
struct Draft {
    /// None for a new item.
    item_id: Option<PlanItemId>,
    /// The plan version the form will carry.
    version: i32,
    input: PledgeInput,
    problems: FieldErrors,
    /// A message (id) about the whole form.
    alert: Option<&'static str>,
    /// The item as stored now, after a conflict.
    current: Option<PledgeItem>,
}

async fn item_form(
    state: &AppState,
    ctx: &Ctx,
    plan: PlanRecord,
    draft: Draft,
) -> AppResult<ItemFormTemplate> {
    let (title, path) = match draft.item_id {
        Some(item) => (
            msg!("item-edit_title"),
            format!("/plans/{}/items/{item}/edit", plan.id),
        ),
        None => (
            msg!("item-new_title"),
            format!("/plans/{}/items/new", plan.id),
        ),
    };
    let mut page = ctx.page(title, path);
    page.alert = match (draft.alert, draft.problems.is_empty()) {
        (Some(alert), _) => Some(ctx.lang.t(alert)),
        (None, false) => Some(ctx.lang.t(msg!("common-form_has_errors"))),
        (None, true) => None,
    };
    let mut conn = state.pool.acquire().await?;
    let mut manifestation_groups: Vec<(ManifestationGroup, Vec<Manifestation>)> = Vec::new();
    for m in db::catalogue::list(&mut conn).await? {
        match manifestation_groups.last_mut() {
            Some((group, entries)) if *group == m.group => entries.push(m),
            _ => manifestation_groups.push((m.group, vec![m])),
        }
    }
    let kinds = plan.kind.item_kinds();
    Ok(ItemFormTemplate {
        page,
        version: draft.version,
        plan,
        item_id: draft.item_id,
        input: draft.input,
        errors: FormErrors::from_problems(ctx.lang, &draft.problems),
        manifestation_groups,
        kinds,
        current: draft.current,
    })
}

/// A plan whose items the actor may change now, or the way back to the plan page.
async fn editable_plan(
    state: &AppState,
    ctx: &Ctx,
    id: PlanId,
) -> AppResult<Result<PlanRecord, Response>> {
    let mut conn = state.pool.acquire().await?;
    let plan = authorized_plan(&mut conn, ctx.actor(), id, Action::EditPlan).await?;
    if plan.state.is_editable() {
        Ok(Ok(plan))
    } else {
        Ok(Err(Redirect::to(&format!("/plans/{id}")).into_response()))
    }
}

pub async fn new_item(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let plan = match editable_plan(&state, &ctx, PlanId(id)).await? {
        Ok(plan) => plan,
        Err(back) => return Ok(back),
    };
    let draft = Draft {
        item_id: None,
        version: plan.version,
        input: PledgeInput {
            weight: "1".into(),
            ..PledgeInput::default()
        },
        problems: Vec::new(),
        alert: None,
        current: None,
    };
    Ok(item_form(&state, &ctx, plan, draft).await?.into_response())
}

pub async fn edit_item(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, item)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let plan = match editable_plan(&state, &ctx, PlanId(id)).await? {
        Ok(plan) => plan,
        Err(back) => return Ok(back),
    };
    let mut conn = state.pool.acquire().await?;
    let item = db::plans::item(&mut conn, plan.id, PlanItemId(item))
        .await?
        .ok_or(AppError::NotFound)?;
    drop(conn);
    let draft = Draft {
        item_id: Some(item.id),
        version: plan.version,
        input: PledgeInput::from(&item.pledge),
        problems: Vec::new(),
        alert: None,
        current: None,
    };
    Ok(item_form(&state, &ctx, plan, draft).await?.into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ItemForm {
    #[serde(flatten)]
    input: PledgeInput,
    version: String,
}

pub async fn add_item(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<ItemForm>,
) -> AppResult<Response> {
    store_item(&state, &ctx, PlanId(id), None, form).await
}

pub async fn save_item(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, item)): Path<(i64, i64)>,
    Form(form): Form<ItemForm>,
) -> AppResult<Response> {
    store_item(&state, &ctx, PlanId(id), Some(PlanItemId(item)), form).await
}

/// Adds or changes an item. Bad fields, a stale version or a locked plan bring the form
/// back with everything typed.
async fn store_item(
    state: &AppState,
    ctx: &Ctx,
    id: PlanId,
    item_id: Option<PlanItemId>,
    form: ItemForm,
) -> AppResult<Response> {
    let version = parse_version(&form.version)?;
    let plan = {
        let mut conn = state.pool.acquire().await?;
        authorized_plan(&mut conn, ctx.actor(), id, Action::EditPlan).await?
    };
    let pledge = match Pledge::parse(&form.input, plan.year, plan.kind.item_rules()) {
        Ok(pledge) => pledge,
        Err(problems) => {
            let draft = Draft {
                item_id,
                version,
                input: form.input,
                problems,
                alert: None,
                current: None,
            };
            let page = item_form(state, ctx, plan, draft).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let (change, flash) = match item_id {
        Some(item) => (Change::EditItem(item, pledge), msg!("flash-item_saved")),
        None => (Change::AddItem(pledge), msg!("flash-item_added")),
    };
    match run(state, ctx, id, version, change).await? {
        Ok(applied) => Ok(done(applied, &format!("/plans/{id}#items"), flash)),
        Err(refusal) => {
            let (status, alert) = refusal_answer(refusal)?;
            let (problems, alert, version) = match refusal {
                Refusal::UnknownManifestation => (
                    vec![("manifestation_id", FieldProblem::InvalidChoice)],
                    None,
                    version,
                ),
                Refusal::TooManyKeyItems => (
                    vec![(
                        "is_key",
                        FieldProblem::TooManyKeyItems { max: KEY_ITEMS_MAX },
                    )],
                    None,
                    version,
                ),
                // Shown with the current version, so that saving again is a deliberate
                // choice made after seeing the message.
                Refusal::Stale { current_version } => (Vec::new(), Some(alert), current_version),
                _ => (Vec::new(), Some(alert), version),
            };
            // After a conflict the item as it is now is shown beside what was typed.
            let current = match (refusal, item_id) {
                (Refusal::Stale { .. }, Some(item)) => {
                    let mut conn = state.pool.acquire().await?;
                    db::plans::item(&mut conn, id, item).await?
                }
                _ => None,
            };
            let draft = Draft {
                item_id,
                version,
                input: form.input,
                problems,
                alert,
                current,
            };
            let page = item_form(state, ctx, plan, draft).await?;
            Ok((status, page).into_response())
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ItemChangeForm {
    version: String,
    direction: String,
    confirmed: String,
}

pub async fn remove_item(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, item)): Path<(i64, i64)>,
    Form(form): Form<ItemChangeForm>,
) -> AppResult<Response> {
    if !confirmed(&form.confirmed) {
        parse_version(&form.version)?;
        return confirm_removal(&state, &ctx, PlanId(id), PlanItemId(item), &form.version).await;
    }
    let change = Change::RemoveItem(PlanItemId(item));
    change_item(
        &state,
        &ctx,
        PlanId(id),
        &form,
        change,
        msg!("flash-item_removed"),
    )
    .await
}

pub async fn move_item(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, item)): Path<(i64, i64)>,
    Form(form): Form<ItemChangeForm>,
) -> AppResult<Response> {
    let direction = match form.direction.as_str() {
        "up" => Direction::Up,
        "down" => Direction::Down,
        _ => return Err(AppError::BadRequest),
    };
    let change = Change::MoveItem(PlanItemId(item), direction);
    change_item(
        &state,
        &ctx,
        PlanId(id),
        &form,
        change,
        msg!("flash-item_moved"),
    )
    .await
}

/// Removes or moves an item; a refusal shows the plan page again with the reason.
async fn change_item(
    state: &AppState,
    ctx: &Ctx,
    id: PlanId,
    form: &ItemChangeForm,
    change: Change,
    flash: &'static str,
) -> AppResult<Response> {
    let version = parse_version(&form.version)?;
    // Moving the first item up or the last down changes nothing and says nothing.
    match run(state, ctx, id, version, change).await? {
        Ok(applied) => Ok(done(applied, &format!("/plans/{id}#items"), flash)),
        Err(refusal) => {
            let (status, alert) = refusal_answer(refusal)?;
            let extras = Extras {
                alert: Some(alert),
                ..Extras::default()
            };
            render_refused(state, ctx, id, status, extras).await
        }
    }
}
