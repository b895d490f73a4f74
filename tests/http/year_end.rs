//! Year-end over HTTP: self-assessment, the cell's assessment and facts, proposals, the
//! committee's decision with its quota preview, the member reading the explanation,
//! reopening; who may do what; bad input and stale forms.

use reqwest::StatusCode;
use sqlx::PgPool;

use super::common::{Client, TestApp};

/// `pledges score --year 2017 --dry-run` of the province (or the unit `org`) in `format`;
/// the pool is given to `score_report` directly.
fn score_args(
    org: Option<&str>,
    format: pledges::config::ScoreFormat,
) -> pledges::config::ScoreArgs {
    pledges::config::ScoreArgs {
        database: pledges::config::DatabaseArgs {
            database_url: None,
            data_dir: "unused".into(),
            demo: false,
            db_max_connections: 1,
            db_acquire_timeout_ms: 1000,
        },
        year: 2017,
        org: org.map(str::to_owned),
        dry_run: true,
        format,
    }
}

/// An approved plan of `login` with `items` items, approved by `secretary`.
async fn approved_plan(app: &TestApp, login: &str, secretary: &str, items: usize) -> i64 {
    let plan = app.plan_with_items(login, items).await;
    let r = app.act(login, plan, "submit", "").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    let r = app.act(secretary, plan, "approve", "").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    plan
}

async fn phase(app: &TestApp, phase: &str) {
    sqlx::query("update years set phase = $1 where year = 2017")
        .bind(phase)
        .execute(&app.pool)
        .await
        .expect("phase");
}

async fn review_version(app: &TestApp, login: &str) -> i32 {
    sqlx::query_scalar(
        "select coalesce((select version from year_reviews yr
                          join accounts a on a.member_id = yr.member_id
                          where a.login = $1 and yr.year = 2017), 0)",
    )
    .bind(login)
    .fetch_one(&app.pool)
    .await
    .expect("review version")
}

/// The assessment form: every item with `outcome`, plus `extra` fields.
fn assessment(
    items: &[i64],
    outcome: &str,
    by: &str,
    version: i32,
    extra: &[(&'static str, &str)],
) -> Vec<(String, String)> {
    let mut form: Vec<(String, String)> = items
        .iter()
        .flat_map(|i| {
            [
                (format!("outcome-{i}"), outcome.to_owned()),
                (format!("evidence-{i}"), format!("Biên bản số {i}")),
            ]
        })
        .collect();
    form.push(("by".into(), by.into()));
    form.push(("version".into(), version.to_string()));
    for (k, v) in extra {
        form.push(((*k).to_owned(), (*v).to_owned()));
    }
    form
}

async fn post(client: &mut Client, path: &str, form: &[(String, String)]) -> super::common::Reply {
    let fields: Vec<(&str, String)> = form.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    client.post(path, &fields).await
}

async fn rating_of(app: &TestApp, login: &str) -> (i64, String, Option<String>, i32) {
    sqlx::query_as(
        "select r.id, r.state, r.level, r.version from ratings r
         join accounts a on a.member_id = r.member_id
         where a.login = $1 and r.year = 2017",
    )
    .bind(login)
    .fetch_one(&app.pool)
    .await
    .expect("rating")
}

#[sqlx::test]
async fn from_self_assessment_through_the_cell_to_the_committees_decision(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let m1_plan = approved_plan(&app, "m1", "s1", 3).await;
    let m2_plan = approved_plan(&app, "m2", "s1", 2).await;
    let m1_items = app.item_ids(m1_plan).await;
    let m2_items = app.item_ids(m2_plan).await;
    let path = format!("/plans/{m1_plan}/assessment");

    // Not before the year reaches self-assessment.
    let mut m1 = app.login("m1").await;
    let page = m1.get(&format!("/plans/{m1_plan}")).await;
    assert!(!page.has("#assessment-link"));
    let early = post(
        &mut m1,
        &path,
        &assessment(&m1_items, "on_time", "self", 0, &[]),
    )
    .await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert_eq!(app.count("select count(*) from item_assessments").await, 0);

    assert!(
        !m1.get("/").await.has("#task-year-end"),
        "no year-end task before its phase"
    );
    phase(&app, "self_assessment").await;
    let home = m1.get("/").await;
    assert_eq!(
        home.html()
            .select(&scraper::Selector::parse("#ye-assess").expect("selector"))
            .next()
            .and_then(|a| a.value().attr("href").map(str::to_owned)),
        Some(path.clone()),
        "the member's home says to assess"
    );
    let page = m1.get(&format!("/plans/{m1_plan}")).await;
    assert!(
        page.has("#assessment-link"),
        "the plan links to its assessment"
    );
    let form = m1.get(&path).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.has("#assessment-form"));
    assert!(form.has("#self_level"), "the member proposes a level");
    assert!(
        !form.has("#common_points"),
        "only the cell gives the common points"
    );

    // An item left out: the page comes back with the message and everything typed.
    let mut missing = assessment(
        &m1_items,
        "exceeded",
        "self",
        0,
        &[("self_note", "Đã cố gắng")],
    );
    missing.retain(|(k, _)| *k != format!("outcome-{}", m1_items[2]));
    let refused = post(&mut m1, &path, &missing).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused
            .select(&format!("#problems a[href='#outcome-{}']", m1_items[2]))
            .len(),
        1
    );
    assert_eq!(
        refused
            .field(&format!("evidence-{}", m1_items[0]))
            .as_deref(),
        Some(format!("Biên bản số {}", m1_items[0]).as_str())
    );
    assert_eq!(refused.field("self_note").as_deref(), Some("Đã cố gắng"));
    assert_eq!(app.count("select count(*) from item_assessments").await, 0);
    // A made-up outcome or level is refused too.
    let odd = assessment(&m1_items, "perfect", "self", 0, &[("self_level", "best")]);
    assert_eq!(
        post(&mut m1, &path, &odd).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let saved = post(
        &mut m1,
        &path,
        &assessment(
            &m1_items,
            "exceeded",
            "self",
            0,
            &[("self_level", "HTXSNV")],
        ),
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text);
    assert_eq!(
        app.count("select count(*) from item_assessments where not by_reviewer")
            .await,
        3
    );
    assert_eq!(
        app.count("select count(*) from plan_events where action = 'assess'")
            .await,
        1,
        "the plan's history records the assessment"
    );

    // The member cannot assess as the cell; another cell's member cannot see it.
    let as_cell = assessment(
        &m1_items,
        "exceeded",
        "reviewer",
        1,
        &[("common_points", "30")],
    );
    assert_eq!(
        post(&mut m1, &path, &as_cell).await.status,
        StatusCode::NOT_FOUND
    );
    let mut m3 = app.login("m3").await;
    assert_eq!(m3.get(&path).await.status, StatusCode::NOT_FOUND);

    // The secretary sees the self-assessment and assesses.
    let mut s1 = app.login("s1").await;
    let c1 = app.fx.units["C1"];
    let g = app.fx.units["G"];
    assert!(
        s1.get("/").await.has(&format!("#ye-cell-{c1}")),
        "the secretary's home says to assess and propose"
    );
    let mut committee = app.login("committee").await;
    assert!(
        committee.get("/").await.has(&format!("#ye-decide-{g}")),
        "the committee's home says to decide"
    );
    let page = s1.get(&path).await;
    assert!(page.has("#common_points"));
    assert!(
        page.text.contains("Vượt"),
        "the member's own assessment is shown"
    );
    let version = review_version(&app, "m1").await;
    let over = post(
        &mut s1,
        &path,
        &assessment(
            &m1_items,
            "on_time",
            "reviewer",
            version,
            &[("common_points", "31")],
        ),
    )
    .await;
    assert_eq!(over.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(over.text.contains("từ 0 đến 30"), "{}", over.text);
    assert_eq!(over.field("common_points").as_deref(), Some("31"));
    let ok = post(
        &mut s1,
        &path,
        &assessment(
            &m1_items,
            "exceeded",
            "reviewer",
            version,
            &[("common_points", "28,5"), ("shortcomings_open", "0")],
        ),
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.text);
    // The same form again, now stale: refused, nothing typed lost.
    let stale = post(
        &mut s1,
        &path,
        &assessment(
            &m1_items,
            "late",
            "reviewer",
            version,
            &[("common_points", "10")],
        ),
    )
    .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert_eq!(stale.field("common_points").as_deref(), Some("10"));
    let points: f64 = sqlx::query_scalar(
        "select common_points from year_reviews yr join accounts a on a.member_id = yr.member_id
         where a.login = 'm1'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("points");
    assert!((points - 28.5).abs() < 1e-9);

    // The self-review form prints pre-filled: each pledge with both assessments.
    let review = m1.get(&format!("/plans/{m1_plan}/self-review")).await;
    assert_eq!(review.status, StatusCode::OK);
    assert!(review.text.contains("BẢN KIỂM ĐIỂM ĐẢNG VIÊN"));
    let rows = review.select(".doc-items tbody tr");
    assert_eq!(rows.len(), 3);
    assert!(
        rows[0].contains("Nội dung số 1") && rows[0].contains("Vượt mức (Biên bản số"),
        "{rows:?}"
    );
    assert!(
        review.text.contains("Hoàn thành xuất sắc nhiệm vụ"),
        "the level m1 proposed"
    );
    assert_eq!(
        m3.get(&format!("/plans/{m1_plan}/self-review"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let mut m2_early = app.login("m2").await;
    assert_eq!(
        m2_early
            .get(&format!("/plans/{m1_plan}/self-review"))
            .await
            .status,
        StatusCode::NOT_FOUND,
        "a cell mate does not read another's self-review"
    );

    // m2: assessed by the cell, and disciplined this year (recorded with its reason).
    let m2_path = format!("/plans/{m2_plan}/assessment");
    let r = post(
        &mut s1,
        &m2_path,
        &assessment(
            &m2_items,
            "on_time",
            "reviewer",
            0,
            &[("common_points", "25")],
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    let bad_fact = s1
        .post(
            &format!("/plans/{m2_plan}/facts"),
            &[
                ("fact", "disciplined".into()),
                ("reason", "".into()),
                ("on_date", "31/02/2017".into()),
            ],
        )
        .await;
    assert_eq!(bad_fact.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("select count(*) from year_facts").await, 0);
    let fact = s1
        .post(
            &format!("/plans/{m2_plan}/facts"),
            &[
                ("fact", "disciplined".into()),
                ("reason", "Khiển trách, Quyết định số 05-QĐ/UBKT".into()),
                ("on_date", "15/06/2017".into()),
            ],
        )
        .await;
    assert_eq!(fact.status, StatusCode::SEE_OTHER, "{}", fact.text);
    assert_eq!(
        app.count("select count(*) from audit_log where entity = 'year_fact'")
            .await,
        1
    );
    // A member records no facts.
    let mut m2 = app.login("m2").await;
    let r = m2
        .post(
            &format!("/plans/{m2_plan}/facts"),
            &[
                ("fact", "not_rated".into()),
                ("not_rated", "leave".into()),
                ("reason", "Nghỉ".into()),
                ("on_date", "01/03/2017".into()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // Rating: the cell proposes for all its members at once.
    phase(&app, "rating").await;
    let cell_page = s1.get(&format!("/cells/{c1}")).await;
    assert!(
        cell_page.has("#ratings-link"),
        "the cell page links to its ratings"
    );
    let r = s1
        .post(
            &format!("/units/{c1}/ratings/propose"),
            &[("year", "2017".into())],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    assert_eq!(
        app.count("select count(*) from ratings where year = 2017 and member_id is not null")
            .await,
        4,
        "the four members of C1"
    );
    // m1 qualifies as excellent (98.5 points), but nobody else in the organisation is
    // good: the quota (20 % of good) leaves no room.
    let (m1_rating, state, level, _) = rating_of(&app, "m1").await;
    assert_eq!(
        (state.as_str(), level.as_deref()),
        ("proposed", Some("HTTNV"))
    );
    assert_eq!(
        app.count(&format!("select count(*) from ratings where id = {m1_rating} and moved_by_quota and before_quota = 'HTXSNV'")).await,
        1
    );
    let (_, _, m2_level, _) = rating_of(&app, "m2").await;
    assert_eq!(
        m2_level.as_deref(),
        Some("KHTNV"),
        "disciplined in the year"
    );
    // The secretary cannot decide; the committee can.
    let r = s1
        .post(
            &format!("/units/{g}/ratings?year=2017"),
            &[("action", "decide".into()), ("year", "2017".into())],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // The committee proposes for the whole organisation, then decides.
    let unit_page = committee.get(&format!("/units/{g}?year=2017")).await;
    assert!(unit_page.has("#ratings-link"));
    let r = committee
        .post(
            &format!("/units/{g}/ratings/propose"),
            &[("year", "2017".into())],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    let page = committee
        .get(&format!("/units/{g}/ratings?year=2017"))
        .await;
    assert!(page.has("#decide-form"));
    let rows: Vec<(i64, i32, Option<String>)> = sqlx::query_as(
        "select id, version, level from ratings where scope_unit_id = $1 and year = 2017 order by id",
    )
    .bind(g)
    .fetch_all(&app.pool)
    .await
    .expect("rows");
    assert!(
        rows.len() >= 7,
        "members of G and its cells: {}",
        rows.len()
    );
    let form = |level_for: &dyn Fn(i64, Option<&str>) -> String, extra: &[(&str, &str)]| {
        let mut f: Vec<(String, String)> = Vec::new();
        for (id, version, level) in &rows {
            f.push((format!("version-{id}"), version.to_string()));
            if level.is_some() {
                f.push((format!("level-{id}"), level_for(*id, level.as_deref())));
            }
        }
        f.push(("year".into(), "2017".into()));
        for (k, v) in extra {
            f.push(((*k).to_owned(), (*v).to_owned()));
        }
        f
    };
    let path = format!("/units/{g}/ratings?year=2017");
    // Everyone excellent: the preview names who no longer fits; deciding is refused.
    let all_excellent = form(&|_, _| "HTXSNV".into(), &[("action", "preview")]);
    let preview = post(&mut committee, &path, &all_excellent).await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(preview.has("#previewed"));
    let quota = preview.select("#quota-members").join(" ");
    assert!(quota.contains("Vượt tỷ lệ"), "{quota}");
    assert_eq!(
        preview
            .html()
            .select(
                &scraper::Selector::parse(
                    "select[name^='level-'] option[selected][value='HTXSNV']"
                )
                .expect("selector")
            )
            .count(),
        rows.iter().filter(|r| r.2.is_some()).count(),
        "the choices are kept"
    );
    let decide_all = form(
        &|_, _| "HTXSNV".into(),
        &[
            ("action", "decide"),
            ("decision_number", "12-QĐ/ĐU"),
            ("decision_date", "10/01/2018"),
        ],
    );
    let refused = post(&mut committee, &path, &decide_all).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains("vượt tỷ lệ"), "{}", refused.text);
    // No decision number: refused, choices kept.
    let as_proposed =
        |extra: &[(&str, &str)]| form(&|_, l| l.unwrap_or_default().to_owned(), extra);
    let no_number = post(
        &mut committee,
        &path,
        &as_proposed(&[("action", "decide"), ("decision_date", "10/01/2017")]),
    )
    .await;
    assert_eq!(no_number.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_number.has("#problems a[href='#decision_number']"));
    assert_eq!(
        app.count("select count(*) from ratings where state = 'decided'")
            .await,
        0
    );
    // A raised share needs its grounds.
    let no_grounds = post(
        &mut committee,
        &path,
        &as_proposed(&[
            ("action", "decide"),
            ("decision_number", "12-QĐ/ĐU"),
            ("decision_date", "10/01/2017"),
            ("raised_percent", "25"),
        ]),
    )
    .await;
    assert_eq!(no_grounds.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_grounds.has("#problems a[href='#raised_reason']"));
    let decided = post(
        &mut committee,
        &path,
        &as_proposed(&[
            ("action", "decide"),
            ("decision_number", "12-QĐ/ĐU"),
            ("decision_date", "10/01/2017"),
            ("raised_percent", "25"),
            ("raised_reason", "Công văn số 45-CV/TU cho phép"),
        ]),
    )
    .await;
    assert_eq!(decided.status, StatusCode::SEE_OTHER, "{}", decided.text);
    assert_eq!(
        app.count(&format!(
            "select count(*) from ratings where scope_unit_id = {g} and state = 'decided'"
        ))
        .await,
        i64::try_from(rows.len()).expect("count")
    );
    assert_eq!(
        app.count("select count(*) from audit_log where entity = 'ratings' and action = 'decide'")
            .await,
        1
    );
    // The same form again: everything is decided now.
    let again = post(
        &mut committee,
        &path,
        &as_proposed(&[
            ("action", "decide"),
            ("decision_number", "12-QĐ/ĐU"),
            ("decision_date", "10/01/2017"),
        ]),
    )
    .await;
    assert_eq!(again.status, StatusCode::CONFLICT);

    // The member reads the rating and why, from home and from the plan page.
    assert!(m1.get("/").await.has("#ye-rating"));
    let page = m1.get(&format!("/plans/{m1_plan}")).await;
    assert!(page.has("#rating-link"));
    let rating = m1.get(&format!("/ratings/{m1_rating}")).await;
    assert_eq!(rating.status, StatusCode::OK);
    assert!(
        rating
            .select("#level")
            .join("")
            .contains("Hoàn thành tốt nhiệm vụ")
    );
    assert!(rating.has("#moved"), "told that the quota moved them down");
    assert!(
        rating
            .select("#raised")
            .join("")
            .contains("25%: Công văn số 45-CV/TU cho phép"),
        "the raised share and its grounds are shown with the decision"
    );
    assert!(rating.select("#state").join("").contains("12-QĐ/ĐU"));
    let steps = rating.select("#explanation li");
    assert!(steps.len() >= 6, "{steps:?}");
    assert!(
        steps.iter().any(|s| s.contains("Nội dung số 1")),
        "{steps:?}"
    );
    assert!(steps.iter().any(|s| s.contains("28,5")), "{steps:?}");
    // Another cell's member may not read it.
    assert_eq!(
        m3.get(&format!("/ratings/{m1_rating}")).await.status,
        StatusCode::NOT_FOUND
    );
    // A decided rating locks the assessment.
    let version = review_version(&app, "m1").await;
    let locked = post(
        &mut s1,
        &format!("/plans/{m1_plan}/assessment"),
        &assessment(
            &m1_items,
            "late",
            "reviewer",
            version,
            &[("common_points", "10")],
        ),
    )
    .await;
    assert_eq!(locked.status, StatusCode::CONFLICT);

    // Reopening needs a reason, and is recorded.
    let (_, _, _, version) = rating_of(&app, "m1").await;
    let r = committee
        .post(
            &format!("/ratings/{m1_rating}/reopen"),
            &[("reason", " ".into()), ("version", version.to_string())],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = m1
        .post(
            &format!("/ratings/{m1_rating}/reopen"),
            &[("reason", "Sai".into()), ("version", version.to_string())],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "the member cannot reopen");
    let r = committee
        .post(
            &format!("/ratings/{m1_rating}/reopen"),
            &[
                ("reason", "Chi bộ đề nghị xem lại nội dung 3".into()),
                ("version", version.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    assert_eq!(rating_of(&app, "m1").await.1, "proposed");
    assert_eq!(
        app.count("select count(*) from audit_log where entity = 'rating' and action = 'reopen' and details ->> 'reason' like 'Chi bộ%'").await,
        1
    );
}

#[sqlx::test]
async fn the_quota_moves_the_lowest_points_down_and_says_so(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    // Four members qualify as excellent (points 100, 99, 98, 97); the two secretaries are
    // good (on time, nothing exceeded). Six rated: one may stay excellent.
    let people = [
        ("m1", "s1"),
        ("m2", "s1"),
        ("d1", "s1"),
        ("m3", "s2"),
        ("s1", "d1"),
        ("s2", "committee"),
    ];
    let mut plans = Vec::new();
    for (who, secretary) in people {
        plans.push((who, approved_plan(&app, who, secretary, 2).await, secretary));
    }
    phase(&app, "rating").await;
    for (i, (_, plan, secretary)) in plans.iter().enumerate() {
        let items = app.item_ids(*plan).await;
        let mut s = app.login(secretary).await;
        let points = format!("{}", 30 - i.min(4));
        let outcome = if i < 4 { "exceeded" } else { "on_time" };
        let r = post(
            &mut s,
            &format!("/plans/{plan}/assessment"),
            &assessment(
                &items,
                outcome,
                "reviewer",
                0,
                &[("common_points", &points)],
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    }
    let g = app.fx.units["G"];
    let mut committee = app.login("committee").await;
    let r = committee
        .post(
            &format!("/units/{g}/ratings/propose"),
            &[("year", "2017".into())],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Four qualify; with the others good, the quota keeps one: the best points.
    let excellent: Vec<String> = sqlx::query_scalar(
        "select a.login from ratings r join accounts a on a.member_id = r.member_id
         where r.level = 'HTXSNV' and r.year = 2017",
    )
    .fetch_all(&app.pool)
    .await
    .expect("excellent");
    let moved: i64 = app
        .count("select count(*) from ratings where moved_by_quota")
        .await;
    assert_eq!(
        excellent,
        vec!["m1".to_owned()],
        "the best points stay excellent"
    );
    assert_eq!(moved, 3);
    let (d1_rating, _, level, _) = rating_of(&app, "d1").await;
    assert_eq!(level.as_deref(), Some("HTTNV"));
    let mut d1 = app.login("d1").await;
    let page = d1.get(&format!("/ratings/{d1_rating}")).await;
    assert!(
        page.has("#moved"),
        "the member is told the quota moved them down"
    );
    assert!(
        page.select("#explanation li")
            .iter()
            .any(|s| s.contains("chuyển xuống")),
        "{}",
        page.text
    );
}

#[sqlx::test]
async fn scoring_the_demo_year_again_agrees_with_its_decided_ratings_and_pages(pool: PgPool) {
    pledges::demo::seed(&pool).await.expect("demo");
    let stored = app_counts(&pool).await;
    assert!(
        stored.values().map(|c| c.iter().sum::<i64>()).sum::<i64>() > 300,
        "the demo's 2017 members and units are rated: {stored:?}"
    );
    let args = score_args(None, pledges::config::ScoreFormat::Json);
    let mut out = Vec::new();
    pledges::run::score_report(&pool, &args, &mut out)
        .await
        .expect("score");
    let report: serde_json::Value = serde_json::from_slice(&out).expect("json");
    assert_eq!(report["scheme"], "hd27-2014");
    let mut computed: std::collections::BTreeMap<(String, String), Vec<i64>> =
        std::collections::BTreeMap::new();
    for c in report["counts"].as_array().expect("counts") {
        let key = (
            c["scope"].as_str().expect("scope").to_owned(),
            c["subjects"].as_str().expect("subjects").to_owned(),
        );
        let levels = [
            "excellent",
            "good",
            "completed",
            "not_completed",
            "not_rated",
        ]
        .iter()
        .map(|l| c[*l].as_i64().expect("count"))
        .collect();
        computed.insert(key, levels);
    }
    assert_eq!(computed, stored, "the dry run gives what was decided");
    // Storing into a closed year is refused.
    let mut out = Vec::new();
    let args = pledges::config::ScoreArgs {
        dry_run: false,
        ..args
    };
    let refused = pledges::run::score_report(&pool, &args, &mut out).await;
    assert!(refused.is_err());

    // The page of the organisation with the most members rated shows the same levels, to
    // the provincial reviewer (the 2017 committees have since been merged away).
    let (scope, excellent): (i64, i64) = sqlx::query_as(
        "select scope_unit_id, count(*) filter (where level = 'HTXSNV') from ratings
         where year = 2017 and member_id is not null
         group by scope_unit_id order by count(*) desc, scope_unit_id limit 1",
    )
    .fetch_one(&pool)
    .await
    .expect("a grassroots organisation with ratings");
    let login: String = sqlx::query_scalar(
        "select a.login from role_assignments ra join accounts a on a.id = ra.account_id
         where ra.role = 'provincial_reviewer' and ra.valid_to is null order by ra.id limit 1",
    )
    .fetch_one(&pool)
    .await
    .expect("the provincial reviewer");
    assert!(
        excellent > 0,
        "some members of the demo were excellent in 2017"
    );
    let app = TestApp::spawn_bare(pool.clone()).await;
    let mut committee = app.anonymous();
    let r = committee.login(&login, pledges::demo::DEMO_PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = committee
        .get(&format!("/units/{scope}/ratings?year=2017"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let shown = page
        .select("table.ratings tbody tr td strong")
        .iter()
        .filter(|t| t.starts_with("Đủ tư cách, hoàn thành xuất sắc"))
        .count();
    assert_eq!(
        i64::try_from(shown).expect("count"),
        excellent,
        "{}",
        page.text
    );
    assert!(
        !page.has("#decide-form"),
        "a closed year is not decided again"
    );
}

/// Stored 2017 ratings per (scope code, members|units): counts per level, best first,
/// then not rated.
async fn app_counts(pool: &PgPool) -> std::collections::BTreeMap<(String, String), Vec<i64>> {
    let rows: Vec<(String, String, i64, i64, i64, i64, i64)> = sqlx::query_as(
        "select s.code, case when r.member_id is null then 'units' else 'members' end,
                count(*) filter (where r.level = 'HTXSNV'), count(*) filter (where r.level = 'HTTNV'),
                count(*) filter (where r.level = 'HTNV'), count(*) filter (where r.level = 'KHTNV'),
                count(*) filter (where r.level is null)
         from ratings r join org_units s on s.id = r.scope_unit_id
         where r.year = 2017 and r.state = 'decided'
         group by 1, 2",
    )
    .fetch_all(pool)
    .await
    .expect("stored");
    rows.into_iter()
        .map(|(s, k, a, b, c, d, e)| ((s, k), vec![a, b, c, d, e]))
        .collect()
}

#[sqlx::test]
async fn progress_is_reported_acknowledged_flagged_when_overdue_and_listed_for_the_meeting(
    pool: PgPool,
) {
    let app = TestApp::spawn(pool).await;
    let plan = approved_plan(&app, "m1", "s1", 2).await;
    let items = app.item_ids(plan).await;
    let c1 = app.fx.units["C1"];
    let mut m1 = app.login("m1").await;
    // Both items were due on 30/06/2017 and nothing is reported: both overdue.
    let page = m1.get(&format!("/plans/{plan}")).await;
    assert_eq!(page.select(".progress-line .badge.overdue").len(), 2);
    assert!(
        page.select(&format!("#progress-{}", items[0]))
            .join("")
            .contains("Cập nhật tiến độ")
    );

    let path = format!("/plans/{plan}/items/{}/progress", items[0]);
    let bad = m1
        .post(
            &path,
            &[
                ("status", "in_progress".into()),
                ("percent", "150".into()),
                ("note", "Đã xong 3 hồ sơ".into()),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.field("note").as_deref(), Some("Đã xong 3 hồ sơ"));
    assert!(bad.has("#problems a[href='#percent']"));
    let r = m1
        .post(
            &path,
            &[
                ("status", "in_progress".into()),
                ("percent", "60".into()),
                ("evidence", "Công văn 12/UBND".into()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    let r = m1.post(&path, &[("status", "done".into())]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = m1.get(&format!("/plans/{plan}")).await;
    assert_eq!(
        page.select(".progress-line .badge.overdue").len(),
        1,
        "the done item is no longer overdue"
    );
    let history = m1.get(&path).await;
    assert_eq!(
        history.select("#progress-history > li").len(),
        2,
        "both updates are kept"
    );

    // Who may see and act.
    let mut m2 = app.login("m2").await;
    assert_eq!(
        m2.get(&path).await.status,
        StatusCode::NOT_FOUND,
        "a cell mate sees no progress history"
    );
    let mut m3 = app.login("m3").await;
    assert_eq!(m3.get(&path).await.status, StatusCode::NOT_FOUND);
    let mut s1 = app.login("s1").await;
    assert_eq!(
        s1.post(&path, &[("status", "done".into())]).await.status,
        StatusCode::NOT_FOUND,
        "only the writer reports progress"
    );
    let update: i64 = sqlx::query_scalar("select max(id) from item_progress")
        .fetch_one(&app.pool)
        .await
        .expect("update");
    let ack = format!("{path}/{update}/acknowledge");
    assert_eq!(
        m1.post(&ack, &[]).await.status,
        StatusCode::NOT_FOUND,
        "the writer does not acknowledge"
    );
    assert_eq!(s1.post(&ack, &[]).await.status, StatusCode::SEE_OTHER);
    // Acknowledged twice (two tabs): the second is told it was done already.
    assert_eq!(s1.post(&ack, &[]).await.status, StatusCode::SEE_OTHER);
    assert!(
        s1.get(&path)
            .await
            .text
            .contains("đã được ghi nhận trước đó")
    );
    assert_eq!(
        app.count("select count(*) from item_progress where acknowledged_by is not null")
            .await,
        1
    );
    let page = s1.get(&path).await;
    assert!(page.text.contains("Đã ghi nhận"));
    // An update is kept as written.
    let rewrite = sqlx::query("update item_progress set note = 'khác' where id = $1")
        .bind(update)
        .execute(&app.pool)
        .await;
    assert!(rewrite.is_err());

    // The cell meeting lists what is still open: the second item, overdue.
    let cell = s1.get(&format!("/cells/{c1}?year=2017")).await;
    assert!(cell.has("#meeting-link"));
    let meeting = s1.get(&format!("/cells/{c1}/meeting?year=2017")).await;
    assert_eq!(meeting.status, StatusCode::OK);
    assert_eq!(meeting.select("#overdue-count"), vec!["1"]);
    assert_eq!(meeting.select("#meeting tbody tr").len(), 1);
    assert!(meeting.text.contains("Nội dung số 2"));
    assert_eq!(
        m1.get(&format!("/cells/{c1}/meeting?year=2017"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Proposed before anyone assessed: the explanation says so for each item.
    phase(&app, "rating").await;
    let g = app.fx.units["G"];
    let mut committee = app.login("committee").await;
    let r = committee
        .post(
            &format!("/units/{g}/ratings/propose"),
            &[("year", "2017".into())],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let (rating, _, level, _) = rating_of(&app, "m1").await;
    assert_eq!(level.as_deref(), Some("KHTNV"));
    let page = m1.get(&format!("/ratings/{rating}")).await;
    let steps = page.select("#explanation li");
    assert_eq!(
        steps
            .iter()
            .filter(|s| s.contains("chưa ai đánh giá"))
            .count(),
        2,
        "{steps:?}"
    );
}

/// The rating parameters page of a year: only administrators see it; bad values and a stale
/// form come back with everything typed; saving is audited and later scoring uses it.
#[sqlx::test]
async fn an_administrator_sets_the_years_rating_parameters_for_later_proposals(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let path = "/admin/years/2017/rating";
    for login in ["reviewer", "committee", "s1"] {
        let mut other = app.login(login).await;
        assert_eq!(
            other.get(path).await.status,
            StatusCode::NOT_FOUND,
            "{login}"
        );
        let r = other
            .post(path, &[("late_credit_percent", "0".into())])
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{login} may not save");
    }
    let mut admin = app.login("admin").await;
    let page = admin.get(path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.field("late_credit_percent").as_deref(), Some("50"));
    let version = page.field("version").expect("version");
    let form = |late: &str, quota: &str, reason: &str, version: &str| {
        vec![
            ("late_credit_percent", late.to_owned()),
            ("quota_percent", quota.to_owned()),
            ("quota_reason", reason.to_owned()),
            ("head_fails_below_percent", String::new()),
            ("version", version.to_owned()),
        ]
    };

    // Nonsense is refused next to its field, with what was typed kept.
    let r = admin
        .post(path, &form("năm mươi", "30", "Lý do đã ghi", &version))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
    assert_eq!(r.field("late_credit_percent").as_deref(), Some("năm mươi"));
    assert_eq!(r.field("quota_reason").as_deref(), Some("Lý do đã ghi"));
    assert!(r.has("#problems"), "{}", r.text);
    assert!(!r.select("p.error").is_empty(), "{}", r.text);
    // A share above 20 % needs its grounds.
    let r = admin.post(path, &form("50", "25", "", &version)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
    assert_eq!(r.field("quota_percent").as_deref(), Some("25"));
    let stored: Option<serde_json::Value> =
        sqlx::query_scalar("select rating_params from years where year = 2017")
            .fetch_one(&app.pool)
            .await
            .expect("params");
    assert_eq!(stored, None, "nothing refused was stored");

    // A form drawn before another change to the year is a conflict, keeping the input.
    sqlx::query("update years set version = version + 1 where year = 2017")
        .execute(&app.pool)
        .await
        .expect("bump");
    let r = admin.post(path, &form("25", "20", "", &version)).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.text);
    assert_eq!(r.field("late_credit_percent").as_deref(), Some("25"));
    let fresh = r.field("version").expect("the current version");
    assert_ne!(fresh, version);

    let r = admin.post(path, &form("25", "20", "", &fresh)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    let mut conn = app.pool.acquire().await.expect("conn");
    let params = pledges::scoring::year_params(&mut conn, 2017)
        .await
        .expect("params")
        .expect("the year");
    assert_eq!(params.late_credit_percent, 25);
    let audited = app
        .count("select count(*) from audit_log where entity = 'year' and action = 'rating_params'")
        .await;
    assert_eq!(audited, 1);
    assert_eq!(
        admin
            .get(path)
            .await
            .field("late_credit_percent")
            .as_deref(),
        Some("25")
    );
}

/// `pledges score` prints its counts as a table and as CSV, one row per quota scope.
#[sqlx::test]
async fn the_score_command_prints_counts_as_a_table_and_as_csv(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    approved_plan(&app, "m1", "s1", 2).await;
    phase(&app, "self_assessment").await;
    let args = |format| score_args(Some("G"), format);
    let mut out = Vec::new();
    pledges::run::score_report(
        &app.pool,
        &args(pledges::config::ScoreFormat::Csv),
        &mut out,
    )
    .await
    .expect("csv");
    let mut csv = csv::Reader::from_reader(out.as_slice());
    assert_eq!(
        csv.headers().expect("header").iter().collect::<Vec<_>>(),
        [
            "scope",
            "name",
            "rated",
            "HTXSNV",
            "HTTNV",
            "HTNV",
            "KHTNV",
            "not_rated"
        ]
    );
    let rows: Vec<csv::StringRecord> = csv.records().collect::<Result<_, _>>().expect("rows");
    let members = rows
        .iter()
        .find(|r| &r[0] == "G" && &r[2] == "members")
        .expect("the members of G");
    let total: u32 = (3..8)
        .map(|i| members[i].parse::<u32>().expect("a count"))
        .sum();
    assert_eq!(total, 7, "G's seven members: {rows:?}");
    // Nobody assessed anything: m1's items count as not done, the others have no plan.
    assert_eq!(&members[6], "7", "{rows:?}");

    let mut out = Vec::new();
    pledges::run::score_report(
        &app.pool,
        &args(pledges::config::ScoreFormat::Table),
        &mut out,
    )
    .await
    .expect("table");
    let table = String::from_utf8(out).expect("utf-8");
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("scope"), "{table}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("G ") && l.contains("members")),
        "{table}"
    );
    assert!(
        lines
            .last()
            .is_some_and(|l| l.starts_with("7 members") && l.contains("dry run")),
        "{table}"
    );
}
