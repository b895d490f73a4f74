//! Hints against copied pledges: for each item of a plan, the closest item elsewhere
//! that a reviewer would compare it with — another plan of the same cell that year (a
//! member's plan), a sibling unit's plan that year (a collective plan), another
//! committee's commitment that year, or the same author's plan of the last year they
//! filed one — when the texts, folded (no tone marks, đ → d), are at least `threshold`
//! similar by trigrams (pg_trgm). Items are compared with items of the same kind (a copy
//! keeps its kind; this keeps a cell of sixty within a few thousand comparisons). Only
//! plans the viewer oversees are compared with.

use sqlx::PgConnection;

use crate::domain::Named;
use crate::domain::ids::{OrgUnitId, PlanId, PlanItemId};
use crate::domain::plan::PlanKind;

/// Texts at least this similar are flagged. Tuned on the demo: copied pledges with a
/// changed place name or number score 0.75–0.95; different pledges of the same kind in
/// one cell stay below 0.5.
pub const THRESHOLD: f32 = 0.6;

/// Where a similar text was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Another plan of the same year.
    SameYear,
    /// The same member's or unit's plan of an earlier year.
    EarlierYear,
}

/// A similar item found elsewhere.
#[derive(Debug, Clone)]
pub struct Similar {
    /// This plan's item.
    pub item_id: PlanItemId,
    pub other_plan: PlanId,
    pub other_year: i32,
    pub other_owner: Option<String>,
    pub other_unit: String,
    pub other_content: String,
    /// 0–1.
    pub similarity: f32,
    pub source: Source,
}

/// The plan being looked at, as far as the comparison needs it.
pub struct Subject {
    pub plan: PlanId,
    pub kind: PlanKind,
    pub year: i32,
    pub unit: OrgUnitId,
    pub parent: Option<OrgUnitId>,
    pub member: Option<crate::domain::ids::MemberId>,
}

/// For each item of the plan with a similar text elsewhere, the most similar one.
pub async fn similar_items(
    conn: &mut PgConnection,
    subject: &Subject,
    viewer_units: &[OrgUnitId],
    threshold: f32,
) -> sqlx::Result<Vec<Similar>> {
    if viewer_units.is_empty() {
        return Ok(Vec::new());
    }
    let viewer_units: Vec<i64> = viewer_units.iter().map(|u| u.0).collect();
    let rows = sqlx::query!(
        r#"with mine as (
               select i.id, i.kind, fold_vi(i.content) as folded from plan_items i where i.plan_id = $1
           ),
           earlier as (
               select max(year) as year from (
                   select p.year from plans p
                   where $6::bigint is not null and p.kind = 'personal' and p.year < $3
                     and p.member_id = $6
                   union all
                   select p.year from plans p
                   where $6::bigint is null and p.kind = $2 and p.year < $3
                     and p.org_unit_id = $4
               ) y
           ),
           -- One branch per source, each on its index: the same cell's plans this year
           -- (personal), the sibling units' (collective), the other committees'
           -- (commitments), and the same member's or unit's latest earlier plan.
           candidates as (
               select p.id, p.year, p.member_id, p.org_unit_id, p.year = $3 as same_year
               from (
                   select p.id, p.year, p.member_id, p.org_unit_id from plans p
                   where $2 = 'personal' and p.kind = 'personal' and p.year = $3
                     and p.org_unit_id = $4
                   union all
                   select p.id, p.year, p.member_id, p.org_unit_id
                   from org_units s
                   join plans p on p.org_unit_id = s.id and p.kind = 'collective' and p.year = $3
                   where $2 = 'collective' and s.parent_id = $5 and s.id <> $4
                   union all
                   select p.id, p.year, p.member_id, p.org_unit_id from plans p
                   where $2 not in ('personal', 'collective') and p.kind = $2 and p.year = $3
                     and p.org_unit_id <> $4
                   union all
                   select p.id, p.year, p.member_id, p.org_unit_id from plans p
                   where $6::bigint is not null and p.kind = 'personal'
                     and p.year = (select year from earlier) and p.member_id = $6
                   union all
                   select p.id, p.year, p.member_id, p.org_unit_id from plans p
                   where $6::bigint is null and p.kind = $2
                     and p.year = (select year from earlier) and p.org_unit_id = $4
               ) p
               join org_units u on u.id = p.org_unit_id
               where p.id <> $1 and u.ancestors && $7
           ),
           -- Each text folded once, not once per pair; a copy keeps its kind of item.
           others as materialized (
               select c.id as plan_id, c.year, c.same_year, c.member_id, c.org_unit_id,
                      o.kind, o.content, fold_vi(o.content) as folded
               from candidates c
               join plan_items o on o.plan_id = c.id
           ),
           scored as (
               select m.id as item_id, o.plan_id, o.year, o.same_year,
                      o.member_id, o.org_unit_id, o.content,
                      similarity(m.folded, o.folded) as score
               from mine m
               join others o on o.kind = m.kind
           )
           select distinct on (s.item_id)
                  s.item_id as "item_id!: PlanItemId", s.plan_id as "plan_id!: PlanId",
                  s.year as "year!", s.same_year as "same_year!",
                  mb.full_name as "owner?", u.name as "unit!", s.content as "content!",
                  s.score as "score!"
           from scored s
           join org_units u on u.id = s.org_unit_id
           left join members mb on mb.id = s.member_id
           where s.score >= $8
           order by s.item_id, s.score desc, s.plan_id"#,
        subject.plan as PlanId,
        subject.kind.as_str(),
        subject.year,
        subject.unit as OrgUnitId,
        subject.parent.map(|p| p.0),
        subject.member.map(|m| m.0),
        &viewer_units,
        threshold
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Similar {
            item_id: r.item_id,
            other_plan: r.plan_id,
            other_year: r.year,
            other_owner: r.owner,
            other_unit: r.unit,
            other_content: r.content,
            similarity: r.score,
            source: if r.same_year {
                Source::SameYear
            } else {
                Source::EarlierYear
            },
        })
        .collect())
}
