//! The demo's 2017 year-end, before the year closes: every approved item assessed by its
//! writer and by whoever approved the plan (a quarter exceeded, most on time, about one in
//! a hundred late, a rare one not done: near the shares provincial reports give), the cells' points for the common criteria, one member disciplined,
//! then the ratings proposed by the same scoring pass as `pledges score` and decided by
//! each deciding committee in January 2018, as the pages would record them.
//!
//! The outcomes come from a hash of each item's id: the same every time the demo loads.

use sqlx::PgConnection;

use crate::domain::ids::{AccountId, OrgUnitId};

/// The whole year-end of `year`: assessments, then ratings proposed and decided.
pub(super) async fn year_end(
    conn: &mut PgConnection,
    year: i32,
    province: OrgUnitId,
    admin: AccountId,
) -> anyhow::Result<()> {
    assess(conn, year, admin).await?;
    rate_and_decide(conn, year, province, admin).await
}

/// Every approved item of `year` assessed, the common criteria's points given, one member
/// disciplined (`admin` records it).
pub(super) async fn assess(
    conn: &mut PgConnection,
    year: i32,
    admin: AccountId,
) -> anyhow::Result<()> {
    let assessed_at = format!("{year}-12-20 09:00:00+07");
    // Whoever approved the plan assesses it; its writer (a member) assesses it too.
    sqlx::query(
        "with approved as (
             select p.id, p.kind, p.member_id,
                    (select r.approved_by from plan_revisions r where r.plan_id = p.id
                     order by r.revision desc limit 1) as approver
             from plans p
             where p.year = $1 and p.state = 'approved' and p.kind in ('personal', 'collective')),
         scored as (
             select a.id as plan_id, i.id as item_id, a.approver, w.id as writer,
                    abs(hashtext('cell' || i.id::text)) % 1000 as h,
                    abs(hashtext('self' || i.id::text)) % 1000 as s
             from approved a
             join plan_items i on i.plan_id = a.id
             left join accounts w on w.member_id = a.member_id)
         insert into item_assessments (plan_id, item_id, by_reviewer, outcome, evidence, actor_id, at)
         select plan_id, item_id, true,
                case when h < 250 then 'exceeded' when h < 985 then 'on_time'
                     when h < 997 then 'late' else 'not_done' end,
                '', approver, $2::timestamptz
         from scored where approver is not null
         union all
         select plan_id, item_id, false,
                case when s < 300 then 'exceeded' when s < 990 then 'on_time' else 'late' end,
                '', writer, $2::timestamptz - interval '5 days'
         from scored where writer is not null",
    )
    .bind(year)
    .bind(&assessed_at)
    .execute(&mut *conn)
    .await?;
    // The common criteria: 10 to 21 of 30 points, given by the one who approved the plan,
    // so that about one in six reaches the 90 points excellent needs.
    sqlx::query(
        "insert into year_reviews (year, member_id, org_unit_id, common_points,
                                   shortcomings_open, updated_by, updated_at)
         select p.year, p.member_id, case when p.member_id is null then p.org_unit_id end,
                10 + abs(hashtext('common' || p.id::text)) % 12,
                case when abs(hashtext('open' || p.id::text)) % 100 < 4 then 1 else 0 end,
                (select r.approved_by from plan_revisions r where r.plan_id = p.id
                 order by r.revision desc limit 1),
                $2::timestamptz
         from plans p
         where p.year = $1 and p.state = 'approved' and p.kind in ('personal', 'collective')",
    )
    .bind(year)
    .bind(&assessed_at)
    .execute(&mut *conn)
    .await?;
    // One member reprimanded in the year, recorded by the committee's inspection.
    sqlx::query(
        "insert into year_facts (year, member_id, fact, reason, on_date, recorded_by, recorded_at)
         select $1, p.member_id, 'disciplined',
                'Khiển trách do vi phạm quy định về thực hiện nhiệm vụ được giao (Quyết định số 07-QĐ/UBKT ngày 12/9/' || $1 || ')',
                make_date($1, 9, 12), $2, make_date($1, 9, 15)::timestamptz
         from plans p
         where p.year = $1 and p.kind = 'personal' and p.state = 'approved'
         order by p.id offset 37 limit 1",
    )
    .bind(year)
    .bind(admin.0)
    .execute(&mut *conn)
    .await?;

    Ok(())
}

/// The ratings of `year` under `province` proposed by the scoring pass and decided as
/// proposed by each deciding body.
pub(super) async fn rate_and_decide(
    conn: &mut PgConnection,
    year: i32,
    province: OrgUnitId,
    admin: AccountId,
) -> anyhow::Result<()> {
    // The tables were just filled: the planner needs their statistics.
    sqlx::query("analyze item_assessments, year_reviews, year_facts, plans, plan_items")
        .execute(&mut *conn)
        .await?;
    let scored = crate::scoring::score(conn, year, province).await?;
    crate::scoring::write(conn, &scored, None, None).await?;

    // Each deciding body decides as proposed, in mid-January, under its own number.
    let decided_at = format!("{}-01-12 15:00:00+07", year + 1);
    sqlx::query(
        "with deciders as (
             select s.id as scope, s.kind,
                    coalesce((select ra.account_id from role_assignments ra
                              where ra.org_unit_id = s.id
                                and ra.role in ('grassroots_committee', 'upper_secretary',
                                                'cell_secretary')
                              order by ra.role = 'cell_secretary', ra.id limit 1), $3) as account
             from org_units s
             where s.id in (select scope_unit_id from ratings where year = $1))
         update ratings r set state = 'decided', decided_by = d.account,
                decided_at = $2::timestamptz,
                decision_date = ($2::timestamptz at time zone 'Asia/Ho_Chi_Minh')::date,
                decision_number = (100 + r.scope_unit_id % 800)::text
                    || case d.kind when 'upper_committee' then '-QĐ/TU'
                                   when 'grassroots_cell' then '-QĐ/CB'
                                   else '-QĐ/ĐU' end,
                version = r.version + 1
         from deciders d
         where d.scope = r.scope_unit_id and r.year = $1 and r.state = 'proposed'",
    )
    .bind(year)
    .bind(&decided_at)
    .bind(admin.0)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "insert into audit_log (actor_id, at, entity, entity_id, action, details)
         select min(decided_by), min(decided_at), 'ratings', scope_unit_id, 'decide',
                jsonb_build_object('year', $1, 'decision_number', min(decision_number),
                                   'decision_date', min(decision_date), 'ratings', count(*))
         from ratings where year = $1 and state = 'decided'
         group by scope_unit_id",
    )
    .bind(year)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
