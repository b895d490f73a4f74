//! Administration: members (finding them, moving them to another cell) and the catalogue
//! of the 27 manifestations.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::db;
use crate::db::catalogue::Manifestation;
use crate::db::members::{CellChoice, MemberEntry};
use crate::domain::access::{Action, Target, allows};
use crate::domain::deadline::today_in_vietnam;
use crate::domain::ids::{ManifestationId, MemberId, OrgUnitId};
use crate::domain::pledge::{FieldErrors, FieldProblem, parse_required_date};
use crate::domain::text::{check_length, clean_line};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::page::{Ctx, FormErrors, Page, redirect_with_flash};
use crate::workflow::{self, Refusal};

const LABEL_MAX: usize = 300;

pub fn router() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/admin/members", get(members))
        .route("/admin/members/{id}", get(member))
        .route("/admin/members/{id}/transfer", post(transfer))
        .route("/admin/manifestations", get(manifestations))
        .route(
            "/admin/manifestations/{id}",
            get(edit_manifestation).post(save_manifestation),
        )
}

fn require_admin(ctx: &Ctx) -> AppResult<()> {
    require(ctx, Action::ManageCatalogue)
}

fn require(ctx: &Ctx, action: Action) -> AppResult<()> {
    if allows(ctx.actor(), action, &Target::Deployment) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/manifestations.html")]
pub struct CatalogueTemplate {
    page: Page,
    entries: Vec<Manifestation>,
}

pub async fn manifestations(
    State(state): State<AppState>,
    ctx: Ctx,
) -> AppResult<CatalogueTemplate> {
    require_admin(&ctx)?;
    let mut conn = state.pool.acquire().await?;
    let entries = db::catalogue::list(&mut conn).await?;
    let page = ctx.page(msg!("catalogue-title"), "/admin/manifestations");
    Ok(CatalogueTemplate { page, entries })
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/manifestation_form.html")]
pub struct EditTemplate {
    page: Page,
    entry: Manifestation,
    label_vi: String,
    label_en: String,
    errors: FormErrors,
}

fn edit_page(
    ctx: &Ctx,
    entry: Manifestation,
    label_vi: String,
    label_en: String,
    problems: &FieldErrors,
) -> EditTemplate {
    let path = format!("/admin/manifestations/{}", entry.id);
    let mut page = ctx.page(msg!("catalogue-edit_title"), path);
    if !problems.is_empty() {
        page.alert = Some(ctx.lang.t(msg!("common-form_has_errors")));
    }
    EditTemplate {
        page,
        entry,
        label_vi,
        label_en,
        errors: FormErrors::from_problems(ctx.lang, problems),
    }
}

pub async fn edit_manifestation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<EditTemplate> {
    require_admin(&ctx)?;
    let mut conn = state.pool.acquire().await?;
    let entry = db::catalogue::find(&mut conn, ManifestationId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    let (vi, en) = (entry.label_vi.clone(), entry.label_en.clone());
    Ok(edit_page(&ctx, entry, vi, en, &vec![]))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LabelsForm {
    label_vi: String,
    label_en: String,
}

pub async fn save_manifestation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<LabelsForm>,
) -> AppResult<Response> {
    require_admin(&ctx)?;
    let id = ManifestationId(id);
    let mut tx = db::begin(&state.pool).await?;
    let entry = db::catalogue::find(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let label_vi = clean_line(&form.label_vi);
    let label_en = clean_line(&form.label_en);
    let mut problems = FieldErrors::new();
    if let Err(e) = check_length(&label_vi, true, LABEL_MAX) {
        problems.push(("label_vi", e.into()));
    }
    if let Err(e) = check_length(&label_en, true, LABEL_MAX) {
        problems.push(("label_en", e.into()));
    }
    if !problems.is_empty() {
        let page = edit_page(&ctx, entry, form.label_vi, form.label_en, &problems);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    db::catalogue::update_labels(&mut tx, ctx.actor().account_id, id, &label_vi, &label_en).await?;
    tx.commit().await?;
    Ok(redirect_with_flash(
        "/admin/manifestations",
        msg!("flash-manifestation_saved"),
    ))
}

/// Members found on one search.
const SEARCH_LIMIT: i64 = 100;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchQuery {
    q: String,
    cell_q: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/members.html")]
pub struct MembersTemplate {
    page: Page,
    q: String,
    results: Vec<MemberEntry>,
    searched: bool,
}

pub async fn members(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<SearchQuery>,
) -> AppResult<MembersTemplate> {
    require(&ctx, Action::ManageMembers)?;
    let q = clean_line(&query.q);
    let results = if q.is_empty() {
        Vec::new()
    } else {
        let mut conn = state.pool.acquire().await?;
        db::members::search(&mut conn, &q, SEARCH_LIMIT).await?
    };
    Ok(MembersTemplate {
        page: ctx.page(msg!("members-title"), "/admin/members"),
        searched: !q.is_empty(),
        q,
        results,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/member.html")]
pub struct MemberTemplate {
    page: Page,
    member: MemberEntry,
    cell_q: String,
    cells: Vec<CellChoice>,
    to: String,
    on: String,
    errors: FormErrors,
}

async fn member_page(
    state: &AppState,
    ctx: &Ctx,
    id: MemberId,
    cell_q: String,
    to: String,
    on: String,
    problems: &FieldErrors,
) -> AppResult<MemberTemplate> {
    let mut conn = state.pool.acquire().await?;
    let member = db::members::find(&mut conn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let cells = db::members::cells(&mut conn, &cell_q, 300).await?;
    let mut page = ctx.page(
        msg!("members-transfer_title"),
        format!("/admin/members/{id}"),
    );
    page.title = format!("{} — {}", page.title, member.full_name);
    if !problems.is_empty() {
        page.alert = Some(ctx.lang.t(msg!("common-form_has_errors")));
    }
    Ok(MemberTemplate {
        page,
        member,
        cell_q,
        cells,
        to,
        on,
        errors: FormErrors::from_problems(ctx.lang, problems),
    })
}

pub async fn member(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<SearchQuery>,
) -> AppResult<MemberTemplate> {
    require(&ctx, Action::ManageMembers)?;
    let today = ctx.lang.date(&today_in_vietnam());
    member_page(
        &state,
        &ctx,
        MemberId(id),
        clean_line(&query.cell_q),
        String::new(),
        today,
        &Vec::new(),
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TransferForm {
    to: String,
    on: String,
    cell_q: String,
}

pub async fn transfer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<TransferForm>,
) -> AppResult<Response> {
    require(&ctx, Action::ManageMembers)?;
    let id = MemberId(id);
    let mut problems = FieldErrors::new();
    let to = match form.to.trim().parse::<i64>() {
        Ok(to) if to > 0 => Some(OrgUnitId(to)),
        _ => {
            problems.push(("to", FieldProblem::InvalidChoice));
            None
        }
    };
    let on = parse_required_date(&form.on)
        .map_err(|problem| problems.push(("on", problem)))
        .ok();
    if let (Some(to), Some(on), true) = (to, on, problems.is_empty()) {
        let mut tx = db::begin(&state.pool).await?;
        match workflow::transfer(&mut tx, ctx.actor(), id, to, on, None).await? {
            Ok(_) => {
                tx.commit().await?;
                return Ok(redirect_with_flash(
                    &format!("/admin/members/{id}"),
                    msg!("flash-transferred"),
                ));
            }
            Err(Refusal::NotPossible) => problems.push(("to", FieldProblem::InvalidChoice)),
            Err(_) => return Err(AppError::NotFound),
        }
    }
    let page = member_page(&state, &ctx, id, form.cell_q, form.to, form.on, &problems).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}
