//! The plan page (items, shortcomings, the actions the viewer may take, approved versions
//! and history) and the page of one approved version.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};

use super::authorized_plan;
use crate::db;
use crate::db::hints::{self, Similar, Source, Subject};
use crate::db::plans::{EventRecord, ItemComment, PlanRecord, Revision, RevisionSummary};
use crate::domain::Named;
use crate::domain::access::{Action, Target, allows, oversees};
use crate::domain::changes::{ItemChange, Segment, WordChange, compare, words};
use crate::domain::clarity::{self, Unclear};
use crate::domain::ids::{OrgUnitId, PlanId, PlanItemId};
use crate::domain::plan::{self, EventKind, PlanAction, PlanKind, PlanState};
use crate::domain::pledge::PledgeItem;
use crate::domain::year::Phase;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::page::{Ctx, Page, unit_url};
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
    /// The item whose comment form stays open (a refused comment on it).
    pub item_comment: Option<PlanItemId>,
    /// Whether what was typed met a newer version: then the current text is shown beside.
    pub stale: bool,
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
    /// The viewer may open the plan's unit (a member moved away may not open the old cell).
    unit_visible: bool,
    can_edit: bool,
    actions: Vec<PlanAction>,
    show_action_form: bool,
    comment: String,
    comment_error: Option<String>,
    shortcomings: String,
    shortcomings_error: Option<String>,
    /// The stored shortcomings, when what was typed differs from them after a conflict.
    current_shortcomings: Option<String>,
    /// Problems to list at the top, each with the field it is about (or none).
    problems: Vec<(String, String)>,
    /// What changed since the version the reviewer last saw, and when that was submitted.
    changed_since: Option<DateTime<Utc>>,
    changes: Vec<ItemChange>,
    shortcomings_change: Option<Vec<Segment>>,
    item_comments: Vec<ItemComment>,
    can_comment: bool,
    item_comment_open: Option<PlanItemId>,
    /// What each item does not make clear ("6 rõ"), for its writers and reviewers.
    unclear: Vec<(PlanItemId, Vec<Unclear>)>,
    /// Similar texts found elsewhere, for those overseeing the unit.
    similar: Vec<Similar>,
    /// The year-end assessment's page is open (an approved plan, from self-assessment on).
    assessment_link: bool,
    /// The member's rating of the year (id, decided), when the viewer may read it.
    rating_link: Option<(i64, bool)>,
    /// The latest progress of each item (an approved plan, for its writers and those
    /// overseeing it).
    progress: Vec<crate::db::progress::Update>,
    shows_progress: bool,
    can_record_progress: bool,
    today: chrono::NaiveDate,
}

impl PlanTemplate {
    fn unclear_for(&self, item: &PledgeItem) -> Vec<Unclear> {
        self.unclear
            .iter()
            .find(|(id, _)| *id == item.id)
            .map(|(_, u)| u.clone())
            .unwrap_or_default()
    }

    fn similar_for(&self, item: &PledgeItem) -> Option<&Similar> {
        self.similar.iter().find(|s| s.item_id == item.id)
    }

    /// "Chi bộ Khu phố 3, 2017", "Nguyễn Văn An (Chi bộ Khu phố 3)", naming where a
    /// similar text is.
    fn similar_source(&self, s: &Similar) -> String {
        let whose = match &s.other_owner {
            Some(owner) => format!("{owner} ({})", s.other_unit),
            None => s.other_unit.clone(),
        };
        let key = match s.source {
            Source::SameYear => msg!("hint-similar_same_year"),
            Source::EarlierYear => msg!("hint-similar_earlier_year"),
        };
        self.page.lang.t_args(
            key,
            &[
                ("whose", whose.into()),
                ("year", s.other_year.to_string().into()),
            ],
        )
    }

    fn percent(&self, s: &Similar) -> String {
        format!("{:.0}%", f64::from(s.similarity) * 100.0)
    }

    /// What the plan is: "Kế hoạch làm theo của đồng chí …", "Bản cam kết … ".
    fn subject(&self) -> String {
        self.page.lang.plan_subject(
            self.plan.kind,
            self.plan.owner_name.as_deref(),
            &self.plan.unit_name,
        )
    }

    fn unit_url(&self) -> String {
        unit_url(self.plan.unit_kind, self.plan.unit_id)
    }

    /// The label of an action's button: a commitment is accepted, a plan approved.
    fn action_label(&self, action: &PlanAction) -> String {
        if self.plan.kind.is_commitment() && *action == PlanAction::Approve {
            self.page.t(msg!("plan-accept"))
        } else {
            self.page.label(action)
        }
    }

    fn comments_for(&self, item: &PledgeItem) -> Vec<&ItemComment> {
        self.item_comments
            .iter()
            .filter(|c| c.item_id == item.id)
            .collect()
    }

    fn is_open(&self, item: &PledgeItem) -> bool {
        self.item_comment_open == Some(item.id)
    }

    /// The label of a compared field.
    fn field_label(&self, field: &str) -> &'static str {
        match field {
            "kind" => msg!("item-kind"),
            "content" => msg!("item-content"),
            "expected_result" => msg!("item-expected_result"),
            "deadline" => msg!("item-deadline"),
            "weight" => msg!("item-weight"),
            "manifestation" => msg!("item-manifestation"),
            _ => msg!("item-serves_theme"),
        }
    }

    fn progress_for(&self, item: &PledgeItem) -> Option<&crate::db::progress::Update> {
        self.progress.iter().find(|u| u.item_id == item.id)
    }

    /// Past its deadline and not reported done, while the year is open.
    fn overdue(&self, item: &PledgeItem) -> bool {
        self.shows_progress
            && self.plan.year_open
            && crate::domain::progress::is_overdue(
                item.pledge.deadline,
                self.today,
                self.progress_for(item).map(|u| u.status),
            )
    }

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

fn target_path(plan: &PlanRecord) -> Vec<OrgUnitId> {
    plan.unit_ancestors.iter().copied().map(OrgUnitId).collect()
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
    page.title = format!(
        "{} ({})",
        ctx.lang
            .plan_subject(plan.kind, plan.owner_name.as_deref(), &plan.unit_name),
        plan.year
    );
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
    let can_comment = allows(ctx.actor(), Action::CommentPlan, &target);
    let unit_visible = allows(
        ctx.actor(),
        Action::ViewUnit,
        &Target::Unit {
            unit: plan.unit_id,
            unit_path: target_path(&plan),
        },
    );
    let actions = available_actions(ctx, &plan);
    // What changed since what the reviewer saw: against the submission before this one
    // while it waits for a decision, against the last one while it is worked on again.
    let (changed_since, changes, shortcomings_change) = if show_history {
        let submitted = db::plans::submissions(&mut conn, plan.id, 2).await?;
        let base = if plan.state == PlanState::Submitted {
            submitted.get(1)
        } else {
            submitted.first()
        };
        match base {
            Some(base) => (
                Some(base.at),
                compare(&base.items.0, &items),
                (base.shortcomings != plan.shortcomings)
                    .then(|| words(&base.shortcomings, &plan.shortcomings)),
            ),
            None => (None, Vec::new(), None),
        }
    } else {
        (None, Vec::new(), None)
    };
    let item_comments = if show_history {
        db::plans::item_comments(&mut conn, plan.id).await?
    } else {
        Vec::new()
    };
    let unclear = if show_history {
        items
            .iter()
            .map(|i| (i.id, clarity::check(plan.kind, &i.pledge)))
            .filter(|(_, u)| !u.is_empty())
            .collect()
    } else {
        Vec::new()
    };
    let viewer_units: Vec<OrgUnitId> = ctx
        .actor()
        .grants
        .iter()
        .filter(|g| g.role.oversees())
        .map(|g| g.unit)
        .collect();
    let similar = if oversees(ctx.actor(), &target_path(&plan)) && !items.is_empty() {
        let subject = Subject {
            plan: plan.id,
            kind: plan.kind,
            year: plan.year,
            unit: plan.unit_id,
            parent: plan.parent_id,
            member: plan.member_id,
        };
        db::hints::similar_items(&mut conn, &subject, &viewer_units, hints::THRESHOLD).await?
    } else {
        Vec::new()
    };
    let current_shortcomings = (extras.stale
        && extras
            .shortcomings
            .as_ref()
            .is_some_and(|typed| *typed != plan.shortcomings))
    .then(|| plan.shortcomings.clone());
    let shortcomings = extras
        .shortcomings
        .unwrap_or_else(|| plan.shortcomings.clone());
    let mut problems = Vec::new();
    if let Some(alert) = &page.alert {
        problems.push((String::new(), alert.clone()));
    }
    if let Some(error) = &extras.shortcomings_error {
        problems.push(("shortcomings".to_owned(), error.clone()));
    }
    if let Some(error) = &extras.comment_error {
        let anchor = match extras.item_comment {
            Some(item) => format!("comment-{item}"),
            None => "comment".to_owned(),
        };
        problems.push((anchor, error.clone()));
    }
    // The summary at the top says it; the banner would say it twice.
    page.alert = None;
    let assessable = plan.state == PlanState::Approved
        && show_history
        && matches!(plan.kind, PlanKind::Personal | PlanKind::Collective);
    let assessment_link = assessable
        && db::years::find(&mut conn, plan.year)
            .await?
            .is_some_and(|y| {
                matches!(
                    y.phase,
                    Phase::SelfAssessment | Phase::Rating | Phase::Closed
                )
            });
    let rating_link = match plan.member_id {
        Some(member) => {
            crate::web::ratings::visible_rating(&mut conn, ctx, plan.year, member).await?
        }
        None => None,
    };
    let shows_progress = plan.state == PlanState::Approved && show_history;
    let progress = if shows_progress {
        db::progress::latest(&mut conn, plan.id).await?
    } else {
        Vec::new()
    };
    Ok(PlanTemplate {
        can_record_progress: allows(ctx.actor(), Action::RecordProgress, &target),
        progress,
        shows_progress,
        today: crate::domain::deadline::today_in_vietnam(),
        assessment_link,
        rating_link,
        page,
        show_action_form: !actions.is_empty(),
        plan,
        items,
        events,
        revisions,
        show_history,
        unit_visible,
        can_edit,
        actions,
        comment: extras.comment,
        comment_error: extras.comment_error,
        shortcomings,
        shortcomings_error: extras.shortcomings_error,
        current_shortcomings,
        problems,
        changed_since,
        changes,
        shortcomings_change,
        item_comments,
        can_comment,
        item_comment_open: extras.item_comment,
        unclear,
        similar,
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
