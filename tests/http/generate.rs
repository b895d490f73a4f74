//! The benchmark's generator at a tiny scale: what it writes obeys the schema and the
//! product's rules, the counts kept per cell equal the rows, and the pages serve it.

use reqwest::StatusCode;
use sqlx::PgPool;

use super::common::TestApp;
use pledges::demo::generate::{Options, run};

async fn count(pool: &PgPool, sql: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(sql)
        .fetch_one(pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

#[sqlx::test]
async fn a_tiny_generated_province_is_consistent_and_served(pool: PgPool) {
    let options = Options {
        members: 400,
        years: vec![2025, 2026],
        seed: 7,
    };
    run(&pool, &options).await.expect("generate");
    assert_eq!(
        count(&pool, "select count(*) from members m join accounts a on a.member_id = m.id where a.login like 'g%'").await,
        400
    );
    // Every generated member sits in one cell; cells hold 5 to 60 (the last may be smaller).
    assert_eq!(
        count(
            &pool,
            "select count(*) from accounts a left join cell_memberships cm
               on cm.member_id = a.member_id and cm.valid_to is null
             where a.login like 'g%' and cm.id is null"
        )
        .await,
        0
    );
    assert!(
        count(
            &pool,
            "select count(*) from (select cell_id from cell_memberships cm
               join org_units u on u.id = cm.cell_id where u.code like 'gen.%'
               group by cell_id having count(*) > 60) x"
        )
        .await
            == 0
    );
    // Names are stored composed, even those that came in decomposed.
    assert_eq!(
        count(
            &pool,
            "select count(*) from members where full_name <> normalize(full_name, NFC)"
        )
        .await,
        0
    );
    // The open year has plans in every state; the other year is closed.
    assert_eq!(
        count(
            &pool,
            "select count(distinct state) from plans where year = 2026 and kind = 'personal'"
        )
        .await,
        4
    );
    assert_eq!(
        count(
            &pool,
            "select count(*) from years where year = 2025 and phase = 'closed'"
        )
        .await,
        1
    );
    // Approved plans keep their approved version, whose items are the plan's items.
    assert_eq!(
        count(
            &pool,
            "select count(*) from plans p where p.state = 'approved'
               and not exists (select 1 from plan_revisions r where r.plan_id = p.id)"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &pool,
            "select count(*) from plan_revisions r, jsonb_array_elements(r.items) i
             where not exists (select 1 from plan_items pi
                               where pi.id = (i->>'id')::bigint and pi.plan_id = r.plan_id)"
        )
        .await,
        0
    );
    // Nobody decided their own plan.
    assert_eq!(
        count(
            &pool,
            "select count(*) from plan_events e join plans p on p.id = e.plan_id
             join accounts a on a.id = e.actor_id
             where e.action = 'approve' and a.member_id is not distinct from p.member_id
               and p.kind = 'personal'"
        )
        .await,
        0
    );
    // The counts kept per cell and per unit equal those computed from the rows.
    assert_eq!(count(&pool, crate::common::KEPT_COUNTS_DIFFER).await, 0);
    // A second run refuses rather than doubling the data.
    assert!(run(&pool, &options).await.is_err());

    // The pages serve it: a commune's secretary sees the commune and its counts.
    let login: String = sqlx::query_scalar(
        "select a.login from role_assignments r join accounts a on a.id = r.account_id
         where r.role = 'upper_secretary' and a.login like 'g%' limit 1",
    )
    .fetch_one(&pool)
    .await
    .expect("secretary");
    let unit: i64 = sqlx::query_scalar("select id from org_units where code = 'gen.0'")
        .fetch_one(&pool)
        .await
        .expect("unit");
    let app = TestApp::spawn_bare(pool).await;
    let mut client = app.anonymous();
    let reply = client.login(&login, pledges::demo::DEMO_PASSWORD).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{login} logs in");
    for path in [
        "/".to_owned(),
        format!("/units/{unit}"),
        "/queue".to_owned(),
    ] {
        let reply = client.get(&path).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
    }
}
