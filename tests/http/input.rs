//! Bad input: every form re-renders with a message next to the field and what was typed;
//! hostile or malformed requests get a clear 4xx page, never a 500, and store nothing.

use reqwest::StatusCode;
use sqlx::PgPool;

use super::common::{TestApp, item_form};

#[sqlx::test]
async fn an_invalid_item_form_comes_back_with_messages_and_the_typed_values(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 0).await;
    let mut member = app.login("m1").await;
    let version = app.version(plan).await.to_string();
    // (field to break, bad value, the field whose message must show, words of the message)
    let cases: [(&str, String, &str, &str); 9] = [
        ("content", "   ".into(), "content", "Xin điền ô này"),
        ("content", "x".repeat(2001), "content", "tối đa 2000 ký tự"),
        (
            "content",
            "\u{200B}\u{200B}".into(),
            "content",
            "Xin điền ô này",
        ),
        (
            "expected_result",
            "".into(),
            "expected_result",
            "Xin điền ô này",
        ),
        ("kind", "hoi_lo".into(), "kind", "Xin chọn một mục"),
        (
            "deadline",
            "31/02/2017".into(),
            "deadline",
            "Ngày không hợp lệ",
        ),
        (
            "deadline",
            "15/05/2018".into(),
            "deadline",
            "phải nằm trong năm 2017",
        ),
        ("weight", "mười".into(), "weight", "từ 1 đến 10"),
        (
            "manifestation_id",
            "999999".into(),
            "manifestation_id",
            "Xin chọn một mục",
        ),
    ];
    for (field, value, error_field, words) in cases {
        let mut form = item_form("Việc cụ thể", 0);
        form.retain(|(k, _)| *k != "version" && *k != field);
        form.push(("version", version.clone()));
        form.push((field, value.clone()));
        let reply = member.post(&format!("/plans/{plan}/items"), &form).await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}={value:.20}"
        );
        let message = reply.select(&format!("#{error_field}-error")).join(" ");
        assert!(message.contains(words), "{field}: {message}");
        if field != "kind" && field != "manifestation_id" {
            assert_eq!(
                reply.field(field).as_deref(),
                Some(value.as_str()),
                "{field} is kept"
            );
        }
    }
    assert_eq!(
        app.count("select count(*) from plan_items").await,
        0,
        "nothing stored"
    );
}

#[sqlx::test]
async fn text_is_stored_composed_without_control_characters_and_shown_escaped(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 0).await;
    let mut member = app.login("m1").await;
    let mut form = item_form("", app.version(plan).await);
    form.retain(|(k, _)| *k != "content");
    // Decomposed "Hồ sơ" with a NUL and markup.
    form.push((
        "content",
        "Ho\u{0302}\u{0300} so\u{031b}\u{0}<script>alert(1)</script>".into(),
    ));
    let reply = member.post(&format!("/plans/{plan}/items"), &form).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let stored: String = sqlx::query_scalar("select content from plan_items where plan_id = $1")
        .bind(plan)
        .fetch_one(&app.pool)
        .await
        .expect("item");
    assert_eq!(stored, "Hồ sơ<script>alert(1)</script>");
    let page = member.get(&format!("/plans/{plan}")).await;
    assert!(
        !page.text.contains("<script>alert(1)</script>"),
        "markup is escaped"
    );
    assert_eq!(
        page.select(".item-content"),
        vec![stored],
        "and shown as text"
    );
    assert!(!page.has("script"));
}

#[sqlx::test]
async fn malformed_requests_get_clear_client_errors(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 1).await;
    let mut member = app.login("m1").await;
    let version = app.version(plan).await.to_string();
    // (path, form, expected status)
    type Case = (String, Vec<(&'static str, String)>, StatusCode);
    let cases: Vec<Case> = vec![
        (
            format!("/plans/{plan}/actions"),
            vec![
                ("action", "delete_everything".into()),
                ("version", version.clone()),
            ],
            StatusCode::BAD_REQUEST,
        ),
        (
            format!("/plans/{plan}/actions"),
            vec![("action", "submit".into())],
            StatusCode::BAD_REQUEST,
        ),
        (
            format!("/plans/{plan}/actions"),
            vec![
                ("action", "submit".into()),
                ("version", "'; drop table plans; --".into()),
            ],
            StatusCode::BAD_REQUEST,
        ),
        (
            format!("/plans/{plan}/actions"),
            vec![
                ("action", "comment".into()),
                ("comment", "x".repeat(2001)),
                ("version", version.clone()),
            ],
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "/plans/abc/actions".into(),
            vec![("action", "submit".into()), ("version", version.clone())],
            StatusCode::BAD_REQUEST,
        ),
        (
            "/plans/99999999999999999999/actions".into(),
            vec![("action", "submit".into()), ("version", version.clone())],
            StatusCode::BAD_REQUEST,
        ),
        (
            "/plans/424242/actions".into(),
            vec![("action", "submit".into()), ("version", version.clone())],
            StatusCode::NOT_FOUND,
        ),
        (
            format!("/plans/{plan}/items/777777/delete"),
            vec![("version", version.clone()), ("confirmed", "yes".into())],
            StatusCode::NOT_FOUND,
        ),
        (
            format!("/plans/{plan}/items/1/move"),
            vec![
                ("direction", "sideways".into()),
                ("version", version.clone()),
            ],
            StatusCode::BAD_REQUEST,
        ),
        (
            format!("/plans/{plan}/shortcomings"),
            vec![
                ("shortcomings", "x".repeat(4001)),
                ("version", version.clone()),
            ],
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    ];
    for (path, form, expected) in cases {
        let reply = member.post(&path, &form).await;
        assert_eq!(reply.status, expected, "{path} {form:?}");
        assert!(
            reply.text.contains("<html"),
            "{path}: an HTML page, not a bare error"
        );
    }
    assert_eq!(app.state(plan).await, "draft");
    let comments = app
        .count("select count(*) from plan_events where action = 'comment'")
        .await;
    assert_eq!(comments, 0);
    let shortcomings: String = sqlx::query_scalar("select shortcomings from plans where id = $1")
        .bind(plan)
        .fetch_one(&app.pool)
        .await
        .expect("plan");
    assert_eq!(shortcomings, "");
}

#[sqlx::test]
async fn an_oversized_body_is_refused(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 0).await;
    let mut member = app.login("m1").await;
    let mut form = item_form("y", app.version(plan).await);
    form.push(("padding", "z".repeat(200 * 1024)));
    let reply = member.post(&format!("/plans/{plan}/items"), &form).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(reply.text.contains("quá dài"));
    assert_eq!(app.count("select count(*) from plan_items").await, 0);
}

#[sqlx::test]
async fn a_form_without_the_csrf_token_changes_nothing(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 1).await;
    let mut member = app.login("m1").await;
    let version = app.version(plan).await.to_string();
    for token in [None, Some("forged")] {
        let mut form = vec![
            ("action", "submit".to_owned()),
            ("version", version.clone()),
        ];
        if let Some(token) = token {
            form.push(("csrf_token", token.to_owned()));
        }
        let reply = member
            .post_raw(&format!("/plans/{plan}/actions"), &form)
            .await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN);
        assert!(reply.text.contains("tải lại trang"));
    }
    assert_eq!(app.state(plan).await, "draft");
    // The same form with the token goes through.
    assert_eq!(
        member
            .act(plan, "submit", "", app.version(plan).await)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[sqlx::test]
async fn the_catalogue_editor_validates_and_records_who_changed_what(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut admin = app.login("admin").await;
    let id: i64 = sqlx::query_scalar("select id from manifestations where code = 'A3'")
        .fetch_one(&app.pool)
        .await
        .expect("A3");
    let bad = admin
        .post(
            &format!("/admin/manifestations/{id}"),
            &[("label_vi", " ".into()), ("label_en", "Study".into())],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.has("#label_vi-error"));
    assert_eq!(bad.field("label_en").as_deref(), Some("Study"));
    let good = admin
        .post(
            &format!("/admin/manifestations/{id}"),
            &[
                (
                    "label_vi",
                    "Lười học tập lý luận chính trị, Nghị quyết".into(),
                ),
                ("label_en", "Neglecting study".into()),
            ],
        )
        .await;
    assert_eq!(good.status, StatusCode::SEE_OTHER);
    let label: String = sqlx::query_scalar("select label_vi from manifestations where id = $1")
        .bind(id)
        .fetch_one(&app.pool)
        .await
        .expect("label");
    assert_eq!(label, "Lười học tập lý luận chính trị, Nghị quyết");
    assert_eq!(
        app.count(
            "select count(*) from audit_log where entity = 'manifestation' and action = 'edit'"
        )
        .await,
        1
    );
}

#[sqlx::test]
async fn history_cannot_be_rewritten_even_by_sql(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 1).await;
    let update = sqlx::query("update plan_events set comment = 'sửa' where plan_id = $1")
        .bind(plan)
        .execute(&app.pool)
        .await;
    assert!(update.is_err());
    let jump = sqlx::query("update plans set state = 'approved' where id = $1")
        .bind(plan)
        .execute(&app.pool)
        .await;
    assert!(jump.is_err(), "draft → approved skips the workflow");
}
