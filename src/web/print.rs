//! Official documents: the print view and the PDF of a personal plan, a collective plan
//! and both commitments, laid out as party documents (issuing body with its asterisk top
//! left, "ĐẢNG CỘNG SẢN VIỆT NAM" top right, place and date, title in capitals, the items
//! as a numbered table, the approval line, both signature blocks). An approved plan prints
//! its approved version; one not yet approved prints as a draft, marked so. A cell's
//! leaders print every approved personal plan of the cell as one document.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use sqlx::PgConnection;

use super::plans::authorized_plan;
use crate::db;
use crate::db::plans::{PlanRecord, Signing};
use crate::domain::access::{Action, Target, allows, oversees};
use crate::domain::deadline::today_in_vietnam;
use crate::domain::document::{capitals, place_and_date};
use crate::domain::ids::{OrgUnitId, PlanId};
use crate::domain::org::{OrgKind, Role, committee_name, organisation_name};
use crate::domain::plan::{PlanKind, PlanState};
use crate::domain::pledge::PledgeItem;
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, vietnam};
use crate::state::AppState;
use crate::web::page::{Ctx, Page};

pub fn router() -> axum::Router<AppState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/plans/{id}/print", get(print_plan))
        .route("/plans/{id}/pdf", get(pdf_plan))
        .route("/plans/{id}/self-review", get(print_self_review))
        .route("/plans/{id}/self-review/pdf", get(pdf_self_review))
        .route("/cells/{id}/print", get(print_cell))
        .route("/cells/{id}/pdf", get(pdf_cell))
}

/// Documents are written in Vietnamese, whatever language the screens are in.
const DOC: Lang = Lang::Vi;

/// A signature block: on whose behalf, the signer's position, the signer.
#[derive(Debug, Clone, Default)]
pub struct Block {
    pub heading: String,
    pub position: String,
    pub name: String,
}

/// One row of the items table: a part heading (the secretary's commitment) or an item.
#[derive(Debug, Clone)]
pub enum Line {
    Part(String),
    Item {
        number: String,
        kind: Option<String>,
        content: String,
        result: String,
        deadline: String,
        responsible: String,
        key: bool,
        manifestation: Option<String>,
        /// The year-end assessments (the member's own, the cell's), on a self-review.
        assessed: Option<(String, String)>,
    },
}

/// A numbered part of a self-review after its table: a heading, what is on record, and
/// lines left blank to write on by hand.
#[derive(Debug, Clone)]
pub struct Section {
    pub heading: String,
    pub text: Vec<String>,
    pub blank_lines: usize,
}

/// Everything one printed document shows.
#[derive(Debug, Clone)]
pub struct Document {
    pub issuer_above: String,
    pub issuer: String,
    pub date_line: String,
    pub draft: bool,
    pub title: String,
    pub subtitle: String,
    pub intro: Vec<(String, String)>,
    pub theme: Option<String>,
    pub content_header: String,
    pub result_header: String,
    pub responsible_header: Option<String>,
    pub lines: Vec<Line>,
    /// The headers of the two assessment columns (a self-review).
    pub assessment_headers: Option<(String, String)>,
    pub sections: Vec<Section>,
    pub shortcomings: Option<String>,
    pub approval: Option<String>,
    pub left: Block,
    pub right: Block,
}

#[derive(Template)]
#[template(path = "print/document.html")]
pub struct PrintTemplate {
    pub title: String,
    pub css: String,
    /// The toolbar (print, PDF, back) in the viewer's language; none in the PDF.
    pub toolbar: Option<Toolbar>,
    pub documents: Vec<Document>,
}

pub struct Toolbar {
    pub lang: Lang,
    pub back: String,
    pub pdf: String,
    pub renderer_missing: bool,
}

impl Toolbar {
    fn t(&self, id: &str) -> String {
        self.lang.t(id)
    }
}

fn local_date(at: &DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&vietnam()).date_naive()
}

/// "T/M ĐẢNG ỦY", "T/M BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ TỈNH ỦY": the committee that
/// leads a unit of `kind`, as a signature block names it.
fn on_behalf_of(kind: Option<OrgKind>) -> String {
    DOC.t(match kind {
        Some(OrgKind::Province) => msg!("doc-tm_province"),
        Some(OrgKind::UpperCommittee) => msg!("doc-tm_standing"),
        Some(OrgKind::Cell) => msg!("doc-tm_cell"),
        Some(OrgKind::GrassrootsCell) => msg!("doc-tm_cell"),
        Some(OrgKind::BranchParty) => msg!("doc-tm_branch"),
        Some(OrgKind::GrassrootsParty) | None => msg!("doc-tm_committee"),
    })
}

fn position_of(roles: &[Role]) -> String {
    if roles
        .iter()
        .any(|r| matches!(r, Role::CellSecretary | Role::UpperSecretary))
    {
        DOC.t(msg!("doc-secretary"))
    } else if roles.contains(&Role::CellDeputy) {
        DOC.t(msg!("doc-deputy"))
    } else {
        String::new()
    }
}

/// The items as table lines; the secretary's commitment in its four parts.
fn lines(plan: &PlanRecord, items: &[PledgeItem]) -> Vec<Line> {
    let item_line = |number: String, item: &PledgeItem, with_kind: bool| Line::Item {
        number,
        kind: with_kind.then(|| DOC.item_kind(plan.kind, item.pledge.kind)),
        content: item.pledge.content.clone(),
        result: item.pledge.expected_result.clone(),
        deadline: DOC.deadline(&item.pledge.deadline),
        responsible: item.pledge.responsible.clone(),
        key: item.pledge.is_key,
        manifestation: item.manifestation.as_ref().map(|m| m.code.clone()),
        assessed: None,
    };
    if plan.kind != PlanKind::UpperSecretaryCommitment {
        // A commitment's items are its pressing issues: only an action for the year's
        // theme is named as such.
        return items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let named = !plan.kind.is_commitment()
                    || item.pledge.kind == crate::domain::pledge::PledgeKind::ThemeAction;
                item_line((i + 1).to_string(), item, named)
            })
            .collect();
    }
    let numerals = ["I", "II", "III", "IV", "V", "VI"];
    let mut out = Vec::new();
    for (n, kind) in plan.kind.item_kinds().iter().enumerate() {
        let part: Vec<&PledgeItem> = items.iter().filter(|i| i.pledge.kind == *kind).collect();
        out.push(Line::Part(format!(
            "{}. {}",
            numerals.get(n).copied().unwrap_or_default(),
            DOC.item_kind(plan.kind, *kind)
        )));
        for (i, item) in part.iter().enumerate() {
            out.push(item_line((i + 1).to_string(), item, false));
        }
    }
    out
}

/// The printed form of `plan`: its approved version `signing` (with its items and
/// shortcomings), or, when there is none, the text being worked on, marked as a draft.
fn document(
    plan: &PlanRecord,
    items: &[PledgeItem],
    shortcomings: &str,
    signing: Option<&Signing>,
    draft_signer: Option<(DateTime<Utc>, String)>,
) -> Document {
    let kind = plan.kind;
    let committee = committee_name(&plan.unit_name);
    let parent = plan.parent_name.clone().unwrap_or_default();
    let arg = |k: &'static str, v: String| (k, v);
    let year = plan.year.to_string();
    let t = |id: &str, args: Vec<(&'static str, String)>| {
        let args: Vec<(
            &'static str,
            fluent_templates::fluent_bundle::FluentValue<'static>,
        )> = args.into_iter().map(|(k, v)| (k, v.into())).collect();
        DOC.t_args(id, &args)
    };
    let issuer = match plan.unit_kind {
        OrgKind::Cell | OrgKind::GrassrootsCell => plan.unit_name.clone(),
        _ => committee.clone(),
    };
    let signed_on = signing
        .and_then(|s| s.submitted_at.as_ref())
        .or(draft_signer.as_ref().map(|(at, _)| at))
        .map_or_else(today_in_vietnam, local_date);
    let signer = signing
        .and_then(|s| s.submitter_name.clone())
        .or(draft_signer.map(|(_, name)| name))
        .unwrap_or_default();
    let (title, subtitle) = match kind {
        PlanKind::Personal => (
            t(msg!("doc-title_personal"), vec![]),
            t(
                msg!("doc-subtitle_personal"),
                vec![arg("year", year.clone())],
            ),
        ),
        PlanKind::Collective => (
            t(msg!("doc-title_collective"), vec![]),
            t(
                msg!("doc-subtitle_collective"),
                vec![arg("year", year.clone())],
            ),
        ),
        PlanKind::UpperCollectiveCommitment => (
            t(msg!("doc-title_commitment"), vec![]),
            t(
                msg!("doc-subtitle_standing"),
                vec![
                    arg("committee", committee.clone()),
                    arg("province", committee_name(&parent)),
                    arg("year", year.clone()),
                ],
            ),
        ),
        PlanKind::UpperSecretaryCommitment => (
            t(msg!("doc-title_commitment"), vec![]),
            t(
                msg!("doc-subtitle_secretary"),
                vec![
                    arg("committee", committee.clone()),
                    arg("province", committee_name(&parent)),
                    arg("year", year.clone()),
                ],
            ),
        ),
    };
    let intro = match kind {
        PlanKind::Personal => vec![
            (
                DOC.t(msg!("doc-full_name")),
                plan.owner_name.clone().unwrap_or_default(),
            ),
            (
                DOC.t(msg!("doc-cell")),
                match &plan.parent_name {
                    Some(p) => format!("{} – {p}", plan.unit_name),
                    None => plan.unit_name.clone(),
                },
            ),
        ],
        PlanKind::UpperSecretaryCommitment if !signer.is_empty() => vec![
            (DOC.t(msg!("doc-full_name")), signer.clone()),
            (
                DOC.t(msg!("doc-position")),
                format!("{} {committee}", DOC.t(msg!("doc-secretary_title"))),
            ),
        ],
        _ => Vec::new(),
    };
    let approver = signing.map(|s| s.approver_name.clone()).unwrap_or_default();
    let (left, right) = match kind {
        PlanKind::Personal => {
            let left = match signing {
                Some(s) if s.approver_roles.iter().any(|r| r.leads_cell()) => Block {
                    heading: DOC.t(msg!("doc-tm_cell")),
                    position: position_of(&s.approver_roles),
                    name: approver.clone(),
                },
                Some(s) => Block {
                    heading: on_behalf_of(plan.parent_kind),
                    position: position_of(&s.approver_roles_above),
                    name: approver.clone(),
                },
                None => Block {
                    heading: DOC.t(msg!("doc-tm_cell")),
                    ..Block::default()
                },
            };
            let right = Block {
                heading: DOC.t(msg!("doc-registrant")),
                position: String::new(),
                name: plan.owner_name.clone().unwrap_or_default(),
            };
            (left, right)
        }
        PlanKind::Collective => (
            Block {
                heading: on_behalf_of(plan.parent_kind),
                position: signing
                    .map(|s| position_of(&s.approver_roles_above))
                    .unwrap_or_default(),
                name: approver.clone(),
            },
            Block {
                heading: on_behalf_of(Some(plan.unit_kind)),
                position: DOC.t(msg!("doc-secretary")),
                name: signer.clone(),
            },
        ),
        PlanKind::UpperCollectiveCommitment => (
            Block {
                heading: on_behalf_of(plan.parent_kind),
                position: String::new(),
                name: approver.clone(),
            },
            Block {
                heading: on_behalf_of(Some(OrgKind::UpperCommittee)),
                position: DOC.t(msg!("doc-secretary")),
                name: signer.clone(),
            },
        ),
        PlanKind::UpperSecretaryCommitment => (
            Block {
                heading: on_behalf_of(plan.parent_kind),
                position: String::new(),
                name: approver.clone(),
            },
            Block {
                heading: DOC.t(msg!("doc-committer")),
                position: capitals(&format!(
                    "{} {committee}",
                    DOC.t(msg!("doc-secretary_title"))
                )),
                name: signer.clone(),
            },
        ),
    };
    let approval = signing.map(|s| {
        let date = DOC.date(&local_date(&s.approved_at));
        match kind {
            PlanKind::Personal => t(
                msg!("doc-approved_personal"),
                vec![arg("cell", plan.unit_name.clone()), arg("date", date)],
            ),
            PlanKind::Collective => t(
                msg!("doc-approved_collective"),
                vec![arg("committee", committee_name(&parent)), arg("date", date)],
            ),
            _ => t(
                msg!("doc-accepted_commitment"),
                vec![arg("committee", committee_name(&parent)), arg("date", date)],
            ),
        }
    });
    let (content_header, result_header) = match kind {
        PlanKind::UpperCollectiveCommitment => {
            (DOC.t(msg!("doc-col_issue")), DOC.t(msg!("doc-col_target")))
        }
        PlanKind::UpperSecretaryCommitment => (
            DOC.t(msg!("doc-col_commitment")),
            DOC.t(msg!("doc-col_result")),
        ),
        _ => (
            DOC.t(msg!("doc-col_content")),
            DOC.t(msg!("doc-col_result")),
        ),
    };
    Document {
        issuer_above: capitals(&organisation_name(&parent)),
        issuer: capitals(&issuer),
        date_line: place_and_date(&plan.place, signed_on),
        draft: signing.is_none(),
        title,
        subtitle,
        intro,
        theme: (!plan.theme.is_empty()).then(|| {
            t(
                msg!("doc-theme"),
                vec![arg("year", year.clone()), arg("theme", plan.theme.clone())],
            )
        }),
        content_header,
        result_header,
        responsible_header: kind
            .names_who_is_responsible()
            .then(|| DOC.t(msg!("doc-col_responsible"))),
        lines: lines(plan, items),
        assessment_headers: None,
        sections: Vec::new(),
        shortcomings: (kind.has_shortcomings() && !shortcomings.is_empty())
            .then(|| shortcomings.to_owned()),
        approval,
        left,
        right,
    }
}

/// The printed form of a plan the actor may see: the approved version asked for, the
/// latest approved one for an approved plan, else the current text as a draft.
async fn plan_document(
    conn: &mut PgConnection,
    ctx: &Ctx,
    id: PlanId,
    revision: Option<i32>,
) -> AppResult<(PlanRecord, Document)> {
    let plan = authorized_plan(conn, ctx.actor(), id, Action::ViewPlan).await?;
    let signings = db::plans::signings(conn, plan.id).await?;
    let wanted = match revision {
        Some(r) => Some(
            signings
                .iter()
                .find(|s| s.revision == r)
                .ok_or(AppError::NotFound)?,
        ),
        None if plan.state == PlanState::Approved => signings.first(),
        None => None,
    };
    let doc = match wanted {
        Some(signing) => {
            let kept = db::plans::revision(conn, plan.id, signing.revision)
                .await?
                .ok_or(AppError::NotFound)?;
            document(
                &plan,
                &kept.items.0,
                &kept.shortcomings,
                Some(signing),
                None,
            )
        }
        None => {
            let items = db::plans::items(conn, plan.id).await?;
            let submitted = db::plans::last_submission(conn, plan.id).await?;
            document(&plan, &items, &plan.shortcomings, None, submitted)
        }
    };
    Ok((plan, doc))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PrintQuery {
    revision: Option<i32>,
    year: Option<i32>,
}

fn render(template: &PrintTemplate) -> AppResult<String> {
    template
        .render()
        .map_err(|e| AppError::Internal(anyhow::anyhow!(e)))
}

fn print_page(
    state: &AppState,
    ctx: &Ctx,
    title: String,
    back: String,
    pdf: String,
    documents: Vec<Document>,
) -> AppResult<Response> {
    let template = PrintTemplate {
        title,
        css: state.print_css_url.to_owned(),
        toolbar: Some(Toolbar {
            lang: ctx.lang,
            back,
            pdf,
            renderer_missing: state.config.pdf_renderer.is_none(),
        }),
        documents,
    };
    Ok(Html(render(&template)?).into_response())
}

/// The PDF of `documents`, or a page saying why there is none, with the print view.
async fn pdf_response(
    state: &AppState,
    ctx: &Ctx,
    title: String,
    file_name: String,
    print_url: String,
    documents: Vec<Document>,
) -> AppResult<Response> {
    let template = PrintTemplate {
        title: title.clone(),
        css: "print.css".to_owned(),
        toolbar: None,
        documents,
    };
    let html = render(&template)?;
    match crate::pdf::render(state.config.pdf_renderer.as_deref(), &html).await {
        Ok(bytes) => Ok((
            [
                (header::CONTENT_TYPE, "application/pdf".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{file_name}\""),
                ),
            ],
            bytes,
        )
            .into_response()),
        Err(error) => {
            tracing::warn!(%error, "no PDF");
            let page = NoPdfTemplate {
                page: ctx.page(msg!("print-no_pdf_title"), print_url.clone()),
                message: ctx.lang.t(match error {
                    crate::pdf::PdfError::NoRenderer => msg!("print-no_renderer"),
                    crate::pdf::PdfError::Failed(_) => msg!("print-failed"),
                }),
                print_url,
            };
            Ok((StatusCode::SERVICE_UNAVAILABLE, page).into_response())
        }
    }
}

#[derive(Template, askama_web::WebTemplate)]
#[template(path = "print/no_pdf.html")]
pub struct NoPdfTemplate {
    page: Page,
    message: String,
    print_url: String,
}

/// A file name without marks or spaces: "ke-hoach-2017-123.pdf".
fn file_name(kind: PlanKind, year: i32, id: PlanId) -> String {
    let word = match kind {
        PlanKind::Personal | PlanKind::Collective => "ke-hoach",
        _ => "cam-ket",
    };
    format!("{word}-{year}-{id}.pdf")
}

pub async fn print_plan(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<PrintQuery>,
) -> AppResult<Response> {
    let mut conn = state.pool.acquire().await?;
    let (plan, doc) = plan_document(&mut conn, &ctx, PlanId(id), query.revision).await?;
    let pdf = match query.revision {
        Some(r) => format!("/plans/{id}/pdf?revision={r}"),
        None => format!("/plans/{id}/pdf"),
    };
    let title = ctx
        .lang
        .plan_subject(plan.kind, plan.owner_name.as_deref(), &plan.unit_name);
    print_page(&state, &ctx, title, format!("/plans/{id}"), pdf, vec![doc])
}

pub async fn pdf_plan(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<PrintQuery>,
) -> AppResult<Response> {
    let (plan, doc) = {
        let mut conn = state.pool.acquire().await?;
        plan_document(&mut conn, &ctx, PlanId(id), query.revision).await?
    };
    let print = match query.revision {
        Some(r) => format!("/plans/{id}/print?revision={r}"),
        None => format!("/plans/{id}/print"),
    };
    let title = ctx
        .lang
        .plan_subject(plan.kind, plan.owner_name.as_deref(), &plan.unit_name);
    pdf_response(
        &state,
        &ctx,
        title,
        file_name(plan.kind, plan.year, plan.id),
        print,
        vec![doc],
    )
    .await
}

/// Every approved personal plan of a cell for a year that the viewer, overseeing the
/// cell, may read: the cell's name, the year, the documents.
async fn cell_documents(
    conn: &mut PgConnection,
    ctx: &Ctx,
    cell: OrgUnitId,
    year: Option<i32>,
) -> AppResult<(String, i32, Vec<Document>)> {
    let unit = db::orgs::find_unit(conn, cell)
        .await?
        .ok_or(AppError::NotFound)?;
    if !unit.kind.holds_members() || !oversees(ctx.actor(), &unit.ancestors) {
        return Err(AppError::NotFound);
    }
    let year = match year {
        Some(y) => db::years::find(conn, y).await?,
        None => db::years::current(conn).await?,
    }
    .ok_or(AppError::NotFound)?;
    // In the official order of the cell's members.
    let order = db::plans::approved_in_cell(conn, cell, year.year).await?;
    let mut plans = db::plans::load_many(conn, &order).await?;
    plans.retain(|plan| {
        allows(
            ctx.actor(),
            Action::ViewApprovedRevision,
            &Target::Plan(plan.scope()),
        )
    });
    let ids: Vec<PlanId> = plans.iter().map(|p| p.id).collect();
    let signed = db::plans::latest_signed(conn, &ids).await?;
    let mut documents = Vec::new();
    for id in order {
        let (Some(plan), Some((_, signing, kept))) = (
            plans.iter().find(|p| p.id == id),
            signed.iter().find(|(p, ..)| *p == id),
        ) else {
            continue;
        };
        documents.push(document(
            plan,
            &kept.items.0,
            &kept.shortcomings,
            Some(signing),
            None,
        ));
    }
    Ok((unit.name, year.year, documents))
}

pub async fn print_cell(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<PrintQuery>,
) -> AppResult<Response> {
    let mut conn = state.pool.acquire().await?;
    let (name, year, documents) =
        cell_documents(&mut conn, &ctx, OrgUnitId(id), query.year).await?;
    print_page(
        &state,
        &ctx,
        format!("{name} — {year}"),
        format!("/cells/{id}?year={year}"),
        format!("/cells/{id}/pdf?year={year}"),
        documents,
    )
}

pub async fn pdf_cell(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<PrintQuery>,
) -> AppResult<Response> {
    let (name, year, documents) = {
        let mut conn = state.pool.acquire().await?;
        cell_documents(&mut conn, &ctx, OrgUnitId(id), query.year).await?
    };
    pdf_response(
        &state,
        &ctx,
        format!("{name} — {year}"),
        format!("ke-hoach-chi-bo-{id}-{year}.pdf"),
        format!("/cells/{id}/print?year={year}"),
        documents,
    )
    .await
}

/// The year-end self-review ("bản kiểm điểm") of a member, pre-filled from the approved
/// plan: each pledge with its own and the cell's assessment and evidence, the shortcomings
/// registered for remedy and how many remain open, the level the member proposes, and
/// room to write the rest by hand. For the member and those overseeing the cell.
async fn self_review_document(
    conn: &mut PgConnection,
    ctx: &Ctx,
    id: PlanId,
) -> AppResult<(PlanRecord, Document)> {
    let plan = authorized_plan(conn, ctx.actor(), id, Action::ViewHistory).await?;
    let Some(member) = plan.member_id else {
        return Err(AppError::NotFound);
    };
    if plan.state != PlanState::Approved {
        return Err(AppError::NotFound);
    }
    let signing = db::plans::signings(conn, plan.id).await?.into_iter().next();
    let items = db::plans::items(conn, plan.id).await?;
    let assessed = db::year_end::item_assessments(conn, plan.id).await?;
    let review =
        db::year_end::review(conn, plan.year, db::year_end::Subject::Member(member)).await?;
    let scheme = crate::scoring::year_params(conn, plan.year)
        .await
        .map_err(AppError::Internal)?
        .map_or_else(
            || crate::domain::year::RatingScheme::in_force(plan.year),
            |p| p.scheme,
        );
    let mut doc = document(&plan, &items, &plan.shortcomings, signing.as_ref(), None);
    let outcome = |a: Option<&db::year_end::Assessed>| {
        a.map(|a| {
            let label = DOC.t(&crate::i18n::Labelled::message_id(a.outcome));
            if a.evidence.is_empty() {
                label
            } else {
                format!("{label} ({})", a.evidence)
            }
        })
        .unwrap_or_default()
    };
    for (line, item) in doc.lines.iter_mut().zip(&items) {
        if let Line::Item { assessed: slot, .. } = line {
            let found = assessed.iter().find(|(i, _)| *i == item.id).map(|(_, a)| a);
            *slot = Some((
                outcome(found.and_then(|a| a.own.as_ref())),
                outcome(found.and_then(|a| a.reviewer.as_ref())),
            ));
        }
    }
    let t = |id: &str| DOC.t(id);
    doc.title = t(msg!("doc-title_self_review"));
    doc.subtitle = DOC.t_args(
        msg!("doc-subtitle_self_review"),
        &[("year", plan.year.to_string().into())],
    );
    doc.draft = false;
    doc.theme = None;
    doc.approval = None;
    doc.date_line = place_and_date(&plan.place, today_in_vietnam());
    doc.assessment_headers = Some((t(msg!("doc-col_self")), t(msg!("doc-col_cell"))));
    let shortcomings = if plan.shortcomings.trim().is_empty() {
        Vec::new()
    } else {
        vec![plan.shortcomings.clone()]
    };
    doc.shortcomings = None;
    doc.sections = vec![
        Section {
            heading: t(msg!("doc-sr_strengths")),
            text: Vec::new(),
            blank_lines: 4,
        },
        Section {
            heading: t(msg!("doc-sr_shortcomings")),
            text: shortcomings,
            blank_lines: 4,
        },
        Section {
            heading: t(msg!("doc-sr_remedied")),
            text: vec![DOC.t_args(
                msg!("doc-sr_open"),
                &[("n", review.shortcomings_open.into())],
            )],
            blank_lines: 2,
        },
        Section {
            heading: t(msg!("doc-sr_direction")),
            text: Vec::new(),
            blank_lines: 3,
        },
        Section {
            heading: t(msg!("doc-sr_level")),
            text: vec![review.self_level.map_or_else(
                || t(msg!("doc-sr_no_level")),
                |l| DOC.level(l, scheme, false),
            )],
            blank_lines: 0,
        },
    ];
    doc.left = Block {
        heading: t(msg!("doc-sr_cell_opinion")),
        position: String::new(),
        name: String::new(),
    };
    doc.right = Block {
        heading: t(msg!("doc-sr_signer")),
        position: String::new(),
        name: plan.owner_name.clone().unwrap_or_default(),
    };
    Ok((plan, doc))
}

pub async fn print_self_review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let mut conn = state.pool.acquire().await?;
    let (plan, doc) = self_review_document(&mut conn, &ctx, PlanId(id)).await?;
    let title = format!(
        "{} {}",
        doc.title,
        plan.owner_name.clone().unwrap_or_default()
    );
    print_page(
        &state,
        &ctx,
        title,
        format!("/plans/{id}/assessment"),
        format!("/plans/{id}/self-review/pdf"),
        vec![doc],
    )
}

pub async fn pdf_self_review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let mut conn = state.pool.acquire().await?;
    let (plan, doc) = self_review_document(&mut conn, &ctx, PlanId(id)).await?;
    drop(conn);
    let title = format!(
        "{} {}",
        doc.title,
        plan.owner_name.clone().unwrap_or_default()
    );
    pdf_response(
        &state,
        &ctx,
        title,
        format!("ban-kiem-diem-{}-{}.pdf", plan.year, plan.id),
        format!("/plans/{id}/self-review"),
        vec![doc],
    )
    .await
}
