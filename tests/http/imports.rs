//! Importing the org tree and members: a file is checked first (every problem listed by
//! row and column, nothing written), applied once in one transaction, and importing it
//! again changes nothing; the accounts it makes log in with one-time passwords and must
//! choose their own; bad files are refused with a reason and never a 5xx.

use std::io::Write;

use reqwest::StatusCode;
use rust_xlsxwriter::{Format, Workbook};
use sqlx::PgPool;

use super::common::{Client, KEPT_COUNTS_DIFFER, Reply, TestApp};

/// A cell of a workbook made for a test.
pub enum Cell {
    Text(&'static str),
    Number(f64),
    Formula(&'static str),
}

/// An .xlsx file with these sheets (rows from the first).
pub fn workbook(sheets: &[(&str, Vec<Vec<Cell>>)], merge: Option<(u32, u16, u32, u16)>) -> Vec<u8> {
    let mut book = Workbook::new();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).expect("name");
        for (r, row) in (0u32..).zip(rows) {
            for (c, cell) in (0u16..).zip(row) {
                match cell {
                    Cell::Text(t) => sheet.write_string(r, c, *t).map(|_| ()),
                    Cell::Number(n) => sheet.write_number(r, c, *n).map(|_| ()),
                    Cell::Formula(f) => sheet.write_formula(r, c, *f).map(|_| ()),
                }
                .expect("cell");
            }
        }
        if let Some((r1, c1, r2, c2)) = merge {
            sheet
                .merge_range(r1, c1, r2, c2, "gộp", &Format::new())
                .expect("merge");
        }
    }
    book.save_to_buffer().expect("xlsx")
}

use Cell::Text as T;

pub fn unit_header() -> Vec<Cell> {
    [
        "Mã tổ chức",
        "Tên tổ chức",
        "Loại",
        "Mã tổ chức cấp trên",
        "Địa bàn",
        "Ngày thành lập",
    ]
    .into_iter()
    .map(T)
    .collect()
}

pub fn member_header() -> Vec<Cell> {
    [
        "Mã đảng viên",
        "Họ và tên",
        "Năm sinh",
        "Ngày vào Đảng",
        "Tình trạng",
        "Mã chi bộ",
        "Tên đăng nhập",
    ]
    .into_iter()
    .map(T)
    .collect()
}

/// The good file: a new cell under G and a new grassroots cell under U2, with members.
pub fn good_file() -> Vec<u8> {
    workbook(
        &[
            (
                "Tổ chức",
                vec![
                    unit_header(),
                    vec![
                        T("C4"),
                        T("Chi bộ Khu phố 4"),
                        T("Chi bộ trực thuộc"),
                        T("G"),
                        T("Đông Hà"),
                        T("01/01/2017"),
                    ],
                    vec![
                        T("GC2"),
                        T("Chi bộ Trường Tiểu học Kim Đồng"),
                        T("Chi bộ cơ sở"),
                        T("U2"),
                        T(""),
                        T("01/09/2026"),
                    ],
                ],
            ),
            (
                "Đảng viên",
                vec![
                    member_header(),
                    vec![
                        T("48000001"),
                        T("Nguyễn Văn Sáu"),
                        Cell::Number(1980.0),
                        T("19/05/2005"),
                        T("Chính thức"),
                        T("C4"),
                        T(""),
                    ],
                    vec![
                        T("48000002"),
                        T("Trần Thị Bảy"),
                        T(""),
                        T(""),
                        T("Dự bị"),
                        T("C4"),
                        T("bay.tt"),
                    ],
                    vec![
                        T("48000003"),
                        T("Lê Văn Tám"),
                        Cell::Number(1975.0),
                        T(""),
                        T(""),
                        T("GC2"),
                        T(""),
                    ],
                ],
            ),
        ],
        None,
    )
}

/// Uploads a file as the import page's form does (the token in the form's address).
pub async fn upload(client: &mut Client, name: &str, bytes: Vec<u8>) -> Reply {
    if client.csrf.is_none() {
        client.get("/admin/imports").await;
    }
    let token = client.csrf.clone().unwrap_or_default();
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned());
    let form = reqwest::multipart::Form::new().part("file", part);
    let response = client
        .http
        .post(format!("{}/admin/imports?csrf_token={token}", client.base))
        .multipart(form)
        .send()
        .await
        .expect("upload");
    super::common::reply(response).await
}

/// Uploads a file and waits until it is checked; its id and its page.
pub async fn checked(client: &mut Client, name: &str, bytes: Vec<u8>) -> (i64, Reply) {
    let sent = upload(client, name, bytes).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text);
    let id: i64 = sent
        .location
        .rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("the import's page");
    for _ in 0..200 {
        let page = client.get(&sent.location).await;
        assert_eq!(page.status, StatusCode::OK);
        if !page.has("#progress") {
            return (id, page);
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("import {id} was not checked in time");
}

/// Asks for a checked import to be applied, and waits until it is no longer being applied
/// (it runs on the server after the request); its page.
pub async fn applied(client: &mut Client, id: i64) -> Reply {
    let sent = client
        .post(&format!("/admin/imports/{id}/apply"), &[])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text);
    for _ in 0..400 {
        let page = client.get(&format!("/admin/imports/{id}")).await;
        assert_eq!(page.status, StatusCode::OK);
        if !page.has("#applying") {
            return page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("import {id} was not applied in time");
}

/// The problems listed: (sheet, row, column, reason).
fn problems(page: &Reply) -> Vec<(String, String, String, String)> {
    let html = page.html();
    let row = scraper::Selector::parse("#problems tbody tr").expect("selector");
    let cell = scraper::Selector::parse("td").expect("selector");
    html.select(&row)
        .map(|tr| {
            let cells: Vec<String> = tr
                .select(&cell)
                .map(|td| td.text().collect::<String>().trim().to_owned())
                .collect();
            (
                cells[0].clone(),
                cells[1].clone(),
                cells[2].clone(),
                cells[3].clone(),
            )
        })
        .collect()
}

async fn tree_size(app: &TestApp) -> (i64, i64, i64, i64) {
    (
        app.count("select count(*) from org_units").await,
        app.count("select count(*) from members").await,
        app.count("select count(*) from cell_memberships").await,
        app.count("select count(*) from accounts").await,
    )
}

/// The application, its administrator and the good file checked (not applied): the
/// import's id and the tree's size before it.
async fn good_file_checked(pool: PgPool) -> (TestApp, Client, i64, (i64, i64, i64, i64)) {
    let app = TestApp::spawn(pool).await;
    let mut admin = app.login("admin").await;
    let (id, _) = checked(&mut admin, "a.xlsx", good_file()).await;
    let before = tree_size(&app).await;
    (app, admin, id, before)
}

#[sqlx::test]
async fn a_file_is_checked_first_applied_once_and_importing_it_again_changes_nothing(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut admin = app.login("admin").await;
    let before = tree_size(&app).await;

    let (id, page) = checked(&mut admin, "danh-sach.xlsx", good_file()).await;
    assert!(problems(&page).is_empty(), "{}", page.text);
    let counts = page.select("#counts li");
    assert!(counts.contains(&"2 tổ chức mới".to_owned()), "{counts:?}");
    assert!(
        counts.contains(&"3 đảng viên mới, mỗi người một tài khoản".to_owned()),
        "{counts:?}"
    );
    assert!(page.has("button#apply"));
    assert_eq!(tree_size(&app).await, before, "checking writes nothing");

    let done = applied(&mut admin, id).await;
    let after = tree_size(&app).await;
    assert_eq!(
        app.count(KEPT_COUNTS_DIFFER).await,
        0,
        "counts after the import"
    );
    assert_eq!(
        after,
        (before.0 + 2, before.1 + 3, before.2 + 3, before.3 + 3)
    );
    // Through the same insert as the unit pages: the tree's ancestors are filled.
    let c4_parent: i64 = app
        .count("select u.ancestors[array_length(u.ancestors, 1) - 1] from org_units u where code = 'c4'")
        .await;
    assert_eq!(c4_parent, app.fx.units["G"]);
    assert_eq!(
        app.count(
            "select count(*) from cell_memberships cm join org_units u on u.id = cm.cell_id
                   where u.code = 'c4' and cm.valid_to is null"
        )
        .await,
        2
    );
    assert_eq!(
        app.count(
            "select count(*) from accounts where import_id is not null and must_change_password
                   and password_hash = '!'"
        )
        .await,
        3
    );
    assert_eq!(
        app.count(
            "select count(*) from audit_log where action in ('open', 'members_added', 'apply')"
        )
        .await,
        2 + 1 + 1
    );
    assert!(done.has("#passwords-xlsx") && done.has("#to-tree") && !done.has("#apply"));
    // The new cells are on the dashboard of the unit above them.
    let g = app.fx.units["G"];
    let mut reviewer = app.login("reviewer").await;
    let dash = reviewer
        .get(&format!("/units/{g}/dashboard?year=2017"))
        .await;
    assert_eq!(dash.status, StatusCode::OK);
    assert!(dash.text.contains("Chi bộ Khu phố 4"));

    // No account can log in before its password is drawn.
    assert_eq!(
        app.anonymous().login("bay.tt", "!").await.status,
        StatusCode::UNAUTHORIZED
    );
    // The list of one-time passwords (new ones each time it is drawn), and one of them
    // logs in to choose a password.
    let one_time_of = |list: &Reply| -> String {
        assert_eq!(list.status, StatusCode::OK);
        let line = list
            .text
            .lines()
            .find(|l| l.contains("bay.tt"))
            .expect("Trần Thị Bảy is listed")
            .to_owned();
        // The password, then the last day it works.
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        let until = (pledges::domain::deadline::today_in_vietnam() + chrono::Days::new(30))
            .format("%d/%m/%Y")
            .to_string();
        assert_eq!(fields.last().copied(), Some(until.as_str()), "{line}");
        fields[fields.len() - 2].to_owned()
    };
    let first = admin
        .post(&format!("/admin/imports/{id}/passwords.csv"), &[])
        .await;
    let first = one_time_of(&first);
    assert_eq!(first.len(), 14);
    let xlsx = admin
        .post(&format!("/admin/imports/{id}/passwords.xlsx"), &[])
        .await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert_eq!(
        xlsx.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    );
    let list = admin
        .post(&format!("/admin/imports/{id}/passwords.csv"), &[])
        .await;
    let one_time = one_time_of(&list);
    assert_ne!(one_time, first);
    assert_eq!(
        app.anonymous().login("bay.tt", &first).await.status,
        StatusCode::UNAUTHORIZED,
        "an earlier list stops working"
    );
    assert_eq!(
        app.count("select count(*) from audit_log where action = 'passwords_issued'")
            .await,
        3
    );

    // A list drawn more than 30 days ago no longer logs in: said so, the login kept.
    sqlx::query(
        "update accounts set one_time_issued_at = now() - interval '31 days'
         where login = 'bay.tt'",
    )
    .execute(&app.pool)
    .await
    .expect("age the list");
    let late = app.anonymous().login("bay.tt", &one_time).await;
    assert_eq!(late.status, StatusCode::FORBIDDEN, "{}", late.text);
    assert!(late.text.contains("đã hết hạn") && late.text.contains("30 ngày"));
    assert!(late.has("input[name='login'][value='bay.tt']"));
    let wrong = app.anonymous().login("bay.tt", "đoán bừa").await;
    assert_eq!(
        wrong.status,
        StatusCode::UNAUTHORIZED,
        "a wrong guess learns nothing"
    );
    // A new list is the remedy.
    let list = admin
        .post(&format!("/admin/imports/{id}/passwords.csv"), &[])
        .await;
    let one_time = one_time_of(&list);
    let mut bay = app.anonymous();
    let login = bay.login("bay.tt", &one_time).await;
    assert_eq!(login.status, StatusCode::SEE_OTHER, "{}", login.text);
    for path in ["/", "/my-plan", "/my-cell"] {
        let page = bay.get(path).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(page.location, "/account/password");
    }
    let form = bay.get("/account/password").await;
    assert!(form.has("input#new") && !form.has("input#current"));
    // Nothing else is done first: no plan is started.
    let start = bay.post("/my-plan", &[]).await;
    assert_eq!(start.location, "/account/password");
    assert_eq!(
        app.count(
            "select count(*) from plans p join accounts a on a.member_id = p.member_id
             where a.login = 'bay.tt'"
        )
        .await,
        0
    );
    // The printed password cannot become one's own.
    let same = bay
        .post(
            "/account/password",
            &[("new", one_time.clone()), ("repeat", one_time.clone())],
        )
        .await;
    assert_eq!(same.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(same.has("#new-error"));
    let short = bay
        .post(
            "/account/password",
            &[("new", "ngắn".into()), ("repeat", "ngắn".into())],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.has("#new-error"));
    let set = bay
        .post(
            "/account/password",
            &[
                ("new", "hoa sen nở muộn".into()),
                ("repeat", "hoa sen nở muộn".into()),
            ],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER);
    assert_eq!(bay.get("/").await.status, StatusCode::OK);
    assert_eq!(
        app.anonymous().login("bay.tt", &one_time).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.anonymous()
            .login("bay.tt", "hoa sen nở muộn")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    // Who has chosen a password leaves the list, and keeps it.
    let list = admin
        .post(&format!("/admin/imports/{id}/passwords.csv"), &[])
        .await;
    assert!(!list.text.contains("bay.tt") && list.text.contains("48000001"));
    assert_eq!(
        app.anonymous()
            .login("bay.tt", "hoa sen nở muộn")
            .await
            .status,
        StatusCode::SEE_OTHER
    );

    // The same file again: nothing new, and applying it changes nothing.
    let (again, page) = checked(&mut admin, "danh-sach.xlsx", good_file()).await;
    assert!(problems(&page).is_empty(), "{}", page.text);
    let counts = page.select("#counts li");
    assert!(counts.contains(&"0 tổ chức mới".to_owned()), "{counts:?}");
    assert!(
        counts.contains(&"0 đảng viên mới, mỗi người một tài khoản".to_owned()),
        "{counts:?}"
    );
    assert!(
        counts.contains(&"3 đảng viên đã có, không thay đổi".to_owned()),
        "{counts:?}"
    );
    applied(&mut admin, again).await;
    assert_eq!(tree_size(&app).await, after);
    // An import is applied once.
    let twice = admin.post(&format!("/admin/imports/{id}/apply"), &[]).await;
    assert_eq!(twice.status, StatusCode::SEE_OTHER);
    assert_eq!(tree_size(&app).await, after);
}

#[sqlx::test]
async fn an_import_being_applied_says_so_on_its_page_and_is_not_applied_twice(pool: PgPool) {
    let (app, mut admin, id, before) = good_file_checked(pool).await;
    // Another apply holds the import, as the server's does while it writes.
    let mut other = pledges::db::begin(&app.pool).await.expect("begin");
    assert!(
        pledges::db::imports::claim(&mut other, id)
            .await
            .expect("claim")
    );
    let page = admin.get(&format!("/admin/imports/{id}")).await;
    assert!(page.has("#applying"), "{}", page.text);
    assert!(
        page.has("meta[http-equiv='refresh']"),
        "it refreshes itself"
    );
    assert!(!page.has("#apply") && !page.has("#upload-form"));
    let sent = admin.post(&format!("/admin/imports/{id}/apply"), &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let page = admin.get(&format!("/admin/imports/{id}")).await;
    assert!(page.has("#applying"));
    assert!(page.select(".flash").concat().contains("Đang nhập"));
    assert_eq!(tree_size(&app).await, before, "not applied a second time");
    // The other apply ends without writing: the import may be applied.
    other.rollback().await.expect("rollback");
    let page = admin.get(&format!("/admin/imports/{id}")).await;
    assert!(page.has("#apply") && !page.has("#applying"));
    assert!(!page.has("meta[http-equiv='refresh']"));
    let sent = admin.post(&format!("/admin/imports/{id}/apply"), &[]).await;
    let page = admin.get(&sent.location).await;
    assert_eq!(page.select(".flash"), vec!["Đã nhập xong.".to_owned()]);
    assert!(page.has("#passwords-xlsx"));
}

#[sqlx::test]
async fn an_apply_that_fails_writes_nothing_says_so_and_may_be_tried_again(pool: PgPool) {
    let (app, mut admin, id, before) = good_file_checked(pool).await;
    // The database refuses the accounts, after the units and members are written.
    sqlx::raw_sql(
        "create function refuse_accounts() returns trigger language plpgsql as $$
         begin raise exception 'disk full'; end $$;
         create trigger refuse_accounts before insert on accounts
             for each statement execute function refuse_accounts();",
    )
    .execute(&app.pool)
    .await
    .expect("trigger");
    let page = applied(&mut admin, id).await;
    assert_eq!(tree_size(&app).await, before, "nothing is written");
    assert!(
        page.has("#apply-failure") && page.has("#apply"),
        "{}",
        page.text
    );
    assert!(
        page.select("#apply-failure")
            .concat()
            .contains("lỗi của hệ thống"),
        "{}",
        page.text
    );
    sqlx::raw_sql("drop trigger refuse_accounts on accounts")
        .execute(&app.pool)
        .await
        .expect("drop");
    let page = applied(&mut admin, id).await;
    assert!(page.has("#passwords-xlsx") && !page.has("#apply-failure"));
    assert_eq!(tree_size(&app).await.1, before.1 + 3);
    assert_eq!(app.count(KEPT_COUNTS_DIFFER).await, 0);
}

#[sqlx::test]
async fn one_import_applies_at_a_time_and_a_cut_off_apply_is_said(pool: PgPool) {
    let (app, mut admin, id, before) = good_file_checked(pool).await;
    // Another import is being applied: this one is not queued behind it.
    let mut other = pledges::db::begin(&app.pool).await.expect("begin");
    assert!(
        pledges::db::imports::try_lock_all(&mut other)
            .await
            .expect("lock")
    );
    let sent = admin.post(&format!("/admin/imports/{id}/apply"), &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let page = admin.get(&sent.location).await;
    assert!(
        page.select(".flash")
            .concat()
            .contains("Một tệp khác đang được nhập"),
        "{}",
        page.text
    );
    assert!(page.has("#apply") && !page.has("#applying") && !page.has("#apply-failure"));
    assert_eq!(tree_size(&app).await, before);
    other.rollback().await.expect("rollback");
    // An apply the server was stopped in the middle of: said, and it may be tried again.
    sqlx::query("update imports set apply_failure = 'interrupted' where id = $1")
        .bind(id)
        .execute(&app.pool)
        .await
        .expect("cut off");
    let page = admin.get(&format!("/admin/imports/{id}")).await;
    assert!(
        page.select("#apply-failure")
            .concat()
            .contains("bị gián đoạn"),
        "{}",
        page.text
    );
    let page = applied(&mut admin, id).await;
    assert!(page.has("#passwords-xlsx") && !page.has("#apply-failure"));
}

#[sqlx::test]
async fn every_problem_is_listed_by_row_and_column_and_nothing_is_written(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut admin = app.login("admin").await;
    let before = tree_size(&app).await;
    let file = workbook(
        &[
            (
                "Tổ chức",
                vec![
                    vec![T("Danh sách tổ chức")],
                    unit_header(),
                    vec![
                        T("C5"),
                        T("Chi bộ 5"),
                        T("Chi bộ trực thuộc"),
                        T("KHONG-CO"),
                        T(""),
                        T(""),
                    ],
                    vec![
                        T("C6"),
                        T("Chi bộ 6"),
                        T("Chi bộ trực thuộc"),
                        T("G"),
                        T(""),
                        T(""),
                    ],
                    vec![
                        T("C6"),
                        T("Chi bộ 6 lần nữa"),
                        T("Chi bộ trực thuộc"),
                        T("G"),
                        T(""),
                        T(""),
                    ],
                    vec![
                        T("C7"),
                        Cell::Formula("=A3&\"x\""),
                        T("Chi bộ trực thuộc"),
                        T("G"),
                        T(""),
                        T(""),
                    ],
                    vec![
                        T("C8"),
                        T("Chi bộ 8"),
                        T("Đảng bộ cơ sở"),
                        T("G"),
                        T(""),
                        T("31/02/2026"),
                    ],
                    vec![
                        T("C1"),
                        T("Tên khác"),
                        T("Chi bộ trực thuộc"),
                        T("G"),
                        T(""),
                        T(""),
                    ],
                    vec![
                        T("C11"),
                        T("Chi bộ 11"),
                        T("Chi bộ trực thuộc"),
                        T("G"),
                        T(""),
                        T("01/01/2010"),
                    ],
                ],
            ),
            // Named otherwise, found by its header: problems name it as the workbook does.
            (
                "DS đảng viên",
                vec![
                    member_header(),
                    vec![T("48000010"), T(""), T(""), T(""), T(""), T("C6"), T("")],
                    vec![
                        T("48000011"),
                        T("Hồ Văn Mười"),
                        T("85"),
                        T("32/13/2001"),
                        T(""),
                        T("C6"),
                        T(""),
                    ],
                    vec![
                        T("48000012"),
                        T("Phan Thị Hai"),
                        T(""),
                        T(""),
                        T(""),
                        T("C6"),
                        T(""),
                    ],
                    vec![
                        T("48000012"),
                        T("Phan Thị Hai"),
                        T(""),
                        T(""),
                        T(""),
                        T("C2"),
                        T(""),
                    ],
                    vec![
                        T("48000013"),
                        T("Vũ Văn Ba"),
                        T(""),
                        T(""),
                        T(""),
                        T("NOWHERE"),
                        T(""),
                    ],
                    vec![
                        T("48000014"),
                        T("Mai Văn Bốn"),
                        T(""),
                        T(""),
                        T(""),
                        T("G"),
                        T("admin"),
                    ],
                ],
            ),
        ],
        None,
    );
    let (id, page) = checked(&mut admin, "co-loi.xlsx", file).await;
    let found = problems(&page);
    let expected = [
        (
            "Tổ chức",
            "3",
            "Mã tổ chức cấp trên",
            "Không tìm thấy tổ chức cấp trên",
        ),
        (
            "Tổ chức",
            "5",
            "Mã tổ chức",
            "đã xuất hiện ở một dòng trước",
        ),
        ("Tổ chức", "6", "Tên tổ chức", "công thức"),
        ("Tổ chức", "7", "Ngày thành lập", "Ngày không hợp lệ"),
        ("Tổ chức", "7", "Loại", "không thể trực thuộc"),
        ("Tổ chức", "8", "Mã tổ chức", "đã có trong hệ thống"),
        (
            "Tổ chức",
            "9",
            "Ngày thành lập",
            "sớm hơn ngày thành lập của tổ chức cấp trên",
        ),
        ("DS đảng viên", "2", "Họ và tên", "không được để trống"),
        ("DS đảng viên", "3", "Năm sinh", "Năm sinh không hợp lệ"),
        ("DS đảng viên", "3", "Ngày vào Đảng", "Ngày không hợp lệ"),
        ("DS đảng viên", "4", "Mã đảng viên", "hai chi bộ"),
        ("DS đảng viên", "5", "Mã đảng viên", "hai chi bộ"),
        ("DS đảng viên", "6", "Mã chi bộ", "Không tìm thấy chi bộ"),
        (
            "DS đảng viên",
            "7",
            "Mã chi bộ",
            "không trực tiếp có đảng viên",
        ),
        ("DS đảng viên", "7", "Tên đăng nhập", "của người khác"),
    ];
    for (sheet, row, col, reason) in expected {
        assert!(
            found
                .iter()
                .any(|(s, r, c, m)| s == sheet && r == row && c == col && m.contains(reason)),
            "{sheet} row {row} {col}: {reason}\n{found:#?}"
        );
    }
    assert!(page.has("#blocked") && !page.has("#apply"));
    assert_eq!(tree_size(&app).await, before);
    // Applying anyway (a stale page, a crafted request) writes nothing either.
    admin.post(&format!("/admin/imports/{id}/apply"), &[]).await;
    assert_eq!(tree_size(&app).await, before);

    // A merged cell in the rows: said with its range.
    let merged = workbook(
        &[(
            "Tổ chức",
            vec![
                unit_header(),
                vec![
                    T("C9"),
                    T("Chi bộ 9"),
                    T("Chi bộ trực thuộc"),
                    T("G"),
                    T(""),
                    T(""),
                ],
                vec![
                    T("C10"),
                    T("Chi bộ 10"),
                    T("Chi bộ trực thuộc"),
                    T("G"),
                    T(""),
                    T(""),
                ],
            ],
        )],
        Some((1, 3, 2, 3)),
    );
    let (_, page) = checked(&mut admin, "gop-o.xlsx", merged).await;
    assert!(
        problems(&page)
            .iter()
            .any(|(s, r, _, m)| s == "Tổ chức" && r == "2" && m.contains("gộp")),
        "{}",
        page.text
    );
    assert!(!page.has("#apply"));
}

#[sqlx::test]
async fn a_csv_in_a_legacy_encoding_or_not_utf8_is_converted_or_said_so(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut admin = app.login("admin").await;
    // UTF-8 with a byte-order mark and semicolons, as Excel saves "CSV UTF-8" here; one
    // name typed in TCVN3 (shown through a Unicode font), one in VNI.
    let csv = "\u{feff}Mã đảng viên;Họ và tên;Mã chi bộ\n48000020;NguyÔn V¨n §øc;C2\n48000021;Nguyeãn Vaên Ñöùc;C2\n";
    let (id, page) = checked(&mut admin, "tcvn3.csv", csv.as_bytes().to_vec()).await;
    let found = problems(&page);
    assert!(
        found
            .iter()
            .any(|(_, r, c, m)| r == "2" && c == "Họ và tên" && m.contains("TCVN3")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|(_, r, c, m)| r == "3" && c == "Họ và tên" && m.contains("VNI")),
        "{found:#?}"
    );
    assert!(page.has("#apply"), "a conversion does not block");
    applied(&mut admin, id).await;
    assert_eq!(
        app.count("select count(*) from members where full_name = 'Nguyễn Văn Đức'")
            .await,
        2
    );

    // Bytes that are not UTF-8 and no legacy Vietnamese either: that row is refused.
    let mut bytes = b"Ma dang vien,Ho va ten,Ma chi bo\n48000030,".to_vec();
    bytes.extend_from_slice(b"\xff\xfe\x00garbage\x81");
    bytes.extend_from_slice(b",C2\n");
    let (_, page) = checked(&mut admin, "hong.csv", bytes).await;
    let found = problems(&page);
    assert!(
        found
            .iter()
            .any(|(_, r, _, m)| r == "2" && m.contains("UTF-8")),
        "{found:#?}"
    );
    assert!(!page.has("#apply"));
}

/// A copy of a zip with one part's text changed.
fn with_part(file: &[u8], name: &str, change: impl Fn(String) -> String) -> Vec<u8> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(file.to_vec())).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).expect("part");
        let part_name = part.name().expect("a name").to_string();
        let mut bytes = Vec::new();
        part.read_to_end(&mut bytes).expect("read");
        if part_name == name {
            bytes = change(String::from_utf8(bytes).expect("xml")).into_bytes();
        }
        out.start_file(part_name, zip::write::SimpleFileOptions::default())
            .expect("start");
        out.write_all(&bytes).expect("write");
    }
    out.finish().expect("zip").into_inner()
}

/// A zip whose one part unpacks to far more than it weighs.
fn zip_bomb() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("xl/worksheets/sheet1.xml", options)
        .expect("part");
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..40 {
        zip.write_all(&zeros).expect("write");
    }
    zip.finish().expect("zip").into_inner()
}

#[sqlx::test]
async fn bad_files_are_refused_with_a_reason_and_nothing_is_written(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut admin = app.login("admin").await;
    let before = tree_size(&app).await;
    let wrong_sheet = workbook(
        &[(
            "Sheet1",
            vec![vec![T("STT"), T("Ghi chú")], vec![T("1"), T("x")]],
        )],
        None,
    );
    let missing_column = workbook(
        &[(
            "Đảng viên",
            vec![
                vec![T("Mã đảng viên"), T("Họ và tên")],
                vec![T("1"), T("An")],
            ],
        )],
        None,
    );
    let not_xlsx_zip = {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file("readme.txt", zip::write::SimpleFileOptions::default())
            .expect("part");
        zip.write_all(b"hello").expect("write");
        zip.finish().expect("zip").into_inner()
    };
    // LibreOffice's own format: a zip whose first part names its kind.
    let ods = {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).expect("part");
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .expect("write");
        zip.start_file("content.xml", zip::write::SimpleFileOptions::default())
            .expect("part");
        zip.write_all(b"<office:document-content/>").expect("write");
        zip.finish().expect("zip").into_inner()
    };
    let two_sheets = workbook(
        &[
            (
                "Đảng viên",
                vec![
                    member_header(),
                    vec![T("1"), T("An"), T(""), T(""), T(""), T("C1"), T("")],
                ],
            ),
            (
                "Chi bộ 2",
                vec![
                    member_header(),
                    vec![T("2"), T("Bình"), T(""), T(""), T(""), T("C2"), T("")],
                ],
            ),
        ],
        None,
    );
    // A tiny workbook claiming a hundred billion shared strings (the reader would set
    // room aside for them all).
    let lying = with_part(&good_file(), "xl/sharedStrings.xml", |xml| {
        xml.replacen("uniqueCount=\"", "uniqueCount=\"100000000000", 1)
            .replacen(" count=\"", " count=\"100000000000", 1)
    });
    // Excel's plain "CSV" on Vietnamese Windows: code page 1258, not UTF-8.
    let cp1258 = b"M\xe3 \xf0\xe3ng vi\xean,H\xf4 v\xe0 t\xean,M\xe3 chi b\xf4\n1,An,C1\n".to_vec();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("hai-trang.xlsx", two_sheets, "hai trang"),
        ("noi-doi.xlsx", lying, "bị hỏng"),
        ("cp1258.csv", cp1258, "không lưu bằng UTF-8"),
        ("trong.csv", Vec::new(), "tệp trống"),
        ("chi-bom.csv", "\u{feff}".as_bytes().to_vec(), "tệp trống"),
        (
            "anh.png",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec(),
            "không phải tệp Excel",
        ),
        (
            "cu.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00".to_vec(),
            "Excel đời cũ",
        ),
        ("bom.xlsx", zip_bomb(), "giải nén lớn bất thường"),
        ("zip.xlsx", not_xlsx_zip, "bị hỏng"),
        ("danh-sach.ods", ods, "tệp OpenDocument (.ods"),
        ("sai-trang.xlsx", wrong_sheet, "Sheet1"),
        ("thieu-cot.xlsx", missing_column, "Mã chi bộ"),
        (
            "van-ban.csv",
            b"Xin chao\nday la thu\n".to_vec(),
            "không phải tệp Excel",
        ),
    ];
    for (name, bytes, reason) in cases {
        let (_, page) = checked(&mut admin, name, bytes).await;
        let refusal = page.select("#refusal").join(" ");
        assert!(refusal.contains(reason), "{name}: {refusal}");
        assert!(!page.has("#apply"), "{name}");
        assert!(
            page.has("form#upload-form"),
            "{name}: a corrected file can be uploaded"
        );
    }
    assert_eq!(tree_size(&app).await, before);

    // Too large: refused while it arrives, with the limit named.
    let huge = vec![b'a'; 21 * 1024 * 1024];
    let reply = upload(&mut admin, "lon.csv", huge).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(reply.text.contains("tối đa 20 MB"), "{}", reply.text);
    // No file chosen.
    let reply = upload(&mut admin, "", Vec::new()).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.has("#file-error"));
    // Not a multipart form at all.
    let reply = admin.post("/admin/imports", &[("file", "x".into())]).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.count("select count(*) from imports where status = 'applied'")
            .await,
        0
    );
    assert_eq!(tree_size(&app).await, before);
}

#[sqlx::test]
async fn only_administrators_import_and_an_upload_needs_the_pages_token(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    for login in ["reviewer", "upper", "committee", "s1", "m1"] {
        let mut client = app.login(login).await;
        assert_eq!(
            client.get("/admin/imports").await.status,
            StatusCode::NOT_FOUND,
            "{login}"
        );
        let reply = upload(&mut client, "a.xlsx", good_file()).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{login}");
        assert_eq!(
            client.get("/admin/imports/template.xlsx").await.status,
            StatusCode::NOT_FOUND
        );
    }
    let mut admin = app.login("admin").await;
    let (id, _) = checked(&mut admin, "a.xlsx", good_file()).await;
    let mut reviewer = app.login("reviewer").await;
    assert_eq!(
        reviewer.get(&format!("/admin/imports/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        reviewer
            .post(&format!("/admin/imports/{id}/apply"), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // An upload without the page's token is refused.
    admin.csrf = Some("00".repeat(64));
    let reply = upload(&mut admin, "a.xlsx", good_file()).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("select count(*) from imports").await, 1);
    // The templates download and read back with the documented headers.
    let mut admin = app.login("admin").await;
    let template = admin.get_bytes("/admin/imports/template.xlsx").await;
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(template.body)).expect("xlsx");
    use calamine::Reader;
    assert_eq!(
        book.sheet_names()[..2],
        ["Tổ chức".to_owned(), "Đảng viên".to_owned()]
    );
    let units = book.worksheet_range("Tổ chức").expect("sheet");
    assert_eq!(
        units.get_value((0, 3)).map(|v| v.to_string()).as_deref(),
        Some("Mã tổ chức cấp trên")
    );
    let csv = admin.get_bytes("/admin/imports/template-members.csv").await;
    assert!(String::from_utf8_lossy(&csv.body).starts_with("\u{feff}Mã đảng viên,Họ và tên"));
}

#[sqlx::test]
async fn a_tree_changed_between_check_and_apply_is_caught_and_nothing_written(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut admin = app.login("admin").await;
    let (id, page) = checked(&mut admin, "a.xlsx", good_file()).await;
    assert!(page.has("#apply"));
    // Meanwhile someone opens a unit with the file's code through the unit page.
    let g = app.fx.units["G"];
    let opened = admin
        .post(
            &format!("/admin/units/{g}/children"),
            &[
                ("name", "Chi bộ khác".into()),
                ("code", "C4".into()),
                ("kind", "cell".into()),
                ("place", String::new()),
                ("on", "01/01/2026".into()),
            ],
        )
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text);
    let before = tree_size(&app).await;
    let page = applied(&mut admin, id).await;
    assert_eq!(tree_size(&app).await, before);
    assert!(
        page.has("#apply-failure") && page.has("#blocked"),
        "{}",
        page.text
    );
    assert!(
        problems(&page)
            .iter()
            .any(|(_, r, _, m)| r == "2" && m.contains("đã có trong hệ thống")),
        "{}",
        page.text
    );
}

#[sqlx::test]
async fn a_password_is_changed_with_the_current_one_and_other_sessions_end(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut m1 = app.login("m1").await;
    let mut elsewhere = app.login("m1").await;
    let form = m1.get("/account/password").await;
    assert!(form.has("input#current"));
    let wrong = m1
        .post(
            "/account/password",
            &[
                ("current", "sai".into()),
                ("new", "một câu dài hơn".into()),
                ("repeat", "một câu dài hơn".into()),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.has("#current-error"));
    let differ = m1
        .post(
            "/account/password",
            &[
                ("current", super::common::PASSWORD.into()),
                ("new", "một câu dài hơn".into()),
                ("repeat", "một câu khác".into()),
            ],
        )
        .await;
    assert!(differ.has("#repeat-error"));
    let done = m1
        .post(
            "/account/password",
            &[
                ("current", super::common::PASSWORD.into()),
                ("new", "một câu dài hơn".into()),
                ("repeat", "một câu dài hơn".into()),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(m1.get("/").await.status, StatusCode::OK);
    assert_eq!(
        elsewhere.get("/").await.status,
        StatusCode::SEE_OTHER,
        "the other session ended"
    );
    assert_eq!(
        app.anonymous()
            .login("m1", super::common::PASSWORD)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.count(
            "select count(*) from audit_log where entity = 'account' and action = 'password'"
        )
        .await,
        1
    );
}

#[sqlx::test]
async fn stored_members_keep_what_a_file_leaves_empty_and_move_through_the_transfer(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut admin = app.login("admin").await;
    let (id, _) = checked(&mut admin, "a.xlsx", good_file()).await;
    applied(&mut admin, id).await;
    // Sáu has been exempted since, and has been in C4 for years.
    sqlx::query("update members set status = 'exempted' where code = '48000001'")
        .execute(&app.pool)
        .await
        .expect("exempt");
    sqlx::query(
        "update cell_memberships set valid_from = '2020-01-01'
         where member_id = (select id from members where code = '48000001')",
    )
    .execute(&app.pool)
    .await
    .expect("since");
    let audit_before = app.count("select count(*) from audit_log").await;

    // A list with the required columns only, Sáu now in C2.
    let csv =
        "Mã đảng viên,Họ và tên,Mã chi bộ\n48000001,Nguyễn Văn Sáu,C2\n48000002,Trần Thị Bảy,C4\n";
    let (moving, page) = checked(&mut admin, "chuyen.csv", csv.as_bytes().to_vec()).await;
    let counts = page.select("#counts li");
    assert!(
        counts.contains(&"1 đảng viên chuyển sinh hoạt sang chi bộ khác".to_owned()),
        "{counts:?}"
    );
    assert!(
        counts
            .iter()
            .any(|c| c.starts_with("0 đảng viên được cập nhật")),
        "{counts:?}"
    );
    // Meanwhile Bảy's name is mistyped on her page, and C2's counts have no rows yet (as
    // for a cell opened on a day to come since they were last refreshed).
    sqlx::query("update members set full_name = 'Trần Thị Bẩy' where code = '48000002'")
        .execute(&app.pool)
        .await
        .expect("rename");
    sqlx::query("delete from unit_counts where unit_id = $1")
        .bind(app.fx.units["C2"])
        .execute(&app.pool)
        .await
        .expect("no rows yet");
    applied(&mut admin, moving).await;
    assert_eq!(
        app.count(KEPT_COUNTS_DIFFER).await,
        0,
        "counts after the moves"
    );
    // What the apply did is counted when it is done, not taken from the check.
    let done: (i64, i64, i64) = sqlx::query_as(
        "select (counts->>'members_moved')::bigint, (counts->>'members_updated')::bigint,
                (counts->>'members_same')::bigint from imports where id = $1",
    )
    .bind(moving)
    .fetch_one(&app.pool)
    .await
    .expect("counts");
    assert_eq!(done, (1, 1, 0));
    let (status, birth): (String, Option<i32>) =
        sqlx::query_as("select status, birth_year from members where code = '48000001'")
            .fetch_one(&app.pool)
            .await
            .expect("Sáu");
    assert_eq!(
        (status.as_str(), birth),
        ("exempted", Some(1980)),
        "empty columns change nothing"
    );
    assert_eq!(
        app.count(
            "select count(*) from cell_memberships cm join members m on m.id = cm.member_id
             join org_units u on u.id = cm.cell_id
             where m.code = '48000001' and cm.valid_to is null and u.code = 'C2'"
        )
        .await,
        1,
        "moved to C2"
    );
    assert_eq!(
        app.count(
            "select count(*) from cell_memberships cm join members m on m.id = cm.member_id
             where m.code = '48000001' and cm.valid_to is not null"
        )
        .await,
        1,
        "the old membership is closed, not rewritten"
    );
    assert!(app.count("select count(*) from audit_log").await > audit_before);

    // The same list again changes nothing, not even the audit log (but its own "apply").
    let audit_before = app
        .count("select count(*) from audit_log where action <> 'apply'")
        .await;
    let (again, page) = checked(&mut admin, "chuyen.csv", csv.as_bytes().to_vec()).await;
    let counts = page.select("#counts li");
    assert!(
        counts.contains(&"2 đảng viên đã có, không thay đổi".to_owned()),
        "{counts:?}"
    );
    applied(&mut admin, again).await;
    assert_eq!(
        app.count("select count(*) from audit_log where action <> 'apply'")
            .await,
        audit_before
    );

    // Moving again on the same day waits, and says so.
    let back = "Mã đảng viên,Họ và tên,Mã chi bộ\n48000001,Nguyễn Văn Sáu,C1\n";
    let (_, page) = checked(&mut admin, "lai.csv", back.as_bytes().to_vec()).await;
    assert!(
        problems(&page)
            .iter()
            .any(|(_, r, _, m)| r == "2" && m.contains("vừa chuyển sinh hoạt hôm nay")),
        "{}",
        page.text
    );
}

#[sqlx::test]
async fn guessing_the_current_password_is_slowed_down_like_logging_in(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut m1 = app.login("m1").await;
    let mut last = None;
    for guess in 0..7 {
        let reply = m1
            .post(
                "/account/password",
                &[
                    ("current", format!("đoán {guess}")),
                    ("new", "một câu dài hơn".into()),
                    ("repeat", "một câu dài hơn".into()),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        last = Some(reply);
    }
    let last = last.expect("a reply");
    let error = last.select("#current-error").join(" ");
    assert!(error.contains("xin đợi"), "{error}");
    // Even the right password waits now.
    let right = m1
        .post(
            "/account/password",
            &[
                ("current", super::common::PASSWORD.into()),
                ("new", "một câu dài hơn".into()),
                ("repeat", "một câu dài hơn".into()),
            ],
        )
        .await;
    assert_eq!(right.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The same throttle as the login form's: logging in from here waits too.
    assert_eq!(
        app.anonymous()
            .login("m1", super::common::PASSWORD)
            .await
            .status,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        app.count(
            "select count(*) from audit_log where entity = 'account' and action = 'password'"
        )
        .await,
        0,
        "nothing was changed"
    );
}

#[sqlx::test]
async fn the_import_command_checks_refuses_and_applies_as_the_page_does(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let folder = tempfile::tempdir().expect("folder");
    let args = |file: &str, apply: bool| pledges::config::ImportArgs {
        database: pledges::config::DatabaseArgs {
            database_url: None,
            data_dir: "unused".into(),
            demo: false,
            db_max_connections: 1,
            db_acquire_timeout_ms: 1000,
        },
        file: folder.path().join(file),
        login: "admin".into(),
        apply,
    };
    let bad = "Mã đảng viên,Họ và tên,Mã chi bộ\n48000040,,C2\n";
    std::fs::write(folder.path().join("bad.csv"), bad).expect("bad");
    std::fs::write(folder.path().join("good.xlsx"), good_file()).expect("good");
    let before = tree_size(&app).await;
    let refused = pledges::run::import_file(&app.pool, &args("bad.csv", true))
        .await
        .expect("runs");
    assert_eq!(refused, std::process::ExitCode::from(2));
    assert_eq!(
        tree_size(&app).await,
        before,
        "a file with problems writes nothing"
    );
    let checked = pledges::run::import_file(&app.pool, &args("good.xlsx", false))
        .await
        .expect("runs");
    assert_eq!(checked, std::process::ExitCode::SUCCESS);
    assert_eq!(
        tree_size(&app).await,
        before,
        "without --apply nothing is written"
    );
    let applied = pledges::run::import_file(&app.pool, &args("good.xlsx", true))
        .await
        .expect("runs");
    assert_eq!(applied, std::process::ExitCode::SUCCESS);
    assert_eq!(
        tree_size(&app).await,
        (before.0 + 2, before.1 + 3, before.2 + 3, before.3 + 3)
    );
    assert_eq!(
        app.count("select count(*) from imports where status = 'applied'")
            .await,
        1
    );
}
