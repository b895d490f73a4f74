//! Logging in and out, sessions, throttling, the language switch and security headers.

use reqwest::StatusCode;
use sqlx::PgPool;

use super::common::{PASSWORD, TestApp};

fn session_cookie(reply: &super::common::Reply) -> Option<String> {
    reply
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("pledges_session="))
        .map(str::to_owned)
}

#[sqlx::test]
async fn login_renews_the_session_and_logout_ends_it(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut client = app.anonymous();
    let login_page = client.get("/login").await;
    assert!(
        session_cookie(&login_page).is_none(),
        "no session before logging in"
    );
    let reply = client.login("m1", PASSWORD).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let first = session_cookie(&reply).expect("a session at login");
    assert!(
        first.contains("HttpOnly") && first.contains("SameSite=Lax"),
        "{first}"
    );
    // Logging in again from the same browser replaces the session.
    let again = client.login("m1", PASSWORD).await;
    let second = session_cookie(&again).expect("a new session id at login");
    assert_ne!(first.split(';').next(), second.split(';').next());
    assert_eq!(app.count("select count(*) from sessions").await, 1);
    let home = client.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.text.contains("Nguyễn Thị Hoa"));

    let out = client.post("/logout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(
        session_cookie(&out).is_some_and(|c| c.contains("Max-Age=0")),
        "the cookie is removed"
    );
    assert_eq!(app.count("select count(*) from sessions").await, 0);
    let home = client.get("/").await;
    assert_eq!(home.status, StatusCode::SEE_OTHER, "logged out");
}

#[sqlx::test]
async fn wrong_and_unknown_logins_get_the_same_answer_and_are_throttled(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut client = app.anonymous();
    let wrong = client.login("m1", "sai mật khẩu").await;
    let unknown = client.login("khong-ton-tai", "sai mật khẩu").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.select("#login-error"), unknown.select("#login-error"));
    assert_eq!(
        wrong.field("login").as_deref(),
        Some("m1"),
        "the login name is kept"
    );
    for _ in 0..4 {
        client.login("m1", "sai").await;
    }
    let throttled = client.login("m1", PASSWORD).await;
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(throttled.text.contains("30 giây"), "{}", throttled.text);
    // Other accounts are not affected.
    assert_eq!(
        client.login("m2", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
}

#[sqlx::test]
async fn login_follows_only_local_next_paths(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut client = app.anonymous();
    client.get("/login").await;
    let reply = client
        .post(
            "/login",
            &[
                ("login", "m1".into()),
                ("password", PASSWORD.into()),
                ("next", "//evil.example/x".into()),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location, "/");
}

#[sqlx::test]
async fn the_language_switch_turns_pages_english_and_back(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut client = app.login("m1").await;
    let vi = client.get("/").await;
    assert!(vi.text.contains("lang=\"vi\""));
    assert!(vi.text.contains("Kế hoạch của tôi"));
    let switched = client
        .post("/lang", &[("lang", "en".into()), ("next", "/".into())])
        .await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    let en = client.get("/").await;
    assert!(en.text.contains("lang=\"en\""));
    assert!(en.text.contains("My plan"));
    let missing = client.get("/plans/987654").await;
    assert!(missing.text.contains("This page does not exist"));
    client
        .post("/lang", &[("lang", "vi".into()), ("next", "/".into())])
        .await;
    assert!(client.get("/").await.text.contains("Kế hoạch của tôi"));
}

#[sqlx::test]
async fn responses_carry_security_headers_and_health_answers(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut client = app.anonymous();
    let page = client.get("/login").await;
    let csp = page
        .headers
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(
        csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    assert_eq!(
        page.headers
            .get("x-frame-options")
            .and_then(|v| v.to_str().ok()),
        Some("DENY")
    );
    assert_eq!(
        page.headers
            .get("x-content-type-options")
            .and_then(|v| v.to_str().ok()),
        Some("nosniff")
    );
    assert!(!page.text.contains("<script"), "no inline scripts");
    let health = client.get("/health").await;
    assert_eq!(health.status, StatusCode::OK);
    assert_eq!(health.text, "ok");
    let css = client.get("/static/app.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(client.get("/nowhere").await.status, StatusCode::NOT_FOUND);
}

#[sqlx::test]
async fn loading_the_demo_twice_changes_nothing(pool: PgPool) {
    let tables = [
        "org_units",
        "members",
        "cell_memberships",
        "accounts",
        "role_assignments",
        "years",
        "plans",
        "plan_items",
        "plan_revisions",
        "plan_events",
        "manifestations",
    ];
    let count_all = |pool: PgPool| async move {
        let mut counts = Vec::new();
        for table in tables {
            let n: i64 = sqlx::query_scalar(&format!("select count(*) from {table}"))
                .fetch_one(&pool)
                .await
                .expect("count");
            counts.push((table, n));
        }
        counts
    };
    pledges::demo::seed(&pool).await.expect("first");
    let first = count_all(pool.clone()).await;
    pledges::demo::seed(&pool).await.expect("second");
    assert_eq!(first, count_all(pool.clone()).await);
    assert!(first.iter().all(|(_, n)| *n > 0), "{first:?}");
    // Every role has a demo account and every plan state occurs.
    let roles: i64 = sqlx::query_scalar("select count(distinct role) from role_assignments")
        .fetch_one(&pool)
        .await
        .expect("roles");
    use pledges::domain::Named;
    assert_eq!(roles, pledges::domain::org::Role::all().len() as i64);
    let states: i64 = sqlx::query_scalar("select count(distinct state) from plans")
        .fetch_one(&pool)
        .await
        .expect("states");
    assert_eq!(states, 4);
    let upper = |on: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(
                "select count(*) from org_units where kind = 'upper_committee'
                 and valid_from <= $1::date and (valid_to is null or valid_to > $1::date)",
            )
            .bind(on)
            .fetch_one(&pool)
            .await
            .expect("upper")
        }
    };
    // 2017: the ten district-level committees and the six directly under the province;
    // 2026: ten communes, wards and the special zone, and six directly under the province.
    assert_eq!(upper("2017-06-30").await, 16);
    assert_eq!(upper("2026-06-30").await, 16);
}

#[sqlx::test]
async fn parallel_guesses_cannot_slip_past_the_limit(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut tasks = Vec::new();
    for _ in 0..12 {
        let mut client = app.anonymous();
        tasks.push(tokio::spawn(async move {
            client.login("m1", "đoán mò").await.status
        }));
    }
    let mut checked = 0;
    for task in tasks {
        let status = task.await.expect("task");
        assert!(
            matches!(
                status,
                StatusCode::UNAUTHORIZED | StatusCode::TOO_MANY_REQUESTS
            ),
            "{status}"
        );
        if status == StatusCode::UNAUTHORIZED {
            checked += 1;
        }
    }
    assert!(checked <= 5, "{checked} guesses were checked");
    assert_eq!(
        app.anonymous().login("m1", PASSWORD).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[sqlx::test]
async fn a_csrf_token_from_another_session_is_refused(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 1).await;
    let attacker = app.login("m2").await;
    let mut victim = app.login("m1").await;
    victim.csrf = attacker.csrf.clone();
    let reply = victim
        .post(
            &format!("/plans/{plan}/actions"),
            &[
                ("action", "submit".into()),
                ("version", app.version(plan).await.to_string()),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(app.state(plan).await, "draft");
}

#[sqlx::test]
async fn a_form_sent_after_the_session_ended_leads_home_after_login(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut client = app.anonymous();
    client.get("/login").await;
    let reply = client
        .post(
            "/plans/1/actions",
            &[("action", "submit".into()), ("version", "1".into())],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location, "/login?next=/");
}

#[sqlx::test]
async fn pages_are_not_cached_and_error_pages_carry_the_headers_too(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut client = app.login("m1").await;
    for path in ["/", "/plans/424242", "/nowhere"] {
        let reply = client.get(path).await;
        let header = |name: &str| {
            reply
                .headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        assert!(
            header("content-security-policy").contains("frame-ancestors 'none'"),
            "{path}"
        );
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert!(header("content-type").starts_with("text/html"), "{path}");
        if path != "/nowhere" {
            assert_eq!(header("cache-control"), "no-store", "{path}");
        }
        assert!(
            reply.headers.get("strict-transport-security").is_none(),
            "plain HTTP sends no HSTS"
        );
    }
}

#[sqlx::test]
async fn the_style_sheet_is_served_under_a_name_that_changes_with_its_content(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut client = app.anonymous();
    let page = client.get("/login").await;
    let html = page.html();
    let link = scraper::Selector::parse("link[rel=stylesheet]").expect("selector");
    let href = html
        .select(&link)
        .next()
        .and_then(|l| l.value().attr("href"))
        .expect("a style sheet")
        .to_owned();
    let hash = href
        .strip_prefix("/static/app.")
        .and_then(|rest| rest.strip_suffix(".css"))
        .unwrap_or_else(|| panic!("{href}"));
    assert!(
        hash.len() >= 8 && hash.chars().all(|c| c.is_ascii_hexdigit()),
        "{href}"
    );
    let css = client.get(&href).await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(
        css.headers["content-type"]
            .to_str()
            .is_ok_and(|t| t.starts_with("text/css")),
        "{:?}",
        css.headers
    );
    assert!(css.text.contains("font-family") || css.text.contains("body"));
    // error pages use it too
    let missing = client.get("/nowhere").await;
    assert!(missing.text.contains(&href));
}

#[sqlx::test]
async fn the_demo_looks_like_quang_tri_in_2017_and_2026(pool: PgPool) {
    pledges::demo::seed(&pool).await.expect("demo");
    let count = |sql: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(sql)
                .fetch_one(&pool)
                .await
                .expect(sql)
        }
    };
    // A plan's history happened in its year, not on the day the demo was loaded.
    assert_eq!(
        count(
            "select count(*) from plan_events e join plans p on p.id = e.plan_id
             where extract(year from e.at) <> p.year"
        )
        .await,
        0
    );
    // Statuses are today's: those admitted in 2016 finished their probation in 2017.
    assert_eq!(
        count(
            "select count(*) from members where status = 'probationary'
             and joined_on < '2025-01-01'"
        )
        .await,
        0
    );
    // Everyone holding an office except the system administrator is a member of a cell,
    // and files a plan there like everyone else.
    assert_eq!(
        count(
            "select count(distinct a.id) from accounts a join role_assignments r on r.account_id = a.id
             left join cell_memberships cm on cm.member_id = a.member_id and cm.valid_to is null
             where r.role <> 'administrator' and cm.id is null"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            "select count(*) from accounts a join role_assignments r on r.account_id = a.id
             where r.role = 'upper_secretary'
               and not exists (select 1 from plans p where p.member_id = a.member_id)"
        )
        .await,
        0
    );
    // Pledges are written for each person: few texts repeat, and within a cell hardly any.
    let items = count("select count(*) from plan_items").await;
    let distinct = count("select count(distinct content) from plan_items").await;
    assert!(
        distinct * 3 > items,
        "{distinct} different texts of {items}"
    );
    let repeated_in_cell = count(
        "select count(*) from (select p.org_unit_id, i.content from plan_items i
         join plans p on p.id = i.plan_id group by 1, 2 having count(*) > 1) x",
    )
    .await;
    assert!(
        repeated_in_cell * 10 < items,
        "{repeated_in_cell} repeats in cells"
    );
    // Cells hang under a grassroots organisation (or are one), never under a district;
    // since the 2025 merger they may hang under a commune's or ward's committee.
    assert_eq!(
        count(
            "select count(*) from org_units c join org_units p on p.id = c.parent_id
             where c.kind = 'cell'
               and p.kind not in ('grassroots_party', 'branch_party', 'upper_committee')"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            "select count(*) from org_units c join org_units p on p.id = c.parent_id
             where c.kind = 'cell' and p.kind = 'upper_committee'
               and p.valid_from < '2025-07-01'"
        )
        .await,
        0
    );
    // The districts are gone since 1 July 2025; their 2017 plans stay with them.
    assert_eq!(
        count(
            "select count(*) from org_units where code in ('dongha', 'camlo', 'dakrong')
             and valid_to = '2025-07-01'"
        )
        .await,
        3
    );
    assert_eq!(
        count(
            "select count(*) from plans p join org_units u on u.id = p.org_unit_id
             where (p.year = 2026 and u.valid_to is not null)
                or (p.year = 2017 and (u.valid_from > '2017-12-31' or u.valid_to < '2017-01-01'))"
        )
        .await,
        0
    );
    // All ten district committees signed both commitments in 2017, accepted by the province.
    assert_eq!(
        count(
            "select count(*) from plans p join org_units u on u.id = p.org_unit_id
             where p.year = 2017 and p.state = 'approved'
               and p.kind in ('upper_collective_commitment', 'upper_secretary_commitment')
               and u.code in ('dongha', 'quangtri', 'vinhlinh', 'giolinh', 'camlo',
                              'trieuphong', 'hailang', 'huonghoa', 'dakrong', 'conco')"
        )
        .await,
        20
    );
    // In 2026 the commune committees' commitments are in every state, for the province
    // to review; cells and grassroots organisations file collective plans in both years.
    assert_eq!(
        count(
            "select count(distinct state) from plans
             where year = 2026 and kind = 'upper_collective_commitment'"
        )
        .await,
        4
    );
    assert!(
        count("select count(*) from plans where kind = 'collective' and year = 2017").await > 50
    );
    assert!(
        count("select count(*) from plans where kind = 'collective' and year = 2026").await > 30
    );
    // The past years are closed; 2026 is under way.
    assert_eq!(
        count("select count(*) from years where phase = 'closed' and year in (2016, 2017, 2018)")
            .await,
        3
    );
    assert_eq!(
        count("select count(*) from years where year = 2026 and phase = 'in_progress'").await,
        1
    );
    // The registration counts kept per cell and per unit equal those computed from the rows.
    assert_eq!(count(crate::common::KEPT_COUNTS_DIFFER).await, 0);
    // The theme of the year is served by some pledges, and a member moved mid-year.
    assert!(count("select count(*) from plan_items where kind = 'theme_action'").await > 50);
    assert_eq!(
        count("select count(*) from plan_events where action = 'transfer'").await,
        1
    );
}
