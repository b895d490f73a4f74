//! Who may see and do what, as a table of role × action × scope, over HTTP. Refusals
//! are "not found", so nothing outside a person's subtree is even confirmed to exist.

use reqwest::StatusCode;
use sqlx::PgPool;

use super::common::{TestApp, item_form};

/// The people of the fixture, in the order of the table's columns.
const PEOPLE: [&str; 12] = [
    "m1",
    "m2",
    "s1",
    "d1",
    "s2",
    "m3",
    "committee",
    "upper",
    "upper2",
    "reviewer",
    "admin",
    "s4",
];

#[sqlx::test]
async fn every_role_reaches_exactly_what_its_scope_allows(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    // m1's plan is submitted (waiting in cell C1); m2's is approved.
    let submitted = app.plan_with_items("m1", 1).await;
    app.act("m1", submitted, "submit", "").await;
    let approved = app.plan_with_items("m2", 1).await;
    app.act("m2", approved, "submit", "").await;
    app.act("s1", approved, "approve", "").await;
    let c1 = app.fx.units["C1"];
    // Every state-changing probe carries a stale version: allowed requests answer 409
    // and change nothing; refused ones answer 404.
    let stale = "0".to_owned();

    //            m1     m2     s1     d1     s2     m3     comm   upper  upper2 review admin  s4
    let table: [(&str, [bool; 12]); 7] = [
        (
            "view submitted plan",
            [
                true, false, true, true, false, false, true, true, false, true, false, false,
            ],
        ),
        (
            "view approved plan of a cell mate",
            [
                true, true, true, true, false, false, true, true, false, true, false, false,
            ],
        ),
        (
            "decide submitted plan",
            [
                false, false, true, true, false, false, false, false, false, false, false, false,
            ],
        ),
        (
            "reach the item editor of the submitted plan",
            [
                true, false, false, false, false, false, false, false, false, false, false, false,
            ],
        ),
        (
            "comment on submitted plan",
            [
                true, false, true, true, false, false, true, true, false, true, false, false,
            ],
        ),
        (
            "view cell C1",
            [
                true, true, true, true, false, false, true, true, false, true, false, false,
            ],
        ),
        (
            "manage the catalogue",
            [
                false, false, false, false, false, false, false, false, false, false, true, false,
            ],
        ),
    ];
    let mut failures = Vec::new();
    for (column, login) in PEOPLE.iter().enumerate() {
        let mut client = app.login(login).await;
        for (what, row) in &table {
            let reply = match *what {
                "view submitted plan" => client.get(&format!("/plans/{submitted}")).await,
                "view approved plan of a cell mate" => {
                    client.get(&format!("/plans/{approved}")).await
                }
                "decide submitted plan" => {
                    client
                        .post(
                            &format!("/plans/{submitted}/actions"),
                            &[
                                ("action", "approve".into()),
                                ("version", stale.clone()),
                                ("confirmed", "yes".into()),
                            ],
                        )
                        .await
                }
                "reach the item editor of the submitted plan" => {
                    let mut form = item_form("Thử", 0);
                    form.retain(|(k, _)| *k != "version");
                    form.push(("version", stale.clone()));
                    client
                        .post(&format!("/plans/{submitted}/items"), &form)
                        .await
                }
                "comment on submitted plan" => {
                    client
                        .post(
                            &format!("/plans/{submitted}/actions"),
                            &[
                                ("action", "comment".into()),
                                ("comment", "Góp ý".into()),
                                ("version", stale.clone()),
                            ],
                        )
                        .await
                }
                "view cell C1" => client.get(&format!("/cells/{c1}")).await,
                "manage the catalogue" => client.get("/admin/manifestations").await,
                other => unreachable!("{other}"),
            };
            let allowed = row[column];
            let ok = if allowed {
                matches!(reply.status, StatusCode::OK | StatusCode::CONFLICT)
            } else {
                reply.status == StatusCode::NOT_FOUND
            };
            if !ok {
                failures.push(format!(
                    "{login} / {what}: expected allowed={allowed}, got {}",
                    reply.status
                ));
            }
            if !allowed {
                assert!(
                    !reply.text.contains("Nội dung số 1"),
                    "{login} / {what}: a refusal must not show the plan"
                );
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The probes changed nothing.
    assert_eq!(app.state(submitted).await, "submitted");
    assert_eq!(
        app.count(&format!(
            "select count(*) from plan_items where plan_id = {submitted}"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "select count(*) from plan_events where plan_id = {submitted} and action = 'comment'"
        ))
        .await,
        0
    );
}

#[sqlx::test]
async fn pages_need_a_login(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut anonymous = app.anonymous();
    for path in [
        "/",
        "/my-plan",
        "/queue",
        "/plans/1",
        "/cells/1",
        "/admin/manifestations",
    ] {
        let reply = anonymous.get(path).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{path}");
        assert!(
            reply.location.starts_with("/login?next="),
            "{path}: {}",
            reply.location
        );
    }
    let reply = anonymous
        .post(
            "/plans/1/actions",
            &[
                ("action", "approve".into()),
                ("version", "1".into()),
                ("confirmed", "yes".into()),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert!(reply.location.starts_with("/login"));
}

#[sqlx::test]
async fn queues_hold_only_the_plans_a_person_may_decide(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    for login in ["m1", "m3", "m4", "s3"] {
        let plan = app.plan_with_items(login, 1).await;
        app.act(login, plan, "submit", "").await;
    }
    // (login, owners whose plans they see)
    let expected: [(&str, &[&str]); 5] = [
        ("s1", &["Nguyễn Thị Hoa"]),
        ("s2", &["Hồ Thị Cúc"]),
        ("s4", &["Ngô Thị Gấm"]),
        ("committee", &["Dương Văn Dũng"]),
        ("m2", &[]),
    ];
    for (login, owners) in expected {
        let mut client = app.login(login).await;
        let queue = client.get("/queue").await;
        assert_eq!(queue.status, StatusCode::OK);
        let mut seen: Vec<String> = queue.select("table.list tbody tr td:first-child");
        seen.sort();
        assert_eq!(seen, owners.to_vec(), "{login}");
    }
}

#[sqlx::test]
async fn an_unknown_plan_and_a_plan_out_of_scope_look_the_same(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m3", 1).await;
    let mut outsider = app.login("m1").await;
    let hidden = outsider.get(&format!("/plans/{plan}")).await;
    let missing = outsider.get("/plans/999999").await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(
        hidden.select("main p.alert"),
        missing.select("main p.alert")
    );
    assert!(!hidden.text.contains("Hồ Thị Cúc"));
}

#[sqlx::test]
async fn only_the_owner_opens_the_item_forms_and_changes_a_draft(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 2).await;
    let item = app.item_ids(plan).await[0];
    let version = app.version(plan).await.to_string();
    for login in ["m1", "m2", "s1", "committee", "reviewer", "admin"] {
        let owner = login == "m1";
        let mut client = app.login(login).await;
        let pages = [
            format!("/plans/{plan}/items/new"),
            format!("/plans/{plan}/items/{item}/edit"),
        ];
        for page in pages {
            let status = client.get(&page).await.status;
            assert_eq!(
                status == StatusCode::OK,
                owner,
                "{login} GET {page}: {status}"
            );
            if !owner {
                assert_eq!(status, StatusCode::NOT_FOUND, "{login} GET {page}");
            }
        }
        if owner {
            continue;
        }
        let posts: [(String, Vec<(&str, String)>); 3] = [
            (
                format!("/plans/{plan}/shortcomings"),
                vec![
                    ("shortcomings", "Chen vào".into()),
                    ("version", version.clone()),
                ],
            ),
            (
                format!("/plans/{plan}/items/{item}/delete"),
                vec![("version", version.clone()), ("confirmed", "yes".into())],
            ),
            (
                format!("/plans/{plan}/items/{item}/move"),
                vec![("direction", "down".into()), ("version", version.clone())],
            ),
        ];
        for (path, form) in posts {
            assert_eq!(
                client.post(&path, &form).await.status,
                StatusCode::NOT_FOUND,
                "{login} POST {path}"
            );
        }
    }
    assert_eq!(
        app.version(plan).await.to_string(),
        version,
        "nothing changed"
    );
    // Only administrators change the catalogue.
    let mut secretary = app.login("s1").await;
    let refused = secretary
        .post(
            "/admin/manifestations/1",
            &[("label_vi", "Sửa".into()), ("label_en", "Edit".into())],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.count("select count(*) from manifestations where label_vi = 'Sửa'")
            .await,
        0
    );
}

#[sqlx::test]
async fn a_submitted_plan_cannot_be_edited_even_with_the_current_version(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 1).await;
    app.act("m1", plan, "submit", "").await;
    let mut member = app.login("m1").await;
    let version = app.version(plan).await;
    let add = member
        .post(
            &format!("/plans/{plan}/items"),
            &item_form("Thêm lén", version),
        )
        .await;
    assert_eq!(add.status, StatusCode::CONFLICT);
    let item = app.item_ids(plan).await[0];
    let v = version.to_string();
    for (path, form) in [
        (
            format!("/plans/{plan}/items/{item}/delete"),
            vec![("version", v.clone()), ("confirmed", "yes".into())],
        ),
        (
            format!("/plans/{plan}/items/{item}/move"),
            vec![("direction", "up".to_owned()), ("version", v.clone())],
        ),
        (
            format!("/plans/{plan}/shortcomings"),
            vec![("shortcomings", "Mới".to_owned()), ("version", v.clone())],
        ),
    ] {
        let form: Vec<(&str, String)> = form;
        let reply = member.post(&path, &form).await;
        assert_eq!(reply.status, StatusCode::CONFLICT, "{path}");
        assert!(reply.text.contains("không thực hiện được"), "{path}");
    }
    assert_eq!(app.version(plan).await, version);
    assert_eq!(
        app.count(&format!(
            "select count(*) from plan_items where plan_id = {plan}"
        ))
        .await,
        1
    );
}

#[sqlx::test]
async fn a_lone_secretary_of_a_grassroots_cell_is_decided_by_the_upper_committee(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("s4", 1).await;
    app.act("s4", plan, "submit", "").await;
    let mut upper2 = app.login("upper2").await;
    let queue = upper2.get("/queue").await;
    assert!(queue.text.contains("Bùi Văn Em"), "{}", queue.text);
    // The upper committee of another district does not see it.
    let mut upper = app.login("upper").await;
    assert!(!upper.get("/queue").await.text.contains("Bùi Văn Em"));
    assert_eq!(
        app.act("upper", plan, "approve", "").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.act("upper2", plan, "approve", "").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.state(plan).await, "approved");
}

#[sqlx::test]
async fn a_deactivated_deputy_does_not_strand_the_secretarys_plan(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    sqlx::query("update accounts set is_active = false where login = 'd1'")
        .execute(&app.pool)
        .await
        .expect("deactivate");
    let plan = app.plan_with_items("s1", 1).await;
    app.act("s1", plan, "submit", "").await;
    assert_eq!(
        app.act("committee", plan, "approve", "").await.status,
        StatusCode::SEE_OTHER
    );
}

#[sqlx::test]
async fn cell_mates_read_an_approved_plan_but_not_its_review(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 1).await;
    app.act("m1", plan, "submit", "").await;
    app.act("s1", plan, "return", "Nội dung còn chung chung")
        .await;
    app.act("m1", plan, "submit", "").await;
    app.act("s1", plan, "approve", "").await;
    let mut mate = app.login("m2").await;
    let page = mate.get(&format!("/plans/{plan}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Nội dung số 1"));
    assert!(
        !page.text.contains("còn chung chung"),
        "the review discussion is not for cell mates"
    );
    assert!(!page.has("#hist-h"));
    let mut owner = app.login("m1").await;
    assert!(
        owner
            .get(&format!("/plans/{plan}"))
            .await
            .text
            .contains("còn chung chung")
    );
}
