//! Collective plans and commitments through their whole workflow, the review page, every
//! permission edge, years, restructures, hints against copied and unclear pledges, and
//! the official print views and PDFs.

use reqwest::StatusCode;
use sqlx::PgPool;

use super::common::{TestApp, item_form, plan_id_from};

/// Starts a unit's own plan of `kind` from its page, as `login`, and returns its id.
async fn start(app: &TestApp, login: &str, unit: &str, kind: &str) -> i64 {
    let mut client = app.login(login).await;
    let reply = client
        .post(
            &format!("/units/{}/plans", app.fx.units[unit]),
            &[("kind", kind.into()), ("year", "2017".into())],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text);
    plan_id_from(&reply.location)
}

/// Adds an item as `login`; returns the reply.
async fn add(
    app: &TestApp,
    login: &str,
    plan: i64,
    fields: &[(&'static str, &str)],
) -> super::common::Reply {
    let mut client = app.login(login).await;
    let mut form = item_form("Nội dung", app.version(plan).await);
    for (name, value) in fields {
        form.retain(|(n, _)| n != name);
        form.push((name, (*value).to_owned()));
    }
    client.post(&format!("/plans/{plan}/items"), &form).await
}

#[sqlx::test]
async fn a_cells_collective_plan_goes_from_its_secretary_to_the_grassroots_committee(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let c1 = app.fx.units["C1"];
    // The cell's page offers its secretary to start the plan, and nobody else.
    let mut secretary = app.login("s1").await;
    let page = secretary.get(&format!("/cells/{c1}")).await;
    assert!(page.has("#start-collective"), "{}", page.text);
    let mut member = app.login("m1").await;
    assert!(
        !member
            .get(&format!("/cells/{c1}"))
            .await
            .has("#start-collective")
    );
    let plan = start(&app, "s1", "C1", "collective").await;
    // A member cannot start it by posting either.
    let refused = member
        .post(
            &format!("/units/{c1}/plans"),
            &[("kind", "collective".into()), ("year", "2017".into())],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    // Starting twice opens the same plan.
    assert_eq!(start(&app, "s1", "C1", "collective").await, plan);

    let r = add(
        &app,
        "s1",
        plan,
        &[
            (
                "content",
                "Tổ chức 12 kỳ sinh hoạt chi bộ có chuyên đề về công tác cán bộ",
            ),
            ("responsible", "Chi ủy; các tổ đảng"),
            ("is_key", "on"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    let stored: (String, bool) =
        sqlx::query_as("select responsible, is_key from plan_items where plan_id = $1")
            .bind(plan)
            .fetch_one(&app.pool)
            .await
            .expect("item");
    assert_eq!(stored, ("Chi ủy; các tổ đảng".to_owned(), true));
    // A kind of item that belongs to commitments only is refused next to its field.
    let r = add(&app, "s1", plan, &[("kind", "pressing_issue")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.has("#kind-error"));

    // Another cell's secretary and the members read nothing and change nothing.
    assert_eq!(
        app.login("s2")
            .await
            .get(&format!("/plans/{plan}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        member.get(&format!("/plans/{plan}")).await.status,
        StatusCode::NOT_FOUND
    );
    let r = add(&app, "m1", plan, &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    assert_eq!(
        app.act("s1", plan, "submit", "").await.status,
        StatusCode::SEE_OTHER
    );
    // The committee finds it on its review page and returns it with a reason.
    let mut committee = app.login("committee").await;
    let review = committee.get("/review?show=waiting").await;
    assert!(
        review.text.contains(&format!("/plans/{plan}")),
        "{}",
        review.text
    );
    let page = committee.get(&format!("/plans/{plan}")).await;
    assert!(page.has("#action-approve") && page.has("#action-return"));
    // The district above oversees but does not decide a cell's plan.
    let page = app
        .login("upper")
        .await
        .get(&format!("/plans/{plan}"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.has("#action-approve"));
    assert_eq!(
        app.act("upper", plan, "approve", "").await.status,
        StatusCode::NOT_FOUND
    );
    // The secretary who wrote it cannot approve it.
    assert_eq!(
        app.act("s1", plan, "approve", "").await.status,
        StatusCode::NOT_FOUND
    );
    let empty = app.act("committee", plan, "return", " ").await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.state(plan).await, "submitted");
    let reason = "Nội dung số 1 cần nêu rõ thời gian hoàn thành.";
    assert_eq!(
        app.act("committee", plan, "return", reason).await.status,
        StatusCode::SEE_OTHER
    );
    let page = secretary.get(&format!("/plans/{plan}")).await;
    assert!(page.select("#return-reason").concat().contains(reason));
    assert_eq!(
        app.act("s1", plan, "submit", "").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.act("committee", plan, "approve", "").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.state(plan).await, "approved");
    // Approved: the cell's members read it, it is locked, the history has it all.
    assert_eq!(
        member.get(&format!("/plans/{plan}")).await.status,
        StatusCode::OK
    );
    let r = add(&app, "s1", plan, &[]).await;
    assert_ne!(r.status, StatusCode::SEE_OTHER);
    let actions: Vec<String> =
        sqlx::query_scalar("select action from plan_events where plan_id = $1 order by id")
            .bind(plan)
            .fetch_all(&app.pool)
            .await
            .expect("history");
    assert_eq!(
        actions,
        [
            "create", "add_item", "submit", "return", "submit", "approve"
        ]
    );
    // The unit pages count it: one of the three cells and the grassroots organisation.
    let g = app.fx.units["G"];
    let page = committee.get(&format!("/units/{g}")).await;
    assert_eq!(page.select("#orgs-registered"), vec!["1/4"]);
}

#[sqlx::test]
async fn a_collective_plan_marks_at_most_five_key_contents(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = start(&app, "s1", "C1", "collective").await;
    for n in 1..=5 {
        let content = format!("Nội dung trọng tâm số {n}");
        let r = add(&app, "s1", plan, &[("content", &content), ("is_key", "on")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let typed = "Nội dung thứ sáu, cũng muốn là trọng tâm";
    let r = add(&app, "s1", plan, &[("content", typed), ("is_key", "on")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.select("#is_key-error").concat().contains('5'),
        "{}",
        r.text
    );
    assert_eq!(
        r.field("content").as_deref(),
        Some(typed),
        "what was typed stays"
    );
    // Without the mark it goes in.
    let r = add(&app, "s1", plan, &[("content", typed)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // A personal plan has no key contents: the mark is ignored.
    let own = app.plan_with_items("m1", 0).await;
    let r = add(&app, "m1", own, &[("is_key", "on")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("select count(*) from plan_items i join plans p on p.id = i.plan_id where p.kind = 'personal' and i.is_key")
            .await,
        0
    );
}

#[sqlx::test]
async fn commitments_are_written_by_the_committee_and_reviewed_by_the_province_alone(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let u = app.fx.units["U"];
    // The district's page offers both commitments to its secretary.
    let mut upper = app.login("upper").await;
    let page = upper.get(&format!("/units/{u}")).await;
    assert!(page.has("#start-upper_collective_commitment"));
    assert!(page.has("#start-upper_secretary_commitment"));
    let standing = start(&app, "upper", "U", "upper_collective_commitment").await;
    let personal = start(&app, "upper", "U", "upper_secretary_commitment").await;
    // Cells and grassroots organisations sign no commitment.
    let mut s1 = app.login("s1").await;
    let refused = s1
        .post(
            &format!("/units/{}/plans", app.fx.units["C1"]),
            &[
                ("kind", "upper_secretary_commitment".into()),
                ("year", "2017".into()),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    let r = add(
        &app,
        "upper",
        standing,
        &[
            ("kind", "pressing_issue"),
            (
                "content",
                "Giải quyết dứt điểm 12 vụ tranh chấp đất đai kéo dài ở phường 5",
            ),
            (
                "expected_result",
                "100% vụ việc có quyết định giải quyết có hiệu lực",
            ),
            ("responsible", "Ban Thường vụ; UBND thành phố"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    for kind in ["example", "study", "remedy", "assigned_duty"] {
        let r = add(&app, "upper", personal, &[("kind", kind)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{kind}: {}", r.text);
    }
    // The secretary's commitment has its four parts and nothing else.
    let r = add(&app, "upper", personal, &[("kind", "theme_action")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for plan in [standing, personal] {
        assert_eq!(
            app.act("upper", plan, "submit", "").await.status,
            StatusCode::SEE_OTHER
        );
    }
    // Another district's committee and the grassroots below see nothing of it.
    for login in ["upper2", "committee", "s1", "m1"] {
        let mut client = app.login(login).await;
        for plan in [standing, personal] {
            assert_eq!(
                client.get(&format!("/plans/{plan}")).await.status,
                StatusCode::NOT_FOUND,
                "{login}"
            );
        }
    }
    // The province reviews: it reads and decides, but cannot edit.
    let mut reviewer = app.login("reviewer").await;
    let review = reviewer.get("/review").await;
    assert!(review.text.contains(&format!("/plans/{standing}")));
    assert!(review.text.contains(&format!("/plans/{personal}")));
    let r = add(&app, "reviewer", standing, &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let page = reviewer.get(&format!("/plans/{personal}")).await;
    assert_eq!(page.select("#action-approve"), vec!["Chấp nhận"]);
    // The standing committee's member does not review its own commitment.
    assert_eq!(
        app.act("upper", standing, "approve", "").await.status,
        StatusCode::NOT_FOUND
    );
    let reason = "Phần học tập cần ghi rõ chương trình và thời gian hoàn thành.";
    assert_eq!(
        app.act("reviewer", personal, "return", reason).await.status,
        StatusCode::SEE_OTHER
    );
    // Accepting asks first, in the commitment's words.
    let confirm = reviewer
        .post(
            &format!("/plans/{standing}"),
            &[
                ("action", "approve".into()),
                ("version", app.version(standing).await.to_string()),
                ("comment", String::new()),
            ],
        )
        .await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        confirm.text.contains("sẽ được chấp nhận"),
        "{}",
        confirm.text
    );
    assert_eq!(
        app.act("reviewer", standing, "approve", "").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.state(standing).await, "approved");
    assert_eq!(app.state(personal).await, "returned");
    // The returned one comes back to the secretary with the reason; revised, it is
    // accepted; an amendment goes through review again.
    let page = upper.get(&format!("/plans/{personal}")).await;
    assert!(page.select("#return-reason").concat().contains(reason));
    let items = app.item_ids(personal).await;
    let r = upper
        .post(
            &format!("/plans/{personal}/items/{}", items[1]),
            &[
                ("kind", "study".into()),
                (
                    "content",
                    "Hoàn thành chương trình cao cấp lý luận chính trị".into(),
                ),
                ("expected_result", "Có bằng tốt nghiệp".into()),
                ("deadline", "30/11/2017".into()),
                ("weight", "1".into()),
                ("version", app.version(personal).await.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    app.act("upper", personal, "submit", "").await;
    let page = reviewer.get(&format!("/plans/{personal}")).await;
    assert!(page.has("#changes"), "the reviewer sees what changed");
    app.act("reviewer", personal, "approve", "").await;
    assert_eq!(app.state(personal).await, "approved");
    app.act("upper", personal, "amend", "Bổ sung nhiệm vụ")
        .await;
    assert_eq!(app.state(personal).await, "draft");
    // The province's page counts the committees with both accepted: none now.
    let p = app.fx.units["P"];
    let page = reviewer.get(&format!("/units/{p}")).await;
    assert_eq!(page.select("#committees-accepted"), vec!["1/2"]);
}

#[sqlx::test]
async fn the_review_page_filters_searches_sorts_and_refuses_nonsense(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let standing = start(&app, "upper", "U", "upper_collective_commitment").await;
    add(&app, "upper", standing, &[("kind", "pressing_issue")]).await;
    app.act("upper", standing, "submit", "").await;
    let mut reviewer = app.login("reviewer").await;
    let all = reviewer.get("/review").await;
    assert_eq!(all.status, StatusCode::OK);
    assert!(all.text.contains("Đơn vị U2") && all.text.contains("Đơn vị U"));
    let waiting = reviewer.get("/review?show=waiting").await;
    assert!(waiting.text.contains("Đơn vị U<") || waiting.text.contains("Đơn vị U</a>"));
    assert!(!waiting.text.contains("Đơn vị U2"));
    let found = reviewer.get("/review?q=u2").await;
    assert!(found.text.contains("Đơn vị U2"));
    assert!(!found.text.contains(&format!("/plans/{standing}")));
    let none = reviewer.get("/review?show=done").await;
    assert!(none.has("#review-empty"));
    for bad in [
        "/review?show=everything",
        "/review?sort=random",
        "/review?year=abc",
    ] {
        assert_eq!(
            reviewer.get(bad).await.status,
            StatusCode::BAD_REQUEST,
            "{bad}"
        );
    }
    assert_eq!(
        reviewer.get("/review?year=1999").await.status,
        StatusCode::NOT_FOUND
    );
    // Members have no review page, and no link to one.
    let mut member = app.login("m1").await;
    assert_eq!(member.get("/review").await.status, StatusCode::NOT_FOUND);
    assert!(!member.get("/").await.text.contains("href=\"/review\""));
    // Past the registration deadline, a committee without its commitments is overdue.
    let overdue = reviewer.get("/review?show=overdue").await;
    assert!(overdue.text.contains("Đơn vị U2"), "{}", overdue.text);
}

#[sqlx::test]
async fn an_administrator_opens_and_edits_years_and_a_closed_year_stays_closed(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut admin = app.login("admin").await;
    assert_eq!(admin.get("/admin/years").await.status, StatusCode::OK);
    assert_eq!(
        app.login("reviewer").await.get("/admin/years").await.status,
        StatusCode::NOT_FOUND
    );
    // A mistake is named next to its field and nothing typed is lost.
    let form = |year: &str, plan: &str| {
        vec![
            ("year", year.to_owned()),
            ("theme", "Năm doanh nghiệp".to_owned()),
            ("plan_deadline", plan.to_owned()),
            ("midyear_deadline", "15/07/2018".to_owned()),
            ("self_assessment_deadline", "10/12/2018".to_owned()),
            ("rating_deadline", "15/01/2019".to_owned()),
            ("rating_scheme", String::new()),
        ]
    };
    let bad = admin
        .post("/admin/years", &form("2018", "31/03/2019"))
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.has("#problems"));
    assert!(bad.text.contains("2018"));
    assert_eq!(bad.field("theme").as_deref(), Some("Năm doanh nghiệp"));
    let ok = admin
        .post("/admin/years", &form("2018", "31/03/2018"))
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.text);
    let scheme: String = sqlx::query_scalar("select rating_scheme from years where year = 2018")
        .fetch_one(&app.pool)
        .await
        .expect("scheme");
    assert_eq!(scheme, "qd132-2018", "the scheme in force by default");
    let again = admin
        .post("/admin/years", &form("2018", "31/03/2018"))
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Two administrators: the second save, made from an older page, is refused and
    // shows what is stored beside what was typed.
    let version: i32 = sqlx::query_scalar("select version from years where year = 2018")
        .fetch_one(&app.pool)
        .await
        .expect("version");
    let mut edit = form("2018", "30/04/2018");
    edit.push(("version", version.to_string()));
    assert_eq!(
        admin.post("/admin/years/2018", &edit).await.status,
        StatusCode::SEE_OTHER
    );
    let mut stale = form("2018", "15/04/2018");
    stale[1].1 = "Chủ đề gõ sau".to_owned();
    stale.push(("version", version.to_string()));
    let refused = admin.post("/admin/years/2018", &stale).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.has("#current-year"));
    assert_eq!(refused.field("theme").as_deref(), Some("Chủ đề gõ sau"));
    let deadline: chrono::NaiveDate =
        sqlx::query_scalar("select plan_deadline from years where year = 2018")
            .fetch_one(&app.pool)
            .await
            .expect("deadline");
    assert_eq!(deadline.to_string(), "2018-04-30");
    // Closing asks first; once closed, the year and its plans are read-only.
    let plan = app.plan_with_items("m1", 1).await;
    let version: i32 = sqlx::query_scalar("select version from years where year = 2017")
        .fetch_one(&app.pool)
        .await
        .expect("version");
    let ask = admin
        .post(
            "/admin/years/2017/phase",
            &[("phase", "closed".into()), ("version", version.to_string())],
        )
        .await;
    assert_eq!(ask.status, StatusCode::OK);
    assert!(ask.has("#confirm-close"));
    let closed = admin
        .post(
            "/admin/years/2017/phase",
            &[
                ("phase", "closed".into()),
                ("version", version.to_string()),
                ("confirmed", "yes".into()),
            ],
        )
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    let page = admin.get("/admin/years/2017").await;
    assert!(page.has("#year-closed") && !page.has("#save-year"));
    let mut reopen = vec![
        ("theme", "Năm công tác cán bộ".to_owned()),
        ("plan_deadline", "30/04/2017".to_owned()),
        ("midyear_deadline", String::new()),
        ("self_assessment_deadline", String::new()),
        ("rating_deadline", String::new()),
        ("rating_scheme", String::new()),
    ];
    reopen.push(("version", (version + 1).to_string()));
    assert_eq!(
        admin.post("/admin/years/2017", &reopen).await.status,
        StatusCode::CONFLICT
    );
    let r = app.act("m1", plan, "submit", "").await;
    assert_ne!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(app.state(plan).await, "draft");
    // Every change was recorded.
    assert_eq!(
        app.count("select count(*) from audit_log where entity = 'year'")
            .await,
        3
    );
}

#[sqlx::test]
async fn a_restructure_moves_members_and_open_plans_and_leaves_past_years_as_they_were(
    pool: PgPool,
) {
    let app = TestApp::spawn(pool).await;
    let c1 = app.fx.units["C1"];
    let c2 = app.fx.units["C2"];
    let g = app.fx.units["G"];
    // 2017: m1's plan approved in C1; the year closes; 2018 opens with m2 planning.
    let plan17 = app.plan_with_items("m1", 1).await;
    app.act("m1", plan17, "submit", "").await;
    app.act("s1", plan17, "approve", "").await;
    let mut committee = app.login("committee").await;
    let before = committee.get(&format!("/cells/{c1}?year=2017")).await;
    let before_g = committee.get(&format!("/units/{g}?year=2017")).await;
    sqlx::query("update years set phase = 'closed' where year = 2017")
        .execute(&app.pool)
        .await
        .expect("close");
    sqlx::query("insert into years (year, phase) values (2018, 'planning')")
        .execute(&app.pool)
        .await
        .expect("2018");
    let mut m2 = app.login("m2").await;
    let plan18 = plan_id_from(&m2.post("/my-plan", &[]).await.location);
    let mut item = item_form("Nội dung năm 2018", app.version(plan18).await);
    item.retain(|(n, _)| *n != "deadline");
    item.push(("deadline", "30/06/2018".into()));
    let r = m2.post(&format!("/plans/{plan18}/items"), &item).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    let year: i32 = sqlx::query_scalar("select year from plans where id = $1")
        .bind(plan18)
        .fetch_one(&app.pool)
        .await
        .expect("year");
    assert_eq!(year, 2018);

    let mut admin = app.login("admin").await;
    assert_eq!(
        app.login("upper")
            .await
            .get(&format!("/admin/units/{c1}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // A bad date and a missing successor are named next to their fields.
    let bad = admin
        .post(
            &format!("/admin/units/{c1}/restructure"),
            &[
                ("mode", "existing".into()),
                ("successor", String::new()),
                ("on", "31/02/2018".into()),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.has("#problems"));
    // C1 merges into C2 on 1 February 2018.
    let merged = admin
        .post(
            &format!("/admin/units/{c1}/restructure"),
            &[
                ("mode", "existing".into()),
                ("successor", c2.to_string()),
                ("on", "01/02/2018".into()),
            ],
        )
        .await;
    assert_eq!(merged.status, StatusCode::SEE_OTHER, "{}", merged.text);
    let members_now: i64 = sqlx::query_scalar(
        "select count(*) from cell_memberships where cell_id = $1 and valid_to is null",
    )
    .bind(c1)
    .fetch_one(&app.pool)
    .await
    .expect("count");
    assert_eq!(members_now, 0);
    let unit18: i64 = sqlx::query_scalar("select org_unit_id from plans where id = $1")
        .bind(plan18)
        .fetch_one(&app.pool)
        .await
        .expect("unit");
    assert_eq!(unit18, c2, "the open year's plan moved");
    let unit17: i64 = sqlx::query_scalar("select org_unit_id from plans where id = $1")
        .bind(plan17)
        .fetch_one(&app.pool)
        .await
        .expect("unit");
    assert_eq!(unit17, c1, "the closed year's plan stayed");
    assert_eq!(
        app.count("select count(*) from plan_events where action = 'restructure'")
            .await,
        1
    );
    // 2017 reads as it did: the same members, states and counts.
    let after = committee.get(&format!("/cells/{c1}?year=2017")).await;
    assert_eq!(after.select("#members td"), before.select("#members td"));
    assert_eq!(after.select("#registered"), before.select("#registered"));
    let after_g = committee.get(&format!("/units/{g}?year=2017")).await;
    assert_eq!(after_g.select("#children"), before_g.select("#children"));
    assert_eq!(
        after_g.select("#registered"),
        before_g.select("#registered")
    );
    // Closing it again is refused; so is a successor that cannot hold its units.
    let again = admin
        .post(
            &format!("/admin/units/{c1}/restructure"),
            &[
                ("mode", "existing".into()),
                ("successor", c2.to_string()),
                ("on", "01/03/2018".into()),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    let u2 = app.fx.units["U2"];
    let wrong = admin
        .post(
            &format!("/admin/units/{g}/restructure"),
            &[
                ("mode", "new".into()),
                ("name", "Chi bộ sai chỗ".into()),
                ("code", "sai".into()),
                ("kind", "cell".into()),
                ("parent", app.fx.units["P"].to_string()),
                ("on", "01/03/2018".into()),
                ("place", String::new()),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.has("#problems"));
    // G is renamed: its cells go along under the new name, its committee with it.
    let renamed = admin
        .post(
            &format!("/admin/units/{g}/restructure"),
            &[
                ("mode", "new".into()),
                ("name", "Đảng bộ Phường Mới".into()),
                ("code", "g-moi".into()),
                ("kind", "grassroots_party".into()),
                ("parent", app.fx.units["U"].to_string()),
                ("on", "01/03/2018".into()),
                ("place", "Đông Hà".into()),
            ],
        )
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.text);
    let carried: i64 = app
        .count(
            "select count(*) from org_units c join org_units p on p.id = c.parent_id
             where p.code = 'g-moi' and c.valid_to is null",
        )
        .await;
    assert_eq!(carried, 2, "C2 and C3 went along (C1 had closed)");
    assert_eq!(
        app.count(
            "select count(*) from role_assignments ra join org_units u on u.id = ra.org_unit_id
             where u.code = 'g-moi' and ra.role = 'grassroots_committee'"
        )
        .await,
        1
    );
    let _ = u2;
    // 2017 still reads as it did, for those who oversee it (the committee's offices moved
    // to the renamed organisation; the district above still oversees the old one).
    let mut upper = app.login("upper").await;
    let after_g = upper.get(&format!("/units/{g}?year=2017")).await;
    assert_eq!(
        after_g.select("#registered"),
        before_g.select("#registered")
    );
    assert!(
        app.count(
            "select count(*) from audit_log where entity = 'org_unit' and action = 'restructure'"
        )
        .await
            >= 2
    );
}

#[sqlx::test]
async fn a_near_identical_pledge_is_flagged_to_the_reviewer_and_a_different_one_is_not(
    pool: PgPool,
) {
    let app = TestApp::spawn(pool).await;
    let copied = "Vận động 15 hộ trong tổ dân phố phân loại rác tại nguồn, giữ vệ sinh đường làng";
    let mine = app.plan_with_items("m1", 0).await;
    let theirs = app.plan_with_items("m2", 0).await;
    add(&app, "m2", theirs, &[("content", copied)]).await;
    add(
        &app,
        "m1",
        mine,
        &[(
            "content",
            "Vận động 12 hộ trong tổ dân phố phân loại rác tại nguồn, giữ vệ sinh đường làng",
        )],
    )
    .await;
    add(
        &app,
        "m1",
        mine,
        &[(
            "content",
            "Hoàn thành lớp bồi dưỡng kết nạp đảng viên mới cho 3 quần chúng ưu tú",
        )],
    )
    .await;
    let mut secretary = app.login("s1").await;
    let page = secretary.get(&format!("/plans/{mine}")).await;
    let hints = page.select(".hint-box.similar");
    assert_eq!(hints.len(), 1, "only the near-identical item: {hints:?}");
    assert!(
        hints[0].contains(copied),
        "the other text side by side: {hints:?}"
    );
    assert!(hints[0].contains("Đỗ Văn Ánh"));
    // The member does not see another member's text.
    let page = app.login("m1").await.get(&format!("/plans/{mine}")).await;
    assert!(page.select(".hint-box.similar").is_empty());
    // Two districts' commitments with the same sentence are flagged for the province.
    let u = start(&app, "upper", "U", "upper_collective_commitment").await;
    let sentence = "Giảm 30% số vụ khai thác cát trái phép trên sông Hiếu so với năm 2016";
    add(
        &app,
        "upper",
        u,
        &[("kind", "pressing_issue"), ("content", sentence)],
    )
    .await;
    let mut upper2 = app.login("upper2").await;
    let reply = upper2
        .post(
            &format!("/units/{}/plans", app.fx.units["U2"]),
            &[
                ("kind", "upper_collective_commitment".into()),
                ("year", "2017".into()),
            ],
        )
        .await;
    let u2 = plan_id_from(&reply.location);
    add(
        &app,
        "upper2",
        u2,
        &[
            ("kind", "pressing_issue"),
            (
                "content",
                "Giảm 30% số vụ khai thác cát trái phép trên sông Thạch Hãn so với năm 2016",
            ),
        ],
    )
    .await;
    let page = app
        .login("reviewer")
        .await
        .get(&format!("/plans/{u2}"))
        .await;
    let hints = page.select(".hint-box.similar");
    assert_eq!(hints.len(), 1);
    assert!(hints[0].contains(sentence));
    // The other committee sees no hint pointing at a commitment it may not read.
    assert!(
        upper2
            .get(&format!("/plans/{u2}"))
            .await
            .select(".hint-box.similar")
            .is_empty()
    );
}

#[sqlx::test]
async fn six_clear_hints_name_what_an_item_leaves_unclear(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = start(&app, "s1", "C1", "collective").await;
    add(
        &app,
        "s1",
        plan,
        &[
            ("content", "Nâng cao chất lượng sinh hoạt chi bộ"),
            ("expected_result", "Có chuyển biến tích cực"),
            ("deadline", ""),
            ("responsible", ""),
        ],
    )
    .await;
    add(
        &app,
        "s1",
        plan,
        &[
            ("content", "Tổ chức 4 kỳ sinh hoạt chuyên đề"),
            ("expected_result", "Có 4 biên bản sinh hoạt chuyên đề"),
            ("deadline", "30/11/2017"),
            ("responsible", "Chi ủy"),
        ],
    )
    .await;
    let page = app
        .login("committee")
        .await
        .get(&format!("/plans/{plan}"))
        .await;
    let hints = page.select(".hint-box.unclear");
    assert_eq!(hints.len(), 1, "{hints:?}");
    assert!(hints[0].contains("rõ sản phẩm"));
    assert!(hints[0].contains("rõ thời gian"));
    assert!(hints[0].contains("rõ người"));
}

/// The text of a PDF, by pdftotext.
fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, bytes).expect("write");
    let out = std::process::Command::new("pdftotext")
        .args(["-raw"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    String::from_utf8(out.stdout).expect("utf-8")
}

#[sqlx::test]
async fn official_documents_print_and_download_as_pdf_with_their_text(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    sqlx::query("update org_units set place = 'Đông Hà' where code = 'P'")
        .execute(&app.pool)
        .await
        .expect("place");
    let plan = app.plan_with_items("m1", 2).await;
    let mut member = app.login("m1").await;
    // Not approved yet: the print view says it is a draft.
    let draft = member.get(&format!("/plans/{plan}/print")).await;
    assert_eq!(draft.status, StatusCode::OK);
    assert!(draft.text.contains("DỰ THẢO"));
    app.act("m1", plan, "submit", "").await;
    app.act("s1", plan, "approve", "").await;
    let print = member.get(&format!("/plans/{plan}/print")).await;
    for text in [
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐƠN VỊ G",
        "ĐƠN VỊ C1",
        "BẢN ĐĂNG KÝ",
        "Đông Hà, ngày",
        "NGƯỜI ĐĂNG KÝ",
        "T/M CHI BỘ",
        "BÍ THƯ",
        "Lê Văn Thành",
        "Nguyễn Thị Hoa",
        "Nội dung số 1",
        "Nội dung số 2",
    ] {
        assert!(print.text.contains(text), "{text} in the print view");
    }
    assert!(!print.text.contains("DỰ THẢO"));
    assert!(print.has("#download-pdf"));
    // The PDF holds the same text, with its marks.
    let response = member
        .http
        .get(format!("{}/plans/{plan}/pdf", member.base))
        .send()
        .await
        .expect("pdf");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"].to_str().expect("type"),
        "application/pdf"
    );
    let bytes = response.bytes().await.expect("bytes");
    assert!(bytes.starts_with(b"%PDF"));
    let text = pdf_text(&bytes);
    for expected in [
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Đông Hà, ngày",
        "Nội dung số 1",
        "Nội dung số 2",
        "NGƯỜI ĐĂNG KÝ",
        "T/M CHI BỘ",
        "Nguyễn Thị Hoa",
    ] {
        assert!(
            text.contains(expected),
            "{expected} in the PDF text:\n{text}"
        );
    }
    // Someone who may not read the plan gets neither.
    let mut stranger = app.login("m3").await;
    assert_eq!(
        stranger.get(&format!("/plans/{plan}/print")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        stranger.get(&format!("/plans/{plan}/pdf")).await.status,
        StatusCode::NOT_FOUND
    );
    // The secretary downloads every approved plan of the cell at once.
    let mut secretary = app.login("s1").await;
    let c1 = app.fx.units["C1"];
    let bundle = secretary.get(&format!("/cells/{c1}/print?year=2017")).await;
    assert!(bundle.text.contains("Nguyễn Thị Hoa"));
    assert!(
        secretary
            .get(&format!("/cells/{c1}"))
            .await
            .text
            .contains(&format!("/cells/{c1}/pdf")),
        "the cell page links the bundle"
    );
    assert_eq!(
        member.get(&format!("/cells/{c1}/print")).await.status,
        StatusCode::NOT_FOUND,
        "a member does not print the whole cell"
    );
}

#[sqlx::test]
async fn without_a_renderer_the_pdf_link_says_so_and_offers_the_print_view(pool: PgPool) {
    let config = pledges::config::AppConfig {
        pdf_renderer: None,
        ..pledges::config::AppConfig::default()
    };
    let app = TestApp::spawn_with(pool, config, pledges::config::ServerLimits::default()).await;
    let plan = app.plan_with_items("m1", 1).await;
    let mut member = app.login("m1").await;
    let reply = member.get(&format!("/plans/{plan}/pdf")).await;
    assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(reply.has("#no-pdf"));
    assert!(reply.text.contains(&format!("/plans/{plan}/print")));
}
