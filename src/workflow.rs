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
use crate::domain::Named;
use crate::domain::access::{Action, Actor, PlanScope, Target, allows};
use crate::domain::ids::{MemberId, OrgUnitId, PlanId, PlanItemId};
use crate::domain::plan::{
    self, Effect, EventKind, PlanAction, PlanFacts, PlanKind, PlanState, TransitionError,
};
use crate::domain::pledge::{KEY_ITEMS_MAX, Pledge, changed_fields};

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
    /// More items would be marked as key contents than a plan may have.
    TooManyKeyItems,
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
            edit_content(conn, id, plan.kind, &locked, edit).await?
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
    plan_kind: PlanKind,
    locked: &Locked,
    change: Change,
) -> Step {
    if let Change::AddItem(pledge) | Change::EditItem(_, pledge) = &change {
        if !plan_kind.item_kinds().contains(&pledge.kind) {
            return Ok(Err(Refusal::NotPossible));
        }
        if pledge.is_key && !plan_kind.has_key_items() {
            return Ok(Err(Refusal::NotPossible));
        }
        if pledge.is_key {
            let editing = match &change {
                Change::EditItem(item, _) => Some(*item),
                _ => None,
            };
            let others = db::plans::items(conn, id)
                .await?
                .iter()
                .filter(|i| i.pledge.is_key && Some(i.id) != editing)
                .count();
            if others >= KEY_ITEMS_MAX {
                return Ok(Err(Refusal::TooManyKeyItems));
            }
        }
    }
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
    record_creation(conn, actor, id, at).await?;
    Ok(Ok(id))
}

/// Records that `actor` started plan `id`.
async fn record_creation(
    conn: &mut PgConnection,
    actor: &Actor,
    id: PlanId,
    at: Option<DateTime<Utc>>,
) -> sqlx::Result<()> {
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
    .await
}

/// Starts a unit's own plan of `kind` (a collective plan, a commitment) for `year`, or
/// finds the one that exists. The actor must be one who writes it, the unit must file
/// that kind of plan and still exist, and the year must be open.
pub async fn start_unit_plan(
    conn: &mut PgConnection,
    actor: &Actor,
    kind: PlanKind,
    unit: OrgUnitId,
    year: i32,
    at: Option<DateTime<Utc>>,
) -> sqlx::Result<Result<PlanId, Refusal>> {
    let Some(found) = db::orgs::find_unit(conn, unit).await? else {
        return Ok(Err(Refusal::NotFound));
    };
    if kind == PlanKind::Personal || !kind.filed_by(found.kind) {
        return Ok(Err(Refusal::NotFound));
    }
    let scope = PlanScope {
        kind,
        owner: None,
        state: PlanState::Draft,
        unit,
        unit_path: found.ancestors.clone(),
        parent: found.parent_id,
        has_other_cell_leader: true,
        year_open: true,
    };
    if !allows(actor, Action::EditPlan, &Target::Plan(scope)) {
        return Ok(Err(Refusal::NotFound));
    }
    let open = db::years::find(conn, year)
        .await?
        .is_some_and(|y| y.phase.is_open());
    if !open || found.valid_to.is_some() {
        return Ok(Err(Refusal::NotPossible));
    }
    let Some(id) = db::plans::insert_unit_plan(conn, kind, year, unit).await? else {
        return Ok(
            match db::plans::find_unit_plan(conn, kind, year, unit).await? {
                Some(id) => Ok(id),
                None => Err(Refusal::NotFound),
            },
        );
    };
    record_creation(conn, actor, id, at).await?;
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

/// Where a closing unit's members, open plans and units below it go.
#[derive(Debug, Clone)]
pub enum Successor {
    /// An open unit (a merge: several units close into one).
    Existing(OrgUnitId),
    /// A unit opened on the day (a rename, a move under another parent, the first of a
    /// split); the offices over the old unit carry over to it.
    New(db::orgs::NewUnit),
}

/// Why a restructure was not made; nothing was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestructureRefusal {
    NotFound,
    /// The unit is closed already.
    AlreadyClosed,
    /// The day is not after the unit opened.
    TooEarly,
    /// The successor is closed, is the unit itself, or lies under it.
    BadSuccessor,
    /// The successor cannot sit where it was asked to, or a unit that must go along cannot
    /// sit under the successor.
    KindNotAllowed {
        unit: String,
    },
    /// The successor's code is taken.
    CodeTaken,
    /// The unit has members and the successor holds none.
    MembersNeedACell,
}

/// What a restructure did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Restructured {
    pub successor: Option<OrgUnitId>,
    /// Units closed (the unit and those carried along below it).
    pub closed: usize,
    pub members: u64,
    pub plans: usize,
}

/// Closes `unit` on `on` and hands over to `successor`: the units below it go along (each
/// closes and reopens under the successor, recursively), its members move to the
/// successor, and its plans of years still open move too (recorded in their history);
/// offices carry over to a new successor and end on a merge. Plans and memberships of
/// past years stay where they were, so every past year reads as it was. Only
/// administrators restructure; each step is recorded in the audit log.
pub async fn restructure(
    conn: &mut PgConnection,
    actor: &Actor,
    unit: OrgUnitId,
    on: NaiveDate,
    successor: Successor,
    at: Option<DateTime<Utc>>,
) -> sqlx::Result<Result<Restructured, RestructureRefusal>> {
    if !allows(actor, Action::Restructure, &Target::Deployment) {
        return Ok(Err(RestructureRefusal::NotFound));
    }
    let Some(closing) = db::orgs::lock_unit(conn, unit).await? else {
        return Ok(Err(RestructureRefusal::NotFound));
    };
    if closing.valid_to.is_some() {
        return Ok(Err(RestructureRefusal::AlreadyClosed));
    }
    if on <= closing.valid_from {
        return Ok(Err(RestructureRefusal::TooEarly));
    }
    let (target, carry_offices) = match successor {
        Successor::Existing(id) => {
            let Some(found) = db::orgs::lock_unit(conn, id).await? else {
                return Ok(Err(RestructureRefusal::BadSuccessor));
            };
            if found.valid_to.is_some() || found.ancestors.contains(&unit) {
                return Ok(Err(RestructureRefusal::BadSuccessor));
            }
            (found, false)
        }
        Successor::New(new) => {
            let Some(parent) = db::orgs::lock_unit(conn, new.parent).await? else {
                return Ok(Err(RestructureRefusal::BadSuccessor));
            };
            if parent.valid_to.is_some() || parent.ancestors.contains(&unit) {
                return Ok(Err(RestructureRefusal::BadSuccessor));
            }
            if !new.kind.may_be_under(Some(parent.kind)) {
                return Ok(Err(RestructureRefusal::KindNotAllowed { unit: new.name }));
            }
            let new = db::orgs::NewUnit {
                valid_from: on,
                ..new
            };
            let Some(id) = db::orgs::insert_unit(conn, &new).await? else {
                return Ok(Err(RestructureRefusal::CodeTaken));
            };
            let Some(found) = db::orgs::lock_unit(conn, id).await? else {
                return Ok(Err(RestructureRefusal::BadSuccessor));
            };
            (found, true)
        }
    };
    let mut done = Restructured {
        successor: Some(target.id),
        ..Restructured::default()
    };
    if let Err(refusal) = hand_over(
        conn,
        actor,
        &closing,
        &target,
        on,
        carry_offices,
        at,
        &mut done,
    )
    .await?
    {
        return Ok(Err(refusal));
    }
    db::audit::record(
        conn,
        actor.account_id,
        "org_unit",
        unit.0,
        "restructure",
        json!({ "on": on, "successor": target.id, "successor_name": target.name,
                "closed": done.closed, "members": done.members, "plans": done.plans }),
    )
    .await?;
    Ok(Ok(done))
}

/// Hands `from` over to `to` on `on` (see [`restructure`]), after carrying the units below
/// `from` along under `to`.
#[allow(clippy::too_many_arguments)]
async fn hand_over(
    conn: &mut PgConnection,
    actor: &Actor,
    from: &db::orgs::LockedUnit,
    to: &db::orgs::LockedUnit,
    on: NaiveDate,
    carry_offices: bool,
    at: Option<DateTime<Utc>>,
    done: &mut Restructured,
) -> sqlx::Result<Result<(), RestructureRefusal>> {
    for child in db::orgs::lock_open_children(conn, from.id).await? {
        if !child.kind.may_be_under(Some(to.kind)) {
            return Ok(Err(RestructureRefusal::KindNotAllowed { unit: child.name }));
        }
        let copy = db::orgs::NewUnit {
            code: format!("{}@{}", child.code, on.format("%Y%m%d")),
            name: child.name.clone(),
            kind: child.kind,
            parent: to.id,
            place: child.place.clone(),
            valid_from: on,
        };
        let Some(id) = db::orgs::insert_unit(conn, &copy).await? else {
            return Ok(Err(RestructureRefusal::CodeTaken));
        };
        let Some(copied) = db::orgs::lock_unit(conn, id).await? else {
            return Ok(Err(RestructureRefusal::BadSuccessor));
        };
        if let Err(refusal) =
            Box::pin(hand_over(conn, actor, &child, &copied, on, true, at, done)).await?
        {
            return Ok(Err(refusal));
        }
    }
    if from.kind.holds_members() {
        if to.kind.holds_members() {
            done.members += db::orgs::move_members(conn, from.id, to.id, on).await?;
        } else if db::orgs::has_current_members(conn, from.id).await? {
            return Ok(Err(RestructureRefusal::MembersNeedACell));
        }
    }
    let kinds: Vec<PlanKind> = PlanKind::all()
        .iter()
        .copied()
        .filter(|k| k.filed_by(to.kind))
        .collect();
    let moved = db::orgs::move_open_plans(conn, from.id, to.id, &kinds).await?;
    for (plan, state, revision) in &moved {
        db::plans::add_event(
            conn,
            *plan,
            NewEvent {
                actor: actor.account_id,
                action: EventKind::Restructure,
                from: *state,
                to: *state,
                revision: *revision,
                comment: "",
                details: json!({ "from_unit": from.id, "from_name": from.name,
                                 "to_unit": to.id, "to_name": to.name, "on": on }),
                at,
            },
        )
        .await?;
    }
    done.plans += moved.len();
    db::orgs::move_offices(conn, from.id, to.id, on, carry_offices).await?;
    db::orgs::close_unit(conn, from.id, on, to.id).await?;
    done.closed += 1;
    Ok(Ok(()))
}
