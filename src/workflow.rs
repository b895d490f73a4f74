//! The one write path for every kind of plan: web handlers, the demo seeder and later the
//! importer and batch jobs all change plans here, and nothing else writes a plan's state.
//!
//! Each change, inside the caller's transaction: load the plan and check that the actor
//! may make it (the one access rule), lock the row, check the version the actor acted on,
//! ask the domain for the transition, apply the effects it names (a new revision, the
//! approved version kept), bump the version and record the history event (who, when, what).

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::json;
use sqlx::PgConnection;

use crate::db;
use crate::db::plans::{Locked, NewEvent};
use crate::domain::access::{Action, Actor, Target, allows};
use crate::domain::ids::{MemberId, OrgUnitId, PlanId, PlanItemId};
use crate::domain::plan::{
    self, Effect, EventKind, PlanAction, PlanFacts, PlanState, TransitionError,
};
use crate::domain::pledge::{Pledge, changed_fields};

/// A change someone asks for.
#[derive(Debug, Clone)]
pub enum Change {
    /// A workflow action (submit, return, approve, comment …) with its comment.
    Act {
        action: PlanAction,
        comment: String,
    },
    /// A comment on one item, shown on that item.
    CommentOnItem {
        item: PlanItemId,
        comment: String,
    },
    SetShortcomings(String),
    AddItem(Pledge),
    EditItem(PlanItemId, Pledge),
    RemoveItem(PlanItemId),
    MoveItem(PlanItemId, Direction),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

impl Change {
    /// What the actor must be allowed to do for this change.
    pub fn permission(&self) -> Action {
        match self {
            Change::Act { action, .. } => permission_for(*action),
            Change::CommentOnItem { .. } => Action::CommentPlan,
            _ => Action::EditPlan,
        }
    }

    /// What the history records it as.
    fn event_kind(&self) -> EventKind {
        match self {
            Change::Act { action, .. } => EventKind::from(*action),
            Change::CommentOnItem { .. } => EventKind::Comment,
            Change::SetShortcomings(_) => EventKind::Edit,
            Change::AddItem(_) => EventKind::AddItem,
            Change::EditItem(..) => EventKind::EditItem,
            Change::RemoveItem(_) => EventKind::RemoveItem,
            Change::MoveItem(..) => EventKind::MoveItem,
        }
    }
}

/// What a workflow action asks of the actor.
pub fn permission_for(action: PlanAction) -> Action {
    match action {
        PlanAction::Submit | PlanAction::Withdraw | PlanAction::Amend => Action::EditPlan,
        PlanAction::Return | PlanAction::Approve => Action::DecidePlan,
        PlanAction::Comment => Action::CommentPlan,
    }
}

/// Why a change was not made; nothing was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No such plan or item, or not for this actor: the two look the same.
    NotFound,
    /// The plan changed since the actor's form was made.
    Stale { current_version: i32 },
    /// The plan's state does not allow it (locked, already decided …).
    NotPossible,
    /// A plan without items cannot be submitted.
    NoItems,
    /// This action needs a comment.
    CommentRequired,
    /// The chosen manifestation is not in the catalogue.
    UnknownManifestation,
}

/// A change that went through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// The plan is at this version now.
    Changed { version: i32 },
    /// What was sent equals what is stored: no new version, no history entry.
    Unchanged,
}

pub type Outcome = Result<Applied, Refusal>;

/// Makes `change` to plan `id` on behalf of `actor`, who acted on `version` of it. `at`
/// dates the history (now unless given: only the demo seeder writes the past).
pub async fn apply(
    conn: &mut PgConnection,
    actor: &Actor,
    id: PlanId,
    version: i32,
    change: Change,
    at: Option<DateTime<Utc>>,
) -> sqlx::Result<Outcome> {
    let Some(plan) = db::plans::load(conn, id).await? else {
        return Ok(Err(Refusal::NotFound));
    };
    if !allows(actor, change.permission(), &Target::Plan(plan.scope())) {
        return Ok(Err(Refusal::NotFound));
    }
    let Some(locked) = db::plans::lock(conn, id).await? else {
        return Ok(Err(Refusal::NotFound));
    };
    if locked.version != version {
        return Ok(Err(Refusal::Stale {
            current_version: locked.version,
        }));
    }
    let kind = change.event_kind();
    let made = match change {
        Change::Act { action, comment } => {
            act(conn, actor, id, &locked, action, comment, at).await?
        }
        Change::CommentOnItem { item, comment } => match db::plans::item(conn, id, item).await? {
            None => return Ok(Err(Refusal::NotFound)),
            Some(found) => act(conn, actor, id, &locked, PlanAction::Comment, comment, at)
                .await?
                .map(|made| {
                    made.map(|mut made| {
                        made.details = json!({ "item_id": item, "content": found.pledge.content });
                        made
                    })
                }),
        },
        edit => {
            if !locked.state.is_editable() {
                return Ok(Err(Refusal::NotPossible));
            }
            edit_content(conn, id, &locked, edit).await?
        }
    };
    let made = match made {
        Ok(Some(made)) => made,
        Ok(None) => return Ok(Ok(Applied::Unchanged)),
        Err(refusal) => return Ok(Err(refusal)),
    };
    let new_version = made.new_version;
    db::plans::add_event(
        conn,
        id,
        NewEvent {
            actor: actor.account_id,
            action: kind,
            from: locked.state,
            to: made.to,
            revision: made.revision,
            comment: &made.comment,
            details: made.details,
            at,
        },
    )
    .await?;
    Ok(Ok(Applied::Changed {
        version: locked.version + i32::from(new_version),
    }))
}

/// What a change did, for the history.
struct Made {
    to: PlanState,
    revision: i32,
    comment: String,
    details: serde_json::Value,
    /// Whether the plan's version moved on.
    new_version: bool,
}

type Step = sqlx::Result<Result<Option<Made>, Refusal>>;

async fn act(
    conn: &mut PgConnection,
    actor: &Actor,
    id: PlanId,
    locked: &Locked,
    action: PlanAction,
    comment: String,
    at: Option<DateTime<Utc>>,
) -> Step {
    let facts = PlanFacts {
        state: locked.state,
        item_count: usize::try_from(locked.item_count).unwrap_or(0),
    };
    let transition = match plan::transition(facts, action, &comment) {
        Ok(t) => t,
        Err(TransitionError::NotAllowed { .. }) => return Ok(Err(Refusal::NotPossible)),
        Err(TransitionError::NoItems) => return Ok(Err(Refusal::NoItems)),
        Err(TransitionError::CommentRequired) => return Ok(Err(Refusal::CommentRequired)),
    };
    let revision = match transition.effect {
        Effect::OpenRevision => locked.revision + 1,
        Effect::None | Effect::KeepApprovedVersion | Effect::RecordSubmittedVersion => {
            locked.revision
        }
    };
    let mut details = json!({});
    if transition.effect == Effect::RecordSubmittedVersion {
        let items = db::plans::items(conn, id).await?;
        details = json!({ "items": items, "shortcomings": locked.shortcomings });
    }
    if transition.effect == Effect::KeepApprovedVersion {
        let items = db::plans::items(conn, id).await?;
        db::plans::keep_approved_version(
            conn,
            id,
            locked.revision,
            actor.account_id,
            &locked.shortcomings,
            &items,
            at,
        )
        .await?;
    }
    // A comment adds to the history only: forms open on the plan stay current.
    let new_version = action != PlanAction::Comment;
    if new_version {
        db::plans::set_state(conn, id, transition.to, revision).await?;
    }
    Ok(Ok(Some(Made {
        to: transition.to,
        revision,
        comment,
        details,
        new_version,
    })))
}

async fn edit_content(
    conn: &mut PgConnection,
    id: PlanId,
    locked: &Locked,
    change: Change,
) -> Step {
    let details = match change {
        Change::SetShortcomings(text) => {
            if text == locked.shortcomings {
                return Ok(Ok(None));
            }
            db::plans::set_shortcomings(conn, id, &text).await?;
            json!({ "before": locked.shortcomings, "after": text })
        }
        Change::AddItem(pledge) => {
            if !manifestation_exists(conn, &pledge).await? {
                return Ok(Err(Refusal::UnknownManifestation));
            }
            let Some(item) = db::plans::save_item(conn, id, None, &pledge).await? else {
                return Ok(Err(Refusal::NotFound));
            };
            json!({ "item_id": item, "after": pledge })
        }
        Change::EditItem(item, pledge) => {
            let Some(before) = db::plans::item(conn, id, item).await? else {
                return Ok(Err(Refusal::NotFound));
            };
            if before.pledge == pledge {
                return Ok(Ok(None));
            }
            if !manifestation_exists(conn, &pledge).await? {
                return Ok(Err(Refusal::UnknownManifestation));
            }
            db::plans::save_item(conn, id, Some(item), &pledge).await?;
            json!({
                "item_id": item,
                "changed": changed_fields(&before.pledge, &pledge),
                "before": before.pledge,
                "after": pledge,
            })
        }
        Change::RemoveItem(item) => {
            let Some(before) = db::plans::item(conn, id, item).await? else {
                return Ok(Err(Refusal::NotFound));
            };
            db::plans::delete_item(conn, id, item).await?;
            json!({ "item_id": item, "before": before.pledge })
        }
        Change::MoveItem(item, direction) => {
            let Some(found) = db::plans::item(conn, id, item).await? else {
                return Ok(Err(Refusal::NotFound));
            };
            let up = direction == Direction::Up;
            if !db::plans::move_item(conn, id, item, up).await? {
                // Already first or last: nothing to do.
                return Ok(Ok(None));
            }
            json!({ "item_id": item, "content": found.pledge.content,
                    "from": found.position, "direction": if up { "up" } else { "down" } })
        }
        Change::Act { .. } | Change::CommentOnItem { .. } => {
            return Ok(Err(Refusal::NotPossible));
        }
    };
    db::plans::bump_version(conn, id).await?;
    Ok(Ok(Some(Made {
        to: locked.state,
        revision: locked.revision,
        comment: String::new(),
        details,
        new_version: true,
    })))
}

async fn manifestation_exists(conn: &mut PgConnection, pledge: &Pledge) -> sqlx::Result<bool> {
    Ok(match pledge.manifestation_id {
        Some(m) => db::catalogue::find(conn, m).await?.is_some(),
        None => true,
    })
}

/// Starts the member's personal plan for `year` in their current cell, or finds the one
/// that exists. The actor must be a member who files a plan.
pub async fn start_personal(
    conn: &mut PgConnection,
    actor: &Actor,
    cell: OrgUnitId,
    year: i32,
    at: Option<DateTime<Utc>>,
) -> sqlx::Result<Result<PlanId, Refusal>> {
    let Some(member) = actor.member_id else {
        return Ok(Err(Refusal::NotFound));
    };
    let Some(id) = db::plans::insert_personal(conn, year, member, cell).await? else {
        return Ok(match db::plans::find_personal(conn, year, member).await? {
            Some((id, _)) => Ok(id),
            None => Err(Refusal::NotFound),
        });
    };
    db::plans::add_event(
        conn,
        id,
        NewEvent {
            actor: actor.account_id,
            action: EventKind::Create,
            from: PlanState::Draft,
            to: PlanState::Draft,
            revision: 1,
            comment: "",
            details: json!({}),
            at,
        },
    )
    .await?;
    Ok(Ok(id))
}

/// Moves a member to another cell on `on`: the membership closes and a new one opens, and
/// their plans of years still open go along (the new cell's leaders decide them now); each
/// plan's history records the move. Only administrators move members.
pub async fn transfer(
    conn: &mut PgConnection,
    actor: &Actor,
    member: MemberId,
    to: OrgUnitId,
    on: NaiveDate,
    at: Option<DateTime<Utc>>,
) -> sqlx::Result<Result<usize, Refusal>> {
    if !allows(actor, Action::ManageMembers, &Target::Deployment) {
        return Ok(Err(Refusal::NotFound));
    }
    let Some(target) = db::orgs::find_unit(conn, to).await? else {
        return Ok(Err(Refusal::NotFound));
    };
    if !target.kind.holds_members() {
        return Ok(Err(Refusal::NotFound));
    }
    let Some((from, since)) = db::members::lock_membership(conn, member).await? else {
        return Ok(Err(Refusal::NotFound));
    };
    if from == to || on <= since {
        return Ok(Err(Refusal::NotPossible));
    }
    let from_name = db::orgs::unit_names(conn, &[from])
        .await?
        .into_iter()
        .next()
        .map(|(_, n)| n)
        .unwrap_or_default();
    db::members::move_membership(conn, member, to, on).await?;
    let moved = db::plans::move_open_personal(conn, member, to).await?;
    for (plan, state, revision) in &moved {
        db::plans::add_event(
            conn,
            *plan,
            NewEvent {
                actor: actor.account_id,
                action: EventKind::Transfer,
                from: *state,
                to: *state,
                revision: *revision,
                comment: "",
                details: json!({ "from_cell": from, "from_name": from_name,
                                 "to_cell": to, "to_name": target.name, "on": on }),
                at,
            },
        )
        .await?;
    }
    db::audit::record(
        conn,
        actor.account_id,
        "member",
        member.0,
        "transfer",
        json!({ "from_cell": from, "to_cell": to, "on": on, "plans": moved.len() }),
    )
    .await?;
    Ok(Ok(moved.len()))
}
