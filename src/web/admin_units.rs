//! The org tree, for administrators: browse it (open and closed units), open a unit
//! below another, and restructure — close a unit on a date into an existing unit (a
//! merge) or into a new one (a rename, a move, the first part of a split). Units below go
//! along, members and open plans move, past years stay as they were.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::json;

use crate::db;
use crate::db::orgs::{AdminUnit, NewUnit};
use crate::domain::Named;
use crate::domain::access::{Action, Target, allows};
use crate::domain::deadline::today_in_vietnam;
use crate::domain::ids::OrgUnitId;
use crate::domain::org::OrgKind;
use crate::domain::pledge::{FieldErrors, FieldProblem, parse_required_date};
use crate::domain::text::{check_length, clean_line};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::page::{Ctx, FormErrors, Page, redirect_with_flash};
use crate::workflow::{self, RestructureRefusal, Successor};

use crate::domain::org::{UNIT_CODE_MAX, UNIT_NAME_MAX, UNIT_PLACE_MAX};

pub fn router() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/admin/units", get(root))
        .route("/admin/units/{id}", get(show))
        .route("/admin/units/{id}/children", post(open_child))
        .route("/admin/units/{id}/restructure", post(restructure))
}

fn require(ctx: &Ctx) -> AppResult<()> {
    if allows(ctx.actor(), Action::Restructure, &Target::Deployment) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

pub async fn root(State(state): State<AppState>, ctx: Ctx) -> AppResult<Redirect> {
    require(&ctx)?;
    let mut conn = state.pool.acquire().await?;
    let root = db::orgs::root(&mut conn).await?.ok_or(AppError::NotFound)?;
    Ok(Redirect::to(&format!("/admin/units/{root}")))
}

/// A unit to open below another, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct UnitInput {
    pub name: String,
    pub code: String,
    pub kind: String,
    pub place: String,
    pub on: String,
}

/// A restructure, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RestructureInput {
    /// "existing" (close into a unit that exists) or "new".
    pub mode: String,
    pub successor: String,
    pub parent: String,
    #[serde(flatten)]
    pub unit: UnitInput,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/unit.html")]
pub struct UnitTemplate {
    page: Page,
    unit: AdminUnit,
    above: Vec<(OrgUnitId, String)>,
    children: Vec<AdminUnit>,
    /// Kinds of units that may sit under this one.
    child_kinds: Vec<OrgKind>,
    /// Open units this one may close into.
    successors: Vec<AdminUnit>,
    /// Where a new successor may sit.
    parents: Vec<AdminUnit>,
    kinds: &'static [OrgKind],
    child: UnitInput,
    child_errors: FormErrors,
    change: RestructureInput,
    errors: FormErrors,
}

impl UnitTemplate {
    fn is_open(&self) -> bool {
        self.unit.valid_to.is_none()
    }
}

struct Typed {
    child: UnitInput,
    child_errors: FieldErrors,
    change: RestructureInput,
    errors: FieldErrors,
}

async fn unit_page(
    state: &AppState,
    ctx: &Ctx,
    id: OrgUnitId,
    typed: Typed,
) -> AppResult<UnitTemplate> {
    let mut conn = state.pool.acquire().await?;
    let unit = db::orgs::admin_unit(&mut conn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let path = db::tree::unit_path(&mut conn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let children = db::orgs::admin_children(&mut conn, id).await?;
    let successors = db::orgs::successor_choices(&mut conn, id).await?;
    let parents = db::orgs::parent_choices(&mut conn, id).await?;
    let mut page = ctx.page(msg!("units-admin_title"), format!("/admin/units/{id}"));
    page.title = unit.name.clone();
    if !typed.errors.is_empty() || !typed.child_errors.is_empty() {
        page.alert = Some(ctx.lang.t(msg!("common-form_has_errors")));
    }
    let mut change = typed.change;
    if change.unit.kind.is_empty() {
        change.unit.kind = unit.kind.as_str().to_owned();
    }
    Ok(UnitTemplate {
        page,
        child_kinds: OrgKind::all()
            .iter()
            .copied()
            .filter(|k| k.may_be_under(Some(unit.kind)))
            .collect(),
        unit,
        above: path.above,
        children,
        successors,
        parents,
        kinds: OrgKind::all(),
        child: typed.child,
        child_errors: FormErrors::from_problems(ctx.lang, &typed.child_errors),
        change,
        errors: FormErrors::from_problems(ctx.lang, &typed.errors),
    })
}

fn nothing_typed() -> Typed {
    Typed {
        child: UnitInput {
            on: today_in_vietnam().format("%d/%m/%Y").to_string(),
            ..UnitInput::default()
        },
        child_errors: Vec::new(),
        change: RestructureInput {
            mode: "existing".into(),
            unit: UnitInput {
                on: today_in_vietnam().format("%d/%m/%Y").to_string(),
                ..UnitInput::default()
            },
            ..RestructureInput::default()
        },
        errors: Vec::new(),
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<UnitTemplate> {
    require(&ctx)?;
    unit_page(&state, &ctx, OrgUnitId(id), nothing_typed()).await
}

/// Checks a new unit's fields; `kind_needed` when the form offers a kind.
fn parse_unit(input: &UnitInput, errors: &mut FieldErrors) -> Option<(NewUnitFields, NaiveDate)> {
    let name = clean_line(&input.name);
    if let Err(e) = check_length(&name, true, UNIT_NAME_MAX) {
        errors.push(("name", e.into()));
    }
    let code = clean_line(&input.code).to_lowercase();
    if let Err(e) = check_length(&code, true, UNIT_CODE_MAX) {
        errors.push(("code", e.into()));
    } else if code.chars().any(char::is_whitespace) {
        errors.push(("code", FieldProblem::InvalidChoice));
    }
    let kind = OrgKind::parse(input.kind.trim());
    if kind.is_none() {
        errors.push(("kind", FieldProblem::InvalidChoice));
    }
    let place = clean_line(&input.place);
    if let Err(e) = check_length(&place, false, UNIT_PLACE_MAX) {
        errors.push(("place", e.into()));
    }
    let on = parse_required_date(&input.on)
        .map_err(|problem| errors.push(("on", problem)))
        .ok();
    match (kind, on) {
        (Some(kind), Some(on)) if errors.is_empty() => Some((
            NewUnitFields {
                name,
                code,
                kind,
                place,
            },
            on,
        )),
        _ => None,
    }
}

struct NewUnitFields {
    name: String,
    code: String,
    kind: OrgKind,
    place: String,
}

pub async fn open_child(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(input): Form<UnitInput>,
) -> AppResult<Response> {
    require(&ctx)?;
    let parent = OrgUnitId(id);
    let mut errors = FieldErrors::new();
    let parsed = parse_unit(&input, &mut errors);
    let mut tx = db::begin(&state.pool).await?;
    let opened = match parsed {
        Some((fields, on)) => {
            let locked = db::orgs::lock_unit(&mut tx, parent)
                .await?
                .ok_or(AppError::NotFound)?;
            if locked.valid_to.is_some() || !fields.kind.may_be_under(Some(locked.kind)) {
                errors.push(("kind", FieldProblem::InvalidChoice));
                None
            } else if on < locked.valid_from {
                errors.push(("on", FieldProblem::InvalidDate));
                None
            } else {
                let new = NewUnit {
                    code: fields.code,
                    name: fields.name,
                    kind: fields.kind,
                    parent,
                    place: fields.place,
                    valid_from: on,
                };
                match db::orgs::insert_unit(&mut tx, &new).await? {
                    Some(id) => Some((id, new)),
                    None => {
                        errors.push(("code", FieldProblem::Taken));
                        None
                    }
                }
            }
        }
        None => None,
    };
    let Some((child, new)) = opened else {
        drop(tx);
        let typed = Typed {
            child: input,
            child_errors: errors,
            ..nothing_typed()
        };
        let page = unit_page(&state, &ctx, parent, typed).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    db::audit::record(
        &mut tx,
        ctx.actor().account_id,
        "org_unit",
        child.0,
        "open",
        json!({ "name": new.name, "code": new.code, "kind": new.kind.as_str(),
                "parent": parent, "on": new.valid_from }),
    )
    .await?;
    tx.commit().await?;
    Ok(redirect_with_flash(
        &format!("/admin/units/{child}"),
        msg!("flash-unit_opened"),
    ))
}

pub async fn restructure(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(input): Form<RestructureInput>,
) -> AppResult<Response> {
    require(&ctx)?;
    let unit = OrgUnitId(id);
    let mut errors = FieldErrors::new();
    let successor = match input.mode.as_str() {
        "existing" => {
            let on = parse_required_date(&input.unit.on)
                .map_err(|problem| errors.push(("on", problem)))
                .ok();
            let to = input.successor.trim().parse::<i64>().ok().map(OrgUnitId);
            if to.is_none() {
                errors.push(("successor", FieldProblem::Missing));
            }
            on.zip(to).map(|(on, to)| (on, Successor::Existing(to)))
        }
        "new" => {
            let parent = input.parent.trim().parse::<i64>().ok().map(OrgUnitId);
            let parsed = parse_unit(&input.unit, &mut errors);
            if parent.is_none() {
                errors.push(("parent", FieldProblem::Missing));
            }
            parsed.zip(parent).map(|((fields, on), parent)| {
                (
                    on,
                    Successor::New(NewUnit {
                        code: fields.code,
                        name: fields.name,
                        kind: fields.kind,
                        parent,
                        place: fields.place,
                        valid_from: on,
                    }),
                )
            })
        }
        _ => return Err(AppError::BadRequest),
    };
    if let Some((on, successor)) = successor {
        let mut tx = db::begin(&state.pool).await?;
        match workflow::restructure(&mut tx, ctx.actor(), unit, on, successor, None).await? {
            Ok(done) => {
                tx.commit().await?;
                let to = done.successor.unwrap_or(unit);
                return Ok(redirect_with_flash(
                    &format!("/admin/units/{to}"),
                    msg!("flash-restructured"),
                ));
            }
            Err(refusal) => {
                drop(tx);
                match refusal {
                    RestructureRefusal::NotFound => return Err(AppError::NotFound),
                    RestructureRefusal::AlreadyClosed => {
                        errors.push(("on", FieldProblem::UnitClosed));
                    }
                    RestructureRefusal::TooEarly => errors.push(("on", FieldProblem::InvalidDate)),
                    RestructureRefusal::BadSuccessor => {
                        errors.push(("successor", FieldProblem::InvalidChoice));
                    }
                    RestructureRefusal::KindNotAllowed { .. } => {
                        errors.push(("kind", FieldProblem::KindNotAllowed));
                    }
                    RestructureRefusal::CodeTaken => errors.push(("code", FieldProblem::Taken)),
                    RestructureRefusal::MembersNeedACell => {
                        errors.push(("successor", FieldProblem::MembersNeedACell));
                    }
                }
            }
        }
    }
    let typed = Typed {
        change: input,
        errors,
        ..nothing_typed()
    };
    let page = unit_page(&state, &ctx, unit, typed).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}
