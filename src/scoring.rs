//! Year-end scoring over a subtree, the one path by which proposals are made (the `score`
//! job and the cell's "propose" button alike): the cases of every member and every unit
//! are gathered by two set-based queries, rated by the pure schemes of
//! `crate::domain::rating`, and written in one statement each. Decided ratings are never
//! touched: only proposals are replaced.
//!
//! The quota's scope for members is their grassroots organisation (for a cell directly
//! under a commune committee, that committee); for a cell, the grassroots organisation
//! above it; for a grassroots organisation, the committee above it. Scoring a unit inside
//! a grassroots organisation scores the whole organisation, so that the quota is right.

use std::collections::{BTreeMap, HashMap};

use futures_util::TryStreamExt;
use serde_json::json;
use sqlx::PgConnection;

use crate::domain::Named;
use crate::domain::ids::{AccountId, MemberId, OrgUnitId};
use crate::domain::org::{MemberStatus, OrgKind};
use crate::domain::rating::{
    Collective, ItemResult, Level, MemberCase, MemberTally, NotRated, OrgCase, Outcome, Params,
    Rating, rate, rate_member, rate_orgs,
};
use crate::domain::year::RatingScheme;

/// A member's case and where it is rated.
#[derive(Debug, Clone)]
pub struct MemberScore {
    pub member_id: MemberId,
    pub cell_id: OrgUnitId,
    /// The cell and the units above it, from the root down.
    pub cell_path: Vec<OrgUnitId>,
    pub scope_id: OrgUnitId,
    pub case: MemberCase,
    pub rating: Rating,
}

/// A unit's case and where it is rated.
#[derive(Debug, Clone)]
pub struct UnitScore {
    pub unit_id: OrgUnitId,
    pub scope_id: OrgUnitId,
    pub case: OrgCase,
    pub rating: Rating,
}

/// Counts per level in one quota scope.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct ScopeCounts {
    pub scope: String,
    pub name: String,
    pub subjects: &'static str,
    pub excellent: u32,
    pub good: u32,
    pub completed: u32,
    pub not_completed: u32,
    pub not_rated: u32,
}

/// Everything one scoring pass made.
#[derive(Debug, Clone)]
pub struct Scored {
    pub year: i32,
    pub params: Params,
    pub root: OrgUnitId,
    pub members: Vec<MemberScore>,
    pub units: Vec<UnitScore>,
    scope_names: HashMap<OrgUnitId, (String, String)>,
}

impl Scored {
    /// Counts per level per scope, members first, in the order of the scopes' codes.
    pub fn counts(&self) -> Vec<ScopeCounts> {
        let mut by: BTreeMap<(u8, String), ScopeCounts> = BTreeMap::new();
        let mut add = |order: u8, subjects: &'static str, scope: OrgUnitId, rating: &Rating| {
            let (code, name) = self.scope_names.get(&scope).cloned().unwrap_or_default();
            let c = by
                .entry((order, code.clone()))
                .or_insert_with(|| ScopeCounts {
                    scope: code,
                    name,
                    subjects,
                    ..ScopeCounts::default()
                });
            match rating.level {
                Some(Level::Excellent) => c.excellent += 1,
                Some(Level::Good) => c.good += 1,
                Some(Level::Completed) => c.completed += 1,
                Some(Level::NotCompleted) => c.not_completed += 1,
                None => c.not_rated += 1,
            }
        };
        for m in &self.members {
            add(0, "members", m.scope_id, &m.rating);
        }
        for u in &self.units {
            add(1, "units", u.scope_id, &u.rating);
        }
        by.into_values().collect()
    }
}

/// The parameters of a year: those stored with it, or its scheme's defaults.
pub async fn year_params(conn: &mut PgConnection, year: i32) -> anyhow::Result<Option<Params>> {
    let row = sqlx::query!(
        r#"select rating_scheme as "scheme: RatingScheme", rating_params from years where year = $1"#,
        year
    )
    .fetch_optional(conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    // Parameters stored for another scheme (the scheme changed since) do not apply.
    let params = row
        .rating_params
        .map(serde_json::from_value::<Params>)
        .transpose()?
        .filter(|p| p.scheme == row.scheme)
        .unwrap_or_else(|| Params::default_for(row.scheme));
    Ok(Some(params))
}

/// The unit whose subtree holds whole quota scopes around `unit`: a cell or a branch
/// inside a grassroots organisation widens to that organisation.
async fn widen(conn: &mut PgConnection, unit: OrgUnitId) -> sqlx::Result<Option<OrgUnitId>> {
    sqlx::query_scalar!(
        r#"select (case when u.kind in ('cell', 'branch_party') then
                    coalesce((select a.id from org_units a
                              where a.id = any(u.ancestors) and a.kind = 'grassroots_party'),
                             u.parent_id)
                   else u.id end) as "id!: OrgUnitId"
           from org_units u where u.id = $1"#,
        unit as OrgUnitId
    )
    .fetch_optional(conn)
    .await
}

/// Rates every member and every unit (cells and grassroots organisations) of the subtree
/// of `unit` for `year` under the year's parameters. Reads only.
pub async fn score(conn: &mut PgConnection, year: i32, unit: OrgUnitId) -> anyhow::Result<Scored> {
    let params = year_params(conn, year)
        .await?
        .ok_or_else(|| anyhow::anyhow!("there is no year {year}"))?;
    params
        .check()
        .map_err(|e| anyhow::anyhow!("the parameters of {year}: {e}"))?;
    let root = widen(conn, unit)
        .await?
        .ok_or_else(|| anyhow::anyhow!("there is no unit {unit}"))?;
    let mut pledged = pledge_outcomes(conn, year, root).await?;
    let rows = sqlx::query!(
        r#"with cells as (
               select c.id, c.ancestors,
                      coalesce((select a.id from org_units a
                                where a.id = any(c.ancestors) and a.kind = 'grassroots_party'),
                               case when c.kind = 'grassroots_cell' then c.id else c.parent_id end)
                          as scope_id
               from org_units c
               where c.ancestors @> array[$1::bigint] and c.kind in ('cell', 'grassroots_cell')),
           rated as (
               select cm.member_id, cm.cell_id, cells.ancestors, cells.scope_id
               from cells join cell_memberships cm on cm.cell_id = cells.id
               where cm.valid_from <= make_date($2, 12, 31)
                 and (cm.valid_to is null or cm.valid_to > make_date($2, 12, 31))),
           facts as (
               select f.member_id,
                      bool_or(f.fact = 'disciplined') as disciplined,
                      coalesce(bool_and(f.self_detected) filter (where f.fact = 'disciplined'),
                               false) as self_detected,
                      bool_or(f.fact = 'degradation') as degradation,
                      bool_or(f.fact = 'prohibited') as prohibited,
                      bool_or(f.fact = 'example_duty') as example_duty,
                      min(f.not_rated) filter (where f.fact = 'not_rated') as not_rated
               from year_facts f
               where f.year = $2 and f.withdrawn_at is null and f.member_id is not null
               group by f.member_id),
           heads as (
               select distinct a.member_id, ra.org_unit_id
               from role_assignments ra join accounts a on a.id = ra.account_id
               where ra.role = 'cell_secretary' and ra.valid_to is null
                 and ra.org_unit_id in (select scope_id from cells)),
           secretaries as (
               select distinct a.member_id, ra.org_unit_id
               from role_assignments ra join accounts a on a.id = ra.account_id
               where ra.role = 'cell_secretary' and ra.valid_to is null
                 and ra.org_unit_id in (select id from cells))
           select r.member_id as "member_id!: MemberId", r.cell_id as "cell_id!: OrgUnitId",
                  r.ancestors as "ancestors!: Vec<OrgUnitId>",
                  r.scope_id as "scope_id!: OrgUnitId", s.code as scope_code, s.name as scope_name,
                  m.status as "status: MemberStatus",
                  coalesce(m.joined_on > make_date($2, 12, 31) - interval '6 months', false)
                      as "new_member!",
                  yr.common_points as "common_points?", yr.shortcomings_open as "shortcomings_open?",
                  coalesce(facts.disciplined, false) as "disciplined!",
                  coalesce(facts.self_detected, false) as "self_detected!",
                  coalesce(facts.degradation, false) as "degradation!",
                  coalesce(facts.prohibited, false) as "prohibited!",
                  coalesce(facts.example_duty, false) as "example_duty!",
                  facts.not_rated as "not_rated?",
                  (heads.member_id is not null) as "head!",
                  (secretaries.member_id is not null) as "leads_cell!"
           from rated r
           join members m on m.id = r.member_id
           join org_units s on s.id = r.scope_id
           left join year_reviews yr on yr.year = $2 and yr.member_id = r.member_id
           left join facts on facts.member_id = r.member_id
           left join heads on heads.member_id = r.member_id and heads.org_unit_id = r.scope_id
           left join secretaries
                  on secretaries.member_id = r.member_id and secretaries.org_unit_id = r.cell_id
           order by r.scope_id, r.member_id"#,
        root as OrgUnitId,
        year
    )
    .fetch_all(&mut *conn)
    .await?;

    let mut scope_names = HashMap::new();
    let mut members = Vec::with_capacity(rows.len());
    // The secretaries of their own cell (by position in `members`), for the head rules.
    let mut leads: Vec<(usize, OrgUnitId)> = Vec::new();
    for r in rows {
        scope_names
            .entry(r.scope_id)
            .or_insert_with(|| (r.scope_code.clone(), r.scope_name.clone()));
        let not_rated = r
            .not_rated
            .as_deref()
            .and_then(NotRated::parse)
            .or(match r.status {
                MemberStatus::Exempted => Some(NotRated::Exempted),
                MemberStatus::Suspended => Some(NotRated::Suspended),
                _ => None,
            })
            .or(r.new_member.then_some(NotRated::NewMember));
        let items = pledged.members.remove(&r.member_id).unwrap_or_default();
        let case = MemberCase {
            id: r.member_id.0.to_string(),
            org: r.scope_code,
            items,
            common_points: r.common_points.unwrap_or(0.0),
            shortcomings_open: u32::try_from(r.shortcomings_open.unwrap_or(0)).unwrap_or(0),
            disciplined: r.disciplined,
            self_detected: r.self_detected,
            degradation: r.degradation,
            prohibited: r.prohibited,
            example_duty: r.example_duty,
            not_rated,
            head: r.head,
            leads: None,
        };
        if r.leads_cell {
            leads.push((members.len(), r.cell_id));
        }
        members.push((r.member_id, r.cell_id, r.ancestors, r.scope_id, case));
    }
    // The units are rated from their members' levels before the quota (the quota moves
    // excellent to good, which no unit rule tells apart) and before the head rules.
    let tallies = tally(
        members
            .iter()
            .map(|m| (&m.2, rate_member(&params, &m.4).level)),
    );
    let units = score_units(
        conn,
        year,
        root,
        &params,
        &tallies,
        pledged.units,
        &mut scope_names,
    )
    .await?;
    // A cell's secretary is then measured against the cell (when the year's parameters have
    // the head rules and the cell's plan has items), before the members' quota.
    if params.head_capped_by_collective || params.head_fails_below_percent.is_some() {
        let collectives: HashMap<OrgUnitId, Collective> = units
            .iter()
            .filter(|u| !u.case.items.is_empty())
            .filter_map(|u| {
                let level = u.rating.level?;
                let done = u
                    .case
                    .items
                    .iter()
                    .filter(|i| i.outcome != Outcome::NotDone)
                    .count();
                #[allow(clippy::cast_precision_loss)]
                let done_percent = done as f64 * 100.0 / u.case.items.len() as f64;
                Some((
                    u.unit_id,
                    Collective {
                        level,
                        done_percent,
                    },
                ))
            })
            .collect();
        for (i, cell) in leads {
            members[i].4.leads = collectives.get(&cell).copied();
        }
    }
    let cases: Vec<MemberCase> = members.iter().map(|m| m.4.clone()).collect();
    let ratings = rate(&params, &cases);
    let members: Vec<MemberScore> = members
        .into_iter()
        .zip(ratings)
        .map(
            |((member_id, cell_id, cell_path, scope_id, case), rating)| MemberScore {
                member_id,
                cell_id,
                cell_path,
                scope_id,
                case,
                rating,
            },
        )
        .collect();
    Ok(Scored {
        year,
        params,
        root,
        members,
        units,
        scope_names,
    })
}

/// Each unit's members as rated, counted up the tree (every unit on a member's path).
fn tally<'a>(
    members: impl Iterator<Item = (&'a Vec<OrgUnitId>, Option<Level>)>,
) -> HashMap<OrgUnitId, MemberTally> {
    let mut tallies: HashMap<OrgUnitId, MemberTally> = HashMap::new();
    for (path, level) in members {
        let Some(level) = level else {
            continue;
        };
        for unit in path {
            let t = tallies.entry(*unit).or_default();
            t.rated += 1;
            if level.rank() >= Level::Good.rank() {
                t.good_or_better += 1;
            }
            if level.rank() >= Level::Completed.rank() {
                t.completed_or_better += 1;
            }
        }
    }
    tallies
}

/// The approved pledges of the year in the subtree of `root`, as rated, by writer: a
/// personal plan's by its member, a collective plan's by its unit.
#[derive(Default)]
struct Pledged {
    members: HashMap<MemberId, Vec<ItemResult>>,
    units: HashMap<OrgUnitId, Vec<ItemResult>>,
}

/// Each item of the year's approved personal and collective plans under `root`, in the
/// plans' order: the cell's outcome, or, until the cell assesses it, its writer's (marked
/// unconfirmed), or not done when nobody assessed it (marked so). One pass over the
/// items, streamed: one row per item, grouped here rather than in SQL (five ordered
/// aggregates per plan cost more than the grouping).
async fn pledge_outcomes(
    conn: &mut PgConnection,
    year: i32,
    root: OrgUnitId,
) -> sqlx::Result<Pledged> {
    let mut rows = sqlx::query!(
        r#"select p.member_id as "member_id?: MemberId", p.org_unit_id as "unit_id!: OrgUnitId",
                  i.id, i.weight, rv.outcome as "reviewed?", sf.outcome as "own?"
           from plans p
           join org_units u on u.id = p.org_unit_id
           join plan_items i on i.plan_id = p.id
           left join item_assessments rv
                  on rv.plan_id = p.id and rv.by_reviewer and rv.item_id = i.id
           left join item_assessments sf
                  on sf.plan_id = p.id and not sf.by_reviewer and sf.item_id = i.id
           where p.year = $2 and p.state = 'approved' and p.kind in ('personal', 'collective')
             and u.ancestors @> array[$1::bigint]
           order by p.id, i.position"#,
        root as OrgUnitId,
        year
    )
    .fetch(conn);
    let mut pledged = Pledged::default();
    while let Some(r) = rows.try_next().await? {
        let outcome = r.reviewed.as_deref().or(r.own.as_deref());
        let item = ItemResult {
            outcome: outcome.and_then(Outcome::parse).unwrap_or(Outcome::NotDone),
            weight: u32::try_from(r.weight).unwrap_or(1),
            item: Some(r.id),
            unconfirmed: r.reviewed.is_none() && r.own.is_some(),
            unassessed: outcome.is_none(),
        };
        match r.member_id {
            Some(member) => pledged.members.entry(member).or_default().push(item),
            None => pledged.units.entry(r.unit_id).or_default().push(item),
        }
    }
    Ok(pledged)
}

/// The units of the subtree that file a collective plan, rated from it, from what was
/// recorded about them and from their members' ratings.
async fn score_units(
    conn: &mut PgConnection,
    year: i32,
    root: OrgUnitId,
    params: &Params,
    tallies: &HashMap<OrgUnitId, MemberTally>,
    mut units_pledged: HashMap<OrgUnitId, Vec<ItemResult>>,
    scope_names: &mut HashMap<OrgUnitId, (String, String)>,
) -> anyhow::Result<Vec<UnitScore>> {
    let rows = sqlx::query!(
        r#"with units as (
               select u.id, u.kind,
                      case when u.kind = 'cell' then
                          coalesce((select a.id from org_units a
                                    where a.id = any(u.ancestors) and a.kind = 'grassroots_party'),
                                   u.parent_id)
                      else u.parent_id end as scope_id
               from org_units u
               where u.ancestors @> array[$1::bigint]
                 and u.kind in ('cell', 'grassroots_cell', 'grassroots_party')
                 -- a unit whose deciding committee is above the pass is left to a pass
                 -- from there, where its whole quota scope is seen
                 and (u.kind = 'cell' or u.parent_id = $1
                      or exists (select 1 from org_units above
                                 where above.id = u.parent_id
                                   and above.ancestors @> array[$1::bigint]))
                 and (u.id <> $1 or u.kind = 'cell')
                 and u.valid_from <= make_date($2, 12, 31)
                 and (u.valid_to is null or u.valid_to > make_date($2, 12, 31))),
           facts as (
               select f.org_unit_id,
                      bool_or(f.fact = 'disciplined') as disciplined,
                      coalesce(bool_and(f.self_detected) filter (where f.fact = 'disciplined'),
                               false) as self_detected,
                      bool_or(f.fact = 'degradation') as degradation,
                      bool_or(f.fact = 'below_disciplined') as below_disciplined
               from year_facts f
               where f.year = $2 and f.withdrawn_at is null and f.org_unit_id is not null
               group by f.org_unit_id)
           select u.id as "id!: OrgUnitId", u.kind as "kind!: OrgKind",
                  u.scope_id as "scope_id!: OrgUnitId",
                  s.code as scope_code, s.name as scope_name,
                  yr.common_points as "common_points?", yr.shortcomings_open as "shortcomings_open?",
                  coalesce(facts.disciplined, false) as "disciplined!",
                  coalesce(facts.self_detected, false) as "self_detected!",
                  coalesce(facts.degradation, false) as "degradation!",
                  coalesce(facts.below_disciplined, false) as "below_disciplined!"
           from units u
           join org_units s on s.id = u.scope_id
           left join year_reviews yr on yr.year = $2 and yr.org_unit_id = u.id
           left join facts on facts.org_unit_id = u.id
           order by u.scope_id, u.id"#,
        root as OrgUnitId,
        year
    )
    .fetch_all(conn)
    .await?;

    let mut units = Vec::with_capacity(rows.len());
    for r in rows {
        scope_names
            .entry(r.scope_id)
            .or_insert_with(|| (r.scope_code.clone(), r.scope_name.clone()));
        let case = OrgCase {
            id: r.id.0.to_string(),
            scope: r.scope_code,
            items: units_pledged.remove(&r.id).unwrap_or_default(),
            common_points: r.common_points.unwrap_or(0.0),
            shortcomings_open: u32::try_from(r.shortcomings_open.unwrap_or(0)).unwrap_or(0),
            disciplined: r.disciplined,
            self_detected: r.self_detected,
            degradation: r.degradation,
            below_disciplined: r.below_disciplined,
            members: tallies.get(&r.id).copied().unwrap_or_default(),
            is_cell: r.kind.holds_members(),
        };
        units.push((r.id, r.scope_id, case));
    }
    let cases: Vec<OrgCase> = units.iter().map(|u| u.2.clone()).collect();
    let ratings = rate_orgs(params, &cases);
    Ok(units
        .into_iter()
        .zip(ratings)
        .map(|((unit_id, scope_id, case), rating)| UnitScore {
            unit_id,
            scope_id,
            case,
            rating,
        })
        .collect())
}

/// What a write changed.
#[derive(Debug, Clone, Copy, Default, serde::Serialize)]
pub struct Written {
    pub members: u64,
    pub units: u64,
}

/// Stores the proposals of a scoring pass — of every member and unit, or only of the
/// members of `only_cell` — replacing older proposals and leaving decided ratings alone,
/// and records who did it in the audit log (no actor: the `score` job).
pub async fn write(
    conn: &mut PgConnection,
    scored: &Scored,
    only_cell: Option<OrgUnitId>,
    actor: Option<AccountId>,
) -> anyhow::Result<Written> {
    let params_json = serde_json::to_value(&scored.params)?;
    let params_id: i64 = sqlx::query_scalar!(
        "insert into rating_params (scheme, params) values ($1, $2)
         on conflict (params) do update set scheme = excluded.scheme
         returning id",
        scored.params.scheme.as_str(),
        params_json
    )
    .fetch_one(&mut *conn)
    .await?;

    // One statement per kind of subject, the same but for the subject's column and the
    // unique index the conflict is judged on.
    macro_rules! store {
        ($subject:literal, $key:literal, $columns:ident) => {
            sqlx::query!(
                "insert into ratings (year, " + $subject + ", scope_unit_id, level, not_rated,
                        points, before_quota, moved_by_quota, tie_at_boundary, quota_allowed,
                        quota_qualified, proposed_level, params_id, inputs, proposed_by)
                 select $1, u.subject, u.scope, u.level, u.not_rated, u.points, u.before_quota,
                        u.moved, u.tie, u.allowed, u.qualified, u.level, $2, u.inputs::jsonb, $3
                 from unnest($4::bigint[], $5::bigint[], $6::text[], $7::text[], $8::float8[],
                             $9::text[], $10::bool[], $11::bool[], $12::int[], $13::int[],
                             $14::text[])
                      as u(subject, scope, level, not_rated, points, before_quota, moved, tie,
                           allowed, qualified, inputs)
                 on conflict " + $key + " do update set
                     scope_unit_id = excluded.scope_unit_id, level = excluded.level,
                     not_rated = excluded.not_rated, points = excluded.points,
                     before_quota = excluded.before_quota,
                     moved_by_quota = excluded.moved_by_quota,
                     tie_at_boundary = excluded.tie_at_boundary,
                     quota_allowed = excluded.quota_allowed,
                     quota_qualified = excluded.quota_qualified,
                     proposed_level = excluded.proposed_level, params_id = excluded.params_id,
                     inputs = excluded.inputs, proposed_by = excluded.proposed_by,
                     proposed_at = now(), version = ratings.version + 1
                 where ratings.state = 'proposed'",
                scored.year,
                params_id,
                actor.map(|a| a.0),
                &$columns.subject,
                &$columns.scope,
                &$columns.level as &[Option<&str>],
                &$columns.not_rated as &[Option<&str>],
                &$columns.points as &[Option<f64>],
                &$columns.before_quota as &[Option<&str>],
                &$columns.moved,
                &$columns.tie,
                &$columns.allowed as &[Option<i32>],
                &$columns.qualified as &[Option<i32>],
                &$columns.inputs
            )
        };
    }

    // In slices, so that neither side holds a whole province's cases at once.
    let mut written = Written::default();
    let members = scored
        .members
        .iter()
        .filter(|m| only_cell.is_none_or(|c| m.cell_id == c))
        .collect::<Vec<_>>();
    for slice in members.chunks(WRITE_SLICE) {
        let columns = Columns::of(slice.iter().map(|m| {
            (
                m.member_id.0,
                m.scope_id,
                &m.rating,
                serde_json::to_string(&m.case),
            )
        }))?;
        written.members += store!(
            "member_id",
            "(year, member_id) where member_id is not null",
            columns
        )
        .execute(&mut *conn)
        .await?
        .rows_affected();
    }
    let units: &[UnitScore] = if only_cell.is_some() {
        &[]
    } else {
        &scored.units
    };
    for slice in units.chunks(WRITE_SLICE) {
        let columns = Columns::of(slice.iter().map(|u| {
            (
                u.unit_id.0,
                u.scope_id,
                &u.rating,
                serde_json::to_string(&u.case),
            )
        }))?;
        written.units += store!(
            "org_unit_id",
            "(year, org_unit_id) where org_unit_id is not null",
            columns
        )
        .execute(&mut *conn)
        .await?
        .rows_affected();
    }
    sqlx::query!(
        "insert into audit_log (actor_id, entity, entity_id, action, details)
         values ($1, 'ratings', $2, 'propose', $3)",
        actor.map(|a| a.0),
        only_cell.unwrap_or(scored.root).0,
        json!({
            "year": scored.year,
            "unit": only_cell.unwrap_or(scored.root).0,
            "params_id": params_id,
            "members": written.members,
            "units": written.units,
        })
    )
    .execute(&mut *conn)
    .await?;
    Ok(written)
}

/// How many ratings one insert stores.
const WRITE_SLICE: usize = 10_000;

/// The ratings of a pass as columns, for one `unnest` insert.
struct Columns {
    subject: Vec<i64>,
    scope: Vec<i64>,
    level: Vec<Option<&'static str>>,
    not_rated: Vec<Option<&'static str>>,
    points: Vec<Option<f64>>,
    before_quota: Vec<Option<&'static str>>,
    moved: Vec<bool>,
    tie: Vec<bool>,
    allowed: Vec<Option<i32>>,
    qualified: Vec<Option<i32>>,
    /// The cases as JSON text, cast to `jsonb` by the statement.
    inputs: Vec<String>,
}

impl Columns {
    fn of<'a>(
        rows: impl Iterator<Item = (i64, OrgUnitId, &'a Rating, serde_json::Result<String>)>,
    ) -> serde_json::Result<Columns> {
        let mut c = Columns {
            subject: Vec::new(),
            scope: Vec::new(),
            level: Vec::new(),
            not_rated: Vec::new(),
            points: Vec::new(),
            before_quota: Vec::new(),
            moved: Vec::new(),
            tie: Vec::new(),
            allowed: Vec::new(),
            qualified: Vec::new(),
            inputs: Vec::new(),
        };
        for (subject, scope, rating, inputs) in rows {
            let quota = rating.quota_figures();
            c.subject.push(subject);
            c.scope.push(scope.0);
            c.level.push(rating.level.map(Named::as_str));
            c.not_rated.push(rating.not_rated.map(Named::as_str));
            c.points.push(rating.points);
            c.before_quota.push(rating.before_quota.map(Named::as_str));
            c.moved.push(rating.moved_by_quota);
            c.tie.push(rating.tie_at_boundary);
            c.allowed
                .push(quota.map(|q| i32::try_from(q.allowed).unwrap_or(i32::MAX)));
            c.qualified
                .push(quota.map(|q| i32::try_from(q.qualified).unwrap_or(i32::MAX)));
            c.inputs.push(inputs?);
        }
        Ok(c)
    }
}
