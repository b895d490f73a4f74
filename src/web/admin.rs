//! Administration: the catalogue of the 27 manifestations.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::db;
use crate::db::catalogue::Manifestation;
use crate::domain::access::{Action, Target, allows};
use crate::domain::ids::ManifestationId;
use crate::domain::pledge::FieldErrors;
use crate::domain::text::{check_length, clean_line};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::page::{Ctx, FormErrors, Page, redirect_with_flash};

const LABEL_MAX: usize = 300;

pub fn router() -> axum::Router<AppState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/admin/manifestations", get(manifestations))
        .route(
            "/admin/manifestations/{id}",
            get(edit_manifestation).post(save_manifestation),
        )
}

fn require_admin(ctx: &Ctx) -> AppResult<()> {
    if allows(ctx.actor(), Action::ManageCatalogue, &Target::Deployment) {
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
