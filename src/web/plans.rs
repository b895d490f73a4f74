//! Personal plans: the member's own plan, the plan page with its items, comments,
//! history and actions, item editing, approved versions, and the decision queue.

use crate::web::page::Session;
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::json;
use sqlx::PgConnection;

use crate::auth::permission::{Action, Target, allows};
use crate::auth::session::CurrentUser;
use crate::db;
use crate::db::catalogue::Manifestation;
use crate::db::orgs::QueueEntry;
use crate::db::plans::{EventRecord, ItemRecord, PlanRecord, Revision, RevisionSummary};
use crate::domain::ids::{PlanId, PlanItemId};
use crate::domain::plan::{self, PlanAction, PlanFacts, PlanState, TransitionError};
use crate::domain::pledge::{self, FieldErrors, Pledge, PledgeInput, PledgeKind};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::i18n::Lang;
use crate::web::page::redirect_with_flash;
use crate::web::page::{FormErrors, Page};

/// What a plan page needs besides the plan: problems to show and text to keep.
#[derive(Default)]
struct PageExtras {
    alert: Option<&'static str>,
    comment: String,
    comment_error: Option<String>,
    shortcomings: Option<String>,
    shortcomings_error: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "plans/show.html")]
pub struct PlanTemplate {
    page: Page,
    plan: PlanRecord,
    items: Vec<ItemRecord>,
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
        self.events.iter().rev().find(|e| e.action == "return")
    }

    fn manifestation_label(&self, item: &ItemRecord) -> Option<String> {
        manifestation_text(
            self.page.lang,
            item.manifestation_code.as_deref(),
            item.manifestation_label_vi.as_deref(),
            item.manifestation_label_en.as_deref(),
        )
    }

    fn move_label(&self, key: &str, position: &i32) -> String {
        self.page.t(key).replace("{n}", &position.to_string())
    }

    fn revision_title(&self, revision: &i32) -> String {
        self.page
            .t("plan.revision_n")
            .replace("{n}", &revision.to_string())
    }

    fn action_label(&self, action: &PlanAction) -> &'static str {
        self.page.tk("plan.action.", action.as_str())
    }

    fn can_return(&self) -> bool {
        self.actions.contains(&PlanAction::Return)
    }

    fn is_primary(&self, action: &PlanAction) -> bool {
        matches!(action, PlanAction::Submit | PlanAction::Approve)
    }
}

/// "B4 — Tham nhũng, lãng phí" in the page's language, when an item names a manifestation.
fn manifestation_text(
    lang: Lang,
    code: Option<&str>,
    label_vi: Option<&str>,
    label_en: Option<&str>,
) -> Option<String> {
    let label = match lang {
        Lang::Vi => label_vi,
        Lang::En => label_en,
    }?;
    Some(format!("{} — {label}", code.unwrap_or_default()))
}

/// Loads a plan and checks that `user` may do `action` to it; anything else is "not
/// found", so plans outside the user's scope do not reveal that they exist.
async fn authorized_plan(
    conn: &mut PgConnection,
    user: &CurrentUser,
    id: PlanId,
    action: Action,
) -> AppResult<PlanRecord> {
    let plan = db::plans::load(conn, id).await?.ok_or(AppError::NotFound)?;
    if !allows(&user.actor, action, &Target::Plan(plan.scope())) {
        return Err(AppError::NotFound);
    }
    Ok(plan)
}

/// The workflow actions `user` can take on `plan` now.
fn available_actions(user: &CurrentUser, plan: &PlanRecord) -> Vec<PlanAction> {
    let target = Target::Plan(plan.scope());
    PlanAction::ALL
        .into_iter()
        .filter(|a| plan::is_possible(plan.state, *a))
        .filter(|a| allows(&user.actor, permission_for(*a), &target))
        .collect()
}

/// The plan's version as sent back by a form; anything else is a malformed request.
fn parse_version(text: &str) -> AppResult<i32> {
    text.trim().parse().map_err(|_| AppError::BadRequest)
}

/// A page shown again because of what the user sent.
fn unprocessable(page: impl IntoResponse) -> AppResult<Response> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

/// A page shown again because the plan is not (or no longer) in a state that allows
/// what was asked: locked, already decided, changed meanwhile.
fn conflicting(page: impl IntoResponse) -> AppResult<Response> {
    Ok((StatusCode::CONFLICT, page).into_response())
}

/// The message shown after an action succeeded.
fn flash_for(action: PlanAction) -> &'static str {
    match action {
        PlanAction::Submit => "flash.submit",
        PlanAction::Withdraw => "flash.withdraw",
        PlanAction::Return => "flash.return",
        PlanAction::Approve => "flash.approve",
        PlanAction::Amend => "flash.amend",
        PlanAction::Comment => "flash.comment",
    }
}

fn permission_for(action: PlanAction) -> Action {
    match action {
        PlanAction::Submit | PlanAction::Withdraw | PlanAction::Amend => Action::EditPlan,
        PlanAction::Return | PlanAction::Approve => Action::DecidePlan,
        PlanAction::Comment => Action::CommentPlan,
    }
}

async fn render_plan(
    conn: &mut PgConnection,
    lang: Lang,
    session: &Session,
    user: &CurrentUser,
    plan: PlanRecord,
    extras: PageExtras,
) -> AppResult<PlanTemplate> {
    let path = format!("/plans/{}", plan.id);
    let mut page = Page::new(lang, session, Some(user), "plan.title", &path).await?;
    page.title = match &plan.owner_name {
        Some(name) => format!("{} — {name} ({})", page.title, plan.year),
        None => page.title,
    };
    page.alert = extras.alert.map(|k| lang.t(k).to_owned());
    let items = db::plans::items(conn, plan.id).await?;
    let target = Target::Plan(plan.scope());
    let show_history = allows(&user.actor, Action::ViewHistory, &target);
    let events = if show_history {
        db::plans::events(conn, plan.id).await?
    } else {
        Vec::new()
    };
    let revisions = db::plans::revisions(conn, plan.id).await?;
    let can_edit = plan.state.is_editable() && allows(&user.actor, Action::EditPlan, &target);
    let actions = available_actions(user, &plan);
    let show_action_form = !actions.is_empty();
    let shortcomings = extras
        .shortcomings
        .unwrap_or_else(|| plan.shortcomings.clone());
    Ok(PlanTemplate {
        page,
        plan,
        items,
        events,
        revisions,
        show_history,
        can_edit,
        actions,
        show_action_form,
        comment: extras.comment,
        comment_error: extras.comment_error,
        shortcomings,
        shortcomings_error: extras.shortcomings_error,
    })
}

pub async fn show(
    State(state): State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<PlanTemplate> {
    let mut conn = state.pool.acquire().await?;
    let plan = authorized_plan(&mut conn, &user, PlanId(id), Action::ViewPlan).await?;
    render_plan(
        &mut conn,
        lang,
        &session,
        &user,
        plan,
        PageExtras::default(),
    )
    .await
}

#[derive(Template, WebTemplate)]
#[template(path = "plans/create.html")]
pub struct CreateTemplate {
    page: Page,
    year: i32,
    theme: String,
}

/// The member's plan for the current year, or the page that starts it.
pub async fn my_plan(
    State(state): State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
) -> AppResult<Response> {
    let mut conn = state.pool.acquire().await?;
    let (Some(member), true) = (user.actor.member_id, user.files_plan) else {
        return Err(AppError::NotFound);
    };
    let year = db::years::current(&mut conn)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(id) = db::plans::find_personal(&mut conn, year.year, member).await? {
        return Ok(Redirect::to(&format!("/plans/{id}")).into_response());
    }
    let page = Page::new(lang, &session, Some(&user), "plan.create_title", "/my-plan").await?;
    Ok(CreateTemplate {
        page,
        year: year.year,
        theme: year.theme,
    }
    .into_response())
}

pub async fn create_my_plan(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<Redirect> {
    let (Some(member), Some(cell), true) =
        (user.actor.member_id, user.actor.cell_id, user.files_plan)
    else {
        return Err(AppError::NotFound);
    };
    let mut tx = db::begin(&state.pool).await?;
    let year = db::years::current(&mut tx)
        .await?
        .ok_or(AppError::NotFound)?;
    let id =
        db::plans::create_personal(&mut tx, user.actor.account_id, year.year, member, cell).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/plans/{id}")))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ActionForm {
    action: String,
    comment: String,
    version: String,
}

/// Applies a workflow action. A form made from an older version of the plan is refused
/// and the page shown again, current, with what the user typed.
pub async fn act(
    State(state): State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<ActionForm>,
) -> AppResult<Response> {
    let id = PlanId(id);
    let action = PlanAction::parse(&form.action).ok_or(AppError::BadRequest)?;
    let version = parse_version(&form.version)?;
    let mut tx = db::begin(&state.pool).await?;
    let plan = authorized_plan(&mut tx, &user, id, permission_for(action)).await?;
    let mut extras = PageExtras {
        comment: form.comment.clone(),
        ..PageExtras::default()
    };
    let comment = match pledge::parse_comment(&form.comment) {
        Ok(comment) => comment,
        Err(problem) => {
            extras.comment_error = Some(lang.problem(problem));
            return unprocessable(render_plan(&mut tx, lang, &session, &user, plan, extras).await?);
        }
    };
    let locked = db::plans::lock(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if locked.version != version {
        drop(tx);
        return rerender_conflict(&state, lang, &session, &user, id, extras).await;
    }
    let facts = PlanFacts {
        state: locked.state,
        item_count: usize::try_from(locked.item_count).unwrap_or(0),
    };
    let to = match plan::transition(facts, action, &comment) {
        Ok(to) => to,
        Err(TransitionError::NotAllowed { .. }) => {
            extras.alert = Some("plan.not_possible");
            return conflicting(render_plan(&mut tx, lang, &session, &user, plan, extras).await?);
        }
        Err(TransitionError::NoItems) => {
            extras.alert = Some("plan.need_items");
            return unprocessable(render_plan(&mut tx, lang, &session, &user, plan, extras).await?);
        }
        Err(TransitionError::CommentRequired) => {
            extras.comment_error = Some(lang.t("plan.need_comment").to_owned());
            return unprocessable(render_plan(&mut tx, lang, &session, &user, plan, extras).await?);
        }
    };
    db::plans::apply_action(
        &mut tx,
        id,
        user.actor.account_id,
        locked,
        action,
        to,
        &comment,
    )
    .await?;
    tx.commit().await?;
    tracing::info!(plan = %id, account = %user.actor.account_id, action = action.as_str(), "plan action");
    Ok(redirect_with_flash(
        &format!("/plans/{id}"),
        flash_for(action),
    ))
}

async fn rerender_conflict(
    state: &AppState,
    lang: Lang,
    session: &Session,
    user: &CurrentUser,
    id: PlanId,
    mut extras: PageExtras,
) -> AppResult<Response> {
    let mut conn = state.pool.acquire().await?;
    let plan = authorized_plan(&mut conn, user, id, Action::ViewPlan).await?;
    extras.alert = Some("plan.conflict");
    let page = render_plan(&mut conn, lang, session, user, plan, extras).await?;
    Ok((StatusCode::CONFLICT, page).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ShortcomingsForm {
    shortcomings: String,
    version: String,
}

pub async fn save_shortcomings(
    State(state): State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<ShortcomingsForm>,
) -> AppResult<Response> {
    let id = PlanId(id);
    let version = parse_version(&form.version)?;
    let mut tx = db::begin(&state.pool).await?;
    let plan = authorized_plan(&mut tx, &user, id, Action::EditPlan).await?;
    let mut extras = PageExtras {
        shortcomings: Some(form.shortcomings.clone()),
        ..PageExtras::default()
    };
    let text = match pledge::parse_shortcomings(&form.shortcomings) {
        Ok(text) => text,
        Err(problem) => {
            extras.shortcomings_error = Some(lang.problem(problem));
            return unprocessable(render_plan(&mut tx, lang, &session, &user, plan, extras).await?);
        }
    };
    let locked = db::plans::lock(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if locked.version != version {
        drop(tx);
        return rerender_conflict(&state, lang, &session, &user, id, extras).await;
    }
    if !locked.state.is_editable() {
        extras.alert = Some("plan.not_possible");
        return conflicting(render_plan(&mut tx, lang, &session, &user, plan, extras).await?);
    }
    if text == plan.shortcomings {
        // Nothing changed: no new version, no history entry.
        return Ok(Redirect::to(&format!("/plans/{id}")).into_response());
    }
    db::plans::set_shortcomings(&mut tx, id, &text).await?;
    let details = json!({ "before": plan.shortcomings, "after": text });
    db::plans::record_edit(&mut tx, id, user.actor.account_id, locked, "edit", details).await?;
    tx.commit().await?;
    Ok(redirect_with_flash(&format!("/plans/{id}"), "flash.saved"))
}

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
    manifestation_groups: Vec<(String, Vec<Manifestation>)>,
    kinds: Vec<PledgeKind>,
}

impl ItemFormTemplate {
    fn action_url(&self) -> String {
        match self.item_id {
            Some(item) => format!("/plans/{}/items/{item}", self.plan.id),
            None => format!("/plans/{}/items", self.plan.id),
        }
    }

    fn manifestation_text(&self, m: &Manifestation) -> String {
        let label = match self.page.lang {
            Lang::Vi => &m.label_vi,
            Lang::En => &m.label_en,
        };
        format!("{} — {label}", m.code)
    }

    fn group_label(&self, group: &str) -> &'static str {
        self.page.tk("group.", group)
    }

    fn is_selected_manifestation(&self, m: &Manifestation) -> bool {
        self.input.manifestation_id.trim() == m.id.to_string()
    }
}

/// An item form as it should be shown: which item, what is in the fields, and what is
/// wrong with them.
struct ItemDraft {
    /// None for a new item.
    item_id: Option<PlanItemId>,
    /// The plan version the form will carry.
    version: i32,
    input: PledgeInput,
    problems: FieldErrors,
    alert: Option<&'static str>,
}

async fn item_form(
    conn: &mut PgConnection,
    lang: Lang,
    session: &Session,
    user: &CurrentUser,
    plan: PlanRecord,
    draft: ItemDraft,
) -> AppResult<ItemFormTemplate> {
    let ItemDraft {
        item_id,
        version,
        input,
        problems,
        alert,
    } = draft;
    let (title, path) = match item_id {
        Some(item) => (
            "item.edit_title",
            format!("/plans/{}/items/{item}/edit", plan.id),
        ),
        None => ("item.new_title", format!("/plans/{}/items/new", plan.id)),
    };
    let mut page = Page::new(lang, session, Some(user), title, &path).await?;
    page.alert = alert.map(|k| lang.t(k).to_owned());
    if alert.is_none() && !problems.is_empty() {
        page.alert = Some(lang.t("common.form_has_errors").to_owned());
    }
    let mut manifestation_groups: Vec<(String, Vec<Manifestation>)> = Vec::new();
    for m in db::catalogue::list(conn).await? {
        match manifestation_groups.last_mut() {
            Some((group, entries)) if *group == m.group_code => entries.push(m),
            _ => manifestation_groups.push((m.group_code.clone(), vec![m])),
        }
    }
    Ok(ItemFormTemplate {
        page,
        version,
        plan,
        item_id,
        input,
        errors: FormErrors::from_problems(lang, &problems),
        manifestation_groups,
        kinds: PledgeKind::ALL.to_vec(),
    })
}

/// Loads a plan whose items `user` may change now, or sends them back to the plan page.
async fn editable_plan(
    conn: &mut PgConnection,
    user: &CurrentUser,
    id: PlanId,
) -> AppResult<Result<PlanRecord, Redirect>> {
    let plan = authorized_plan(conn, user, id, Action::EditPlan).await?;
    if plan.state.is_editable() {
        Ok(Ok(plan))
    } else {
        Ok(Err(Redirect::to(&format!("/plans/{id}"))))
    }
}

pub async fn new_item(
    State(state): State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let mut conn = state.pool.acquire().await?;
    let plan = match editable_plan(&mut conn, &user, PlanId(id)).await? {
        Ok(plan) => plan,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let version = plan.version;
    let input = PledgeInput {
        weight: "1".into(),
        ..PledgeInput::default()
    };
    let form = item_form(
        &mut conn,
        lang,
        &session,
        &user,
        plan,
        ItemDraft {
            item_id: None,
            version,
            input,
            problems: Vec::new(),
            alert: None,
        },
    )
    .await?;
    Ok(form.into_response())
}

pub async fn edit_item(
    State(state): State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
    Path((id, item)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let mut conn = state.pool.acquire().await?;
    let plan = match editable_plan(&mut conn, &user, PlanId(id)).await? {
        Ok(plan) => plan,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let item = db::plans::item(&mut conn, plan.id, PlanItemId(item))
        .await?
        .ok_or(AppError::NotFound)?;
    let version = plan.version;
    let input = PledgeInput {
        kind: item.kind,
        content: item.content,
        expected_result: item.expected_result,
        deadline: item.deadline.map(|d| lang.date(&d)).unwrap_or_default(),
        weight: item.weight.to_string(),
        manifestation_id: item
            .manifestation_id
            .map(|m| m.to_string())
            .unwrap_or_default(),
        serves_theme: item.serves_theme.then(|| "on".to_owned()),
    };
    let form = item_form(
        &mut conn,
        lang,
        &session,
        &user,
        plan,
        ItemDraft {
            item_id: Some(item.id),
            version,
            input,
            problems: Vec::new(),
            alert: None,
        },
    )
    .await?;
    Ok(form.into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ItemForm {
    #[serde(flatten)]
    input: PledgeInput,
    version: String,
}

pub async fn add_item(
    state: State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<ItemForm>,
) -> AppResult<Response> {
    store_item(state, lang, session, user, PlanId(id), None, form).await
}

pub async fn save_item(
    state: State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
    Path((id, item)): Path<(i64, i64)>,
    Form(form): Form<ItemForm>,
) -> AppResult<Response> {
    store_item(
        state,
        lang,
        session,
        user,
        PlanId(id),
        Some(PlanItemId(item)),
        form,
    )
    .await
}

/// Adds or changes an item: validates, checks the version, stores and records it.
async fn store_item(
    State(state): State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
    id: PlanId,
    item_id: Option<PlanItemId>,
    form: ItemForm,
) -> AppResult<Response> {
    let version = parse_version(&form.version)?;
    let mut tx = db::begin(&state.pool).await?;
    let plan = authorized_plan(&mut tx, &user, id, Action::EditPlan).await?;
    let before = match item_id {
        Some(item) => Some(
            db::plans::item(&mut tx, id, item)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    // The catalogue entry must exist too; then every problem is shown the same way.
    let parsed = match Pledge::parse(&form.input, plan.year) {
        Ok(pledge) => match pledge.manifestation_id {
            Some(m) if db::catalogue::find(&mut tx, m).await?.is_none() => Err(vec![(
                "manifestation_id",
                pledge::FieldProblem::InvalidChoice,
            )]),
            _ => Ok(pledge),
        },
        Err(problems) => Err(problems),
    };
    let pledge = match parsed {
        Ok(pledge) => pledge,
        Err(problems) => {
            let template = item_form(
                &mut tx,
                lang,
                &session,
                &user,
                plan,
                ItemDraft {
                    item_id,
                    version,
                    input: form.input,
                    problems,
                    alert: None,
                },
            )
            .await?;
            return unprocessable(template);
        }
    };
    let locked = db::plans::lock(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if locked.version != version || !locked.state.is_editable() {
        let alert = if locked.state.is_editable() {
            "plan.conflict"
        } else {
            "plan.not_possible"
        };
        // Shown with the version just locked (the current one), so that saving again is
        // a deliberate choice made after seeing the message.
        let template = item_form(
            &mut tx,
            lang,
            &session,
            &user,
            plan,
            ItemDraft {
                item_id,
                version: locked.version,
                input: form.input,
                problems: Vec::new(),
                alert: Some(alert),
            },
        )
        .await?;
        return conflicting(template);
    }
    let after = json!({
        "kind": pledge.kind.as_str(),
        "content": pledge.content,
        "expected_result": pledge.expected_result,
        "deadline": pledge.deadline,
        "weight": pledge.weight,
        "manifestation_id": pledge.manifestation_id,
        "serves_theme": pledge.serves_theme,
    });
    let before = before.map(|b| {
        json!({
            "kind": b.kind, "content": b.content, "expected_result": b.expected_result,
            "deadline": b.deadline, "weight": b.weight,
            "manifestation_id": b.manifestation_id, "serves_theme": b.serves_theme,
        })
    });
    if before.as_ref() == Some(&after) {
        // Saved without a change: no new version, no history entry.
        return Ok(Redirect::to(&format!("/plans/{id}#items")).into_response());
    }
    let details = match before {
        Some(before) => json!({ "before": before, "after": after }),
        None => json!({ "after": after }),
    };
    let (event, flash) = match item_id {
        Some(item) => {
            db::plans::update_item(&mut tx, id, item, &pledge).await?;
            ("edit_item", "flash.item_saved")
        }
        None => {
            db::plans::insert_item(&mut tx, id, &pledge).await?;
            ("add_item", "flash.item_added")
        }
    };
    db::plans::record_edit(&mut tx, id, user.actor.account_id, locked, event, details).await?;
    tx.commit().await?;
    Ok(redirect_with_flash(&format!("/plans/{id}#items"), flash))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ItemChangeForm {
    version: String,
    direction: String,
}

pub async fn remove_item(
    state: State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
    Path((id, item)): Path<(i64, i64)>,
    Form(form): Form<ItemChangeForm>,
) -> AppResult<Response> {
    change_item(
        state,
        lang,
        session,
        user,
        PlanId(id),
        PlanItemId(item),
        form,
        None,
    )
    .await
}

pub async fn move_item(
    state: State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
    Path((id, item)): Path<(i64, i64)>,
    Form(form): Form<ItemChangeForm>,
) -> AppResult<Response> {
    let up = match form.direction.as_str() {
        "up" => true,
        "down" => false,
        _ => return Err(AppError::BadRequest),
    };
    change_item(
        state,
        lang,
        session,
        user,
        PlanId(id),
        PlanItemId(item),
        form,
        Some(up),
    )
    .await
}

/// Removes an item (`direction` None) or moves it up or down.
#[allow(clippy::too_many_arguments)]
async fn change_item(
    State(state): State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
    id: PlanId,
    item: PlanItemId,
    form: ItemChangeForm,
    direction: Option<bool>,
) -> AppResult<Response> {
    let version = parse_version(&form.version)?;
    let mut tx = db::begin(&state.pool).await?;
    let plan = authorized_plan(&mut tx, &user, id, Action::EditPlan).await?;
    let locked = db::plans::lock(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if locked.version != version {
        drop(tx);
        return rerender_conflict(&state, lang, &session, &user, id, PageExtras::default()).await;
    }
    if !locked.state.is_editable() {
        let extras = PageExtras {
            alert: Some("plan.not_possible"),
            ..PageExtras::default()
        };
        return conflicting(render_plan(&mut tx, lang, &session, &user, plan, extras).await?);
    }
    let (event, details, flash) = match direction {
        None => {
            let content = db::plans::delete_item(&mut tx, id, item)
                .await?
                .ok_or(AppError::NotFound)?;
            (
                "remove_item",
                json!({ "content": content }),
                "flash.item_removed",
            )
        }
        Some(up) => {
            let found = db::plans::item(&mut tx, id, item)
                .await?
                .ok_or(AppError::NotFound)?;
            if !db::plans::move_item(&mut tx, id, item, up).await? {
                // Already first or last: nothing to do.
                return Ok(Redirect::to(&format!("/plans/{id}#items")).into_response());
            }
            let details = json!({ "content": found.content, "from": found.position,
                                  "direction": if up { "up" } else { "down" } });
            ("move_item", details, "flash.item_moved")
        }
    };
    db::plans::record_edit(&mut tx, id, user.actor.account_id, locked, event, details).await?;
    tx.commit().await?;
    Ok(redirect_with_flash(&format!("/plans/{id}#items"), flash))
}

#[derive(Template, WebTemplate)]
#[template(path = "plans/revision.html")]
pub struct RevisionTemplate {
    page: Page,
    plan: PlanRecord,
    revision: Revision,
}

impl RevisionTemplate {
    fn manifestation_label(&self, item: &db::plans::SnapshotItem) -> Option<String> {
        manifestation_text(
            self.page.lang,
            item.manifestation_code.as_deref(),
            item.manifestation_label_vi.as_deref(),
            item.manifestation_label_en.as_deref(),
        )
    }
}

pub async fn show_revision(
    State(state): State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
    Path((id, revision)): Path<(i64, i32)>,
) -> AppResult<RevisionTemplate> {
    let mut conn = state.pool.acquire().await?;
    let plan = authorized_plan(&mut conn, &user, PlanId(id), Action::ViewApprovedRevision).await?;
    let revision = db::plans::revision(&mut conn, plan.id, revision)
        .await?
        .ok_or(AppError::NotFound)?;
    let path = format!("/plans/{}/revisions/{}", plan.id, revision.revision);
    let mut page = Page::new(lang, &session, Some(&user), "plan.title", &path).await?;
    page.title = lang
        .t("plan.revision_n")
        .replace("{n}", &revision.revision.to_string());
    Ok(RevisionTemplate {
        page,
        plan,
        revision,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "plans/queue.html")]
pub struct QueueTemplate {
    page: Page,
    year: i32,
    entries: Vec<QueueEntry>,
    by_cell: Vec<(String, usize)>,
}

/// Submitted plans waiting for the user's decision, with counts by cell.
pub async fn queue(
    State(state): State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
) -> AppResult<QueueTemplate> {
    let mut conn = state.pool.acquire().await?;
    let page = Page::new(lang, &session, Some(&user), "queue.title", "/queue").await?;
    let year = db::years::current(&mut conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let entries: Vec<QueueEntry> = db::orgs::decision_queue(&mut conn, &user.actor, year.year)
        .await?
        .into_iter()
        .filter(|e| allows(&user.actor, Action::DecidePlan, &Target::Plan(e.scope())))
        .collect();
    let mut by_cell: Vec<(String, usize)> = Vec::new();
    for entry in &entries {
        match by_cell
            .iter_mut()
            .find(|(name, _)| *name == entry.cell_name)
        {
            Some((_, count)) => *count += 1,
            None => by_cell.push((entry.cell_name.clone(), 1)),
        }
    }
    Ok(QueueTemplate {
        page,
        year: year.year,
        entries,
        by_cell,
    })
}
