//! Dashboards: every number on the page and in the exports equals a direct count from the
//! rows, through plans changing state, progress, decided ratings, a member's transfer and
//! a unit's merger; each role sees its own subtree only.

use std::collections::HashMap;

use reqwest::StatusCode;
use sqlx::PgPool;

use super::common::{KEPT_COUNTS_DIFFER, Reply, TestApp, item_form};

/// The numbers of one row of the dashboard's table (`data-n` cells), by name.
fn row(page: &Reply, selector: &str) -> HashMap<String, String> {
    let html = page.html();
    let row = scraper::Selector::parse(selector).expect("selector");
    let cell = scraper::Selector::parse("td[data-n]").expect("selector");
    let tr = html
        .select(&row)
        .next()
        .unwrap_or_else(|| panic!("no row {selector} in {}", page.text));
    tr.select(&cell)
        .map(|td| {
            let text: String = td.text().collect();
            (
                td.value().attr("data-n").expect("data-n").to_owned(),
                text.split_whitespace().next().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

/// What the rows say about the subtree of `unit` in 2017, counted directly.
async fn direct(app: &TestApp, unit: i64) -> HashMap<String, String> {
    let (expected, registered, approved): (i64, i64, i64) = sqlx::query_as(
        "select count(*),
                count(*) filter (where p.state in ('submitted', 'approved') or p.revision > 1),
                count(*) filter (where p.state = 'approved')
         from cell_memberships cm
         join org_units c on c.id = cm.cell_id
         join members m on m.id = cm.member_id and m.status in ('official', 'probationary')
         left join plans p on p.member_id = m.id and p.kind = 'personal' and p.year = 2017
         where $1 = any(c.ancestors) and cm.valid_from <= '2017-12-31'
           and (cm.valid_to is null or cm.valid_to > '2017-12-31')",
    )
    .bind(unit)
    .fetch_one(&app.pool)
    .await
    .expect("registration");
    // The pledges of approved plans; of a plan being amended, those it was last approved
    // with.
    let (items, done): (i64, i64) = sqlx::query_as(
        "with pledged as (
             select i.id as item_id, p.org_unit_id
             from plans p join plan_items i on i.plan_id = p.id
             where p.kind = 'personal' and p.state = 'approved' and p.year = 2017
             union all
             select (e ->> 'id')::bigint, p.org_unit_id
             from plans p
             cross join lateral (select r.items from plan_revisions r where r.plan_id = p.id
                                 order by r.revision desc limit 1) r
             cross join jsonb_array_elements(r.items) e
             where p.kind = 'personal' and p.state <> 'approved' and p.revision > 1
               and p.year = 2017)
         select count(*),
                count(*) filter (where coalesce(
                    (select a.outcome <> 'not_done' from item_assessments a
                     where a.item_id = d.item_id and a.by_reviewer),
                    (select ip.status = 'done' from item_progress ip
                     where ip.item_id = d.item_id order by ip.id desc limit 1),
                    false))
         from pledged d join org_units c on c.id = d.org_unit_id
         where $1 = any(c.ancestors)",
    )
    .bind(unit)
    .fetch_one(&app.pool)
    .await
    .expect("pledges");
    let levels: Vec<(Option<String>, i64)> = sqlx::query_as(
        "select r.level, count(*)
         from ratings r
         join cell_memberships cm on cm.member_id = r.member_id
          and cm.valid_from <= '2017-12-31'
          and (cm.valid_to is null or cm.valid_to > '2017-12-31')
         join org_units c on c.id = cm.cell_id
         where $1 = any(c.ancestors) and r.year = 2017 and r.state = 'decided'
         group by r.level",
    )
    .bind(unit)
    .fetch_all(&app.pool)
    .await
    .expect("ratings");
    let level = |l: Option<&str>| {
        levels
            .iter()
            .find(|(k, _)| k.as_deref() == l)
            .map_or(0, |(_, n)| *n)
            .to_string()
    };
    HashMap::from([
        ("registered".into(), format!("{registered}/{expected}")),
        ("approved".into(), approved.to_string()),
        ("done".into(), format!("{done}/{items}")),
        // Every 2017 item was due by 30/06/2017 or the year's end: all past.
        ("overdue".into(), (items - done).to_string()),
        ("excellent".into(), level(Some("HTXSNV"))),
        ("good".into(), level(Some("HTTNV"))),
        ("completed".into(), level(Some("HTNV"))),
        ("not_completed".into(), level(Some("KHTNV"))),
        ("not_rated".into(), level(None)),
    ])
}

/// The dashboard of `unit` as `login` sees it, checked row by row against direct counts
/// (the numbers it shows, leaving out columns that are not counts of the subtree).
async fn agrees(app: &TestApp, login: &str, unit: i64, children: &[&str]) {
    let mut client = app.login(login).await;
    let page = client
        .get(&format!("/units/{unit}/dashboard?year=2017"))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    for code in children {
        let id = app.fx.units[code];
        let mut shown = row(&page, &format!("tr[data-unit='{id}']"));
        shown.remove("orgs");
        shown.remove("committees");
        assert_eq!(
            shown,
            direct(app, id).await,
            "{code} on the dashboard of {unit}"
        );
    }
    let mut total = row(&page, "tr#total");
    total.remove("orgs");
    total.remove("committees");
    assert_eq!(total, direct(app, unit).await, "the total of {unit}");
    assert_eq!(app.count(KEPT_COUNTS_DIFFER).await, 0);
}

/// A decided rating of `login`'s 2017 (no level: not rated), as the committee of G decides.
pub async fn decide(app: &TestApp, login: &str, level: Option<&str>) {
    sqlx::query(
        "insert into rating_params (scheme, params) values ('qd366-2025', '{}')
         on conflict (params) do nothing",
    )
    .execute(&app.pool)
    .await
    .expect("params");
    sqlx::query(
        "insert into ratings (year, member_id, scope_unit_id, level, not_rated, params_id,
                              inputs, state, decided_by, decided_at, decision_number,
                              decision_date)
         select 2017, a.member_id, $3, $2, case when $2 is null then 'exempted' end,
                (select id from rating_params limit 1), '{}', 'decided',
                (select id from accounts where login = 'committee'), now(), '12-QĐ/ĐU',
                '2018-01-10'
         from accounts a where a.login = $1",
    )
    .bind(login)
    .bind(level)
    .bind(app.fx.units["G"])
    .execute(&app.pool)
    .await
    .expect("a decided rating");
}

#[sqlx::test]
async fn every_number_equals_a_direct_count_through_changes(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let (p, u, g) = (app.fx.units["P"], app.fx.units["U"], app.fx.units["G"]);
    // Nothing filed yet.
    agrees(&app, "reviewer", p, &["U", "U2"]).await;

    let m1 = app.plan_with_items("m1", 3).await;
    app.act("m1", m1, "submit", "").await;
    app.act("s1", m1, "approve", "").await;
    let m3 = app.plan_with_items("m3", 2).await;
    app.act("m3", m3, "submit", "").await;
    let m2 = app.plan_with_items("m2", 1).await;
    agrees(&app, "upper", g, &["C1", "C2", "C3"]).await;
    app.act("s2", m3, "approve", "").await;
    assert_eq!(app.state(m2).await, "draft");

    // Progress: one item done, one under way, one done then reopened.
    let items = app.item_ids(m1).await;
    let mut writer = app.login("m1").await;
    for (item, statuses) in [
        (items[0], &["done"][..]),
        (items[1], &["in_progress"]),
        (items[2], &["done", "in_progress"]),
    ] {
        for status in statuses {
            let r = writer
                .post(
                    &format!("/plans/{m1}/items/{item}/progress"),
                    &[("status", (*status).into())],
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        }
    }
    agrees(&app, "committee", g, &["C1", "C2", "C3"]).await;
    // The cell's year-end assessment decides over progress: the first item (reported done)
    // was not done after all, the second (under way) was done late.
    sqlx::query(
        "insert into item_assessments (plan_id, item_id, by_reviewer, outcome, evidence, actor_id)
         select $1, i.item, true, i.outcome, '', (select id from accounts where login = 's1')
         from unnest($2::bigint[], $3::text[]) as i(item, outcome)",
    )
    .bind(m1)
    .bind(&items[..2])
    .bind(["not_done", "late"])
    .execute(&app.pool)
    .await
    .expect("assessed");
    agrees(&app, "committee", g, &["C1", "C2", "C3"]).await;
    let done: String = row(
        &app.login("committee")
            .await
            .get(&format!("/units/{g}/dashboard?year=2017"))
            .await,
        &format!("tr[data-unit='{}']", app.fx.units["C1"]),
    )["done"]
        .clone();
    assert_eq!(
        done, "1/3",
        "the second item (late); the third is under way"
    );
    // m1 amends the plan and adds a pledge: the approved version counts until the
    // amendment is approved.
    let done_in_c1 = |page: Reply| {
        row(&page, &format!("tr[data-unit='{}']", app.fx.units["C1"]))["done"].clone()
    };
    let amend = app.act("m1", m1, "amend", "").await;
    assert_eq!(amend.status, StatusCode::SEE_OTHER, "{}", amend.text);
    assert_eq!(app.state(m1).await, "draft");
    let added = app
        .login("m1")
        .await
        .post(
            &format!("/plans/{m1}/items"),
            &item_form("Nội dung bổ sung", app.version(m1).await),
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);
    agrees(&app, "committee", g, &["C1", "C2", "C3"]).await;
    let mut committee = app.login("committee").await;
    let dashboard = format!("/units/{g}/dashboard?year=2017");
    assert_eq!(done_in_c1(committee.get(&dashboard).await), "1/3");
    app.act("m1", m1, "submit", "").await;
    app.act("s1", m1, "approve", "").await;
    assert_eq!(app.state(m1).await, "approved");
    agrees(&app, "committee", g, &["C1", "C2", "C3"]).await;
    assert_eq!(done_in_c1(committee.get(&dashboard).await), "1/4");

    // Decided ratings, and one reopened to a proposal.
    decide(&app, "m1", Some("HTXSNV")).await;
    decide(&app, "m2", Some("HTTNV")).await;
    decide(&app, "m3", Some("KHTNV")).await;
    decide(&app, "s3", None).await;
    agrees(&app, "upper", u, &["G"]).await;
    sqlx::query(
        "update ratings set state = 'proposed', decided_by = null, decided_at = null,
                decision_number = null, decision_date = null
         where member_id = (select member_id from accounts where login = 'm2')",
    )
    .execute(&app.pool)
    .await
    .expect("reopen");
    agrees(&app, "upper", g, &["C1", "C2", "C3"]).await;

    // A member who joined C3 in November with a decided rating: C3's merger on 01/10
    // moves that membership itself to C2 (it starts after the merger's day).
    let late: i64 = sqlx::query_scalar(
        "insert into members (full_name, status) values ('Lý Thị Hằng', 'official') returning id",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a member");
    sqlx::query(
        "insert into cell_memberships (member_id, cell_id, valid_from) values ($1, $2, '2017-11-01')",
    )
    .bind(late)
    .bind(app.fx.units["C3"])
    .execute(&app.pool)
    .await
    .expect("membership");
    sqlx::query(
        "insert into ratings (year, member_id, scope_unit_id, level, params_id, inputs, state,
                              decided_by, decided_at, decision_number, decision_date)
         select 2017, $1, $2, 'HTTNV', (select id from rating_params limit 1), '{}', 'decided',
                (select id from accounts where login = 'committee'), now(), '12-QĐ/ĐU',
                '2018-01-10'",
    )
    .bind(late)
    .bind(g)
    .execute(&app.pool)
    .await
    .expect("rating");
    agrees(&app, "committee", g, &["C1", "C2", "C3"]).await;

    // m1 moves to C2 (in 2017: the year's figures follow them), then C3 merges into C2.
    let mut tx = pledges::db::begin(&app.pool).await.expect("tx");
    let member: i64 = sqlx::query_scalar("select member_id from accounts where login = 'm1'")
        .fetch_one(&mut *tx)
        .await
        .expect("m1");
    pledges::db::members::move_membership(
        &mut tx,
        pledges::domain::ids::MemberId(member),
        pledges::domain::ids::OrgUnitId(app.fx.units["C2"]),
        chrono::NaiveDate::from_ymd_opt(2017, 9, 1).expect("date"),
    )
    .await
    .expect("move");
    tx.commit().await.expect("commit");
    agrees(&app, "committee", g, &["C1", "C2", "C3"]).await;
    let mut admin = app.login("admin").await;
    let merged = admin
        .post(
            &format!("/admin/units/{}/restructure", app.fx.units["C3"]),
            &[
                ("mode", "existing".into()),
                ("successor", app.fx.units["C2"].to_string()),
                ("on", "01/10/2017".into()),
            ],
        )
        .await;
    assert_eq!(merged.status, StatusCode::SEE_OTHER, "{}", merged.text);
    agrees(&app, "committee", g, &["C1", "C2"]).await;
    agrees(&app, "reviewer", p, &["U", "U2"]).await;

    // The trend has a row per year, linking to that year's dashboard.
    let page = app
        .login("upper")
        .await
        .get(&format!("/units/{g}/dashboard?year=2017"))
        .await;
    assert!(page.has(&format!(
        "#trend-table a[href='/units/{g}/dashboard?year=2017']"
    )));
    // The charts are pictures of the table, drawn for each child, with their links.
    assert!(page.has("#chart-registration .bar-row svg.bar"));
    assert!(page.has(&format!(
        "#chart-pledges a.bar-row[href='/units/{}/dashboard?year=2017']",
        app.fx.units["C2"]
    )));
}

#[sqlx::test]
async fn each_role_sees_its_own_subtree_only(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let units = &app.fx.units;
    let dash = |unit: &str| format!("/units/{}/dashboard?year=2017", units[unit]);
    for (login, allowed, refused) in [
        ("reviewer", &["P", "U", "U2", "G", "C1", "GC"][..], &[][..]),
        ("upper", &["U", "G", "C1", "C3"], &["P", "U2", "GC"]),
        ("committee", &["G", "C1", "C2"], &["P", "U", "U2", "GC"]),
        ("s1", &["C1"], &["C2", "G", "U", "P"]),
        ("d1", &["C1"], &["C2", "G"]),
        ("m1", &[], &["C1", "G", "P"]),
        ("admin", &[], &["P", "C1"]),
    ] {
        let mut client = app.login(login).await;
        for unit in allowed {
            for path in [
                dash(unit),
                dash(unit).replace("dashboard?", "dashboard.xlsx?"),
            ] {
                let r = client.get(&path).await;
                assert_eq!(r.status, StatusCode::OK, "{login} opens {path}");
            }
        }
        for unit in refused {
            for ext in ["", ".xlsx", ".csv"] {
                let path = dash(unit).replace("dashboard?", &format!("dashboard{ext}?"));
                let r = client.get(&path).await;
                assert_eq!(
                    r.status,
                    StatusCode::NOT_FOUND,
                    "{login} may not open {path}"
                );
            }
        }
    }
    // The pages that lead there: the unit page, and the cell page for its leaders only.
    let mut upper = app.login("upper").await;
    let page = upper.get(&format!("/units/{}?year=2017", units["G"])).await;
    assert!(page.has(&format!("a#dashboard-link[href='{}']", dash("G"))));
    let mut s1 = app.login("s1").await;
    let page = s1.get(&format!("/cells/{}?year=2017", units["C1"])).await;
    assert!(page.has(&format!("a#dashboard-link[href='{}']", dash("C1"))));
    let mut m1 = app.login("m1").await;
    let page = m1.get(&format!("/cells/{}?year=2017", units["C1"])).await;
    assert!(!page.has("a#dashboard-link"));
    // A year that does not exist, and a unit that does not.
    let r = upper
        .get(&format!("/units/{}/dashboard?year=1990", units["G"]))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = upper.get("/units/999999/dashboard").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = upper
        .get(&format!("/units/{}/dashboard?year=abc", units["G"]))
        .await;
    assert!(r.status.is_client_error(), "{}", r.status);
}

#[sqlx::test]
async fn the_exports_read_back_to_the_numbers_of_the_page(pool: PgPool) {
    use calamine::{DataType, Reader};
    let app = TestApp::spawn(pool).await;
    let g = app.fx.units["G"];
    let m1 = app.plan_with_items("m1", 2).await;
    app.act("m1", m1, "submit", "").await;
    app.act("s1", m1, "approve", "").await;
    decide(&app, "m1", Some("HTXSNV")).await;
    decide(&app, "m3", Some("HTTNV")).await;
    let mut upper = app.login("upper").await;
    let page = upper.get(&format!("/units/{g}/dashboard?year=2017")).await;
    assert!(page.has(&format!(
        "a#export-xlsx[href='/units/{g}/dashboard.xlsx?year=2017']"
    )));
    let c1 = row(&page, &format!("tr[data-unit='{}']", app.fx.units["C1"]));

    let bytes = upper
        .get_bytes(&format!("/units/{g}/dashboard.xlsx?year=2017"))
        .await;
    assert_eq!(
        bytes.content_type.as_deref(),
        Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    );
    assert!(
        bytes
            .disposition
            .as_deref()
            .is_some_and(|d| d.contains(&format!("bang-theo-doi-{g}-2017.xlsx")))
    );
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes.body)).expect("an xlsx file");
    let sheet = book
        .worksheet_range_at(0)
        .expect("a sheet")
        .expect("readable");
    let text = |r: u32, c: u32| {
        sheet
            .get_value((r, c))
            .map(ToString::to_string)
            .unwrap_or_default()
    };
    assert!(
        text(0, 0).contains("Bảng theo dõi") && text(0, 0).contains("2017"),
        "{}",
        text(0, 0)
    );
    assert_eq!(text(3, 0), "Tổ chức đảng");
    assert_eq!(text(3, 1), "Thuộc diện đăng ký");
    let c1_row = (4..sheet.height() as u32)
        .find(|r| text(*r, 0) == "Đơn vị C1")
        .expect("C1's row");
    let number = |c: u32| {
        sheet
            .get_value((c1_row, c))
            .and_then(|v| v.as_f64())
            .expect("a number")
    };
    let (registered, expected) = c1["registered"].split_once('/').expect("n/m");
    assert_eq!(number(1), expected.parse::<f64>().expect("n"));
    assert_eq!(number(2), registered.parse::<f64>().expect("n"));
    assert_eq!(number(4), c1["approved"].parse::<f64>().expect("n"));
    assert_eq!(number(15), c1["excellent"].parse::<f64>().expect("n"));
    // Shares are numbers formatted as percentages, not text.
    let share = registered.parse::<f64>().expect("n") / expected.parse::<f64>().expect("n");
    assert!(
        (number(3) - share).abs() < 1e-9,
        "{} against {share}",
        number(3)
    );
    let last = sheet.height() as u32 - 1;
    assert!(text(last, 0).starts_with("Cộng"), "{}", text(last, 0));

    let csv = upper
        .get_bytes(&format!("/units/{g}/dashboard.csv?year=2017"))
        .await;
    assert_eq!(csv.content_type.as_deref(), Some("text/csv; charset=utf-8"));
    assert!(
        csv.body.starts_with("\u{feff}".as_bytes()),
        "a byte-order mark"
    );
    let mut reader = csv::Reader::from_reader(&csv.body[3..]);
    assert_eq!(&reader.headers().expect("headers")[0], "Tổ chức đảng");
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("rows");
    let c1_csv = rows.iter().find(|r| &r[0] == "Đơn vị C1").expect("C1");
    assert_eq!(&c1_csv[1], expected);
    assert_eq!(&c1_csv[2], registered);
    assert_eq!(&c1_csv[15], c1["excellent"].as_str());
}

/// Progress saved at the same moment by members of one district refreshes the same
/// district's figures: each waits for the other, none fails, and the figures add up.
#[sqlx::test]
async fn simultaneous_changes_in_one_district_all_succeed(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut saves = Vec::new();
    for (login, secretary) in [("m1", "s1"), ("m2", "s1"), ("m3", "s2"), ("d1", "s1")] {
        let plan = app.plan_with_items(login, 3).await;
        app.act(login, plan, "submit", "").await;
        app.act(secretary, plan, "approve", "").await;
        for item in app.item_ids(plan).await {
            saves.push((app.login(login).await, plan, item));
        }
    }
    let results =
        futures_util::future::join_all(saves.iter_mut().map(|(client, plan, item)| async move {
            client
                .post(
                    &format!("/plans/{plan}/items/{item}/progress"),
                    &[("status", "done".into())],
                )
                .await
                .status
        }))
        .await;
    assert!(
        results.iter().all(|s| *s == StatusCode::SEE_OTHER),
        "{results:?}"
    );
    assert_eq!(app.count(KEPT_COUNTS_DIFFER).await, 0);
    agrees(&app, "upper", app.fx.units["G"], &["C1", "C2", "C3"]).await;
}

/// The ratings chart names the year's quota share, as the administrator set it; a past
/// year's dashboard does not claim to be "as of today".
#[sqlx::test]
async fn the_quota_share_is_the_years_own(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let path = format!("/units/{}/dashboard?year=2017", app.fx.units["G"]);
    let mut upper = app.login("upper").await;
    let hint = upper.get(&path).await.select("#ratings-hint").join("");
    assert!(hint.contains("không quá 20%"), "{hint}");
    let mut admin = app.login("admin").await;
    let form = admin.get("/admin/years/2017/rating").await;
    let r = admin
        .post(
            "/admin/years/2017/rating",
            &[
                ("late_credit_percent", "50".into()),
                ("quota_percent", "25".into()),
                ("quota_reason", "Đơn vị có nhiều thành tích xuất sắc".into()),
                ("head_fails_below_percent", String::new()),
                ("version", form.field("version").expect("version")),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
    let page = upper.get(&path).await;
    let hint = page.select("#ratings-hint").join("");
    assert!(hint.contains("không quá 25%"), "{hint}");
    assert!(
        page.text.contains("Số liệu tính đến ngày"),
        "the year is open"
    );
    sqlx::query("update years set phase = 'closed' where year = 2017")
        .execute(&app.pool)
        .await
        .expect("close");
    let page = upper.get(&path).await;
    assert!(!page.text.contains("Số liệu tính đến ngày"));
}
