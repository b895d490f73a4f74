//! Plans of every kind: reading them with their items, history and approved versions, and
//! the single statements the workflow service (`crate::workflow`) composes into changes.
//! Nothing here decides whether a change is allowed.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgConnection;
use sqlx::types::Json;

use crate::domain::Named;
use crate::domain::access::PlanScope;
use crate::domain::ids::{AccountId, ManifestationId, MemberId, OrgUnitId, PlanId, PlanItemId};
use crate::domain::org::{OrgKind, Role};
use crate::domain::plan::{EventKind, PlanKind, PlanState};
use crate::domain::pledge::{ManifestationLabel, Pledge, PledgeItem, PledgeKind};

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
    pub unit_kind: OrgKind,
    pub unit_ancestors: Vec<i64>,
    pub parent_id: Option<OrgUnitId>,
    pub parent_name: Option<String>,
    pub parent_kind: Option<OrgKind>,
    /// Where the unit sits, for the place line of its documents (its own, or the nearest
    /// unit above it that has one).
    pub place: String,
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
    Ok(load_many(conn, &[id]).await?.into_iter().next())
}

/// Several plans at once, in no particular order.
pub async fn load_many(conn: &mut PgConnection, ids: &[PlanId]) -> sqlx::Result<Vec<PlanRecord>> {
    let ids: Vec<i64> = ids.iter().map(|i| i.0).collect();
    sqlx::query_as!(
        PlanRecord,
        r#"select p.id as "id: PlanId", p.kind as "kind: PlanKind", p.year, y.theme,
                  y.phase <> 'closed' as "year_open!",
                  u.id as "unit_id: OrgUnitId", u.name as unit_name,
                  u.kind as "unit_kind: OrgKind", u.ancestors as unit_ancestors,
                  u.parent_id as "parent_id: OrgUnitId", pu.name as "parent_name?",
                  pu.kind as "parent_kind?: OrgKind",
                  coalesce((select a.place from org_units a
                            where a.id = any(u.ancestors) and a.place <> ''
                            order by array_position(u.ancestors, a.id) desc limit 1), '')
                      as "place!",
                  p.member_id as "member_id: MemberId", m.full_name as "owner_name?",
                  p.shortcomings, p.state as "state: PlanState", p.version, p.revision,
                  cell_has_other_leader(p.org_unit_id, p.member_id) as "has_other_cell_leader!"
           from plans p
           join years y on y.year = p.year
           join org_units u on u.id = p.org_unit_id
           left join org_units pu on pu.id = u.parent_id
           left join members m on m.id = p.member_id
           where p.id = any($1)"#,
        &ids
    )
    .fetch_all(conn)
    .await
}

/// The plan's items in their order. (The one place that reads an item's fields.)
pub async fn items(conn: &mut PgConnection, plan: PlanId) -> sqlx::Result<Vec<PledgeItem>> {
    let rows = sqlx::query!(
        r#"select i.id as "id: PlanItemId", i.position, i.kind as "kind: PledgeKind", i.content,
                  i.expected_result, i.deadline as "deadline: NaiveDate", i.weight,
                  i.manifestation_id as "manifestation_id: ManifestationId", i.serves_theme,
                  i.is_key, i.responsible,
                  mf.code as "code?", mf.label_vi as "label_vi?", mf.label_en as "label_en?"
           from plan_items i left join manifestations mf on mf.id = i.manifestation_id
           where i.plan_id = $1 order by i.position"#,
        plan as PlanId
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| PledgeItem {
            id: r.id,
            position: r.position,
            pledge: Pledge {
                kind: r.kind,
                content: r.content,
                expected_result: r.expected_result,
                deadline: r.deadline,
                weight: r.weight,
                manifestation_id: r.manifestation_id,
                serves_theme: r.serves_theme,
                is_key: r.is_key,
                responsible: r.responsible,
            },
            manifestation: match (r.code, r.label_vi, r.label_en) {
                (Some(code), Some(label_vi), Some(label_en)) => Some(ManifestationLabel {
                    code,
                    label_vi,
                    label_en,
                }),
                _ => None,
            },
        })
        .collect())
}

/// One item of a plan (plans hold a handful, so this reads them all).
pub async fn item(
    conn: &mut PgConnection,
    plan: PlanId,
    item: PlanItemId,
) -> sqlx::Result<Option<PledgeItem>> {
    Ok(items(conn, plan).await?.into_iter().find(|i| i.id == item))
}

/// Writes an item's fields: a new item at the end of the plan (`item` None), or a change
/// to an existing one. (The one place that writes an item's fields.) Returns the item's id,
/// or None when the plan has no such item.
pub async fn save_item(
    conn: &mut PgConnection,
    plan: PlanId,
    item: Option<PlanItemId>,
    pledge: &Pledge,
) -> sqlx::Result<Option<PlanItemId>> {
    sqlx::query_scalar!(
        r#"with fields (kind, content, expected_result, deadline, weight, manifestation_id,
                       serves_theme, is_key, responsible) as (
                    values ($3, $4, $5, $6::date, $7::int, $8::bigint, $9::boolean, $10::boolean,
                            $11::text)),
                updated as (
                    update plan_items i
                    set (kind, content, expected_result, deadline, weight, manifestation_id,
                         serves_theme, is_key, responsible) = (select * from fields)
                    where $2::bigint is not null and i.plan_id = $1 and i.id = $2
                    returning i.id),
                inserted as (
                    insert into plan_items (plan_id, position, kind, content, expected_result,
                                            deadline, weight, manifestation_id, serves_theme,
                                            is_key, responsible)
                    select $1, (select coalesce(max(position), 0) + 1 from plan_items
                                where plan_id = $1), f.*
                    from fields f where $2::bigint is null
                    returning id)
           select id as "id!: PlanItemId" from updated union all select id from inserted"#,
        plan as PlanId,
        item as Option<PlanItemId>,
        pledge.kind.as_str(),
        pledge.content,
        pledge.expected_result,
        pledge.deadline,
        pledge.weight,
        pledge.manifestation_id as Option<ManifestationId>,
        pledge.serves_theme,
        pledge.is_key,
        pledge.responsible
    )
    .fetch_optional(conn)
    .await
}

/// Removes an item and closes the gap in the numbering; false when there was none.
pub async fn delete_item(
    conn: &mut PgConnection,
    plan: PlanId,
    item: PlanItemId,
) -> sqlx::Result<bool> {
    let removed = sqlx::query!(
        "delete from plan_items where plan_id = $1 and id = $2",
        plan as PlanId,
        item as PlanItemId
    )
    .execute(&mut *conn)
    .await?;
    if removed.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query!(
        "update plan_items i set position = n.rn
         from (select id, row_number() over (order by position)::int as rn
               from plan_items where plan_id = $1) n
         where i.id = n.id and i.position <> n.rn",
        plan as PlanId
    )
    .execute(conn)
    .await?;
    Ok(true)
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

#[derive(Debug, Clone)]
pub struct EventRecord {
    pub at: DateTime<Utc>,
    pub actor_name: String,
    pub action: EventKind,
    pub from_state: PlanState,
    pub to_state: PlanState,
    pub revision: i32,
    pub comment: String,
    /// The item an edit was about, as its text read after the edit (or before removal).
    pub item_content: Option<String>,
}

/// The plan's whole history, oldest first.
pub async fn events(conn: &mut PgConnection, plan: PlanId) -> sqlx::Result<Vec<EventRecord>> {
    sqlx::query_as!(
        EventRecord,
        r#"select e.at as "at: DateTime<Utc>", a.display_name as actor_name,
                  e.action as "action: EventKind",
                  e.from_state as "from_state: PlanState", e.to_state as "to_state: PlanState",
                  e.revision, e.comment,
                  coalesce(e.details -> 'after' ->> 'content', e.details -> 'before' ->> 'content',
                           e.details ->> 'content') as item_content
           from plan_events e join accounts a on a.id = e.actor_id
           where e.plan_id = $1 order by e.at, e.id"#,
        plan as PlanId
    )
    .fetch_all(conn)
    .await
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

/// An approved version, as it was approved.
#[derive(Debug, Clone)]
pub struct Revision {
    pub revision: i32,
    pub approved_at: DateTime<Utc>,
    pub approver_name: String,
    pub shortcomings: String,
    pub items: Json<Vec<PledgeItem>>,
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
                  r.items as "items: Json<Vec<PledgeItem>>"
           from plan_revisions r join accounts a on a.id = r.approved_by
           where r.plan_id = $1 and r.revision = $2"#,
        plan as PlanId,
        revision
    )
    .fetch_optional(conn)
    .await
}

/// The member's plan for the year and its state, if there is one.
pub async fn find_personal(
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

/// What a member's home says about their plan: its state, why it was last returned, and
/// when it was last approved.
#[derive(Debug, Clone)]
pub struct PlanSummary {
    pub id: PlanId,
    pub state: PlanState,
    pub item_count: i64,
    pub returned_by: Option<String>,
    pub returned_at: Option<DateTime<Utc>>,
    pub return_reason: Option<String>,
    pub approved_at: Option<DateTime<Utc>>,
}

pub async fn summary(
    conn: &mut PgConnection,
    year: i32,
    member: MemberId,
) -> sqlx::Result<Option<PlanSummary>> {
    sqlx::query_as!(
        PlanSummary,
        r#"select p.id as "id: PlanId", p.state as "state: PlanState",
                  (select count(*) from plan_items i where i.plan_id = p.id) as "item_count!",
                  r.actor_name as "returned_by?", r.at as "returned_at?: DateTime<Utc>",
                  r.comment as "return_reason?",
                  (select max(e.at) from plan_events e where e.plan_id = p.id
                     and e.action = 'approve') as "approved_at?: DateTime<Utc>"
           from plans p
           left join lateral (
               select a.display_name as actor_name, e.at, e.comment
               from plan_events e join accounts a on a.id = e.actor_id
               where e.plan_id = p.id and e.action = 'return'
               order by e.at desc, e.id desc limit 1
           ) r on true
           where p.kind = 'personal' and p.year = $1 and p.member_id = $2"#,
        year,
        member as MemberId
    )
    .fetch_optional(conn)
    .await
}

/// A member's personal plan of a year other than the current one.
#[derive(Debug, Clone)]
pub struct EarlierPlan {
    pub id: PlanId,
    pub year: i32,
    pub state: PlanState,
}

/// The member's personal plans of every year but `year`, newest first.
pub async fn earlier_personal(
    conn: &mut PgConnection,
    year: i32,
    member: MemberId,
) -> sqlx::Result<Vec<EarlierPlan>> {
    sqlx::query_as!(
        EarlierPlan,
        r#"select id as "id: PlanId", year, state as "state: PlanState"
           from plans
           where kind = 'personal' and member_id = $1 and year <> $2
           order by year desc"#,
        member as MemberId,
        year
    )
    .fetch_all(conn)
    .await
}

/// Inserts the member's personal plan for the year in their cell; None when it exists
/// already (two clicks, two tabs).
pub async fn insert_personal(
    conn: &mut PgConnection,
    year: i32,
    member: MemberId,
    cell: OrgUnitId,
) -> sqlx::Result<Option<PlanId>> {
    sqlx::query_scalar!(
        r#"insert into plans (kind, year, org_unit_id, member_id)
           values ('personal', $1, $2, $3)
           on conflict (year, member_id) where kind = 'personal' do nothing
           returning id as "id: PlanId""#,
        year,
        cell as OrgUnitId,
        member as MemberId
    )
    .fetch_optional(conn)
    .await
}

/// Inserts a unit's own plan of `kind` for the year; None when it exists already.
pub async fn insert_unit_plan(
    conn: &mut PgConnection,
    kind: PlanKind,
    year: i32,
    unit: OrgUnitId,
) -> sqlx::Result<Option<PlanId>> {
    sqlx::query_scalar!(
        r#"insert into plans (kind, year, org_unit_id) values ($1, $2, $3)
           on conflict (kind, year, org_unit_id) where kind <> 'personal' do nothing
           returning id as "id: PlanId""#,
        kind.as_str(),
        year,
        unit as OrgUnitId
    )
    .fetch_optional(conn)
    .await
}

/// A unit's own plan of `kind` for the year, if there is one.
pub async fn find_unit_plan(
    conn: &mut PgConnection,
    kind: PlanKind,
    year: i32,
    unit: OrgUnitId,
) -> sqlx::Result<Option<PlanId>> {
    sqlx::query_scalar!(
        r#"select id as "id: PlanId" from plans
           where kind = $1 and year = $2 and org_unit_id = $3"#,
        kind.as_str(),
        year,
        unit as OrgUnitId
    )
    .fetch_optional(conn)
    .await
}

/// The plan's row, locked until the transaction ends.
#[derive(Debug, Clone)]
pub struct Locked {
    pub state: PlanState,
    pub version: i32,
    pub revision: i32,
    pub shortcomings: String,
    pub item_count: i64,
}

pub async fn lock(conn: &mut PgConnection, plan: PlanId) -> sqlx::Result<Option<Locked>> {
    sqlx::query_as!(
        Locked,
        r#"select state as "state: PlanState", version, revision, shortcomings,
                  (select count(*) from plan_items i where i.plan_id = p.id) as "item_count!"
           from plans p where id = $1 for no key update"#,
        plan as PlanId
    )
    .fetch_optional(conn)
    .await
}

/// Moves a locked plan to `state` at `revision` and bumps its version.
pub async fn set_state(
    conn: &mut PgConnection,
    plan: PlanId,
    state: PlanState,
    revision: i32,
) -> sqlx::Result<()> {
    sqlx::query!(
        "update plans set state = $2, revision = $3, version = version + 1 where id = $1",
        plan as PlanId,
        state.as_str(),
        revision
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Bumps the version of a locked plan whose content changed.
pub async fn bump_version(conn: &mut PgConnection, plan: PlanId) -> sqlx::Result<()> {
    sqlx::query!(
        "update plans set version = version + 1 where id = $1",
        plan as PlanId
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Keeps an approved version on record.
pub async fn keep_approved_version(
    conn: &mut PgConnection,
    plan: PlanId,
    revision: i32,
    approver: AccountId,
    shortcomings: &str,
    items: &[PledgeItem],
    at: Option<DateTime<Utc>>,
) -> sqlx::Result<()> {
    sqlx::query!(
        "insert into plan_revisions (plan_id, revision, approved_by, shortcomings, items, approved_at)
         values ($1, $2, $3, $4, $5, coalesce($6, now()))",
        plan as PlanId,
        revision,
        approver as AccountId,
        shortcomings,
        Json(items) as _,
        at
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// One entry of a plan's history: who, when (now unless given), what.
#[derive(Debug, Clone)]
pub struct NewEvent<'a> {
    pub actor: AccountId,
    pub action: EventKind,
    pub from: PlanState,
    pub to: PlanState,
    pub revision: i32,
    pub comment: &'a str,
    pub details: serde_json::Value,
    pub at: Option<DateTime<Utc>>,
}

pub async fn add_event(
    conn: &mut PgConnection,
    plan: PlanId,
    event: NewEvent<'_>,
) -> sqlx::Result<()> {
    sqlx::query!(
        "insert into plan_events (plan_id, actor_id, action, from_state, to_state, revision,
                                  comment, details, at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9, now()))",
        plan as PlanId,
        event.actor as AccountId,
        event.action.as_str(),
        event.from.as_str(),
        event.to.as_str(),
        event.revision,
        event.comment,
        event.details,
        event.at
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Moves the member's personal plans of years still open to another cell; returns them,
/// locked, with their state, version and revision.
pub async fn move_open_personal(
    conn: &mut PgConnection,
    member: MemberId,
    to: OrgUnitId,
) -> sqlx::Result<Vec<(PlanId, PlanState, i32)>> {
    let rows = sqlx::query!(
        r#"update plans p set org_unit_id = $2, version = p.version + 1
           from years y
           where y.year = p.year and y.phase <> 'closed'
             and p.kind = 'personal' and p.member_id = $1 and p.org_unit_id <> $2
           returning p.id as "id: PlanId", p.state as "state: PlanState", p.revision"#,
        member as MemberId,
        to as OrgUnitId
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.id, r.state, r.revision))
        .collect())
}

/// What was submitted: the items and shortcomings as they were at each submission, newest
/// first (at most `limit`).
#[derive(Debug, Clone)]
pub struct Submitted {
    pub at: DateTime<Utc>,
    pub items: Json<Vec<PledgeItem>>,
    pub shortcomings: String,
}

pub async fn submissions(
    conn: &mut PgConnection,
    plan: PlanId,
    limit: i64,
) -> sqlx::Result<Vec<Submitted>> {
    sqlx::query_as!(
        Submitted,
        r#"select e.at as "at: DateTime<Utc>",
                  coalesce(e.details -> 'items', '[]') as "items!: Json<Vec<PledgeItem>>",
                  coalesce(e.details ->> 'shortcomings', '') as "shortcomings!"
           from plan_events e
           where e.plan_id = $1 and e.action = 'submit' and e.details ? 'items'
           order by e.at desc, e.id desc limit $2"#,
        plan as PlanId,
        limit
    )
    .fetch_all(conn)
    .await
}

/// A comment on one item.
#[derive(Debug, Clone)]
pub struct ItemComment {
    pub item_id: PlanItemId,
    pub at: DateTime<Utc>,
    pub actor_name: String,
    pub comment: String,
}

pub async fn item_comments(
    conn: &mut PgConnection,
    plan: PlanId,
) -> sqlx::Result<Vec<ItemComment>> {
    sqlx::query_as!(
        ItemComment,
        r#"select (e.details ->> 'item_id')::bigint as "item_id!: PlanItemId",
                  e.at as "at: DateTime<Utc>", a.display_name as actor_name, e.comment
           from plan_events e join accounts a on a.id = e.actor_id
           where e.plan_id = $1 and e.action = 'comment' and e.details ? 'item_id'
           order by e.at, e.id"#,
        plan as PlanId
    )
    .fetch_all(conn)
    .await
}

/// Who signs an approved version, as its printed form shows them.
#[derive(Debug, Clone)]
pub struct Signing {
    pub revision: i32,
    pub approved_at: DateTime<Utc>,
    pub approver_name: String,
    /// The approver's offices over the plan's unit, and over the unit above it, on the day.
    pub approver_roles: Vec<Role>,
    pub approver_roles_above: Vec<Role>,
    /// The last submission before the approval: the date the author signed, and who.
    pub submitted_at: Option<DateTime<Utc>>,
    pub submitter_name: Option<String>,
}

/// The approved versions of a plan with who signs them, newest first.
pub async fn signings(conn: &mut PgConnection, plan: PlanId) -> sqlx::Result<Vec<Signing>> {
    Ok(signed_revisions(conn, &[plan], false)
        .await?
        .into_iter()
        .map(|(_, signing, _)| signing)
        .collect())
}

/// The latest approved version of each of several plans, with who signs it.
pub async fn latest_signed(
    conn: &mut PgConnection,
    plans: &[PlanId],
) -> sqlx::Result<Vec<(PlanId, Signing, Revision)>> {
    signed_revisions(conn, plans, true).await
}

/// The approved versions of several plans (only the latest of each when `latest`), newest
/// first within a plan, with who signs them.
async fn signed_revisions(
    conn: &mut PgConnection,
    plans: &[PlanId],
    latest: bool,
) -> sqlx::Result<Vec<(PlanId, Signing, Revision)>> {
    let ids: Vec<i64> = plans.iter().map(|p| p.0).collect();
    let rows = sqlx::query!(
        r#"select r.plan_id as "plan_id: PlanId", r.revision,
                  r.approved_at as "approved_at: DateTime<Utc>",
                  a.display_name as approver_name, r.shortcomings,
                  r.items as "items: Json<Vec<PledgeItem>>",
                  coalesce((select array_agg(ra.role order by ra.role) from role_assignments ra
                            where ra.account_id = r.approved_by and ra.org_unit_id = p.org_unit_id
                              and ra.valid_from <= r.approved_at::date
                              and (ra.valid_to is null or ra.valid_to > r.approved_at::date)),
                           '{}') as "approver_roles!: Vec<Role>",
                  coalesce((select array_agg(ra.role order by ra.role) from role_assignments ra
                            where ra.account_id = r.approved_by and ra.org_unit_id = u.parent_id
                              and ra.valid_from <= r.approved_at::date
                              and (ra.valid_to is null or ra.valid_to > r.approved_at::date)),
                           '{}') as "approver_roles_above!: Vec<Role>",
                  s.at as "submitted_at?: DateTime<Utc>", s.name as "submitter_name?"
           from plan_revisions r
           join plans p on p.id = r.plan_id
           join org_units u on u.id = p.org_unit_id
           join accounts a on a.id = r.approved_by
           left join lateral (
               select e.at, sa.display_name as name from plan_events e
               join accounts sa on sa.id = e.actor_id
               where e.plan_id = r.plan_id and e.action = 'submit' and e.at <= r.approved_at
               order by e.at desc, e.id desc limit 1
           ) s on true
           where r.plan_id = any($1)
             and (not $2 or r.revision = (select max(l.revision) from plan_revisions l
                                          where l.plan_id = r.plan_id))
           order by r.plan_id, r.revision desc"#,
        &ids,
        latest
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let signing = Signing {
                revision: r.revision,
                approved_at: r.approved_at,
                approver_name: r.approver_name.clone(),
                approver_roles: r.approver_roles,
                approver_roles_above: r.approver_roles_above,
                submitted_at: r.submitted_at,
                submitter_name: r.submitter_name,
            };
            let revision = Revision {
                revision: r.revision,
                approved_at: r.approved_at,
                approver_name: r.approver_name,
                shortcomings: r.shortcomings,
                items: r.items,
            };
            (r.plan_id, signing, revision)
        })
        .collect())
}

/// The last time the plan was submitted, and by whom: the date and signer of a draft's
/// printed form.
pub async fn last_submission(
    conn: &mut PgConnection,
    plan: PlanId,
) -> sqlx::Result<Option<(DateTime<Utc>, String)>> {
    let row = sqlx::query!(
        r#"select e.at as "at: DateTime<Utc>", a.display_name from plan_events e
           join accounts a on a.id = e.actor_id
           where e.plan_id = $1 and e.action = 'submit'
           order by e.at desc, e.id desc limit 1"#,
        plan as PlanId
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.at, r.display_name)))
}

/// The approved personal plans of a cell's members for a year, in official name order.
pub async fn approved_in_cell(
    conn: &mut PgConnection,
    cell: OrgUnitId,
    year: i32,
) -> sqlx::Result<Vec<PlanId>> {
    sqlx::query_scalar!(
        r#"select p.id as "id: PlanId" from plans p join members m on m.id = p.member_id
           where p.kind = 'personal' and p.org_unit_id = $1 and p.year = $2
             and exists (select 1 from plan_revisions r where r.plan_id = p.id)
           order by m.given_name collate "vi-VN-x-icu", m.full_name collate "vi-VN-x-icu", p.id"#,
        cell as OrgUnitId,
        year
    )
    .fetch_all(conn)
    .await
}
