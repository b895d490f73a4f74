//! The org tree: units, their members, and the plans waiting for a decision.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgConnection;

use crate::domain::Named;
use crate::domain::access::{Actor, PlanScope};
use crate::domain::ids::{MemberId, OrgUnitId, PlanId};
use crate::domain::org::{MemberStatus, OrgKind, Role};
use crate::domain::plan::{PlanKind, PlanState};

#[derive(Debug, Clone)]
pub struct Unit {
    pub id: OrgUnitId,
    pub name: String,
    pub kind: OrgKind,
    pub ancestors: Vec<OrgUnitId>,
    pub parent_id: Option<OrgUnitId>,
    pub parent_name: Option<String>,
    pub valid_from: NaiveDate,
    /// The day it closed (a restructure), if it did.
    pub valid_to: Option<NaiveDate>,
}

pub async fn find_unit(conn: &mut PgConnection, id: OrgUnitId) -> sqlx::Result<Option<Unit>> {
    let row = sqlx::query!(
        r#"select u.id as "id: OrgUnitId", u.name, u.kind as "kind: OrgKind", u.ancestors,
                  u.parent_id as "parent_id: OrgUnitId", p.name as "parent_name?",
                  u.valid_from, u.valid_to
           from org_units u left join org_units p on p.id = u.parent_id
           where u.id = $1"#,
        id as OrgUnitId
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| Unit {
        id: r.id,
        name: r.name,
        kind: r.kind,
        ancestors: r.ancestors.into_iter().map(OrgUnitId).collect(),
        parent_id: r.parent_id,
        parent_name: r.parent_name,
        valid_from: r.valid_from,
        valid_to: r.valid_to,
    }))
}

/// A member of a cell with the state of their personal plan for a year.
#[derive(Debug, Clone)]
pub struct CellMember {
    pub member_id: MemberId,
    pub full_name: String,
    pub status: MemberStatus,
    pub offices: Vec<Role>,
    pub plan_id: Option<PlanId>,
    pub plan_state: Option<PlanState>,
    pub item_count: i64,
    /// Whether a version of the plan was approved (it stays registered while amended).
    pub has_approved_revision: bool,
    /// Whether someone other than this member leads the cell.
    pub has_other_leader: bool,
}

/// The members a cell had at the end of `year` (today, for the current year) in official
/// order (given name, then full name, with Vietnamese collation), each with their plan for
/// `year` and the offices they held in the cell on that day.
pub async fn cell_members(
    conn: &mut PgConnection,
    cell: OrgUnitId,
    year: i32,
    today: NaiveDate,
) -> sqlx::Result<Vec<CellMember>> {
    sqlx::query_as!(
        CellMember,
        r#"select m.id as "member_id: MemberId", m.full_name, m.status as "status: MemberStatus",
                  coalesce((select array_agg(ra.role order by ra.role)
                            from accounts a join role_assignments ra on ra.account_id = a.id
                            where a.member_id = m.id and ra.org_unit_id = cm.cell_id
                              and ra.valid_from <= least(make_date($2, 12, 31), $3::date)
                              and (ra.valid_to is null
                                   or ra.valid_to > least(make_date($2, 12, 31), $3::date))),
                           '{}') as "offices!: Vec<Role>",
                  p.id as "plan_id?: PlanId", p.state as "plan_state?: PlanState",
                  (select count(*) from plan_items i where i.plan_id = p.id) as "item_count!",
                  exists (select 1 from plan_revisions r where r.plan_id = p.id) as "has_approved_revision!",
                  cell_has_other_leader(cm.cell_id, m.id) as "has_other_leader!"
           from cell_memberships cm
           join members m on m.id = cm.member_id
           left join plans p on p.member_id = m.id and p.kind = 'personal' and p.year = $2
           where cm.cell_id = $1
             and cm.valid_from <= least(make_date($2, 12, 31), $3::date)
             and (cm.valid_to is null or cm.valid_to > least(make_date($2, 12, 31), $3::date))
           order by m.given_name collate "vi-VN-x-icu", m.full_name collate "vi-VN-x-icu""#,
        cell as OrgUnitId,
        year,
        today
    )
    .fetch_all(conn)
    .await
}

/// A submitted plan waiting for someone's decision.
#[derive(Debug, Clone)]
pub struct QueueEntry {
    pub plan_id: PlanId,
    pub owner_name: String,
    pub cell_id: OrgUnitId,
    pub cell_name: String,
    pub state: PlanState,
    pub submitted_at: Option<DateTime<Utc>>,
    pub item_count: i64,
    pub unit_ancestors: Vec<i64>,
    pub parent_id: Option<OrgUnitId>,
    pub member_id: MemberId,
    pub has_other_cell_leader: bool,
}

impl QueueEntry {
    /// The facts the permission function decides on.
    pub fn scope(&self) -> PlanScope {
        PlanScope {
            kind: PlanKind::Personal,
            owner: Some(self.member_id),
            state: self.state,
            unit: self.cell_id,
            unit_path: self.unit_ancestors.iter().copied().map(OrgUnitId).collect(),
            parent: self.parent_id,
            has_other_cell_leader: self.has_other_cell_leader,
            year_open: true,
        }
    }
}

/// What the queue shows: plans in one state (submitted by default), of one cell or all,
/// whose owner's name contains some text, in one order, one page at a time.
#[derive(Debug, Clone)]
pub struct QueueFilter {
    pub state: Option<PlanState>,
    pub cell: Option<OrgUnitId>,
    pub name: String,
    pub by_name: bool,
    pub page: i64,
    pub per_page: i64,
}

impl Default for QueueFilter {
    fn default() -> Self {
        QueueFilter {
            state: Some(PlanState::Submitted),
            cell: None,
            name: String::new(),
            by_name: false,
            page: 0,
            per_page: i64::MAX,
        }
    }
}

/// Submitted personal plans of `year` that `actor` decides, oldest submission first.
pub async fn decision_queue(
    conn: &mut PgConnection,
    actor: &Actor,
    year: i32,
) -> sqlx::Result<Vec<QueueEntry>> {
    Ok(queue(conn, actor, year, &QueueFilter::default()).await?.0)
}

/// Personal plans of `year` that `actor` decides (`domain::access::decides`, in SQL):
/// those in the cells the actor leads, and those of a cell's only leader in cells directly
/// under a committee the actor sits on; narrowed by `filter`. Also how many match in all.
/// A test compares the SQL with the Rust predicate on generated trees.
pub async fn queue(
    conn: &mut PgConnection,
    actor: &Actor,
    year: i32,
    filter: &QueueFilter,
) -> sqlx::Result<(Vec<QueueEntry>, i64)> {
    let (leads, committees) = actor.deciding_units();
    if leads.is_empty() && committees.is_empty() {
        return Ok((Vec::new(), 0));
    }
    let leads: Vec<i64> = leads.iter().map(|u| u.0).collect();
    let committees: Vec<i64> = committees.iter().map(|u| u.0).collect();
    let own_member = actor.member_id.map(|m| m.0);
    let rows = sqlx::query!(
        r#"with cells as (
               select c.id, bool_or(c.led) as led,
                      -- The cell's leaders (`cell_has_other_leader`, once per cell).
                      coalesce((select array_agg(a.member_id)
                                from role_assignments ra join accounts a on a.id = ra.account_id
                                where ra.org_unit_id = c.id
                                  and ra.role in ('cell_secretary', 'cell_deputy')
                                  and ra.valid_from <= vn_today()
                                  and (ra.valid_to is null or ra.valid_to > vn_today())
                                  and a.is_active and a.member_id is not null), '{}') as leaders
               from (
                   select id, true as led from org_units where id = any($2)
                   union all
                   select id, false from org_units
                   where parent_id = any($3) and kind in ('cell', 'grassroots_cell')
               ) c group by c.id
           )
           select p.id as "plan_id: PlanId", m.full_name as owner_name,
                  u.id as "cell_id: OrgUnitId", u.name as cell_name,
                  p.state as "state: PlanState",
                  (select max(e.at) from plan_events e
                    where e.plan_id = p.id and e.action = 'submit') as "submitted_at: DateTime<Utc>",
                  (select count(*) from plan_items i where i.plan_id = p.id) as "item_count!",
                  u.ancestors as unit_ancestors,
                  u.parent_id as "parent_id: OrgUnitId",
                  p.member_id as "member_id!: MemberId",
                  not (c.leaders <@ array[p.member_id]) as "has_other_cell_leader!",
                  count(*) over () as "total!"
           from cells c
           join plans p on p.org_unit_id = c.id
           join years y on y.year = p.year and y.phase <> 'closed'
           join members m on m.id = p.member_id
           join org_units u on u.id = p.org_unit_id
           where p.kind = 'personal' and p.year = $1
             and ($5::text is null or p.state = $5)
             and ($6::bigint is null or p.org_unit_id = $6)
             and ($7 = '' or m.name_folded like '%' || fold_vi($7) || '%')
             and p.member_id is distinct from $4
             and (c.led or c.leaders <@ array[p.member_id])
           order by case when $8 then m.given_name end collate "vi-VN-x-icu",
                    6 nulls last, m.given_name collate "vi-VN-x-icu", p.id
           limit $9 offset $10"#,
        year,
        &leads,
        &committees,
        own_member,
        filter.state.map(|s| s.as_str()),
        filter.cell.map(|c| c.0),
        filter.name,
        filter.by_name,
        filter.per_page,
        filter.page.saturating_mul(filter.per_page)
    )
    .fetch_all(conn)
    .await?;
    let total = rows.first().map_or(0, |r| r.total);
    Ok((
        rows.into_iter()
            .map(|r| QueueEntry {
                plan_id: r.plan_id,
                owner_name: r.owner_name,
                cell_id: r.cell_id,
                cell_name: r.cell_name,
                state: r.state,
                submitted_at: r.submitted_at,
                item_count: r.item_count,
                unit_ancestors: r.unit_ancestors,
                parent_id: r.parent_id,
                member_id: r.member_id,
                has_other_cell_leader: r.has_other_cell_leader,
            })
            .collect(),
        total,
    ))
}

/// The cells whose plans the actor decides (all of them, or only their lone leaders'), by
/// name: what the queue can be narrowed to.
pub async fn deciding_cells(
    conn: &mut PgConnection,
    actor: &Actor,
) -> sqlx::Result<Vec<(OrgUnitId, String)>> {
    let (leads, committees) = actor.deciding_units();
    let leads: Vec<i64> = leads.iter().map(|u| u.0).collect();
    let committees: Vec<i64> = committees.iter().map(|u| u.0).collect();
    let rows = sqlx::query!(
        r#"select id as "id: OrgUnitId", name from org_units
           where (id = any($1) or (parent_id = any($2) and kind in ('cell', 'grassroots_cell')))
             and valid_to is null
           order by name collate "vi-VN-x-icu""#,
        &leads,
        &committees
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.name)).collect())
}

/// A unit's own plan of one kind for a year, if filed.
#[derive(Debug, Clone)]
pub struct UnitPlan {
    pub kind: PlanKind,
    pub plan: Option<(PlanId, PlanState)>,
}

/// The plans `unit` files itself for `year` (a collective plan, the commitments), each
/// with the one filed, if any.
pub async fn unit_plans(
    conn: &mut PgConnection,
    unit: OrgUnitId,
    unit_kind: OrgKind,
    year: i32,
) -> sqlx::Result<Vec<UnitPlan>> {
    let filed = sqlx::query!(
        r#"select kind as "kind: PlanKind", id as "id: PlanId", state as "state: PlanState"
           from plans where org_unit_id = $1 and year = $2 and kind <> 'personal'"#,
        unit as OrgUnitId,
        year
    )
    .fetch_all(conn)
    .await?;
    Ok(PlanKind::of_unit(unit_kind)
        .into_iter()
        .map(|kind| UnitPlan {
            kind,
            plan: filed
                .iter()
                .find(|r| r.kind == kind)
                .map(|r| (r.id, r.state)),
        })
        .collect())
}

/// Names of the given units.
pub async fn unit_names(
    conn: &mut PgConnection,
    ids: &[OrgUnitId],
) -> sqlx::Result<Vec<(OrgUnitId, String)>> {
    let ids: Vec<i64> = ids.iter().map(|i| i.0).collect();
    let rows = sqlx::query!(
        r#"select id as "id: OrgUnitId", name from org_units where id = any($1)"#,
        &ids
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.name)).collect())
}

/// A unit to open.
#[derive(Debug, Clone)]
pub struct NewUnit {
    pub code: String,
    pub name: String,
    pub kind: OrgKind,
    pub parent: OrgUnitId,
    pub place: String,
    pub valid_from: NaiveDate,
}

/// Opens a unit; None when its code is taken.
pub async fn insert_unit(
    conn: &mut PgConnection,
    unit: &NewUnit,
) -> sqlx::Result<Option<OrgUnitId>> {
    Ok(insert_units(conn, std::slice::from_ref(unit))
        .await?
        .into_iter()
        .next()
        .flatten())
}

/// Opens units whose parents exist (one level of a tree at a time); their ids in the same
/// order, None where the code is taken.
pub async fn insert_units(
    conn: &mut PgConnection,
    units: &[NewUnit],
) -> sqlx::Result<Vec<Option<OrgUnitId>>> {
    let code: Vec<&str> = units.iter().map(|u| u.code.as_str()).collect();
    let name: Vec<&str> = units.iter().map(|u| u.name.as_str()).collect();
    let kind: Vec<&str> = units.iter().map(|u| u.kind.as_str()).collect();
    let parent: Vec<i64> = units.iter().map(|u| u.parent.0).collect();
    let place: Vec<&str> = units.iter().map(|u| u.place.as_str()).collect();
    let from: Vec<NaiveDate> = units.iter().map(|u| u.valid_from).collect();
    let rows = sqlx::query!(
        r#"with input as (
               select * from unnest($1::text[], $2::text[], $3::text[], $4::bigint[],
                                    $5::text[], $6::date[]) with ordinality
                   as t(code, name, kind, parent_id, place, valid_from, n)),
           added as (
               insert into org_units (code, name, kind, parent_id, place, valid_from)
               select code, name, kind, parent_id, place, valid_from from input order by n
               on conflict (code) do nothing
               returning id, code)
           select a.id as "id?: OrgUnitId" from input i left join added a on a.code = i.code
           order by i.n"#,
        &code as &[&str],
        &name as &[&str],
        &kind as &[&str],
        &parent,
        &place as &[&str],
        &from
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| r.id).collect())
}

/// A unit as a restructure needs it, locked until the transaction ends.
#[derive(Debug, Clone)]
pub struct LockedUnit {
    pub id: OrgUnitId,
    pub code: String,
    pub name: String,
    pub kind: OrgKind,
    pub place: String,
    pub ancestors: Vec<OrgUnitId>,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
}

pub async fn lock_unit(conn: &mut PgConnection, id: OrgUnitId) -> sqlx::Result<Option<LockedUnit>> {
    sqlx::query_as!(
        LockedUnit,
        r#"select id as "id: OrgUnitId", code, name, kind as "kind: OrgKind", place,
                  ancestors as "ancestors: Vec<OrgUnitId>", valid_from, valid_to
           from org_units where id = $1 for update"#,
        id as OrgUnitId
    )
    .fetch_optional(conn)
    .await
}

/// The units directly under `unit` still open, locked, by name.
pub async fn lock_open_children(
    conn: &mut PgConnection,
    unit: OrgUnitId,
) -> sqlx::Result<Vec<LockedUnit>> {
    sqlx::query_as!(
        LockedUnit,
        r#"select id as "id: OrgUnitId", code, name, kind as "kind: OrgKind", place,
                  ancestors as "ancestors: Vec<OrgUnitId>", valid_from, valid_to
           from org_units where parent_id = $1 and valid_to is null
           order by name collate "vi-VN-x-icu", id for update"#,
        unit as OrgUnitId
    )
    .fetch_all(conn)
    .await
}

/// Closes a unit on `on`, naming its successor.
pub async fn close_unit(
    conn: &mut PgConnection,
    unit: OrgUnitId,
    on: NaiveDate,
    successor: OrgUnitId,
) -> sqlx::Result<()> {
    sqlx::query!(
        "update org_units set valid_to = $2, successor_id = $3 where id = $1",
        unit as OrgUnitId,
        on,
        successor as OrgUnitId
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Moves the current members of cell `from` to cell `to` on `on` (their memberships in
/// `from` end that day); returns how many moved.
pub async fn move_members(
    conn: &mut PgConnection,
    from: OrgUnitId,
    to: OrgUnitId,
    on: NaiveDate,
) -> sqlx::Result<u64> {
    // Memberships starting on or after the day simply belong to the successor.
    sqlx::query!(
        "update cell_memberships set cell_id = $2
         where cell_id = $1 and valid_to is null and valid_from >= $3",
        from as OrgUnitId,
        to as OrgUnitId,
        on
    )
    .execute(&mut *conn)
    .await?;
    let moved = sqlx::query!(
        "with ended as (
             update cell_memberships set valid_to = $3
             where cell_id = $1 and valid_to is null and valid_from < $3
             returning member_id)
         insert into cell_memberships (member_id, cell_id, valid_from)
         select member_id, $2, $3 from ended",
        from as OrgUnitId,
        to as OrgUnitId,
        on
    )
    .execute(conn)
    .await?;
    Ok(moved.rows_affected())
}

/// Ends the offices held over `from` on `on`; when `carry`, the same people hold them over
/// `to` from that day.
pub async fn move_offices(
    conn: &mut PgConnection,
    from: OrgUnitId,
    to: OrgUnitId,
    on: NaiveDate,
    carry: bool,
) -> sqlx::Result<()> {
    sqlx::query!(
        "with ended as (
             update role_assignments set valid_to = $3
             where org_unit_id = $1 and valid_from < $3 and (valid_to is null or valid_to > $3)
             returning account_id, role)
         insert into role_assignments (account_id, role, org_unit_id, valid_from)
         select account_id, role, $2, $3 from ended where $4",
        from as OrgUnitId,
        to as OrgUnitId,
        on,
        carry
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Moves the plans of years still open from `from` to `to` — members' plans, and the
/// unit's own plans of kinds `to` files and does not have yet for that year; returns the
/// moved plans with their state and revision.
pub async fn move_open_plans(
    conn: &mut PgConnection,
    from: OrgUnitId,
    to: OrgUnitId,
    kinds: &[PlanKind],
) -> sqlx::Result<Vec<(PlanId, PlanState, i32)>> {
    let kinds: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
    let rows = sqlx::query!(
        r#"update plans p set org_unit_id = $2, version = p.version + 1
           from years y
           where y.year = p.year and y.phase <> 'closed' and p.org_unit_id = $1
             and p.kind = any($3)
             and (p.kind = 'personal'
                  or not exists (select 1 from plans o where o.org_unit_id = $2
                                 and o.kind = p.kind and o.year = p.year))
           returning p.id as "id: PlanId", p.state as "state: PlanState", p.revision"#,
        from as OrgUnitId,
        to as OrgUnitId,
        &kinds as &[&str]
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.id, r.state, r.revision))
        .collect())
}

/// Whether a cell has members now.
pub async fn has_current_members(conn: &mut PgConnection, cell: OrgUnitId) -> sqlx::Result<bool> {
    sqlx::query_scalar!(
        r#"select exists (select 1 from cell_memberships where cell_id = $1 and valid_to is null)
           as "exists!""#,
        cell as OrgUnitId
    )
    .fetch_one(conn)
    .await
}

/// The root of the tree (the province).
pub async fn root(conn: &mut PgConnection) -> sqlx::Result<Option<OrgUnitId>> {
    sqlx::query_scalar!(
        r#"select id as "id: OrgUnitId" from org_units where parent_id is null order by id limit 1"#
    )
    .fetch_optional(conn)
    .await
}

/// A unit as the administrator's tree shows it.
#[derive(Debug, Clone)]
pub struct AdminUnit {
    pub id: OrgUnitId,
    pub code: String,
    pub name: String,
    pub kind: OrgKind,
    pub place: String,
    pub parent_name: Option<String>,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
    pub successor_id: Option<OrgUnitId>,
    pub successor_name: Option<String>,
    /// Members now (a cell), or units open below (others).
    pub size: i64,
}

pub async fn admin_unit(conn: &mut PgConnection, id: OrgUnitId) -> sqlx::Result<Option<AdminUnit>> {
    Ok(admin_units(conn, Some(id), None).await?.into_iter().next())
}

/// The units directly under `parent`, open ones first, by name.
pub async fn admin_children(
    conn: &mut PgConnection,
    parent: OrgUnitId,
) -> sqlx::Result<Vec<AdminUnit>> {
    admin_units(conn, None, Some(parent)).await
}

async fn admin_units(
    conn: &mut PgConnection,
    id: Option<OrgUnitId>,
    parent: Option<OrgUnitId>,
) -> sqlx::Result<Vec<AdminUnit>> {
    sqlx::query_as!(
        AdminUnit,
        r#"select u.id as "id: OrgUnitId", u.code, u.name, u.kind as "kind: OrgKind", u.place,
                  p.name as "parent_name?", u.valid_from, u.valid_to,
                  u.successor_id as "successor_id: OrgUnitId", s.name as "successor_name?",
                  case when u.kind in ('cell', 'grassroots_cell')
                       then (select count(*) from cell_memberships cm
                             where cm.cell_id = u.id and cm.valid_to is null)
                       else (select count(*) from org_units c
                             where c.parent_id = u.id and c.valid_to is null) end as "size!"
           from org_units u
           left join org_units p on p.id = u.parent_id
           left join org_units s on s.id = u.successor_id
           where ($1::bigint is null or u.id = $1) and ($2::bigint is null or u.parent_id = $2)
           order by u.valid_to is not null, u.name collate "vi-VN-x-icu", u.id"#,
        id.map(|i| i.0),
        parent.map(|p| p.0)
    )
    .fetch_all(conn)
    .await
}

/// Open units of the same kind that `unit` may close into: those beside it and those
/// beside its parent's siblings' children (a merge across a former district line).
pub async fn successor_choices(
    conn: &mut PgConnection,
    unit: OrgUnitId,
) -> sqlx::Result<Vec<AdminUnit>> {
    let ids: Vec<i64> = sqlx::query_scalar!(
        r#"select c.id as "id!" from org_units me
           join org_units par on par.id = me.parent_id
           join org_units aunt on aunt.parent_id is not distinct from par.parent_id
                               and aunt.valid_to is null
           join org_units c on c.parent_id in (aunt.id, par.id)
           where me.id = $1 and c.id <> me.id and c.valid_to is null and c.kind = me.kind
           group by c.id, c.name
           order by c.name collate "vi-VN-x-icu" limit 300"#,
        unit as OrgUnitId
    )
    .fetch_all(&mut *conn)
    .await?;
    choices(conn, &ids).await
}

/// Open units a new successor of `unit` may sit under: the units above it and the
/// siblings of its parent.
pub async fn parent_choices(
    conn: &mut PgConnection,
    unit: OrgUnitId,
) -> sqlx::Result<Vec<AdminUnit>> {
    let ids: Vec<i64> = sqlx::query_scalar!(
        r#"select c.id as "id!" from org_units me
           join org_units par on par.id = me.parent_id
           join org_units c on (c.id = any(me.ancestors) and c.id <> me.id)
                            or (c.parent_id is not distinct from par.parent_id)
           where me.id = $1 and c.valid_to is null
           group by c.id limit 300"#,
        unit as OrgUnitId
    )
    .fetch_all(&mut *conn)
    .await?;
    choices(conn, &ids).await
}

async fn choices(conn: &mut PgConnection, ids: &[i64]) -> sqlx::Result<Vec<AdminUnit>> {
    sqlx::query_as!(
        AdminUnit,
        r#"select u.id as "id: OrgUnitId", u.code, u.name, u.kind as "kind: OrgKind", u.place,
                  p.name as "parent_name?", u.valid_from, u.valid_to,
                  u.successor_id as "successor_id: OrgUnitId", null::text as "successor_name?",
                  0::bigint as "size!"
           from org_units u left join org_units p on p.id = u.parent_id
           where u.id = any($1)
           order by u.kind, u.name collate "vi-VN-x-icu""#,
        ids
    )
    .fetch_all(conn)
    .await
}
