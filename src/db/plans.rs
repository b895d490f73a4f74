//! Plans of every kind: loading them with their items, history and approved revisions,
//! and changing them inside a transaction that holds the plan's row lock.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::PgConnection;
use sqlx::types::Json;

use crate::auth::permission::PlanScope;
use crate::domain::ids::{AccountId, ManifestationId, MemberId, OrgUnitId, PlanId, PlanItemId};
use crate::domain::plan::{PlanAction, PlanKind, PlanState};
use crate::domain::pledge::Pledge;

/// A plan with what its pages and permission checks need.
#[derive(Debug, Clone)]
pub struct PlanRecord {
    pub id: PlanId,
    pub kind: PlanKind,
    pub year: i32,
    pub theme: String,
    pub year_open: bool,
    pub unit_id: OrgUnitId,
    pub unit_name: String,
    pub unit_ancestors: Vec<i64>,
    pub parent_id: Option<OrgUnitId>,
    pub member_id: Option<MemberId>,
    pub owner_name: Option<String>,
    pub shortcomings: String,
    pub state: PlanState,
    pub version: i32,
    pub revision: i32,
    pub has_other_cell_leader: bool,
}

impl PlanRecord {
    /// The facts the permission function decides on.
    pub fn scope(&self) -> PlanScope {
        PlanScope {
            kind: self.kind,
            owner: self.member_id,
            state: self.state,
            unit: self.unit_id,
            unit_path: self.unit_ancestors.iter().copied().map(OrgUnitId).collect(),
            parent: self.parent_id,
            has_other_cell_leader: self.has_other_cell_leader,
            year_open: self.year_open,
        }
    }
}

pub async fn load(conn: &mut PgConnection, id: PlanId) -> sqlx::Result<Option<PlanRecord>> {
    sqlx::query_as!(
        PlanRecord,
        r#"select p.id as "id: PlanId", p.kind as "kind: PlanKind", p.year, y.theme,
                  y.phase <> 'closed' as "year_open!",
                  u.id as "unit_id: OrgUnitId", u.name as unit_name, u.ancestors as unit_ancestors,
                  u.parent_id as "parent_id: OrgUnitId",
                  p.member_id as "member_id: MemberId", m.full_name as "owner_name?",
                  p.shortcomings, p.state as "state: PlanState", p.version, p.revision,
                  cell_has_other_leader(p.org_unit_id, p.member_id) as "has_other_cell_leader!"
           from plans p
           join years y on y.year = p.year
           join org_units u on u.id = p.org_unit_id
           left join members m on m.id = p.member_id
           where p.id = $1"#,
        id as PlanId
    )
    .fetch_optional(conn)
    .await
}

#[derive(Debug, Clone)]
pub struct ItemRecord {
    pub id: PlanItemId,
    pub position: i32,
    pub kind: String,
    pub content: String,
    pub expected_result: String,
    pub deadline: Option<NaiveDate>,
    pub weight: i32,
    pub manifestation_id: Option<ManifestationId>,
    pub manifestation_code: Option<String>,
    pub manifestation_label_vi: Option<String>,
    pub manifestation_label_en: Option<String>,
    pub serves_theme: bool,
}

pub async fn items(conn: &mut PgConnection, plan: PlanId) -> sqlx::Result<Vec<ItemRecord>> {
    sqlx::query_as!(
        ItemRecord,
        r#"select i.id as "id: PlanItemId", i.position, i.kind, i.content, i.expected_result,
                  i.deadline as "deadline: NaiveDate", i.weight, i.manifestation_id as "manifestation_id: ManifestationId",
                  mf.code as "manifestation_code?", mf.label_vi as "manifestation_label_vi?",
                  mf.label_en as "manifestation_label_en?", i.serves_theme
           from plan_items i left join manifestations mf on mf.id = i.manifestation_id
           where i.plan_id = $1 order by i.position"#,
        plan as PlanId
    )
    .fetch_all(conn)
    .await
}

/// One item of a plan (plans hold a handful, so this reads them all).
pub async fn item(
    conn: &mut PgConnection,
    plan: PlanId,
    item: PlanItemId,
) -> sqlx::Result<Option<ItemRecord>> {
    Ok(items(conn, plan).await?.into_iter().find(|i| i.id == item))
}

#[derive(Debug, Clone)]
pub struct EventRecord {
    pub at: DateTime<Utc>,
    pub actor_name: String,
    pub action: String,
    pub from_state: String,
    pub to_state: String,
    pub revision: i32,
    pub comment: String,
    /// The item an edit was about, as its text read after the edit (or before removal).
    pub item_content: Option<String>,
}

/// The plan's whole history, oldest first.
pub async fn events(conn: &mut PgConnection, plan: PlanId) -> sqlx::Result<Vec<EventRecord>> {
    sqlx::query_as!(
        EventRecord,
        r#"select e.at as "at: DateTime<Utc>", a.display_name as actor_name, e.action,
                  e.from_state, e.to_state, e.revision, e.comment,
                  coalesce(e.details -> 'after' ->> 'content', e.details ->> 'content') as item_content
           from plan_events e join accounts a on a.id = e.actor_id
           where e.plan_id = $1 order by e.at, e.id"#,
        plan as PlanId
    )
    .fetch_all(conn)
    .await
}

/// One item of an approved version, as it was when approved.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SnapshotItem {
    pub position: i32,
    pub kind: String,
    pub content: String,
    pub expected_result: String,
    pub deadline: Option<NaiveDate>,
    pub weight: i32,
    pub manifestation_code: Option<String>,
    pub manifestation_label_vi: Option<String>,
    pub manifestation_label_en: Option<String>,
    pub serves_theme: bool,
}

#[derive(Debug, Clone)]
pub struct RevisionSummary {
    pub revision: i32,
    pub approved_at: DateTime<Utc>,
    pub approver_name: String,
}

pub async fn revisions(
    conn: &mut PgConnection,
    plan: PlanId,
) -> sqlx::Result<Vec<RevisionSummary>> {
    sqlx::query_as!(
        RevisionSummary,
        r#"select r.revision, r.approved_at as "approved_at: DateTime<Utc>",
                  a.display_name as approver_name
           from plan_revisions r join accounts a on a.id = r.approved_by
           where r.plan_id = $1 order by r.revision desc"#,
        plan as PlanId
    )
    .fetch_all(conn)
    .await
}

#[derive(Debug, Clone)]
pub struct Revision {
    pub revision: i32,
    pub approved_at: DateTime<Utc>,
    pub approver_name: String,
    pub shortcomings: String,
    pub items: Json<Vec<SnapshotItem>>,
}

pub async fn revision(
    conn: &mut PgConnection,
    plan: PlanId,
    revision: i32,
) -> sqlx::Result<Option<Revision>> {
    sqlx::query_as!(
        Revision,
        r#"select r.revision, r.approved_at as "approved_at: DateTime<Utc>",
                  a.display_name as approver_name, r.shortcomings,
                  r.items as "items: Json<Vec<SnapshotItem>>"
           from plan_revisions r join accounts a on a.id = r.approved_by
           where r.plan_id = $1 and r.revision = $2"#,
        plan as PlanId,
        revision
    )
    .fetch_optional(conn)
    .await
}

/// The member's plan for the year and its state, if there is one.
pub async fn find_personal_state(
    conn: &mut PgConnection,
    year: i32,
    member: MemberId,
) -> sqlx::Result<Option<(PlanId, PlanState)>> {
    let row = sqlx::query!(
        r#"select id as "id: PlanId", state as "state: PlanState" from plans
           where kind = 'personal' and year = $1 and member_id = $2"#,
        year,
        member as MemberId
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.id, r.state)))
}

pub async fn find_personal(
    conn: &mut PgConnection,
    year: i32,
    member: MemberId,
) -> sqlx::Result<Option<PlanId>> {
    sqlx::query_scalar!(
        r#"select id as "id: PlanId" from plans
           where kind = 'personal' and year = $1 and member_id = $2"#,
        year,
        member as MemberId
    )
    .fetch_optional(conn)
    .await
}

/// Creates the member's personal plan for the year in their cell, or returns the one
/// that exists (two clicks, two tabs).
pub async fn create_personal(
    conn: &mut PgConnection,
    actor: AccountId,
    year: i32,
    member: MemberId,
    cell: OrgUnitId,
) -> sqlx::Result<PlanId> {
    let created = sqlx::query_scalar!(
        r#"insert into plans (kind, year, org_unit_id, member_id)
           values ('personal', $1, $2, $3)
           on conflict (year, member_id) where kind = 'personal' do nothing
           returning id as "id: PlanId""#,
        year,
        cell as OrgUnitId,
        member as MemberId
    )
    .fetch_optional(&mut *conn)
    .await?;
    match created {
        Some(id) => {
            add_event(
                conn,
                id,
                actor,
                "create",
                PlanState::Draft,
                PlanState::Draft,
                1,
                "",
                json!({}),
            )
            .await?;
            Ok(id)
        }
        None => find_personal(conn, year, member)
            .await?
            .ok_or(sqlx::Error::RowNotFound),
    }
}

/// The plan's row, locked until the transaction ends.
#[derive(Debug, Clone, Copy)]
pub struct Locked {
    pub state: PlanState,
    pub version: i32,
    pub revision: i32,
    pub item_count: i64,
}

pub async fn lock(conn: &mut PgConnection, plan: PlanId) -> sqlx::Result<Option<Locked>> {
    sqlx::query_as!(
        Locked,
        r#"select state as "state: PlanState", version, revision,
                  (select count(*) from plan_items i where i.plan_id = p.id) as "item_count!"
           from plans p where id = $1 for no key update"#,
        plan as PlanId
    )
    .fetch_optional(conn)
    .await
}

/// Moves a locked plan to `to` and bumps its version; an amendment also opens a new
/// revision.
pub async fn set_state(
    conn: &mut PgConnection,
    plan: PlanId,
    to: PlanState,
    revision: i32,
) -> sqlx::Result<()> {
    sqlx::query!(
        "update plans set state = $2, revision = $3, version = version + 1 where id = $1",
        plan as PlanId,
        to.as_str(),
        revision
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Records one entry of the plan's history.
#[allow(clippy::too_many_arguments)]
pub async fn add_event(
    conn: &mut PgConnection,
    plan: PlanId,
    actor: AccountId,
    action: &str,
    from: PlanState,
    to: PlanState,
    revision: i32,
    comment: &str,
    details: serde_json::Value,
) -> sqlx::Result<()> {
    sqlx::query!(
        "insert into plan_events (plan_id, actor_id, action, from_state, to_state, revision, comment, details)
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
        plan as PlanId,
        actor as AccountId,
        action,
        from.as_str(),
        to.as_str(),
        revision,
        comment,
        details
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Applies a workflow action to a locked plan: state, version, revision snapshot on
/// approval, and the history entry.
pub async fn apply_action(
    conn: &mut PgConnection,
    plan: PlanId,
    actor: AccountId,
    locked: Locked,
    action: PlanAction,
    to: PlanState,
    comment: &str,
) -> sqlx::Result<()> {
    let revision = if action == PlanAction::Amend {
        locked.revision + 1
    } else {
        locked.revision
    };
    if action == PlanAction::Approve {
        sqlx::query!(
            r#"insert into plan_revisions (plan_id, revision, approved_by, shortcomings, items)
               select p.id, p.revision, $2, p.shortcomings,
                      coalesce((select jsonb_agg(jsonb_build_object(
                                  'position', i.position, 'kind', i.kind, 'content', i.content,
                                  'expected_result', i.expected_result, 'deadline', i.deadline,
                                  'weight', i.weight, 'manifestation_code', mf.code,
                                  'manifestation_label_vi', mf.label_vi,
                                  'manifestation_label_en', mf.label_en,
                                  'serves_theme', i.serves_theme) order by i.position)
                                from plan_items i left join manifestations mf on mf.id = i.manifestation_id
                                where i.plan_id = p.id), '[]'::jsonb)
               from plans p where p.id = $1"#,
            plan as PlanId,
            actor as AccountId
        )
        .execute(&mut *conn)
        .await?;
    }
    if to != locked.state || revision != locked.revision {
        set_state(conn, plan, to, revision).await?;
    }
    add_event(
        conn,
        plan,
        actor,
        action.as_str(),
        locked.state,
        to,
        revision,
        comment,
        json!({}),
    )
    .await
}

/// Marks an edit of a locked plan: bumps the version and records what changed.
pub async fn record_edit(
    conn: &mut PgConnection,
    plan: PlanId,
    actor: AccountId,
    locked: Locked,
    action: &str,
    details: serde_json::Value,
) -> sqlx::Result<()> {
    sqlx::query!(
        "update plans set version = version + 1 where id = $1",
        plan as PlanId
    )
    .execute(&mut *conn)
    .await?;
    add_event(
        conn,
        plan,
        actor,
        action,
        locked.state,
        locked.state,
        locked.revision,
        "",
        details,
    )
    .await
}

pub async fn set_shortcomings(
    conn: &mut PgConnection,
    plan: PlanId,
    text: &str,
) -> sqlx::Result<()> {
    sqlx::query!(
        "update plans set shortcomings = $2 where id = $1",
        plan as PlanId,
        text
    )
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn insert_item(
    conn: &mut PgConnection,
    plan: PlanId,
    pledge: &Pledge,
) -> sqlx::Result<PlanItemId> {
    sqlx::query_scalar!(
        r#"insert into plan_items (plan_id, position, kind, content, expected_result, deadline,
                                  weight, manifestation_id, serves_theme)
           values ($1, (select coalesce(max(position), 0) + 1 from plan_items where plan_id = $1),
                   $2, $3, $4, $5, $6, $7, $8)
           returning id as "id: PlanItemId""#,
        plan as PlanId,
        pledge.kind.as_str(),
        pledge.content,
        pledge.expected_result,
        pledge.deadline as _,
        pledge.weight,
        pledge.manifestation_id as Option<ManifestationId>,
        pledge.serves_theme
    )
    .fetch_one(conn)
    .await
}

/// Changes an item of the plan; false when the plan has no such item.
pub async fn update_item(
    conn: &mut PgConnection,
    plan: PlanId,
    item: PlanItemId,
    pledge: &Pledge,
) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "update plan_items set kind = $3, content = $4, expected_result = $5, deadline = $6,
                weight = $7, manifestation_id = $8, serves_theme = $9
         where plan_id = $1 and id = $2",
        plan as PlanId,
        item as PlanItemId,
        pledge.kind.as_str(),
        pledge.content,
        pledge.expected_result,
        pledge.deadline as _,
        pledge.weight,
        pledge.manifestation_id as Option<ManifestationId>,
        pledge.serves_theme
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes an item and closes the gap in the numbering; returns the removed content.
pub async fn delete_item(
    conn: &mut PgConnection,
    plan: PlanId,
    item: PlanItemId,
) -> sqlx::Result<Option<String>> {
    let removed = sqlx::query_scalar!(
        "delete from plan_items where plan_id = $1 and id = $2 returning content",
        plan as PlanId,
        item as PlanItemId
    )
    .fetch_optional(&mut *conn)
    .await?;
    if removed.is_some() {
        renumber(conn, plan).await?;
    }
    Ok(removed)
}

async fn renumber(conn: &mut PgConnection, plan: PlanId) -> sqlx::Result<()> {
    sqlx::query!(
        "update plan_items i set position = n.rn
         from (select id, row_number() over (order by position)::int as rn
               from plan_items where plan_id = $1) n
         where i.id = n.id and i.position <> n.rn",
        plan as PlanId
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Swaps an item with its neighbour above (`up`) or below; false when there is none.
pub async fn move_item(
    conn: &mut PgConnection,
    plan: PlanId,
    item: PlanItemId,
    up: bool,
) -> sqlx::Result<bool> {
    let swapped = sqlx::query!(
        "with me as (select id, position from plan_items where plan_id = $1 and id = $2),
              other as (select i.id, i.position from plan_items i, me
                        where i.plan_id = $1
                          and ((not $3 and i.position > me.position)
                               or ($3 and i.position < me.position))
                        order by case when $3 then -i.position else i.position end
                        limit 1)
         update plan_items i
         set position = case when i.id = me.id then other.position else me.position end
         from me, other
         where i.id in (me.id, other.id)",
        plan as PlanId,
        item as PlanItemId,
        up
    )
    .execute(conn)
    .await?;
    Ok(swapped.rows_affected() == 2)
}
