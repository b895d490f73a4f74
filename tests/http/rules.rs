//! The rules kept in two places agree: the database's transition trigger and the Rust
//! workflow table, and the queue's SQL and the Rust `decides` predicate (on generated org
//! trees of every real shape).

use std::collections::{BTreeSet, HashMap};

use pledges::auth::session::CurrentUser;
use pledges::domain::Named;
use pledges::domain::access::decides;
use pledges::domain::ids::{AccountId, OrgUnitId, PlanId};
use pledges::domain::org::OrgKind;
use pledges::domain::plan::{PlanAction, PlanFacts, PlanKind, PlanState, transition};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sqlx::PgPool;

#[sqlx::test]
async fn the_database_allows_exactly_the_moves_of_the_workflow_table(pool: PgPool) {
    let fx = super::common::Fixture::load(&pool).await;
    let member: i64 = sqlx::query_scalar("select id from members limit 1")
        .fetch_one(&pool)
        .await
        .expect("member");
    let plan: i64 = sqlx::query_scalar(
        "insert into plans (kind, year, org_unit_id, member_id) values ('personal', 2017, $1, $2)
         returning id",
    )
    .bind(fx.units["C1"])
    .bind(member)
    .fetch_one(&pool)
    .await
    .expect("plan");
    let states = PlanState::all();
    for from in states {
        for to in states.iter().filter(|to| *to != from) {
            let rust = PlanAction::all().iter().any(|action| {
                let facts = PlanFacts {
                    state: *from,
                    item_count: 1,
                };
                transition(facts, *action, "lý do").is_ok_and(|t| t.to == *to)
            });
            let mut tx = pledges::db::begin(&pool).await.expect("begin");
            // Put the plan in `from` without the trigger, then try the move with it.
            sqlx::query("alter table plans disable trigger plans_transition")
                .execute(&mut *tx)
                .await
                .expect("disable");
            sqlx::query("update plans set state = $2 where id = $1")
                .bind(plan)
                .bind(from.as_str())
                .execute(&mut *tx)
                .await
                .expect("set from");
            sqlx::query("alter table plans enable trigger plans_transition")
                .execute(&mut *tx)
                .await
                .expect("enable");
            let database = sqlx::query("update plans set state = $2 where id = $1")
                .bind(plan)
                .bind(to.as_str())
                .execute(&mut *tx)
                .await
                .is_ok();
            tx.rollback().await.expect("rollback");
            assert_eq!(database, rust, "{from:?} → {to:?}");
        }
    }
}

/// A generated tree: every real shape at once, offices handed out at random (some lapsed,
/// some accounts deactivated), members in every cell, and plans in every state in an open
/// year and a closed one.
struct Generated {
    accounts: Vec<AccountId>,
}

async fn unit(pool: &PgPool, code: String, kind: &str, parent: Option<i64>) -> i64 {
    sqlx::query_scalar(
        "insert into org_units (code, name, kind, parent_id, valid_from)
         values ($1, $1, $2, $3, '2015-01-01') returning id",
    )
    .bind(code)
    .bind(kind)
    .bind(parent)
    .fetch_one(pool)
    .await
    .expect("unit")
}

async fn account(pool: &PgPool, login: String, member: Option<i64>, active: bool) -> i64 {
    sqlx::query_scalar(
        "insert into accounts (login, password_hash, member_id, display_name, is_active)
         values ($1, 'x', $2, $1, $3) returning id",
    )
    .bind(login)
    .bind(member)
    .bind(active)
    .fetch_one(pool)
    .await
    .expect("account")
}

async fn grant(pool: &PgPool, account: i64, role: &str, unit: i64, lapsed: bool) {
    let valid_to = if lapsed { Some("2016-01-01") } else { None };
    sqlx::query(
        "insert into role_assignments (account_id, role, org_unit_id, valid_from, valid_to)
         values ($1, $2, $3, '2015-01-01', $4::date)",
    )
    .bind(account)
    .bind(role)
    .bind(unit)
    .bind(valid_to)
    .execute(pool)
    .await
    .expect("grant");
}

/// Empties every table a generated tree fills.
async fn reset(pool: &PgPool) {
    sqlx::query(
        "truncate plan_events, plan_revisions, plan_items, plans, role_assignments,
                  sessions, accounts, cell_memberships, members, org_units, years cascade",
    )
    .execute(pool)
    .await
    .expect("clean");
}

async fn generate(pool: &PgPool, seed: u64) -> Generated {
    let mut rng = StdRng::seed_from_u64(seed);
    sqlx::query("insert into years (year, phase) values (2016, 'closed'), (2017, 'in_progress')")
        .execute(pool)
        .await
        .expect("years");
    let p = unit(pool, format!("P{seed}"), "province", None).await;
    let u = unit(pool, format!("U{seed}"), "upper_committee", Some(p)).await;
    let u2 = unit(pool, format!("U2-{seed}"), "upper_committee", Some(p)).await;
    let g = unit(pool, format!("G{seed}"), "grassroots_party", Some(u)).await;
    let b = unit(pool, format!("B{seed}"), "branch_party", Some(g)).await;
    let gc = unit(pool, format!("GC{seed}"), "grassroots_cell", Some(u2)).await;
    let gp = unit(pool, format!("GP{seed}"), "grassroots_party", Some(p)).await;
    let gcp = unit(pool, format!("GCP{seed}"), "grassroots_cell", Some(p)).await;
    let mut cells = vec![gc, gcp];
    for (parent, count) in [(g, 3), (b, 2), (gp, 2)] {
        for n in 0..count {
            cells.push(unit(pool, format!("C{seed}-{parent}-{n}"), "cell", Some(parent)).await);
        }
    }
    let mut accounts = Vec::new();
    let mut people = 0;
    // Committees: some with one or two people, some with nobody.
    for (committee, roles) in [
        (u, &["upper_secretary", "upper_standing_committee"][..]),
        (u2, &["upper_standing_committee"][..]),
        (g, &["grassroots_committee"][..]),
        (b, &["branch_committee"][..]),
        (gp, &["grassroots_committee"][..]),
        (p, &["provincial_reviewer"][..]),
    ] {
        for role in roles {
            if rng.gen_bool(0.8) {
                people += 1;
                let a = account(pool, format!("k{seed}-{people}"), None, true).await;
                grant(pool, a, role, committee, rng.gen_bool(0.1)).await;
                accounts.push(AccountId(a));
            }
        }
    }
    for cell in cells {
        let size = rng.gen_range(2..7);
        for n in 0..size {
            people += 1;
            let member: i64 =
                sqlx::query_scalar("insert into members (full_name) values ($1) returning id")
                    .bind(format!("Đảng viên {seed} {people}"))
                    .fetch_one(pool)
                    .await
                    .expect("member");
            sqlx::query(
                "insert into cell_memberships (member_id, cell_id, valid_from)
                 values ($1, $2, '2015-01-01')",
            )
            .bind(member)
            .bind(cell)
            .execute(pool)
            .await
            .expect("membership");
            let active = rng.gen_bool(0.9);
            let a = account(pool, format!("m{seed}-{people}"), Some(member), active).await;
            accounts.push(AccountId(a));
            // The first two members may lead the cell; sometimes nobody does, sometimes
            // only one (a lone leader), sometimes an office has lapsed.
            if n == 0 && rng.gen_bool(0.8) {
                grant(pool, a, "cell_secretary", cell, rng.gen_bool(0.1)).await;
            }
            if n == 1 && rng.gen_bool(0.5) {
                grant(pool, a, "cell_deputy", cell, false).await;
            }
            // A member who also sits on the committee above their cell.
            if n == 2 && rng.gen_bool(0.3) {
                let parent: i64 =
                    sqlx::query_scalar("select parent_id from org_units where id = $1")
                        .bind(cell)
                        .fetch_one(pool)
                        .await
                        .expect("parent");
                grant(pool, a, "grassroots_committee", parent, false).await;
            }
            for year in [2016, 2017] {
                let state = ["draft", "submitted", "submitted", "returned", "approved"]
                    [rng.gen_range(0..5)];
                sqlx::query(
                    "insert into plans (kind, year, org_unit_id, member_id, state)
                     values ('personal', $1, $2, $3, $4)",
                )
                .bind(year)
                .bind(cell)
                .bind(member)
                .bind(state)
                .execute(pool)
                .await
                .expect("plan");
            }
        }
    }
    // Units' own plans: collective plans and commitments in every state, or none.
    let units: Vec<(i64, String)> = sqlx::query_as("select id, kind from org_units order by id")
        .fetch_all(pool)
        .await
        .expect("units");
    for (id, kind) in units {
        let kind = OrgKind::parse(&kind).expect("kind");
        for plan_kind in PlanKind::of_unit(kind) {
            if !rng.gen_bool(0.8) {
                continue;
            }
            let state =
                ["draft", "submitted", "submitted", "returned", "approved"][rng.gen_range(0..5)];
            sqlx::query(
                "insert into plans (kind, year, org_unit_id, state) values ($1, 2017, $2, $3)",
            )
            .bind(plan_kind.as_str())
            .bind(id)
            .bind(state)
            .execute(pool)
            .await
            .expect("unit plan");
        }
    }
    Generated { accounts }
}

#[sqlx::test]
async fn the_queue_holds_exactly_the_plans_the_access_rule_lets_one_decide(pool: PgPool) {
    let mut checked_nonempty = 0;
    for seed in 1..=6u64 {
        reset(&pool).await;
        let generated = generate(&pool, seed).await;
        let mut conn = pool.acquire().await.expect("conn");
        let plan_ids: Vec<i64> = sqlx::query_scalar("select id from plans order by id")
            .fetch_all(&mut *conn)
            .await
            .expect("plans");
        let mut plans = Vec::new();
        for id in plan_ids {
            let plan = pledges::db::plans::load(&mut conn, PlanId(id))
                .await
                .expect("load")
                .expect("plan");
            plans.push(plan);
        }
        let mut seen: HashMap<bool, usize> = HashMap::new();
        for account in &generated.accounts {
            let Some(row) = pledges::db::accounts::user(&mut conn, *account)
                .await
                .expect("user")
            else {
                continue; // deactivated
            };
            let user = CurrentUser::from_row(row);
            let expected: BTreeSet<PlanId> = plans
                .iter()
                .filter(|p| {
                    p.kind == PlanKind::Personal
                        && p.year == 2017
                        && p.state == PlanState::Submitted
                })
                .filter(|p| decides(&user.actor, &p.scope()))
                .map(|p| p.id)
                .collect();
            let queue: BTreeSet<PlanId> =
                pledges::db::orgs::decision_queue(&mut conn, &user.actor, 2017)
                    .await
                    .expect("queue")
                    .into_iter()
                    .map(|e| e.plan_id)
                    .collect();
            assert_eq!(queue, expected, "seed {seed}, account {account}");
            if !expected.is_empty() {
                assert!(user.decides_plans, "a queue link for {account}");
            }
            *seen.entry(expected.is_empty()).or_default() += 1;
            // The closed year's plans are never anyone's to decide.
            assert!(
                pledges::db::orgs::decision_queue(&mut conn, &user.actor, 2016)
                    .await
                    .expect("queue")
                    .is_empty()
            );
        }
        checked_nonempty += seen.get(&false).copied().unwrap_or(0);
        assert!(seen.get(&true).copied().unwrap_or(0) > 0, "seed {seed}");
    }
    // The comparison was not vacuous: many people had plans to decide.
    assert!(checked_nonempty >= 30, "{checked_nonempty}");
}

#[sqlx::test]
async fn the_database_places_units_exactly_where_the_rust_rules_allow(pool: PgPool) {
    use pledges::domain::org::OrgKind;
    let kinds = OrgKind::all();
    for parent in std::iter::once(None).chain(kinds.iter().copied().map(Some)) {
        for kind in kinds {
            let database: bool = sqlx::query_scalar("select org_kind_may_be_under($1, $2)")
                .bind(kind.as_str())
                .bind(parent.map(|p| p.as_str()))
                .fetch_one(&pool)
                .await
                .expect("rule");
            assert_eq!(
                database,
                kind.may_be_under(parent),
                "{kind:?} under {parent:?}"
            );
        }
    }
    // and the trigger applies it
    let province = unit(&pool, "P".into(), "province", None).await;
    let refused = sqlx::query(
        "insert into org_units (code, name, kind, parent_id, valid_from)
         values ('X', 'X', 'cell', $1, '2015-01-01')",
    )
    .bind(province)
    .execute(&pool)
    .await;
    assert!(refused.is_err(), "a cell directly under the province");
}

#[sqlx::test]
async fn tree_counts_equal_direct_counts_on_generated_trees(pool: PgPool) {
    use pledges::db::tree::{Counts, MemberFilter};
    let today = chrono::NaiveDate::from_ymd_opt(2017, 5, 1).expect("date");
    for seed in 1..=4u64 {
        reset(&pool).await;
        generate(&pool, seed).await;
        sqlx::query("update years set plan_deadline = '2017-03-31' where year = 2017")
            .execute(&pool)
            .await
            .expect("deadline");
        // Some members who file no plan, a transfer mid-year, an amended plan.
        sqlx::query(
            "update members set status = 'exempted' where id in (select id from members order by id limit 3)",
        )
        .execute(&pool)
        .await
        .expect("exempted");
        sqlx::query(
            "update plans set revision = 2, state = 'draft'
             where id in (select id from plans where year = 2017 and state = 'draft' order by id limit 2)",
        )
        .execute(&pool)
        .await
        .expect("amended");
        // (member, cell ancestors, expected, registered, approved, waiting, has plan)
        type Row = (i64, Vec<i64>, bool, bool, bool, bool, bool);
        let rows: Vec<Row> = sqlx::query_as(
            "select m.id, cell.ancestors, m.status in ('official', 'probationary'),
                    coalesce(p.state in ('submitted', 'approved') or p.revision > 1, false),
                    coalesce(p.state = 'approved', false), coalesce(p.state = 'submitted', false),
                    p.id is not null
             from members m
             join cell_memberships cm on cm.member_id = m.id and cm.valid_to is null
             join org_units cell on cell.id = cm.cell_id
             left join plans p on p.member_id = m.id and p.year = 2017",
        )
        .fetch_all(&pool)
        .await
        .expect("rows");
        let units: Vec<i64> = sqlx::query_scalar("select id from org_units")
            .fetch_all(&pool)
            .await
            .expect("units");
        // (kind, ancestors, collective plan registered, commitments accepted)
        let orgs: Vec<(String, Vec<i64>, bool, i64)> = sqlx::query_as(
            "select u.kind, u.ancestors,
                    exists (select 1 from plans p where p.org_unit_id = u.id and p.year = 2017
                            and p.kind = 'collective'
                            and (p.state in ('submitted', 'approved') or p.revision > 1)),
                    (select count(*) from plans p where p.org_unit_id = u.id and p.year = 2017
                     and p.kind like 'upper_%' and (p.state = 'approved' or p.revision > 1))
             from org_units u",
        )
        .fetch_all(&pool)
        .await
        .expect("orgs");
        let mut conn = pool.acquire().await.expect("conn");
        for unit in units {
            let mut direct = rows.iter().filter(|r| r.1.contains(&unit) && r.2).fold(
                Counts::default(),
                |mut c, r| {
                    c.expected += 1;
                    c.registered += i64::from(r.3);
                    c.approved += i64::from(r.4);
                    c.waiting += i64::from(r.5);
                    c.not_started += i64::from(!r.6);
                    c.overdue += i64::from(!r.3);
                    c
                },
            );
            for (kind, ancestors, collective, commitments) in &orgs {
                if !ancestors.contains(&unit) {
                    continue;
                }
                let kind = OrgKind::parse(kind).expect("kind");
                if PlanKind::Collective.filed_by(kind) {
                    direct.orgs_expected += 1;
                    direct.orgs_registered += i64::from(*collective);
                }
                if PlanKind::UpperCollectiveCommitment.filed_by(kind) {
                    direct.committees_expected += 1;
                    direct.committees_accepted += i64::from(*commitments == 2);
                }
            }
            let (counts, _) = pledges::db::tree::counts(
                &mut conn,
                pledges::domain::ids::OrgUnitId(unit),
                2017,
                today,
            )
            .await
            .expect("counts");
            assert_eq!(counts, direct, "seed {seed}, unit {unit}");
            // A page of a list is the same members in the same order as the whole list.
            let mut pages = Vec::new();
            for (page, per_page) in [(0, 100_000), (1, 3)] {
                let rows = pledges::db::tree::members(
                    &mut conn,
                    pledges::domain::ids::OrgUnitId(unit),
                    2017,
                    today,
                    MemberFilter::Expected,
                    page,
                    per_page,
                )
                .await
                .expect("page");
                pages.push(rows.into_iter().map(|r| r.member_id).collect::<Vec<_>>());
            }
            let whole = &pages[0];
            assert_eq!(pages[1], whole[whole.len().min(3)..whole.len().min(6)]);
            for (filter, expected) in [
                (MemberFilter::Expected, direct.expected),
                (MemberFilter::Registered, direct.registered),
                (
                    MemberFilter::NotRegistered,
                    direct.expected - direct.registered,
                ),
                (MemberFilter::Approved, direct.approved),
                (MemberFilter::Waiting, direct.waiting),
                (MemberFilter::NotStarted, direct.not_started),
                (MemberFilter::Overdue, direct.overdue),
            ] {
                let listed = pledges::db::tree::members(
                    &mut conn,
                    pledges::domain::ids::OrgUnitId(unit),
                    2017,
                    today,
                    filter,
                    0,
                    100_000,
                )
                .await
                .expect("list");
                let listed = i64::try_from(listed.len()).expect("length");
                assert_eq!(listed, expected, "seed {seed}, unit {unit}, {filter:?}");
                assert_eq!(
                    counts.behind(filter),
                    expected,
                    "seed {seed}, unit {unit}, {filter:?}"
                );
            }
        }
        // Before the deadline nobody is overdue.
        let root: i64 = sqlx::query_scalar("select id from org_units where kind = 'province'")
            .fetch_one(&pool)
            .await
            .expect("root");
        let early = chrono::NaiveDate::from_ymd_opt(2017, 3, 31).expect("date");
        let (counts, children) = pledges::db::tree::counts(
            &mut conn,
            pledges::domain::ids::OrgUnitId(root),
            2017,
            early,
        )
        .await
        .expect("counts");
        assert_eq!(counts.overdue, 0);
        assert!(!children.is_empty());
        assert_eq!(
            children.iter().map(|c| c.counts.expected).sum::<i64>(),
            counts.expected,
            "the units below add up"
        );
    }
}

#[sqlx::test]
async fn the_review_page_lists_exactly_the_units_whose_plans_the_access_rule_lets_one_decide(
    pool: PgPool,
) {
    use pledges::db::review::{Filter, Show, Sort};
    use pledges::domain::access::PlanScope;
    let today = chrono::NaiveDate::from_ymd_opt(2017, 5, 1).expect("date");
    let mut nonempty = 0;
    for seed in 1..=6u64 {
        reset(&pool).await;
        let generated = generate(&pool, seed).await;
        let mut conn = pool.acquire().await.expect("conn");
        // (id, kind, ancestors, parent)
        let units: Vec<(i64, String, Vec<i64>, Option<i64>)> =
            sqlx::query_as("select id, kind, ancestors, parent_id from org_units")
                .fetch_all(&mut *conn)
                .await
                .expect("units");
        for account in &generated.accounts {
            let Some(row) = pledges::db::accounts::user(&mut conn, *account)
                .await
                .expect("user")
            else {
                continue;
            };
            let user = CurrentUser::from_row(row);
            let expected: BTreeSet<i64> = units
                .iter()
                .filter(|(_, kind, ancestors, parent)| {
                    let kind = OrgKind::parse(kind).expect("kind");
                    PlanKind::of_unit(kind).into_iter().any(|plan_kind| {
                        let scope = PlanScope {
                            kind: plan_kind,
                            owner: None,
                            state: PlanState::Submitted,
                            unit: OrgUnitId(*ancestors.last().expect("self")),
                            unit_path: ancestors.iter().copied().map(OrgUnitId).collect(),
                            parent: parent.map(OrgUnitId),
                            has_other_cell_leader: true,
                            year_open: true,
                        };
                        decides(&user.actor, &scope)
                    })
                })
                .map(|(id, ..)| *id)
                .collect();
            let filter = Filter {
                show: Show::All,
                name: String::new(),
                sort: Sort::Name,
                page: 0,
                per_page: 1000,
            };
            let (rows, total, summary) = pledges::db::review::rows(
                &mut conn,
                &user.actor.reviewing_units(),
                &user.actor.writing_units(),
                2017,
                today,
                &filter,
            )
            .await
            .expect("rows");
            let listed: BTreeSet<i64> = rows.iter().map(|r| r.unit.0).collect();
            assert_eq!(listed, expected, "seed {seed}, {:?}", user.actor.grants);
            assert_eq!(total as usize, expected.len());
            assert_eq!(summary.units as usize, expected.len());
            // Waiting means a document of the unit is submitted.
            let waiting = rows
                .iter()
                .filter(|r| r.docs.iter().any(|d| d.state == Some(PlanState::Submitted)))
                .count();
            assert_eq!(summary.waiting as usize, waiting, "seed {seed}");
            if !expected.is_empty() {
                nonempty += 1;
            }
        }
    }
    assert!(nonempty > 10, "the comparison was not vacuous: {nonempty}");
}
