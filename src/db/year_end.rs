//! Year-end records: item assessments, the year's review of a member or unit, the facts
//! recorded about it, and the ratings (listing a scope's, deciding, reopening).

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::json;
use sqlx::PgConnection;

use crate::db::plans::{NewEvent, PlanRecord};
use crate::domain::assessment::{Assessment, FactKind, NewFact, Part};
use crate::domain::ids::{AccountId, MemberId, OrgUnitId, PlanId, PlanItemId};
use crate::domain::plan::EventKind;
use crate::domain::rating::{Level, MemberCase, NotRated, OrgCase, Outcome, Params, QuotaFigures};

/// Whose year: a member's or a unit's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Member(MemberId),
    Unit(OrgUnitId),
}

impl Subject {
    fn ids(self) -> (Option<i64>, Option<i64>) {
        match self {
            Subject::Member(m) => (Some(m.0), None),
            Subject::Unit(u) => (None, Some(u.0)),
        }
    }

    /// The subject whose year a plan's assessment belongs to.
    pub fn of_plan(plan: &PlanRecord) -> Subject {
        match plan.member_id {
            Some(m) => Subject::Member(m),
            None => Subject::Unit(plan.unit_id),
        }
    }
}

/// One assessment of an item, with who made it.
#[derive(Debug, Clone)]
pub struct Assessed {
    pub outcome: Outcome,
    pub evidence: String,
    pub by: String,
    pub at: DateTime<Utc>,
}

/// Both assessments of one item.
#[derive(Debug, Clone, Default)]
pub struct ItemAssessments {
    pub own: Option<Assessed>,
    pub reviewer: Option<Assessed>,
}

/// The assessments of a plan's items, by item.
pub async fn item_assessments(
    conn: &mut PgConnection,
    plan: PlanId,
) -> sqlx::Result<Vec<(PlanItemId, ItemAssessments)>> {
    let rows = sqlx::query!(
        r#"select ia.item_id as "item_id: PlanItemId", ia.by_reviewer,
                  ia.outcome as "outcome: Outcome", ia.evidence, a.display_name, ia.at
           from item_assessments ia join accounts a on a.id = ia.actor_id
           where ia.plan_id = $1"#,
        plan as PlanId
    )
    .fetch_all(conn)
    .await?;
    let mut out: Vec<(PlanItemId, ItemAssessments)> = Vec::new();
    for r in rows {
        let assessed = Assessed {
            outcome: r.outcome,
            evidence: r.evidence,
            by: r.display_name,
            at: r.at,
        };
        let entry = match out.iter_mut().position(|(id, _)| *id == r.item_id) {
            Some(i) => &mut out[i].1,
            None => {
                out.push((r.item_id, ItemAssessments::default()));
                &mut out.last_mut().expect("just pushed").1
            }
        };
        if r.by_reviewer {
            entry.reviewer = Some(assessed);
        } else {
            entry.own = Some(assessed);
        }
    }
    Ok(out)
}

/// The year's review of a member or unit: what the writer proposed, what the reviewer
/// gave for the common criteria. Version 0: nothing saved yet.
#[derive(Debug, Clone, Default)]
pub struct YearReview {
    pub self_level: Option<Level>,
    pub self_note: String,
    pub common_points: Option<f64>,
    pub shortcomings_open: i32,
    pub version: i32,
}

pub async fn review(
    conn: &mut PgConnection,
    year: i32,
    subject: Subject,
) -> sqlx::Result<YearReview> {
    let (member, unit) = subject.ids();
    let row = sqlx::query!(
        r#"select self_level as "self_level: Level", self_note, common_points, shortcomings_open,
                  version
           from year_reviews
           where year = $1 and member_id is not distinct from $2
             and org_unit_id is not distinct from $3"#,
        year,
        member,
        unit
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map_or_else(YearReview::default, |r| YearReview {
        self_level: r.self_level,
        self_note: r.self_note,
        common_points: r.common_points,
        shortcomings_open: r.shortcomings_open,
        version: r.version,
    }))
}

/// Saves an assessment of `plan` (the writer's or the reviewer's) and its part of the
/// year's review, if the review is still at `version`; records the plan event. False:
/// someone saved in the meantime, nothing was written.
pub async fn save_assessment(
    conn: &mut PgConnection,
    plan: &PlanRecord,
    actor: AccountId,
    assessment: &Assessment,
    version: i32,
) -> sqlx::Result<bool> {
    let subject = Subject::of_plan(plan);
    let (member, unit) = subject.ids();
    // The review row, locked (created empty the first time, at version 0).
    sqlx::query!(
        "insert into year_reviews (year, member_id, org_unit_id, updated_by, version)
         select $1, $2, $3, $4, 0
         where not exists (select 1 from year_reviews where year = $1
                           and member_id is not distinct from $2
                           and org_unit_id is not distinct from $3)
         on conflict do nothing",
        plan.year,
        member,
        unit,
        actor as AccountId
    )
    .execute(&mut *conn)
    .await?;
    let current: i32 = sqlx::query_scalar!(
        "select version from year_reviews
         where year = $1 and member_id is not distinct from $2
           and org_unit_id is not distinct from $3
         for update",
        plan.year,
        member,
        unit
    )
    .fetch_one(&mut *conn)
    .await?;
    if current != version {
        return Ok(false);
    }
    let by_reviewer = matches!(assessment.part, Part::Reviewer { .. });
    let items: Vec<i64> = assessment.verdicts.iter().map(|v| v.item.0).collect();
    let outcomes: Vec<&str> = assessment
        .verdicts
        .iter()
        .map(|v| crate::domain::Named::as_str(v.outcome))
        .collect();
    let evidence: Vec<&str> = assessment
        .verdicts
        .iter()
        .map(|v| v.evidence.as_str())
        .collect();
    sqlx::query!(
        "insert into item_assessments (plan_id, item_id, by_reviewer, outcome, evidence, actor_id)
         select $1, u.item, $2, u.outcome, u.evidence, $3
         from unnest($4::bigint[], $5::text[], $6::text[]) as u(item, outcome, evidence)
         join plan_items i on i.id = u.item and i.plan_id = $1
         on conflict (plan_id, by_reviewer, item_id) do update set
             outcome = excluded.outcome, evidence = excluded.evidence,
             actor_id = excluded.actor_id, at = now()",
        plan.id as PlanId,
        by_reviewer,
        actor as AccountId,
        &items,
        &outcomes as &[&str],
        &evidence as &[&str]
    )
    .execute(&mut *conn)
    .await?;
    match &assessment.part {
        Part::Own { level, note } => {
            sqlx::query!(
                "update year_reviews set self_level = $1, self_note = $2, updated_by = $3,
                        updated_at = now(), version = version + 1
                 where year = $4 and member_id is not distinct from $5
                   and org_unit_id is not distinct from $6",
                level.map(crate::domain::Named::as_str),
                note,
                actor as AccountId,
                plan.year,
                member,
                unit
            )
            .execute(&mut *conn)
            .await?;
        }
        Part::Reviewer {
            common_points,
            shortcomings_open,
        } => {
            sqlx::query!(
                "update year_reviews set common_points = $1, shortcomings_open = $2,
                        updated_by = $3, updated_at = now(), version = version + 1
                 where year = $4 and member_id is not distinct from $5
                   and org_unit_id is not distinct from $6",
                common_points,
                shortcomings_open,
                actor as AccountId,
                plan.year,
                member,
                unit
            )
            .execute(&mut *conn)
            .await?;
        }
    }
    let details = json!({
        "by": if by_reviewer { "reviewer" } else { "self" },
        "items": assessment.verdicts.iter().map(|v| json!({
            "item_id": v.item.0, "outcome": v.outcome, "evidence": v.evidence,
        })).collect::<Vec<_>>(),
        "part": match &assessment.part {
            Part::Own { level, note } => json!({ "self_level": level, "self_note": note }),
            Part::Reviewer { common_points, shortcomings_open } => json!({
                "common_points": common_points, "shortcomings_open": shortcomings_open,
            }),
        },
    });
    crate::db::plans::add_event(
        conn,
        plan.id,
        NewEvent {
            actor,
            action: EventKind::Assess,
            from: plan.state,
            to: plan.state,
            revision: plan.revision,
            comment: "",
            details,
            at: None,
        },
    )
    .await?;
    Ok(true)
}

/// A fact on record.
#[derive(Debug, Clone)]
pub struct Fact {
    pub id: i64,
    pub kind: FactKind,
    pub self_detected: bool,
    pub not_rated: Option<NotRated>,
    pub reason: String,
    pub on_date: NaiveDate,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
}

/// The facts of a year still on record, oldest first.
pub async fn facts(
    conn: &mut PgConnection,
    year: i32,
    subject: Subject,
) -> sqlx::Result<Vec<Fact>> {
    let (member, unit) = subject.ids();
    sqlx::query_as!(
        Fact,
        r#"select f.id, f.fact as "kind: FactKind", f.self_detected,
                  f.not_rated as "not_rated: NotRated", f.reason, f.on_date,
                  a.display_name as recorded_by, f.recorded_at
           from year_facts f join accounts a on a.id = f.recorded_by
           where f.year = $1 and f.member_id is not distinct from $2
             and f.org_unit_id is not distinct from $3 and f.withdrawn_at is null
           order by f.on_date, f.id"#,
        year,
        member,
        unit
    )
    .fetch_all(conn)
    .await
}

pub async fn add_fact(
    conn: &mut PgConnection,
    year: i32,
    subject: Subject,
    fact: &NewFact,
    actor: AccountId,
) -> sqlx::Result<i64> {
    let (member, unit) = subject.ids();
    let id = sqlx::query_scalar!(
        "insert into year_facts (year, member_id, org_unit_id, fact, self_detected, not_rated,
                                 reason, on_date, recorded_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id",
        year,
        member,
        unit,
        crate::domain::Named::as_str(fact.kind),
        fact.self_detected,
        fact.not_rated.map(crate::domain::Named::as_str),
        fact.reason,
        fact.on_date,
        actor as AccountId
    )
    .fetch_one(&mut *conn)
    .await?;
    crate::db::audit::record(
        conn,
        actor,
        "year_fact",
        id,
        "record",
        json!({ "year": year, "member_id": member, "org_unit_id": unit, "fact": fact.kind,
                "self_detected": fact.self_detected, "not_rated": fact.not_rated,
                "reason": fact.reason, "on_date": fact.on_date }),
    )
    .await?;
    Ok(id)
}

/// Withdraws a fact of this subject and year; false if there is none on record.
pub async fn withdraw_fact(
    conn: &mut PgConnection,
    id: i64,
    year: i32,
    subject: Subject,
    actor: AccountId,
    reason: &str,
) -> sqlx::Result<bool> {
    let (member, unit) = subject.ids();
    let done = sqlx::query!(
        "update year_facts set withdrawn_by = $1, withdrawn_at = now(), withdrawn_reason = $2
         where id = $3 and year = $4 and member_id is not distinct from $5
           and org_unit_id is not distinct from $6 and withdrawn_at is null",
        actor as AccountId,
        reason,
        id,
        year,
        member,
        unit
    )
    .execute(&mut *conn)
    .await?
    .rows_affected()
        == 1;
    if done {
        crate::db::audit::record(
            conn,
            actor,
            "year_fact",
            id,
            "withdraw",
            json!({ "reason": reason }),
        )
        .await?;
    }
    Ok(done)
}

/// A stored rating, with what it was made from.
#[derive(Debug, Clone)]
pub struct StoredRating {
    pub id: i64,
    pub year: i32,
    pub member_id: Option<MemberId>,
    pub unit_id: Option<OrgUnitId>,
    /// The member's or the unit's name.
    pub name: String,
    /// The member's cell (or the rated unit), and its path from the root.
    pub place_id: OrgUnitId,
    pub place_name: String,
    pub place_path: Vec<OrgUnitId>,
    pub scope_id: OrgUnitId,
    pub scope_name: String,
    pub decided: bool,
    pub level: Option<Level>,
    pub not_rated: Option<NotRated>,
    pub points: Option<f64>,
    pub proposed_level: Option<Level>,
    pub moved_by_quota: bool,
    pub tie_at_boundary: bool,
    pub quota: Option<QuotaFigures>,
    pub params: serde_json::Value,
    pub inputs: serde_json::Value,
    pub decided_by: Option<String>,
    pub decision_number: Option<String>,
    pub decision_date: Option<NaiveDate>,
    /// The raised quota share the decision applied, with its reason.
    pub raised_quota: Option<(u32, String)>,
    pub version: i32,
}

impl StoredRating {
    /// The parameters and the case it was made from, as the scheme's code reads them.
    pub fn case(&self) -> Option<(Params, Case)> {
        let params: Params = serde_json::from_value(self.params.clone()).ok()?;
        let case = if self.member_id.is_some() {
            Case::Member(serde_json::from_value(self.inputs.clone()).ok()?)
        } else {
            Case::Unit(serde_json::from_value(self.inputs.clone()).ok()?)
        };
        Some((params, case))
    }
}

#[derive(Debug, Clone)]
pub enum Case {
    Member(MemberCase),
    Unit(OrgCase),
}

macro_rules! stored_rating_query {
    ($where:literal, $($arg:expr),*) => {
        sqlx::query!(
            r#"select r.id, r.year, r.member_id as "member_id: MemberId",
                      r.org_unit_id as "unit_id: OrgUnitId",
                      coalesce(m.full_name, u.name) as "name!",
                      coalesce(cm.cell_id, r.org_unit_id) as "place_id!: OrgUnitId",
                      place.name as place_name, place.ancestors as "place_path: Vec<OrgUnitId>",
                      r.scope_unit_id as "scope_id: OrgUnitId", s.name as scope_name,
                      r.state = 'decided' as "decided!",
                      r.level as "level: Level", r.not_rated as "not_rated: NotRated", r.points,
                      r.proposed_level as "proposed_level: Level", r.moved_by_quota,
                      r.tie_at_boundary, r.quota_allowed, r.quota_qualified,
                      rp.params, r.inputs, da.display_name as "decided_by?", r.decision_number,
                      r.decision_date, r.raised_quota, r.version,
                      m.given_name as "given_name?"
               from ratings r
               join rating_params rp on rp.id = r.params_id
               join org_units s on s.id = r.scope_unit_id
               left join members m on m.id = r.member_id
               left join org_units u on u.id = r.org_unit_id
               left join lateral (
                   select cm.cell_id from cell_memberships cm
                   where cm.member_id = r.member_id
                     and cm.valid_from <= make_date(r.year, 12, 31)
                   order by cm.valid_from desc limit 1) cm on true
               join org_units place on place.id = coalesce(cm.cell_id, r.org_unit_id)
               left join accounts da on da.id = r.decided_by
               "# + $where,
            $($arg),*
        )
    };
}

macro_rules! to_stored {
    ($r:expr) => {{
        let r = $r;
        StoredRating {
            id: r.id,
            year: r.year,
            member_id: r.member_id,
            unit_id: r.unit_id,
            name: r.name,
            place_id: r.place_id,
            place_name: r.place_name,
            place_path: r.place_path,
            scope_id: r.scope_id,
            scope_name: r.scope_name,
            decided: r.decided,
            level: r.level,
            not_rated: r.not_rated,
            points: r.points,
            proposed_level: r.proposed_level,
            moved_by_quota: r.moved_by_quota,
            tie_at_boundary: r.tie_at_boundary,
            quota: r
                .quota_allowed
                .zip(r.quota_qualified)
                .map(|(a, q)| QuotaFigures {
                    allowed: u32::try_from(a).unwrap_or(0),
                    qualified: u32::try_from(q).unwrap_or(0),
                    moved_down: r.moved_by_quota,
                    tie: r.tie_at_boundary,
                }),
            params: r.params,
            inputs: r.inputs,
            decided_by: r.decided_by,
            decision_number: r.decision_number,
            decision_date: r.decision_date,
            raised_quota: r.raised_quota.and_then(|v| {
                Some((
                    u32::try_from(v.get("percent")?.as_u64()?).ok()?,
                    v.get("reason")?.as_str()?.to_owned(),
                ))
            }),
            version: r.version,
        }
    }};
}

pub async fn rating(conn: &mut PgConnection, id: i64) -> sqlx::Result<Option<StoredRating>> {
    let row = stored_rating_query!("where r.id = $1", id)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(|r| to_stored!(r)))
}

/// The rating of a member's or a unit's year (id, decided), if there is one.
pub async fn subject_rating_id(
    conn: &mut PgConnection,
    year: i32,
    subject: Subject,
) -> sqlx::Result<Option<(i64, bool)>> {
    let (member, unit) = subject.ids();
    let row = sqlx::query!(
        r#"select id, state = 'decided' as "decided!" from ratings
           where year = $1 and member_id is not distinct from $2
             and org_unit_id is not distinct from $3"#,
        year,
        member,
        unit
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.id, r.decided)))
}

/// The rating of a member in a year, if there is one.
pub async fn member_rating_id(
    conn: &mut PgConnection,
    year: i32,
    member: MemberId,
) -> sqlx::Result<Option<(i64, bool)>> {
    let row = sqlx::query!(
        r#"select id, state = 'decided' as "decided!" from ratings
           where year = $1 and member_id = $2"#,
        year,
        member as MemberId
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.id, r.decided)))
}

/// The ratings a unit decides in a year (its members', then its units'), in the order of
/// the official list: by cell, then by given name.
pub async fn scope_ratings(
    conn: &mut PgConnection,
    scope: OrgUnitId,
    year: i32,
) -> sqlx::Result<Vec<StoredRating>> {
    let rows = stored_rating_query!(
        "where r.scope_unit_id = $1 and r.year = $2
         order by r.member_id is null, place.name, m.given_name collate \"vi-VN-x-icu\",
                  coalesce(m.full_name, u.name) collate \"vi-VN-x-icu\", r.id",
        scope as OrgUnitId,
        year
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| to_stored!(r)).collect())
}

/// The ratings of a cell's members in a year.
pub async fn cell_ratings(
    conn: &mut PgConnection,
    cell: OrgUnitId,
    year: i32,
) -> sqlx::Result<Vec<StoredRating>> {
    let rows = stored_rating_query!(
        "where r.year = $2 and r.member_id is not null and cm.cell_id = $1
         order by m.given_name collate \"vi-VN-x-icu\", m.full_name collate \"vi-VN-x-icu\", r.id",
        cell as OrgUnitId,
        year
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| to_stored!(r)).collect())
}

/// A decision on the ratings of a scope: each rating's level as decided.
#[derive(Debug, Clone)]
pub struct Decision {
    pub levels: Vec<(i64, i32, Option<Level>)>,
    pub number: String,
    pub date: NaiveDate,
    /// A quota share raised above 20 %, with its reason.
    pub raised: Option<(u32, String)>,
}

/// Decides the given ratings of `scope`, each still proposed and at the version the form
/// carried; false (nothing written) if any was changed or decided in the meantime.
pub async fn decide(
    conn: &mut PgConnection,
    scope: OrgUnitId,
    year: i32,
    decision: &Decision,
    actor: AccountId,
) -> sqlx::Result<bool> {
    let ids: Vec<i64> = decision.levels.iter().map(|l| l.0).collect();
    let versions: Vec<i32> = decision.levels.iter().map(|l| l.1).collect();
    let levels: Vec<Option<&str>> = decision
        .levels
        .iter()
        .map(|l| l.2.map(crate::domain::Named::as_str))
        .collect();
    let updated = sqlx::query!(
        "update ratings r set state = 'decided', level = u.level,
                decided_by = $1, decided_at = now(), decision_number = $2, decision_date = $3,
                raised_quota = $9, version = r.version + 1
         from unnest($4::bigint[], $5::int[], $6::text[]) as u(id, version, level)
         where r.id = u.id and r.version = u.version and r.state = 'proposed'
           and r.scope_unit_id = $7 and r.year = $8
           and (u.level is null) = (r.level is null)",
        actor as AccountId,
        decision.number,
        decision.date,
        &ids,
        &versions,
        &levels as &[Option<&str>],
        scope as OrgUnitId,
        year,
        decision
            .raised
            .as_ref()
            .map(|(p, why)| json!({ "percent": p, "reason": why }))
    )
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if updated != ids.len() as u64 {
        return Ok(false);
    }
    crate::db::audit::record(
        conn,
        actor,
        "ratings",
        scope.0,
        "decide",
        json!({
            "year": year,
            "decision_number": decision.number,
            "decision_date": decision.date,
            "raised_quota": decision.raised.as_ref().map(|(p, why)| json!({"percent": p, "reason": why})),
            "levels": decision.levels.iter().map(|(id, _, level)| json!({"rating_id": id, "level": level})).collect::<Vec<_>>(),
        }),
    )
    .await?;
    Ok(true)
}

/// Reopens a decided rating, with the reason on record; false if it is not decided (or
/// not at `version`).
pub async fn reopen(
    conn: &mut PgConnection,
    id: i64,
    version: i32,
    reason: &str,
    actor: AccountId,
) -> sqlx::Result<bool> {
    let row = sqlx::query!(
        r#"with before as (select decision_number, decision_date, level from ratings
                           where id = $1 for update)
           update ratings r set state = 'proposed', decided_by = null, decided_at = null,
                  decision_number = null, decision_date = null, raised_quota = null,
                  version = r.version + 1
           from before
           where r.id = $1 and r.version = $2 and r.state = 'decided'
           returning before.decision_number as "number?", before.decision_date as "date?",
                     before.level as "level?""#,
        id,
        version
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(before) = row else {
        return Ok(false);
    };
    crate::db::audit::record(
        conn,
        actor,
        "rating",
        id,
        "reopen",
        json!({ "reason": reason, "decision_number": before.number,
                "decision_date": before.date, "level": before.level }),
    )
    .await?;
    Ok(true)
}

/// The levels members proposed for themselves in a year, of those asked.
pub async fn self_levels(
    conn: &mut PgConnection,
    year: i32,
    members: &[MemberId],
) -> sqlx::Result<std::collections::HashMap<MemberId, Level>> {
    let ids: Vec<i64> = members.iter().map(|m| m.0).collect();
    let rows = sqlx::query!(
        r#"select member_id as "member_id!: MemberId", self_level as "level!: Level"
           from year_reviews
           where year = $1 and member_id = any($2) and self_level is not null"#,
        year,
        &ids
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.member_id, r.level)).collect())
}
