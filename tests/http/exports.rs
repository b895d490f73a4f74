//! The lists for reporting upward, as XLSX and CSV: who has and has not registered, the
//! official ratings list, the state of collective plans and commitments. Each read back
//! gives what the page shows; each is refused to whoever may not see the page.

use calamine::{DataType, Reader};
use reqwest::StatusCode;
use sqlx::PgPool;

use super::common::{Download, TestApp};
use super::dashboard::decide;

/// The rows of a downloaded spreadsheet below its header row, as text.
fn sheet_rows(file: &Download) -> (String, Vec<String>, Vec<Vec<String>>) {
    let mut book =
        calamine::Xlsx::new(std::io::Cursor::new(file.body.clone())).expect("an xlsx file");
    let sheet = book
        .worksheet_range_at(0)
        .expect("a sheet")
        .expect("readable");
    let cell = |r: u32, c: u32| {
        sheet
            .get_value((r, c))
            .map(|v| match v.as_f64() {
                Some(n) if v.is_float() || v.is_int() => format!("{n}"),
                _ => v.to_string(),
            })
            .unwrap_or_default()
    };
    let width = sheet.width() as u32;
    let title = cell(0, 0);
    let header = (0..width).map(|c| cell(3, c)).collect();
    let rows = (4..sheet.height() as u32)
        .map(|r| (0..width).map(|c| cell(r, c)).collect())
        .collect();
    (title, header, rows)
}

/// The records of a downloaded CSV file, after checking its byte-order mark.
fn csv_rows(file: &Download) -> Vec<Vec<String>> {
    assert_eq!(
        file.content_type.as_deref(),
        Some("text/csv; charset=utf-8")
    );
    assert!(
        file.body.starts_with("\u{feff}".as_bytes()),
        "a byte-order mark"
    );
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&file.body[3..])
        .records()
        .map(|r| r.expect("a record").iter().map(str::to_owned).collect())
        .collect()
}

#[sqlx::test]
async fn the_registration_list_downloads_as_the_page_lists_it(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let g = app.fx.units["G"];
    let m1 = app.plan_with_items("m1", 1).await;
    app.act("m1", m1, "submit", "").await;
    let mut upper = app.login("upper").await;
    let page = upper
        .get(&format!(
            "/units/{g}/members?filter=not_registered&year=2017"
        ))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let listed: Vec<String> = page.select("#members .member-name");
    assert!(!listed.is_empty() && !listed.contains(&"Nguyễn Thị Hoa".to_owned()));
    assert!(page.has(&format!(
        "a#export-xlsx[href='/units/{g}/members.xlsx?filter=not_registered&year=2017']"
    )));

    let xlsx = upper
        .get_bytes(&format!(
            "/units/{g}/members.xlsx?filter=not_registered&year=2017"
        ))
        .await;
    let (title, header, rows) = sheet_rows(&xlsx);
    assert!(
        title.contains("Đảng viên chưa đăng ký") && title.contains("2017"),
        "{title}"
    );
    assert_eq!(header[..3], ["STT", "Họ và tên", "Chi bộ"]);
    let names: Vec<String> = rows.iter().map(|r| r[1].clone()).collect();
    assert_eq!(
        names, listed,
        "the same people in the same (official) order"
    );
    assert_eq!(rows[0][0], "1");

    let csv = upper
        .get_bytes(&format!(
            "/units/{g}/members.csv?filter=not_registered&year=2017"
        ))
        .await;
    let records = csv_rows(&csv);
    assert_eq!(records[0][1], "Họ và tên");
    let names: Vec<String> = records[1..].iter().map(|r| r[1].clone()).collect();
    assert_eq!(names, listed);
    // m1's plan is waiting: listed as registered, with its state.
    let registered = upper
        .get_bytes(&format!(
            "/units/{g}/members.csv?filter=registered&year=2017"
        ))
        .await;
    let records = csv_rows(&registered);
    assert_eq!(records.len(), 2, "{records:?}");
    assert_eq!(records[1][1], "Nguyễn Thị Hoa");
    assert_eq!(records[1][4], "Chờ thông qua");

    // A name a spreadsheet would take for a formula is written as text.
    sqlx::query("update members set full_name = '=HYPERLINK(\"http://x\")' where id = (select member_id from accounts where login = 'm2')")
        .execute(&app.pool)
        .await
        .expect("rename");
    let records = csv_rows(
        &upper
            .get_bytes(&format!("/units/{g}/members.csv?filter=expected&year=2017"))
            .await,
    );
    assert!(
        records.iter().any(|r| r[1] == "'=HYPERLINK(\"http://x\")"),
        "{records:?}"
    );

    // Only those overseeing the unit; a list that does not exist is refused.
    for login in ["s1", "m1", "upper2"] {
        let mut other = app.login(login).await;
        for ext in ["xlsx", "csv"] {
            let r = other
                .get(&format!(
                    "/units/{g}/members.{ext}?filter=expected&year=2017"
                ))
                .await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{login} {ext}");
        }
    }
    let r = upper
        .get(&format!("/units/{g}/members.csv?filter=everyone&year=2017"))
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

#[sqlx::test]
async fn the_official_ratings_list_downloads_in_the_lists_order(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let g = app.fx.units["G"];
    decide(&app, "m2", Some("HTXSNV")).await;
    decide(&app, "m1", Some("HTTNV")).await;
    decide(&app, "s3", None).await;
    let mut committee = app.login("committee").await;
    let page = committee
        .get(&format!("/units/{g}/ratings?year=2017"))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.has(&format!(
        "a#export-xlsx[href='/units/{g}/ratings.xlsx?year=2017']"
    )));

    let xlsx = committee
        .get_bytes(&format!("/units/{g}/ratings.xlsx?year=2017"))
        .await;
    let (title, header, rows) = sheet_rows(&xlsx);
    assert!(
        title.contains("Danh sách xếp loại chất lượng đảng viên năm 2017"),
        "{title}"
    );
    assert_eq!(header[1], "Họ và tên");
    // By cell, then by given name: C1 (Ánh, Hoa), then C3 (Dũng).
    let names: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(names, ["Đỗ Văn Ánh", "Nguyễn Thị Hoa", "Dương Văn Dũng"]);
    assert_eq!(rows[0][6], "Hoàn thành xuất sắc nhiệm vụ");
    assert_eq!(rows[1][6], "Hoàn thành tốt nhiệm vụ");
    assert_eq!(rows[2][6], "Chưa xếp loại");
    assert!(
        rows[0][7].contains("Quyết định số 12-QĐ/ĐU ngày 10/01/2018"),
        "{:?}",
        rows[0]
    );

    let csv = committee
        .get_bytes(&format!("/units/{g}/ratings.csv?year=2017"))
        .await;
    let records = csv_rows(&csv);
    let names: Vec<&str> = records[1..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(names, ["Đỗ Văn Ánh", "Nguyễn Thị Hoa", "Dương Văn Dũng"]);

    for login in ["m1", "s2", "upper2"] {
        let r = app
            .login(login)
            .await
            .get(&format!("/units/{g}/ratings.xlsx?year=2017"))
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{login}");
    }
}

#[sqlx::test]
async fn the_state_of_collective_plans_downloads_as_filtered(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut upper = app.login("upper").await;
    let page = upper.get("/review?year=2017").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.has("a#export-csv[href^='/review.csv?year=2017']"));
    let csv = upper.get_bytes("/review.csv?year=2017&show=all").await;
    let records = csv_rows(&csv);
    assert_eq!(records[0][1], "Tổ chức đảng");
    assert!(
        records[1..]
            .iter()
            .any(|r| r[1] == "Đơn vị G" && r[2] == "Chưa lập"),
        "{records:?}"
    );
    let xlsx = upper.get_bytes("/review.xlsx?year=2017&show=all").await;
    let (title, header, rows) = sheet_rows(&xlsx);
    assert!(title.contains("2017"), "{title}");
    assert_eq!(header[1], "Tổ chức đảng");
    assert_eq!(rows.len(), records.len() - 1, "the same units as the CSV");
    assert!(rows.iter().any(|r| r[1] == "Đơn vị G"), "{rows:?}");
    let xlsx = upper.get_bytes("/review.xlsx?year=2017&show=done").await;
    let (_, _, rows) = sheet_rows(&xlsx);
    assert!(rows.is_empty(), "nothing is accepted yet: {rows:?}");
    let r = app.login("m1").await.get("/review.csv?year=2017").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = upper.get("/review.csv?year=2017&show=everything").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}
