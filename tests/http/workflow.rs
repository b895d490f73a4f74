//! The personal-plan workflow over HTTP: draft, submit, return, resubmit, approve, amend.

use reqwest::StatusCode;
use sqlx::PgPool;

use super::common::{TestApp, item_form, plan_id_from};

#[sqlx::test]
async fn a_member_writes_submits_and_the_secretary_returns_then_approves(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut member = app.login("m1").await;

    let start = member.get("/my-plan").await;
    assert_eq!(start.status, StatusCode::OK);
    assert!(start.text.contains("Lập kế hoạch năm"), "{}", start.text);
    let created = member.post("/my-plan", &[]).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let plan = plan_id_from(&created.location);

    let added = member
        .post(
            &format!("/plans/{plan}/items"),
            &item_form("Trả 100% hồ sơ đúng hẹn", app.version(plan).await),
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let page = member.get(&format!("/plans/{plan}")).await;
    assert!(page.text.contains("Trả 100% hồ sơ đúng hẹn"));
    assert!(
        page.text.contains("Đã thêm nội dung đăng ký."),
        "the flash message shows once"
    );
    assert_eq!(page.select("#plan-state"), vec!["Đang soạn"]);
    // The owner is offered submit, never approve.
    assert!(page.has("#action-submit"));
    assert!(!page.has("#action-approve"));

    let submitted = member
        .act(plan, "submit", "", app.version(plan).await)
        .await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER);
    assert_eq!(app.state(plan).await, "submitted");

    // The secretary finds it in the queue, with the count.
    let mut secretary = app.login("s1").await;
    let queue = secretary.get("/queue").await;
    assert_eq!(queue.select("#queue-total"), vec!["1"]);
    assert!(queue.text.contains("Nguyễn Thị Hoa"));
    let review = secretary.get(&format!("/plans/{plan}")).await;
    assert!(review.has("#action-return") && review.has("#action-approve"));
    assert!(
        !review.has("#add-item"),
        "the secretary cannot edit the member's items"
    );

    let returned = secretary
        .act(
            plan,
            "return",
            "Ghi rõ số hồ sơ mỗi tháng",
            app.version(plan).await,
        )
        .await;
    assert_eq!(returned.status, StatusCode::SEE_OTHER);
    assert_eq!(app.state(plan).await, "returned");

    // The member sees the comment, fixes the plan and resubmits.
    let page = member.get(&format!("/plans/{plan}")).await;
    assert!(
        page.select("#return-reason")[0].contains("Ghi rõ số hồ sơ mỗi tháng"),
        "the reason shows at the top"
    );
    assert_eq!(page.select("#plan-state"), vec!["Trả lại để sửa"]);
    let item = app.item_ids(plan).await[0];
    let edited = member
        .post(
            &format!("/plans/{plan}/items/{item}"),
            &item_form(
                "Trả 100% hồ sơ đúng hẹn, khoảng 40 hồ sơ mỗi tháng",
                app.version(plan).await,
            ),
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.text);
    assert_eq!(
        member
            .act(plan, "submit", "", app.version(plan).await)
            .await
            .status,
        StatusCode::SEE_OTHER
    );

    // The secretary sees in the history what was changed after the return.
    let review = secretary.get(&format!("/plans/{plan}")).await;
    assert!(
        review.select(".event-edit_item .item-ref")[0].contains("40 hồ sơ mỗi tháng"),
        "{:?}",
        review.select(".history li")
    );
    let before: String = sqlx::query_scalar(
        "select details -> 'before' ->> 'content' from plan_events where plan_id = $1 and action = 'edit_item'",
    )
    .bind(plan)
    .fetch_one(&app.pool)
    .await
    .expect("edit details");
    assert_eq!(
        before, "Trả 100% hồ sơ đúng hẹn",
        "the edit keeps what was there before"
    );

    let approved = secretary
        .act(plan, "approve", "Thống nhất", app.version(plan).await)
        .await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER);
    assert_eq!(app.state(plan).await, "approved");
    let page = member.get(&format!("/plans/{plan}")).await;
    assert_eq!(page.select("#plan-state"), vec!["Đã thông qua"]);
    assert!(page.text.contains("40 hồ sơ mỗi tháng"));

    // Every step is in the history, with who did it.
    let history: Vec<(String, String)> = sqlx::query_as(
        "select e.action, a.login from plan_events e join accounts a on a.id = e.actor_id
         where e.plan_id = $1 order by e.id",
    )
    .bind(plan)
    .fetch_all(&app.pool)
    .await
    .expect("history");
    let expected = [
        ("create", "m1"),
        ("add_item", "m1"),
        ("submit", "m1"),
        ("return", "s1"),
        ("edit_item", "m1"),
        ("submit", "m1"),
        ("approve", "s1"),
    ];
    let got: Vec<(&str, &str)> = history
        .iter()
        .map(|(a, l)| (a.as_str(), l.as_str()))
        .collect();
    assert_eq!(got, expected);
}

#[sqlx::test]
async fn an_approved_plan_is_locked_and_an_amendment_keeps_the_approved_version(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 2).await;
    app.act("m1", plan, "submit", "").await;
    app.act("s1", plan, "approve", "").await;

    let mut member = app.login("m1").await;
    let page = member.get(&format!("/plans/{plan}")).await;
    assert!(!page.has("#add-item"), "an approved plan offers no editing");
    assert!(page.has("#action-amend"));
    // Editing an item of the locked plan changes nothing.
    let item = app.item_ids(plan).await[0];
    let refused = member
        .post(
            &format!("/plans/{plan}/items/{item}"),
            &item_form("Sửa lén", app.version(plan).await),
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(
        app.count("select count(*) from plan_items where content = 'Sửa lén'")
            .await,
        0
    );

    let amended = member
        .act(
            plan,
            "amend",
            "Bổ sung nhiệm vụ mới",
            app.version(plan).await,
        )
        .await;
    assert_eq!(amended.status, StatusCode::SEE_OTHER);
    assert_eq!(app.state(plan).await, "draft");
    let added = member
        .post(
            &format!("/plans/{plan}/items"),
            &item_form("Nhiệm vụ mới được giao", app.version(plan).await),
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);

    // The approved version is still there, without the new item.
    let revision = member.get(&format!("/plans/{plan}/revisions/1")).await;
    assert_eq!(revision.status, StatusCode::OK);
    assert!(revision.text.contains("Nội dung số 1"));
    assert!(!revision.text.contains("Nhiệm vụ mới được giao"));
    let page = member.get(&format!("/plans/{plan}")).await;
    assert!(page.text.contains("Bản thông qua lần 1"));
    assert!(page.text.contains("Nhiệm vụ mới được giao"));

    // Approving again makes revision 2 and keeps revision 1.
    app.act("m1", plan, "submit", "").await;
    app.act("s1", plan, "approve", "").await;
    assert_eq!(
        app.count(&format!(
            "select count(*) from plan_revisions where plan_id = {plan}"
        ))
        .await,
        2
    );
    let items_in_revisions: Vec<i64> = sqlx::query_scalar(
        "select jsonb_array_length(items)::bigint from plan_revisions where plan_id = $1 order by revision",
    )
    .bind(plan)
    .fetch_all(&app.pool)
    .await
    .expect("revisions");
    assert_eq!(items_in_revisions, vec![2, 3]);
}

#[sqlx::test]
async fn acting_on_a_plan_that_changed_meanwhile_is_refused_and_changes_nothing(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 1).await;
    app.act("m1", plan, "submit", "").await;
    let stale = app.version(plan).await;

    // Two secretaries have the page open; the deputy approves first.
    let mut secretary = app.login("s1").await;
    let mut deputy = app.login("d1").await;
    assert_eq!(
        deputy.act(plan, "approve", "", stale).await.status,
        StatusCode::SEE_OTHER
    );
    let events_before = app
        .count(&format!(
            "select count(*) from plan_events where plan_id = {plan}"
        ))
        .await;

    let late = secretary
        .act(plan, "return", "Cần sửa nội dung 1", stale)
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(
        late.text.contains("vừa được người khác thay đổi"),
        "{}",
        late.text
    );
    assert_eq!(
        late.field("comment").as_deref(),
        Some("Cần sửa nội dung 1"),
        "what was typed is kept"
    );
    assert_eq!(app.state(plan).await, "approved");
    let events_after = app
        .count(&format!(
            "select count(*) from plan_events where plan_id = {plan}"
        ))
        .await;
    assert_eq!(events_before, events_after);
}

#[sqlx::test]
async fn two_tabs_editing_items_do_not_overwrite_each_other(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 1).await;
    let mut tab1 = app.login("m1").await;
    let mut tab2 = app.login("m1").await;
    let version = app.version(plan).await;
    assert_eq!(
        tab1.post(
            &format!("/plans/{plan}/items"),
            &item_form("Từ tab một", version)
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    let second = tab2
        .post(
            &format!("/plans/{plan}/items"),
            &item_form("Từ tab hai", version),
        )
        .await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    assert_eq!(
        second.field("content").as_deref(),
        Some("Từ tab hai"),
        "the text is kept"
    );
    assert_eq!(
        app.count(&format!(
            "select count(*) from plan_items where plan_id = {plan}"
        ))
        .await,
        2
    );
    // Saving again after reading the message goes through deliberately.
    let version_in_form: i32 = second
        .field("version")
        .expect("version")
        .parse()
        .expect("number");
    assert_eq!(version_in_form, app.version(plan).await);
    let again = tab2
        .post(
            &format!("/plans/{plan}/items"),
            &item_form("Từ tab hai", version_in_form),
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
}

#[sqlx::test]
async fn an_empty_plan_cannot_be_submitted_and_returning_needs_a_reason(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 0).await;
    let empty = app.act("m1", plan, "submit", "").await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty
            .text
            .contains("chưa có nội dung nào nên chưa gửi được")
    );
    assert_eq!(app.state(plan).await, "draft");

    let plan = app.plan_with_items("m2", 1).await;
    app.act("m2", plan, "submit", "").await;
    let no_reason = app.act("s1", plan, "return", "   ").await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_reason.has("#comment-error"));
    assert_eq!(app.state(plan).await, "submitted");
}

#[sqlx::test]
async fn items_can_be_reordered_and_removed_with_the_numbering_kept_tidy(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 3).await;
    let mut member = app.login("m1").await;
    let ids = app.item_ids(plan).await;
    let moved = member
        .post(
            &format!("/plans/{plan}/items/{}/move", ids[2]),
            &[
                ("direction", "up".into()),
                ("version", app.version(plan).await.to_string()),
            ],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let removed = member
        .post(
            &format!("/plans/{plan}/items/{}/delete", ids[0]),
            &[
                ("version", app.version(plan).await.to_string()),
                ("confirmed", "yes".into()),
            ],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let order: Vec<(i32, String)> = sqlx::query_as(
        "select position, content from plan_items where plan_id = $1 order by position",
    )
    .bind(plan)
    .fetch_all(&app.pool)
    .await
    .expect("order");
    assert_eq!(
        order,
        vec![
            (1, "Nội dung số 3".to_owned()),
            (2, "Nội dung số 2".to_owned())
        ]
    );
    let page = member.get(&format!("/plans/{plan}")).await;
    assert_eq!(page.select(".item-no"), vec!["1.", "2."]);
    assert!(
        page.text.contains("Xóa nội dung"),
        "removal is in the history"
    );
}

#[sqlx::test]
async fn a_secretarys_plan_goes_to_the_deputy_and_a_lone_secretarys_to_the_committee(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let own = app.plan_with_items("s1", 1).await;
    app.act("s1", own, "submit", "").await;
    let self_approval = app.act("s1", own, "approve", "").await;
    assert_eq!(self_approval.status, StatusCode::NOT_FOUND);
    assert_eq!(app.state(own).await, "submitted");
    let mut deputy = app.login("d1").await;
    assert_eq!(deputy.get("/queue").await.select("#queue-total"), vec!["1"]);
    assert_eq!(
        app.act("d1", own, "approve", "").await.status,
        StatusCode::SEE_OTHER
    );

    let lone = app.plan_with_items("s3", 1).await;
    app.act("s3", lone, "submit", "").await;
    let mut committee = app.login("committee").await;
    let queue = committee.get("/queue").await;
    assert!(queue.text.contains("Dương Văn Dũng"), "{}", queue.text);
    assert_eq!(
        app.act("committee", lone, "approve", "").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.state(lone).await, "approved");
}

#[sqlx::test]
async fn the_cell_page_lists_members_in_official_order_with_their_plan_states(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 1).await;
    app.act("m1", plan, "submit", "").await;
    let mut secretary = app.login("s1").await;
    let page = secretary
        .get(&format!("/cells/{}", app.fx.units["C1"]))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let names = page.select("#members .member-name");
    // By given name with Vietnamese collation: Ánh, Hoa, Mai, Thành.
    assert_eq!(
        names,
        vec![
            "Đỗ Văn Ánh",
            "Nguyễn Thị Hoa",
            "Trần Thị Mai",
            "Lê Văn Thành"
        ]
    );
    assert!(page.text.contains("Chờ thông qua"));
    assert_eq!(page.select("#registered"), vec!["1/4"]);
}

#[sqlx::test]
async fn an_account_without_a_cell_is_offered_no_personal_plan(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut committee = app.login("committee").await;
    let home = committee.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(
        !home.text.contains("href=\"/my-plan\""),
        "no link to a plan it cannot have"
    );
    assert!(home.text.contains("chưa có kế hoạch cá nhân"));
    assert_eq!(
        committee.get("/my-plan").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        committee.post("/my-plan", &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.count("select count(*) from plans").await, 0);
}

#[sqlx::test]
async fn an_amended_plan_still_counts_as_registered(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 1).await;
    app.act("m1", plan, "submit", "").await;
    app.act("s1", plan, "approve", "").await;
    app.act("m1", plan, "amend", "").await;
    let mut secretary = app.login("s1").await;
    let page = secretary
        .get(&format!("/cells/{}", app.fx.units["C1"]))
        .await;
    assert_eq!(page.select("#registered"), vec!["1/4"]);
}

#[sqlx::test]
async fn saving_without_a_change_records_nothing(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 1).await;
    let mut member = app.login("m1").await;
    let item = app.item_ids(plan).await[0];
    let version = app.version(plan).await;
    let events = app.count("select count(*) from plan_events").await;
    let same = member
        .post(
            &format!("/plans/{plan}/items/{item}"),
            &item_form("Nội dung số 1", version),
        )
        .await;
    assert_eq!(same.status, StatusCode::SEE_OTHER);
    let empty = member
        .post(
            &format!("/plans/{plan}/shortcomings"),
            &[
                ("shortcomings", "  ".into()),
                ("version", version.to_string()),
            ],
        )
        .await;
    assert_eq!(empty.status, StatusCode::SEE_OTHER);
    assert_eq!(app.version(plan).await, version);
    assert_eq!(app.count("select count(*) from plan_events").await, events);
}
