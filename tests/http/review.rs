//! Nothing typed is lost, reviewers see what changed, decisions are confirmed, members
//! move with their plans, and every role's home says what to do.

use reqwest::StatusCode;
use sqlx::PgPool;

use super::common::{PASSWORD, TestApp, item_form};

async fn shortcomings(app: &TestApp, plan: i64) -> String {
    sqlx::query_scalar("select shortcomings from plans where id = $1")
        .bind(plan)
        .fetch_one(&app.pool)
        .await
        .expect("shortcomings")
}

#[sqlx::test]
async fn submitting_saves_the_shortcomings_typed_beside_it(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 1).await;
    let mut member = app.login("m1").await;
    let page = member.get(&format!("/plans/{plan}")).await;
    assert_eq!(
        page.select("form#plan-form textarea#shortcomings").len(),
        1,
        "the shortcomings are edited in the form that submits"
    );
    let reply = member
        .post(
            &format!("/plans/{plan}"),
            &[
                ("action", "submit".into()),
                ("version", app.version(plan).await.to_string()),
                ("shortcomings", "Còn nể nang khi góp ý đồng chí.".into()),
                ("comment", String::new()),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text);
    assert_eq!(app.state(plan).await, "submitted");
    assert_eq!(
        shortcomings(&app, plan).await,
        "Còn nể nang khi góp ý đồng chí."
    );
}

#[sqlx::test]
async fn a_form_sent_after_the_session_ended_is_completed_after_logging_in_again(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 1).await;
    let mut member = app.login("m1").await;
    member.get(&format!("/plans/{plan}")).await;
    // The session ends while the member is typing (8 hours idle, or logged out elsewhere).
    sqlx::query("delete from sessions")
        .execute(&app.pool)
        .await
        .expect("end sessions");
    let typed = "Ý kiến viết rất lâu, không được mất";
    let sent = member
        .post(
            &format!("/plans/{plan}"),
            &[
                ("action", "comment".into()),
                ("comment", typed.into()),
                ("version", app.version(plan).await.to_string()),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::UNAUTHORIZED);
    assert!(sent.has("#session-ended"), "{}", sent.text);
    assert_eq!(
        sent.field("resume_to").as_deref(),
        Some(&*format!("/plans/{plan}"))
    );
    assert!(
        sent.field("resume_body")
            .is_some_and(|body| body.contains("comment=")),
        "what was typed travels with the login form"
    );
    // Logging in again offers to finish sending it, with every value kept.
    let login = member
        .post(
            "/login",
            &[
                ("login", "m1".into()),
                ("password", PASSWORD.into()),
                ("next", "/".into()),
                ("resume_to", sent.field("resume_to").unwrap_or_default()),
                ("resume_body", sent.field("resume_body").unwrap_or_default()),
            ],
        )
        .await;
    assert_eq!(login.status, StatusCode::OK, "{}", login.text);
    assert_eq!(login.field("comment").as_deref(), Some(typed));
    let token = login.field("csrf_token").expect("token");
    let resend = member
        .post_raw(
            &format!("/plans/{plan}"),
            &[
                ("action", "comment".into()),
                ("comment", typed.into()),
                ("version", login.field("version").unwrap_or_default()),
                ("csrf_token", token),
            ],
        )
        .await;
    assert_eq!(resend.status, StatusCode::SEE_OTHER, "{}", resend.text);
    assert_eq!(
        app.count(&format!(
            "select count(*) from plan_events where plan_id = {plan} and comment = '{typed}'"
        ))
        .await,
        1
    );
}

#[sqlx::test]
async fn the_reviewer_sees_what_changed_since_the_last_submission(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 3).await;
    app.act("m1", plan, "submit", "").await;
    app.act("s1", plan, "return", "Nội dung 1 cần cụ thể hơn")
        .await;
    let ids = app.item_ids(plan).await;
    let mut member = app.login("m1").await;
    // item 1 changed, item 2 removed, one item added
    let mut form = item_form("Nội dung số 1 sửa lại cho cụ thể", app.version(plan).await);
    form.push(("confirmed", "yes".into()));
    let edited = member
        .post(&format!("/plans/{plan}/items/{}/edit", ids[0]), &form)
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.text);
    let removed = member
        .post(
            &format!("/plans/{plan}/items/{}/delete", ids[1]),
            &[
                ("version", app.version(plan).await.to_string()),
                ("confirmed", "yes".into()),
            ],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let added = member
        .post(
            &format!("/plans/{plan}/items/new"),
            &item_form("Nội dung hoàn toàn mới", app.version(plan).await),
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    member
        .act(plan, "submit", "", app.version(plan).await)
        .await;

    let mut secretary = app.login("s1").await;
    let page = secretary.get(&format!("/plans/{plan}")).await;
    let changes = page.select("#changes li");
    assert_eq!(changes.len(), 3, "{changes:?}");
    assert!(
        page.select("#changes li.added")
            .concat()
            .contains("Nội dung hoàn toàn mới")
    );
    assert!(
        page.select("#changes li.removed")
            .concat()
            .contains("Nội dung số 2")
    );
    assert!(page.select("#changes li.changed del").is_empty());
    assert_eq!(
        page.select("#changes li.changed ins"),
        vec!["sửa lại cho cụ thể"]
    );
}

#[sqlx::test]
async fn approving_asks_first_and_can_open_the_next_plan(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let first = app.plan_with_items("m1", 1).await;
    let second = app.plan_with_items("m2", 1).await;
    app.act("m1", first, "submit", "").await;
    app.act("m2", second, "submit", "").await;
    let mut secretary = app.login("s1").await;
    let asked = secretary
        .post(
            &format!("/plans/{first}"),
            &[
                ("action", "approve".into()),
                ("version", app.version(first).await.to_string()),
                ("comment", "Đồng ý".into()),
            ],
        )
        .await;
    assert_eq!(asked.status, StatusCode::OK);
    assert!(asked.has("#confirm") && asked.has("#confirm-next"));
    assert_eq!(
        app.state(first).await,
        "submitted",
        "nothing happens before confirming"
    );
    // The confirmation carries what was typed and opens the next plan waiting.
    let mut fields: Vec<(&str, String)> = vec![("then", "next".into())];
    for name in ["action", "version", "comment", "confirmed"] {
        fields.push((name, asked.field(name).unwrap_or_default()));
    }
    let done = secretary.post(&format!("/plans/{first}"), &fields).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(done.location, format!("/plans/{second}"));
    assert_eq!(app.state(first).await, "approved");
    assert_eq!(
        app.count(&format!(
            "select count(*) from plan_events where plan_id = {first} and comment = 'Đồng ý'"
        ))
        .await,
        1
    );
}

#[sqlx::test]
async fn removing_an_item_asks_first(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 2).await;
    let ids = app.item_ids(plan).await;
    let mut member = app.login("m1").await;
    let asked = member
        .post(
            &format!("/plans/{plan}/items/{}/delete", ids[0]),
            &[("version", app.version(plan).await.to_string())],
        )
        .await;
    assert_eq!(asked.status, StatusCode::OK);
    assert!(asked.text.contains("Nội dung số 1"));
    assert_eq!(app.item_ids(plan).await.len(), 2);
}

#[sqlx::test]
async fn a_comment_on_one_item_is_shown_on_that_item(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 2).await;
    app.act("m1", plan, "submit", "").await;
    let ids = app.item_ids(plan).await;
    let mut secretary = app.login("s1").await;
    let sent = secretary
        .post(
            &format!("/plans/{plan}"),
            &[
                ("action", "comment".into()),
                ("item", ids[1].to_string()),
                ("comment", "Ghi rõ số hộ".into()),
                ("version", app.version(plan).await.to_string()),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let mut member = app.login("m1").await;
    let page = member.get(&format!("/plans/{plan}")).await;
    assert!(
        page.select(&format!("#item-{} .item-comment", ids[1]))
            .concat()
            .contains("Ghi rõ số hộ")
    );
    assert!(
        page.select(&format!("#item-{} .item-comment", ids[0]))
            .is_empty()
    );
}

#[sqlx::test]
async fn a_transferred_members_plan_goes_to_the_new_cell_which_decides_it(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m2", 1).await;
    app.act("m2", plan, "submit", "").await;
    let member: i64 = sqlx::query_scalar("select member_id from accounts where login = 'm2'")
        .fetch_one(&app.pool)
        .await
        .expect("member");
    let mut admin = app.login("admin").await;
    let found = admin.get("/admin/members?q=do van anh").await;
    assert!(
        found.text.contains("Đỗ Văn Ánh"),
        "found without tone marks"
    );
    let moved = admin
        .post(
            &format!("/admin/members/{member}/transfer"),
            &[
                ("to", app.fx.units["C2"].to_string()),
                ("on", "15/06/2017".into()),
            ],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.text);
    // The old cell no longer decides it; the new one does.
    assert_eq!(
        app.act("s1", plan, "approve", "").await.status,
        StatusCode::NOT_FOUND
    );
    let mut new_secretary = app.login("s2").await;
    let queue = new_secretary.get("/queue").await;
    assert!(queue.text.contains("Đỗ Văn Ánh"));
    assert_eq!(
        app.act("s2", plan, "approve", "").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.state(plan).await, "approved");
    let history = app.login("m2").await.get(&format!("/plans/{plan}")).await;
    assert!(history.text.contains("Chuyển sinh hoạt sang chi bộ khác"));
    assert_eq!(
        app.count("select count(*) from audit_log where entity = 'member' and action = 'transfer'")
            .await,
        1
    );
    // A move to the cell one is in, or to something that is not a cell, is refused.
    let again = admin
        .post(
            &format!("/admin/members/{member}/transfer"),
            &[
                ("to", app.fx.units["C2"].to_string()),
                ("on", "16/06/2017".into()),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    let bad_date = admin
        .post(
            &format!("/admin/members/{member}/transfer"),
            &[
                ("to", app.fx.units["C1"].to_string()),
                ("on", "31/02/2017".into()),
            ],
        )
        .await;
    assert_eq!(bad_date.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad_date.has("#on-error"));
    // Only administrators move members.
    let mut member_client = app.login("s1").await;
    assert_eq!(
        member_client
            .get(&format!("/admin/members/{member}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[sqlx::test]
async fn every_home_says_what_to_do_first(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 1).await;
    app.act("m1", plan, "submit", "").await;
    app.act("s1", plan, "return", "Ghi rõ thời hạn từng nội dung")
        .await;
    let own = app.plan_with_items("s1", 1).await;
    app.act("s1", own, "submit", "").await;
    let waiting = app.plan_with_items("m2", 1).await;
    app.act("m2", waiting, "submit", "").await;

    // The member: the reason quoted and the next step.
    let home = app.login("m1").await.get("/").await;
    assert!(
        home.select("#task-plan")
            .concat()
            .contains("Ghi rõ thời hạn từng nội dung")
    );
    assert!(home.text.contains("Sửa và gửi lại"));
    // The secretary: decisions first, above their own plan.
    let home = app.login("s1").await.get("/").await;
    let queue_at = home.text.find("id=\"task-queue\"").expect("queue task");
    let plan_at = home.text.find("id=\"task-plan\"").expect("plan task");
    assert!(queue_at < plan_at);
    assert!(
        home.select("#task-queue .big-number")
            .concat()
            .contains('1')
    );
    assert!(home.text.contains("Bí thư Đơn vị C1"));
    // The upper committee: their unit with its counts and the way down.
    let home = app.login("upper").await.get("/").await;
    let unit = app.fx.units["U"];
    assert!(home.text.contains(&format!("href=\"/units/{unit}\"")));
    // A system account (no member behind it) is greeted without "đồng chí" and the
    // administrator finds their tools.
    sqlx::query("update accounts set member_id = null where login = 'admin'")
        .execute(&app.pool)
        .await
        .expect("system account");
    let home = app.login("admin").await.get("/").await;
    assert!(!home.text.contains("Xin chào đồng chí"));
    assert!(home.text.contains("href=\"/admin/members\""));
}

#[sqlx::test]
async fn the_queue_can_be_searched_filtered_and_paged(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    for login in ["m1", "m2"] {
        let plan = app.plan_with_items(login, 1).await;
        app.act(login, plan, "submit", "").await;
    }
    let mut secretary = app.login("s1").await;
    let all = secretary.get("/queue").await;
    assert_eq!(all.select("#queue-total"), vec!["2"]);
    let found = secretary.get("/queue?q=hoa").await;
    assert_eq!(found.select("#queue-total"), vec!["1"]);
    assert!(found.text.contains("Nguyễn Thị Hoa"));
    let drafts = secretary.get("/queue?state=draft").await;
    assert!(drafts.text.contains("Không có kế hoạch nào phù hợp"));
    let bad = secretary.get("/queue?state=bogus").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}
