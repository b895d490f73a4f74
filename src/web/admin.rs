//! Administration: the catalogue of the 27 manifestations.

use crate::web::page::Session;
use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::auth::permission::{Action, Target, allows};
use crate::auth::session::CurrentUser;
use crate::db;
use crate::db::catalogue::Manifestation;
use crate::domain::ids::ManifestationId;
use crate::domain::pledge::FieldErrors;
use crate::domain::text::{check_length, clean_line};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::i18n::Lang;
use crate::web::page::redirect_with_flash;
use crate::web::page::{FormErrors, Page};

const LABEL_MAX: usize = 300;

fn require_admin(user: &CurrentUser) -> AppResult<()> {
    if allows(&user.actor, Action::ManageCatalogue, &Target::Deployment) {
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
    lang: Lang,
    session: Session,
    user: CurrentUser,
) -> AppResult<CatalogueTemplate> {
    require_admin(&user)?;
    let mut conn = state.pool.acquire().await?;
    let entries = db::catalogue::list(&mut conn).await?;
    let page = Page::new(
        lang,
        &session,
        Some(&user),
        "catalogue.title",
        "/admin/manifestations",
    )
    .await?;
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

async fn edit_page(
    lang: Lang,
    session: &Session,
    user: &CurrentUser,
    entry: Manifestation,
    label_vi: String,
    label_en: String,
    problems: &FieldErrors,
) -> AppResult<EditTemplate> {
    let path = format!("/admin/manifestations/{}", entry.id);
    let mut page = Page::new(lang, session, Some(user), "catalogue.edit_title", &path).await?;
    if !problems.is_empty() {
        page.alert = Some(lang.t("common.form_has_errors").to_owned());
    }
    Ok(EditTemplate {
        page,
        entry,
        label_vi,
        label_en,
        errors: FormErrors::from_problems(lang, problems),
    })
}

pub async fn edit_manifestation(
    State(state): State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<EditTemplate> {
    require_admin(&user)?;
    let mut conn = state.pool.acquire().await?;
    let entry = db::catalogue::find(&mut conn, ManifestationId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    let (vi, en) = (entry.label_vi.clone(), entry.label_en.clone());
    edit_page(lang, &session, &user, entry, vi, en, &vec![]).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LabelsForm {
    label_vi: String,
    label_en: String,
}

pub async fn save_manifestation(
    State(state): State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<LabelsForm>,
) -> AppResult<Response> {
    require_admin(&user)?;
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
        let page = edit_page(
            lang,
            &session,
            &user,
            entry,
            form.label_vi,
            form.label_en,
            &problems,
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    db::catalogue::update_labels(&mut tx, user.actor.account_id, id, &label_vi, &label_en).await?;
    tx.commit().await?;
    Ok(redirect_with_flash(
        "/admin/manifestations",
        "flash.manifestation_saved",
    ))
}
