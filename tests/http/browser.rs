//! The whole plan journey in a real headless Chromium, driven through chromedriver:
//! a member writes and sends a plan, the cell secretary returns it with a comment, the
//! member corrects and resends it, the secretary approves it. Every step asserts on what
//! the user sees; screenshots of the key pages (desktop and phone width) are saved to
//! `target/screenshots/` as evidence for a human eye, they are not part of the checks.
//!
//! Needs `/usr/bin/chromium` and `/usr/bin/chromedriver` (installed by `scripts/test.sh`).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result, anyhow};
use fantoccini::elements::Element;
use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use tokio::process::{Child, Command};

use super::common;

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
/// How long a page may take to show what a step expects.
const WAIT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(100);

const FIRST_CONTENT: &str = "Hoàn thành đúng hạn 100% hồ sơ thẩm định được giao";
const SECOND_CONTENT: &str =
    "Hoàn thành đúng hạn 100% hồ sơ thẩm định được giao, không để hồ sơ nào quá hạn";
const EXPECTED_RESULT: &str = "Không có hồ sơ trễ hạn; báo cáo hằng quý cho chi bộ";
const RETURN_COMMENT: &str =
    "Nội dung còn chung chung, đề nghị nêu rõ chỉ tiêu không để hồ sơ quá hạn.";
const PHONE_CONTENT: &str = "Tham gia đầy đủ sinh hoạt chi bộ hằng tháng";
const PHONE_COMMENT: &str = "Đề nghị bổ sung nội dung gắn với nhiệm vụ chuyên môn.";
const PHONE_FIXED: &str =
    "Tham gia đầy đủ sinh hoạt chi bộ hằng tháng, gắn với việc vận động đảng viên cao tuổi";

#[sqlx::test]
async fn member_writes_plan_secretary_returns_then_approves(pool: sqlx::PgPool) {
    let started = Instant::now();
    let app = common::TestApp::spawn(pool).await;
    let plans = in_browser(&app, "browser journey", journey).await;

    // What the pages showed is what the database holds.
    assert_eq!(
        plan_state(&app, plans.first).await,
        "approved",
        "state of the plan of m1"
    );
    let returns: Vec<String> = sqlx::query_scalar(
        "select comment from plan_events where plan_id = $1 and action = 'return' order by id",
    )
    .bind(plans.first)
    .fetch_all(&app.pool)
    .await
    .expect("the returns of the plan of m1");
    assert_eq!(
        returns,
        [RETURN_COMMENT],
        "the return and its comment, in the history of m1's plan"
    );
    let approvals: i64 = sqlx::query_scalar(
        "select count(*) from plan_events where plan_id = $1 and action = 'approve'",
    )
    .bind(plans.first)
    .fetch_one(&app.pool)
    .await
    .expect("the approvals of the plan of m1");
    assert_eq!(
        approvals, 1,
        "one approval in the history of the plan of m1"
    );
    let content: String = sqlx::query_scalar("select content from plan_items where plan_id = $1")
        .bind(plans.first)
        .fetch_one(&app.pool)
        .await
        .expect("the item of the plan of m1");
    assert_eq!(
        content, SECOND_CONTENT,
        "the corrected item is the one approved"
    );
    assert_eq!(
        plan_state(&app, plans.phone).await,
        "approved",
        "state of the plan of m2"
    );
    eprintln!(
        "browser journey passed in {:.1} s; screenshots in {}",
        started.elapsed().as_secs_f64(),
        screenshot_dir().display()
    );
}

/// The plans the journey made.
struct Plans {
    /// m1's plan, returned once then approved (desktop).
    first: i64,
    /// m2's plan, sent then returned (phone width).
    phone: i64,
}

async fn journey(b: &mut Browser) -> Result<Plans> {
    // ── Desktop ─────────────────────────────────────────────────────────────
    b.goto("/login").await?;
    b.expect_text("h1", "Đăng nhập").await?;
    b.shot("login").await?;
    b.login("m1", "Nguyễn Thị Hoa").await?;
    b.expect_text("h1", "Xin chào").await?;
    b.expect_text(".year-line", "Năm 2017").await?;
    b.expect_text("#task-plan", "Đồng chí chưa lập kế hoạch năm nay.")
        .await?;
    b.shot("home").await?;

    // m1 starts the plan
    b.click("nav a[href='/my-plan']").await?;
    b.expect_path(|p| p == "/my-plan", "the page that starts the plan")
        .await?;
    b.expect_text("h1", "Lập kế hoạch năm 2017").await?;
    b.shot("create-plan").await?;
    b.click("form[action='/my-plan'] button[type='submit']")
        .await?;
    let first = b.plan_page().await?;
    b.expect_text("#plan-state", "Đang soạn").await?;
    b.expect_text("#items", "Chưa có nội dung nào").await?;

    // ... adds an item
    b.click("#add-item").await?;
    b.expect_path(
        |p| p == format!("/plans/{first}/items/new"),
        "the new item form",
    )
    .await?;
    b.shot("item-form").await?;
    b.fill_item(FIRST_CONTENT).await?;
    b.click("#save-item").await?;
    b.expect_path(
        |p| p == format!("/plans/{first}"),
        "the plan page after saving",
    )
    .await?;
    b.expect_text(".flash", "Đã thêm nội dung đăng ký.").await?;
    b.expect_text(".item-content", FIRST_CONTENT).await?;
    b.expect_text(".item", "Thực hiện nhiệm vụ được giao")
        .await?;
    b.expect_text(".item-facts", EXPECTED_RESULT).await?;
    b.expect_text(".item-facts", "30/06/2017").await?;
    b.expect_text("#plan-state", "Đang soạn").await?;
    b.shot("plan-draft").await?;

    // ... and sends it
    b.click("#action-submit").await?;
    b.expect_text("#plan-state", "Chờ thông qua").await?;
    b.expect_text(".flash", "Đã gửi kế hoạch").await?;
    b.expect_text(".plan-head", "Kế hoạch đang chờ chi bộ góp ý, thông qua.")
        .await?;
    b.expect_absent("#add-item", "a sent plan can no longer be edited")
        .await?;
    b.shot("plan-submitted").await?;
    b.logout().await?;

    // s1 finds it waiting and returns it with a comment
    b.login("s1", "Lê Văn Thành").await?;
    b.click("nav a[href='/queue']").await?;
    b.expect_path(|p| p == "/queue", "the queue").await?;
    b.expect_text("#queue-total", "1").await?;
    b.expect_text("table.list", "Nguyễn Thị Hoa").await?;
    b.shot("queue").await?;
    b.click(&format!("table.list a[href='/plans/{first}']"))
        .await?;
    b.expect_path(
        |p| p == format!("/plans/{first}"),
        "the plan from the queue",
    )
    .await?;
    b.expect_text("#plan-state", "Chờ thông qua").await?;
    b.expect_text(".item-content", FIRST_CONTENT).await?;
    b.fill("#comment", RETURN_COMMENT).await?;
    b.click("#action-return").await?;
    b.expect_text("#plan-state", "Trả lại để sửa").await?;
    b.expect_text(".flash", "Đã trả lại kế hoạch kèm góp ý.")
        .await?;
    b.expect_text(".history", RETURN_COMMENT).await?;
    b.logout().await?;

    // m1 reads the comment, corrects the item and sends the plan again
    b.login("m1", "Nguyễn Thị Hoa").await?;
    b.click("nav a[href='/my-plan']").await?;
    b.expect_path(|p| p == format!("/plans/{first}"), "my plan")
        .await?;
    b.expect_text("#plan-state", "Trả lại để sửa").await?;
    b.expect_text(".history .event-return", "Lê Văn Thành")
        .await?;
    b.expect_text(".history .event-return blockquote", RETURN_COMMENT)
        .await?;
    b.shot("plan-returned").await?;
    b.click(&format!(
        "#items a[href^='/plans/{first}/items/'][href$='/edit']"
    ))
    .await?;
    b.expect_path(
        |p| p.starts_with(&format!("/plans/{first}/items/")) && p.ends_with("/edit"),
        "the edit form of the item",
    )
    .await?;
    let shown = b.value("#content").await?;
    if shown != FIRST_CONTENT {
        return Err(b
            .fail(&format!(
                "the edit form shows {shown:?}, not the saved content"
            ))
            .await);
    }
    b.fill("#content", SECOND_CONTENT).await?;
    b.click("#save-item").await?;
    b.expect_path(
        |p| p == format!("/plans/{first}"),
        "the plan page after editing",
    )
    .await?;
    b.expect_text(".flash", "Đã lưu nội dung đăng ký.").await?;
    b.expect_text(".item-content", SECOND_CONTENT).await?;
    b.click("#action-submit").await?;
    b.expect_text("#plan-state", "Chờ thông qua").await?;
    b.logout().await?;

    // s1 approves
    b.login("s1", "Lê Văn Thành").await?;
    b.goto("/queue").await?;
    b.expect_text("#queue-total", "1").await?;
    b.click(&format!("table.list a[href='/plans/{first}']"))
        .await?;
    b.expect_text("#plan-state", "Chờ thông qua").await?;
    b.expect_text(".item-content", SECOND_CONTENT).await?;
    b.click("#action-approve").await?;
    // Approving asks first.
    b.expect_text("h1", "Thông qua kế hoạch?").await?;
    b.click("#confirm").await?;
    b.expect_text("#plan-state", "Đã thông qua").await?;
    b.expect_text(".flash", "Đã thông qua kế hoạch.").await?;
    b.goto("/queue").await?;
    b.expect_text("main", "Không có kế hoạch nào đang chờ đồng chí.")
        .await?;
    b.logout().await?;

    // m1 sees the approved plan, locked, with its history; and the cell page
    b.login("m1", "Nguyễn Thị Hoa").await?;
    b.expect_text("main", "Đã thông qua").await?;
    b.goto("/my-plan").await?;
    b.expect_path(|p| p == format!("/plans/{first}"), "my plan")
        .await?;
    b.expect_text("#plan-state", "Đã thông qua").await?;
    b.expect_text(".plan-head", "Kế hoạch đã được thông qua và khóa.")
        .await?;
    b.expect_text(".item-content", SECOND_CONTENT).await?;
    b.expect_text(".history", RETURN_COMMENT).await?;
    b.expect_absent("#add-item", "an approved plan is locked")
        .await?;
    b.expect_absent("#action-submit", "an approved plan cannot be sent again")
        .await?;
    b.shot("plan-approved").await?;
    b.click("nav a[href='/my-cell']").await?;
    b.expect_path(|p| p.starts_with("/cells/"), "the page of my cell")
        .await?;
    b.expect_text("h1", "Đơn vị C1").await?;
    b.expect_text("#registered", "1/4").await?;
    b.expect_text("#members", "Nguyễn Thị Hoa").await?;
    b.expect_text("#members", "Đã thông qua").await?;
    b.shot("my-cell").await?;

    // ── Phone width ─────────────────────────────────────────────────────────
    b.client
        .set_window_size(360, 800)
        .await
        .context("resizing the window to 360×800")?;
    b.device = "phone";
    let width = b
        .client
        .execute("return window.innerWidth;", vec![])
        .await?;
    if width.as_u64() != Some(360) {
        eprintln!("note: at a 360 px window the page is {width} px wide");
    }
    b.goto("/").await?;
    b.expect_text("h1", "Xin chào").await?;
    b.shot("home").await?;
    b.goto("/my-plan").await?;
    b.expect_text("#plan-state", "Đã thông qua").await?;
    b.shot("plan-approved").await?;
    b.goto("/my-cell").await?;
    b.expect_text("#members", "Nguyễn Thị Hoa").await?;
    b.shot("my-cell").await?;
    b.logout().await?;
    b.shot("login").await?;

    // m2 writes and sends a plan on a phone
    b.login("m2", "Đỗ Văn Ánh").await?;
    b.goto("/my-plan").await?;
    b.expect_text("h1", "Lập kế hoạch năm 2017").await?;
    b.shot("create-plan").await?;
    b.click("form[action='/my-plan'] button[type='submit']")
        .await?;
    let phone = b.plan_page().await?;
    b.click("#add-item").await?;
    b.expect_path(
        |p| p == format!("/plans/{phone}/items/new"),
        "the new item form",
    )
    .await?;
    b.shot("item-form").await?;
    b.fill_item(PHONE_CONTENT).await?;
    b.click("#save-item").await?;
    b.expect_text(".item-content", PHONE_CONTENT).await?;
    b.expect_text("#plan-state", "Đang soạn").await?;
    b.shot("plan-draft").await?;
    b.click("#action-submit").await?;
    b.expect_text("#plan-state", "Chờ thông qua").await?;
    b.shot("plan-submitted").await?;
    b.logout().await?;

    // s1 reviews it on a phone
    b.login("s1", "Lê Văn Thành").await?;
    b.goto("/queue").await?;
    b.expect_text("table.list", "Đỗ Văn Ánh").await?;
    b.shot("queue").await?;
    b.click(&format!("table.list a[href='/plans/{phone}']"))
        .await?;
    b.expect_text("#plan-state", "Chờ thông qua").await?;
    // Returning without a reason: the message opens where the eye is, not 2,000 px below.
    b.click("#action-return").await?;
    b.expect_text("#problems", "Xin ghi ý kiến").await?;
    b.expect_in_view("#problems").await?;
    b.expect_focused("problems").await?;
    b.expect_path(|p| p == format!("/plans/{phone}"), "the plan's own address")
        .await?;
    b.shot("plan-return-refused").await?;
    b.fill("#comment", PHONE_COMMENT).await?;
    b.click("#action-return").await?;
    b.expect_text("#plan-state", "Trả lại để sửa").await?;
    b.expect_text(".history", PHONE_COMMENT).await?;
    b.shot("plan-returned").await?;
    b.logout().await?;

    // m2 reads the reason on the home page and fixes the item
    b.login("m2", "Đỗ Văn Ánh").await?;
    b.expect_text("#task-plan", PHONE_COMMENT).await?;
    b.shot("home-returned").await?;
    b.click("#task-plan a.button").await?;
    b.click(".item-tools a.button").await?;
    b.fill("#content", PHONE_FIXED).await?;
    b.click("#save-item").await?;
    b.expect_text(".item-content", PHONE_FIXED).await?;
    b.click("#action-submit").await?;
    b.expect_text("#plan-state", "Chờ thông qua").await?;
    b.logout().await?;

    // s1 sees what changed and approves, after confirming
    b.login("s1", "Lê Văn Thành").await?;
    b.expect_text("#task-queue", "1").await?;
    b.click("#task-queue a.button").await?;
    b.click(&format!("table.list a[href='/plans/{phone}']"))
        .await?;
    b.expect_text("#changes", "Đã sửa").await?;
    b.expect_text("#changes ins", "gắn với việc vận động đảng viên cao tuổi")
        .await?;
    b.shot("plan-what-changed").await?;
    b.click("#action-approve").await?;
    b.expect_text("h1", "Thông qua kế hoạch?").await?;
    b.shot("confirm-approve").await?;
    b.click("#confirm").await?;
    b.expect_text("#plan-state", "Đã thông qua").await?;
    b.shot("plan-approved-after-change").await?;
    b.logout().await?;

    Ok(Plans { first, phone })
}

async fn plan_state(app: &common::TestApp, plan: i64) -> String {
    sqlx::query_scalar("select state from plans where id = $1")
        .bind(plan)
        .fetch_one(&app.pool)
        .await
        .expect("the state of a plan")
}

/// A browser session on the application, with the checks a user makes by looking.
struct Browser {
    client: Client,
    /// `http://127.0.0.1:port` of the application.
    base: String,
    shots: PathBuf,
    /// Prefix of the screenshots: `desktop` or `phone`.
    device: &'static str,
}

impl Browser {
    /// An error that says where the browser was and what it showed.
    async fn fail(&self, message: &str) -> anyhow::Error {
        let url = match self.client.current_url().await {
            Ok(url) => url.to_string(),
            Err(error) => format!("(unknown: {error})"),
        };
        let source = self
            .client
            .source()
            .await
            .unwrap_or_else(|error| format!("(no source: {error})"));
        let start = source.find("<main").unwrap_or(0);
        let snippet: String = source[start..].chars().take(2500).collect();
        anyhow!("{message}\n  at: {url}\n  page source (from <main>):\n{snippet}")
    }

    async fn path(&self) -> Result<String> {
        let url = self
            .client
            .current_url()
            .await
            .context("reading the current URL")?;
        Ok(url.path().to_owned())
    }

    async fn goto(&self, path: &str) -> Result<()> {
        let url = format!("{}{path}", self.base);
        if let Err(error) = self.client.goto(&url).await {
            return Err(self.fail(&format!("could not open {url}: {error}")).await);
        }
        Ok(())
    }

    async fn find(&self, css: &str) -> Result<Element> {
        match self
            .client
            .wait()
            .at_most(WAIT)
            .every(POLL)
            .for_element(Locator::Css(css))
            .await
        {
            Ok(element) => Ok(element),
            Err(error) => Err(self
                .fail(&format!("no element `{css}` on the page: {error}"))
                .await),
        }
    }

    async fn click(&self, css: &str) -> Result<()> {
        let element = self.find(css).await?;
        if let Err(error) = element.click().await {
            return Err(self
                .fail(&format!("could not click `{css}`: {error}"))
                .await);
        }
        Ok(())
    }

    /// Replaces the text of a field with `text`, typed.
    async fn fill(&self, css: &str, text: &str) -> Result<()> {
        let element = self.find(css).await?;
        let typed = async {
            element.clear().await?;
            element.send_keys(text).await
        }
        .await;
        if let Err(error) = typed {
            return Err(self
                .fail(&format!("could not type into `{css}`: {error}"))
                .await);
        }
        let value = self.value(css).await?;
        if value != text {
            return Err(self
                .fail(&format!("`{css}` holds {value:?} after typing {text:?}"))
                .await);
        }
        Ok(())
    }

    /// The current value of a form field.
    async fn value(&self, css: &str) -> Result<String> {
        let element = self.find(css).await?;
        match element.prop("value").await {
            Ok(value) => Ok(value.unwrap_or_default()),
            Err(error) => Err(self.fail(&format!("no value for `{css}`: {error}")).await),
        }
    }

    /// Fills the item form: an assigned duty with a deadline.
    async fn fill_item(&self, content: &str) -> Result<()> {
        let kind = self.find("#kind").await?;
        if let Err(error) = kind.select_by_value("assigned_duty").await {
            return Err(self
                .fail(&format!("could not choose the kind of item: {error}"))
                .await);
        }
        self.fill("#content", content).await?;
        self.fill("#expected_result", EXPECTED_RESULT).await?;
        self.fill("#deadline", "30/06/2017").await?;
        Ok(())
    }

    /// Checks that the first `css` element is inside the window, top to bottom.
    async fn expect_in_view(&self, css: &str) -> Result<()> {
        let script = format!(
            "const e = document.querySelector({css:?}); if (!e) return null; \
             const r = e.getBoundingClientRect(); \
             return [r.top, r.bottom, window.innerHeight];"
        );
        let found = self
            .client
            .execute(&script, vec![])
            .await
            .context("measuring an element")?;
        let numbers: Vec<f64> = found
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_f64).collect())
            .unwrap_or_default();
        match numbers.as_slice() {
            [top, bottom, height] if *top >= 0.0 && bottom <= height => Ok(()),
            _ => Err(self
                .fail(&format!("`{css}` is not in the window: {found}"))
                .await),
        }
    }

    /// Checks that the element with this id has the keyboard focus.
    async fn expect_focused(&self, id: &str) -> Result<()> {
        let focused = self
            .client
            .execute(
                "return document.activeElement && document.activeElement.id;",
                vec![],
            )
            .await
            .context("reading the focus")?;
        if focused.as_str() == Some(id) {
            Ok(())
        } else {
            Err(self
                .fail(&format!("#{id} should have the focus, but {focused} has"))
                .await)
        }
    }

    /// Waits until the visible text of the first `css` element contains `expected`.
    async fn expect_text(&self, css: &str, expected: &str) -> Result<()> {
        let deadline = Instant::now() + WAIT;
        let mut seen = String::from("(no such element)");
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                // The element may belong to the page being left: read it again next turn.
                if let Ok(text) = element.text().await {
                    if text.contains(expected) {
                        return Ok(());
                    }
                    seen = text;
                }
            }
            if Instant::now() >= deadline {
                let seen: String = seen.chars().take(600).collect();
                return Err(self
                    .fail(&format!(
                        "`{css}` should show {expected:?} but shows {seen:?}"
                    ))
                    .await);
            }
            tokio::time::sleep(POLL).await;
        }
    }

    async fn expect_absent(&self, css: &str, why: &str) -> Result<()> {
        match self.client.find_all(Locator::Css(css)).await {
            Ok(found) if found.is_empty() => Ok(()),
            Ok(_) => Err(self
                .fail(&format!("`{css}` should not be on the page: {why}"))
                .await),
            Err(error) => Err(self
                .fail(&format!("could not look for `{css}`: {error}"))
                .await),
        }
    }

    /// Waits until the browser is at a path `wanted` accepts.
    async fn expect_path(&self, wanted: impl Fn(&str) -> bool, what: &str) -> Result<()> {
        let deadline = Instant::now() + WAIT;
        loop {
            let path = self.path().await?;
            if wanted(&path) {
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(self
                    .fail(&format!("expected {what}, but the browser is at {path}"))
                    .await);
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits for a plan page and returns the plan's id.
    async fn plan_page(&self) -> Result<i64> {
        self.expect_path(|p| p.starts_with("/plans/"), "a plan page")
            .await?;
        self.find("#plan-state").await?;
        let path = self.path().await?;
        match path.strip_prefix("/plans/").and_then(|id| id.parse().ok()) {
            Some(id) => Ok(id),
            None => Err(self
                .fail(&format!("{path} is not the page of a plan"))
                .await),
        }
    }

    /// Logs in through the login page and checks the greeting shows `name`.
    async fn login(&self, login: &str, name: &str) -> Result<()> {
        self.goto("/login").await?;
        self.fill("#login", login).await?;
        self.fill("#password", common::PASSWORD).await?;
        self.click("form[action='/login'] button[type='submit']")
            .await?;
        self.expect_path(
            |p| p == "/",
            &format!("the home page after {login} logs in"),
        )
        .await?;
        // The header shows the name on wide screens only; the greeting always does.
        self.expect_text("h1", name).await
    }

    async fn logout(&self) -> Result<()> {
        self.click("header.site form[action='/logout'] button")
            .await?;
        self.expect_path(|p| p == "/login", "the login page after logging out")
            .await?;
        self.expect_text(".flash", "Đã đăng xuất.").await?;
        self.expect_absent("header.site .who", "nobody is logged in")
            .await
    }

    /// Saves a PNG of the whole page (the window is stretched to the page's height for
    /// the shot) as `<device>-<name>.png`, and notes horizontal overflow.
    async fn shot(&self, name: &str) -> Result<()> {
        let file = self.shots.join(format!("{}-{name}.png", self.device));
        let (width, height) = self.client.get_window_size().await.context("window size")?;
        let metrics = self
            .client
            .execute(
                "return [document.documentElement.scrollHeight, \
                         window.outerHeight - window.innerHeight, \
                         document.documentElement.scrollWidth, window.innerWidth];",
                vec![],
            )
            .await
            .context("measuring the page")?;
        let number = |i: usize| metrics.get(i).and_then(Value::as_u64).unwrap_or(0);
        let (page_height, frame, page_width, view_width) =
            (number(0), number(1), number(2), number(3));
        if page_width > view_width {
            eprintln!(
                "note: {}-{name}: the page is {page_width} px wide in a {view_width} px viewport",
                self.device
            );
        }
        let width = u32::try_from(width).context("window width")?;
        let height = u32::try_from(height).context("window height")?;
        let full = u32::try_from((page_height + frame).min(12_000)).context("page height")?;
        let stretch = full > height;
        if stretch {
            self.client
                .set_window_size(width, full)
                .await
                .context("stretching the window")?;
        }
        let png = self.client.screenshot().await;
        if stretch {
            self.client
                .set_window_size(width, height)
                .await
                .context("restoring the window")?;
        }
        let png = png.context("taking a screenshot")?;
        std::fs::write(&file, png).with_context(|| format!("writing {}", file.display()))?;
        Ok(())
    }
}

/// Runs `journey` in a fresh headless Chromium (its own chromedriver and profile) on
/// `app`'s pages, then closes the browser and chromedriver whatever happened; panics
/// with the journey's error, saying which journey it was.
async fn in_browser<T>(
    app: &common::TestApp,
    name: &str,
    journey: impl AsyncFnOnce(&mut Browser) -> Result<T>,
) -> T {
    for binary in [CHROMEDRIVER, CHROMIUM] {
        assert!(
            Path::new(binary).exists(),
            "{binary} is missing: the browser test needs Chromium and chromedriver. \
             Run scripts/test.sh, which installs them, and run the tests again."
        );
    }
    let (mut driver, driver_url) = start_chromedriver().await;
    let profile = fresh_profile_dir();
    let client = connect(&driver_url, &profile).await;
    let mut browser = Browser {
        client: client.clone(),
        base: format!("http://{}", app.address),
        shots: screenshot_dir(),
        device: "desktop",
    };
    let outcome = journey(&mut browser).await;
    let closed = client.close().await;
    if let Err(error) = driver.kill().await {
        eprintln!("could not stop chromedriver: {error}");
    }
    if let Err(error) = std::fs::remove_dir_all(&profile) {
        eprintln!(
            "could not remove the browser profile {}: {error}",
            profile.display()
        );
    }
    let value = match outcome {
        Ok(value) => value,
        Err(error) => panic!("{name} failed: {error:#}"),
    };
    closed.expect("closing the browser session");
    value
}

/// Starts chromedriver on a free port and waits until it answers.
async fn start_chromedriver() -> (Child, String) {
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port for chromedriver")
        .port();
    let mut child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|error| panic!("could not start {CHROMEDRIVER}: {error}"));
    let url = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    let deadline = Instant::now() + WAIT;
    loop {
        if let Some(status) = child.try_wait().expect("chromedriver status") {
            panic!("{CHROMEDRIVER} exited at start with {status}");
        }
        let ready = match http.get(format!("{url}/status")).send().await {
            Ok(response) => response
                .text()
                .await
                .ok()
                .and_then(|body| serde_json::from_str::<Value>(&body).ok())
                .and_then(|body| body.pointer("/value/ready").and_then(Value::as_bool))
                .unwrap_or(false),
            Err(_) => false,
        };
        if ready {
            return (child, url);
        }
        assert!(
            Instant::now() < deadline,
            "{CHROMEDRIVER} did not answer on {url}/status within {WAIT:?}"
        );
        tokio::time::sleep(POLL).await;
    }
}

async fn connect(driver: &str, profile: &Path) -> Client {
    let mut capabilities = Capabilities::new();
    capabilities.insert(
        "goog:chromeOptions".to_owned(),
        json!({
            "binary": CHROMIUM,
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                format!("--user-data-dir={}", profile.display()),
            ],
        }),
    );
    ClientBuilder::native()
        .capabilities(capabilities)
        .connect(driver)
        .await
        .unwrap_or_else(|error| {
            panic!("could not open a Chromium session through {driver}: {error}")
        })
}

/// An empty browser profile for this run only.
fn fresh_profile_dir() -> PathBuf {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let dir = std::env::temp_dir().join(format!("pledges-chromium-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary browser profile");
    dir
}

fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("screenshots");
    std::fs::create_dir_all(&dir).expect("target/screenshots");
    dir
}

const ISSUE: &str = "Giải quyết dứt điểm 12 vụ tranh chấp đất đai kéo dài ở phường 5";
const ISSUE_RESULT: &str = "100% vụ việc có quyết định giải quyết có hiệu lực";
/// The secretary's four parts: (kind, content, result).
const PARTS: [(&str, &str, &str); 4] = [
    (
        "example",
        "Gương mẫu thực hiện quy định về những điều đảng viên không được làm",
        "Không có đơn thư phản ánh về bản thân và gia đình",
    ),
    (
        "study",
        "Học tiếng Anh giao tiếp để làm việc với nhà đầu tư",
        "Có chứng chỉ bậc 2 trước tháng 10",
    ),
    (
        "remedy",
        "Khắc phục việc chỉ đạo còn chậm đôn đốc sau kiểm tra",
        "100% kết luận kiểm tra có văn bản đôn đốc trong 15 ngày",
    ),
    (
        "assigned_duty",
        "Trực tiếp chỉ đạo giải phóng mặt bằng đường tránh phía Đông",
        "Bàn giao đủ mặt bằng cho nhà thầu trước 30/9",
    ),
];
const COMMITMENT_RETURN: &str = "Phần học tập cần ghi rõ cơ sở đào tạo và bậc chứng chỉ.";
const STUDY_FIXED: &str =
    "Học tiếng Anh giao tiếp tại Trung tâm Ngoại ngữ tỉnh để làm việc với nhà đầu tư";

#[sqlx::test]
async fn district_secretary_signs_both_commitments_and_the_province_reviews_them(
    pool: sqlx::PgPool,
) {
    let app = common::TestApp::spawn(pool).await;
    // The province sits in Đông Hà: its documents are dated there.
    sqlx::query("update org_units set place = 'Đông Hà' where code = 'P'")
        .execute(&app.pool)
        .await
        .expect("place");
    let (standing, personal) = in_browser(&app, "commitments journey", async |b| {
        commitments_journey(b, &app).await
    })
    .await;
    assert_eq!(plan_state(&app, standing).await, "approved");
    assert_eq!(plan_state(&app, personal).await, "approved");
    let returns: Vec<String> = sqlx::query_scalar(
        "select comment from plan_events where plan_id = $1 and action = 'return'",
    )
    .bind(personal)
    .fetch_all(&app.pool)
    .await
    .expect("returns");
    assert_eq!(returns, [COMMITMENT_RETURN]);
}

async fn commitments_journey(b: &Browser, app: &common::TestApp) -> Result<(i64, i64)> {
    let u = app.fx.units["U"];
    // The district secretary starts the standing committee's commitment from home.
    b.login("upper", "Trần Văn Huyện").await?;
    b.expect_text(&format!("#task-documents-{u}"), "Cam kết của Ban Thường vụ")
        .await?;
    b.shot("home-commitments").await?;
    b.click(&format!("#home-start-{u}-upper_collective_commitment"))
        .await?;
    let standing = b.plan_page().await?;
    b.click("#add-item").await?;
    b.select("#kind", "pressing_issue").await?;
    b.fill("#content", ISSUE).await?;
    b.fill("#expected_result", ISSUE_RESULT).await?;
    b.fill("#responsible", "Ban Thường vụ; UBND thành phố")
        .await?;
    b.fill("#deadline", "30/09/2017").await?;
    b.shot("commitment-item-form").await?;
    b.click("#save-item").await?;
    b.expect_text(".item-content", ISSUE).await?;
    b.click("#action-submit").await?;
    b.expect_text("#plan-state", "Chờ thông qua").await?;
    // ... then the secretary's own, in its four parts.
    b.goto("/").await?;
    b.click(&format!("#home-start-{u}-upper_secretary_commitment"))
        .await?;
    let personal = b.plan_page().await?;
    for (kind, content, result) in PARTS {
        b.click("#add-item").await?;
        b.select("#kind", kind).await?;
        b.fill("#content", content).await?;
        b.fill("#expected_result", result).await?;
        b.click("#save-item").await?;
        b.expect_text("#items", content).await?;
    }
    b.expect_text("#items", "Nêu gương").await?;
    b.expect_text("#items", "Học tập nâng cao trình độ").await?;
    b.click("#action-submit").await?;
    b.expect_text("#plan-state", "Chờ thông qua").await?;
    b.shot("commitment-submitted").await?;
    b.logout().await?;

    // The provincial reviewer finds both waiting and returns the personal one.
    b.login("reviewer", "Nguyễn Văn Tỉnh").await?;
    b.expect_text("#task-review", "2").await?;
    b.click("nav a[href='/review']").await?;
    b.expect_text("#review", "Đơn vị U").await?;
    b.shot("review").await?;
    b.click(&format!("#review a[href='/plans/{personal}']"))
        .await?;
    b.plan_page().await?;
    b.fill("#comment", COMMITMENT_RETURN).await?;
    b.click("#action-return").await?;
    b.expect_text("#plan-state", "Trả lại để sửa").await?;
    b.logout().await?;

    // The secretary sees why, revises and sends it again.
    b.login("upper", "Trần Văn Huyện").await?;
    b.click(&format!("#task-documents-{u} a[href='/plans/{personal}']"))
        .await?;
    b.plan_page().await?;
    b.expect_text("#return-reason", COMMITMENT_RETURN).await?;
    b.click("#items .item:nth-child(2) a[href$='/edit']")
        .await?;
    b.fill("#content", STUDY_FIXED).await?;
    b.click("#save-item").await?;
    b.expect_text("#items", STUDY_FIXED).await?;
    b.click("#action-submit").await?;
    b.expect_text("#plan-state", "Chờ thông qua").await?;
    b.logout().await?;

    // The reviewer sees what changed and accepts both.
    b.login("reviewer", "Nguyễn Văn Tỉnh").await?;
    b.goto(&format!("/plans/{personal}")).await?;
    b.expect_text("#changes", STUDY_FIXED).await?;
    for plan in [personal, standing] {
        b.goto(&format!("/plans/{plan}")).await?;
        b.expect_text("#action-approve", "Chấp nhận").await?;
        b.click("#action-approve").await?;
        b.expect_text(".confirm", "chấp nhận").await?;
        b.click("#confirm").await?;
        b.expect_text("#plan-state", "Đã thông qua").await?;
    }

    // The official document: the print view, and its PDF from the "Tải PDF" link.
    for (plan, name, signatures) in [
        (
            personal,
            "commitment-personal",
            ["T/M BAN THƯỜNG VỤ TỈNH ỦY", "NGƯỜI CAM KẾT"],
        ),
        (
            standing,
            "commitment-standing",
            ["T/M BAN THƯỜNG VỤ TỈNH ỦY", "T/M BAN THƯỜNG VỤ"],
        ),
    ] {
        b.goto(&format!("/plans/{plan}")).await?;
        b.click("#print-link").await?;
        b.expect_text(".doc-head", "ĐẢNG CỘNG SẢN VIỆT NAM").await?;
        b.expect_text("h1.doc-title", "BẢN CAM KẾT TRÁCH NHIỆM")
            .await?;
        b.shot(&format!("print-{name}")).await?;
        let href = b
            .find("#download-pdf")
            .await?
            .attr("href")
            .await
            .context("the PDF link")?
            .context("an address")?;
        let text = b.download_pdf_text(&href).await?;
        let mut wanted: Vec<&str> = vec!["ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Hà, ngày ", "năm 2017"];
        wanted.extend(signatures);
        if plan == personal {
            wanted.extend([STUDY_FIXED, PARTS[0].1, PARTS[2].1, PARTS[3].1]);
        } else {
            wanted.push(ISSUE);
        }
        for expected in wanted {
            // pdftotext breaks long lines; compare with whitespace collapsed.
            let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if !flat.contains(expected) {
                return Err(anyhow!(
                    "the PDF of plan {plan} lacks {expected:?}:\n{text}"
                ));
            }
        }
    }
    Ok((standing, personal))
}

impl Browser {
    /// Chooses an option of a select by its value.
    async fn select(&self, css: &str, value: &str) -> Result<()> {
        let element = self.find(css).await?;
        if let Err(error) = element.select_by_value(value).await {
            return Err(self
                .fail(&format!("could not choose {value} in `{css}`: {error}"))
                .await);
        }
        Ok(())
    }

    /// Downloads `href` with the browser's session and returns the PDF's text.
    async fn download_pdf_text(&self, href: &str) -> Result<String> {
        let cookies = self.client.get_all_cookies().await.context("cookies")?;
        let header = cookies
            .iter()
            .map(|c| format!("{}={}", c.name(), c.value()))
            .collect::<Vec<_>>()
            .join("; ");
        let url = if href.starts_with("http") {
            href.to_owned()
        } else {
            format!("{}{href}", self.base)
        };
        let response = reqwest::Client::new()
            .get(&url)
            .header("cookie", header)
            .send()
            .await
            .context("downloading the PDF")?;
        let kind = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let bytes = response.bytes().await.context("the PDF's bytes")?;
        if kind != "application/pdf" || !bytes.starts_with(b"%PDF") {
            return Err(anyhow!("{url} gave {kind}, not a PDF"));
        }
        let file = self.shots.join(format!("{}.pdf", href.replace('/', "_")));
        std::fs::write(&file, &bytes).context("saving the PDF")?;
        let out = std::process::Command::new("pdftotext")
            .arg("-raw")
            .arg(&file)
            .arg("-")
            .output()
            .context("pdftotext (poppler-utils)")?;
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

const EVIDENCE: &str = "Quyết định khen thưởng số 45-QĐ/UBND ngày 20/11/2017";

#[sqlx::test]
async fn year_end_from_self_assessment_to_the_member_reading_the_decided_rating(
    pool: sqlx::PgPool,
) {
    let app = common::TestApp::spawn(pool).await;
    // m1's plan of two items, approved by the cell secretary during the year.
    let plan = app.plan_with_items("m1", 2).await;
    for (who, action) in [("m1", "submit"), ("s1", "approve")] {
        let r = app.act(who, plan, action, "").await;
        assert_eq!(r.status, reqwest::StatusCode::SEE_OTHER, "{}", r.text);
    }
    sqlx::query("update years set phase = 'self_assessment' where year = 2017")
        .execute(&app.pool)
        .await
        .expect("phase");
    in_browser(&app, "year-end journey", async |b| {
        year_end_journey(b, &app, plan).await
    })
    .await;
    let (state, level, number): (String, Option<String>, Option<String>) = sqlx::query_as(
        "select r.state, r.level, r.decision_number from ratings r
         join plans p on p.member_id = r.member_id and p.year = r.year where p.id = $1",
    )
    .bind(plan)
    .fetch_one(&app.pool)
    .await
    .expect("m1's rating");
    assert_eq!(state, "decided");
    assert_eq!(level.as_deref(), Some("HTTNV"));
    assert_eq!(number.as_deref(), Some("15-QĐ/ĐU"));
    let evidence: i64 = sqlx::query_scalar(
        "select count(*) from item_assessments where plan_id = $1 and evidence = $2",
    )
    .bind(plan)
    .bind(EVIDENCE)
    .fetch_one(&app.pool)
    .await
    .expect("evidence");
    assert_eq!(evidence, 1, "the evidence typed in the browser is kept");
}

async fn year_end_journey(b: &mut Browser, app: &common::TestApp, plan: i64) -> Result<()> {
    let items = app.item_ids(plan).await;
    // The member assesses their own pledges from the plan page.
    b.login("m1", "Nguyễn Thị Hoa").await?;
    b.goto(&format!("/plans/{plan}")).await?;
    b.click("#assessment-link").await?;
    b.expect_text("h1", "Đánh giá kết quả thực hiện").await?;
    for item in &items {
        b.click(&format!("input[name='outcome-{item}'][value='exceeded']"))
            .await?;
    }
    b.fill(&format!("#evidence-{}", items[0]), EVIDENCE).await?;
    b.select("#self_level", "HTXSNV").await?;
    b.shot("assessment-self").await?;
    b.click("#save-assessment").await?;
    b.expect_text(".flash", "Đã lưu đánh giá.").await?;
    // The self-review form, pre-filled, ready to print.
    b.click("#self-review-link").await?;
    b.expect_text(".doc-title", "BẢN KIỂM ĐIỂM ĐẢNG VIÊN")
        .await?;
    b.expect_text(".doc-items", EVIDENCE).await?;
    b.shot("self-review").await?;
    b.click("nav.toolbar a.back").await?;
    b.expect_text("h1", "Đánh giá kết quả thực hiện").await?;
    b.logout().await?;

    // The cell secretary sees it beside their own form, assesses, gives the points.
    b.login("s1", "Lê Văn Thành").await?;
    b.goto(&format!("/plans/{plan}")).await?;
    b.click("#assessment-link").await?;
    b.expect_text(&format!("#item-{}", items[0]), EVIDENCE)
        .await?;
    for item in &items {
        b.click(&format!("input[name='outcome-{item}'][value='exceeded']"))
            .await?;
    }
    // A number out of range comes back with its message, in view and focused.
    b.fill("#common_points", "35").await?;
    b.click("#save-assessment").await?;
    b.expect_text("#problems", "từ 0 đến 30").await?;
    b.expect_focused("problems").await?;
    b.fill("#common_points", "28,5").await?;
    b.shot("assessment-cell").await?;
    b.click("#save-assessment").await?;
    b.expect_text(".flash", "Đã lưu đánh giá.").await?;

    // The year moves to rating; the cell proposes for all its members.
    sqlx::query("update years set phase = 'rating' where year = 2017")
        .execute(&app.pool)
        .await
        .context("phase")?;
    b.click("nav a[href='/my-cell']").await?;
    b.click("#ratings-link").await?;
    b.click("#propose").await?;
    b.expect_text(".flash", "Đã tính mức xếp loại đề xuất.")
        .await?;
    b.expect_text("table.ratings", "Nguyễn Thị Hoa").await?;
    b.shot("ratings-cell").await?;
    b.logout().await?;

    // The grassroots committee previews, then decides with the decision's number.
    let g = app.fx.units["G"];
    b.login("committee", "Phạm Thị Đảng Ủy").await?;
    b.goto(&format!("/units/{g}")).await?;
    b.click("#ratings-link").await?;
    b.click("#propose").await?;
    b.expect_text(".flash", "Đã tính mức xếp loại đề xuất.")
        .await?;
    b.fill("#decision_number", "15-QĐ/ĐU").await?;
    b.click("#preview").await?;
    b.expect_text("#previewed", "xem trước").await?;
    b.shot("ratings-preview").await?;
    if b.value("#decision_number").await? != "15-QĐ/ĐU" {
        return Err(b
            .fail("the decision number typed was lost by the preview")
            .await);
    }
    b.click("#decide").await?;
    b.expect_text(".flash", "Đã quyết định xếp loại.").await?;
    b.shot("ratings-decided").await?;
    b.logout().await?;

    // The member reads the rating and why, on a desktop and on a phone.
    b.login("m1", "Nguyễn Thị Hoa").await?;
    b.goto(&format!("/plans/{plan}")).await?;
    b.click("#rating-link").await?;
    b.expect_text("#level", "Hoàn thành tốt nhiệm vụ").await?;
    b.expect_text("#state", "15-QĐ/ĐU").await?;
    b.expect_text("#moved", "tỷ lệ").await?;
    b.expect_text("#explanation", "Nội dung số 1").await?;
    b.shot("rating-explained").await?;
    b.client
        .set_window_size(360, 800)
        .await
        .context("phone width")?;
    b.device = "phone";
    b.goto(&format!("/plans/{plan}/assessment")).await?;
    b.shot("assessment-read").await?;
    b.click("#rating-link").await?;
    b.expect_text("#level", "Hoàn thành tốt nhiệm vụ").await?;
    b.shot("rating-explained").await?;
    Ok(())
}

#[sqlx::test]
async fn an_administrator_imports_a_file_corrects_it_and_the_new_cells_reach_the_dashboard(
    pool: sqlx::PgPool,
) {
    let app = common::TestApp::spawn(pool).await;
    let files = tempfile::tempdir().expect("a folder for the files");
    in_browser(&app, "import journey", async |b| {
        import_journey(b, &app, files.path()).await
    })
    .await;
    let members: i64 = sqlx::query_scalar(
        "select count(*) from cell_memberships cm join org_units u on u.id = cm.cell_id
         where u.code = 'c4' and cm.valid_to is null",
    )
    .fetch_one(&app.pool)
    .await
    .expect("members");
    assert_eq!(members, 2);
}

async fn import_journey(b: &Browser, app: &common::TestApp, files: &Path) -> Result<()> {
    use super::imports::{Cell, good_file, member_header, unit_header, workbook};
    // The first file names a parent that exists nowhere.
    let wrong = workbook(
        &[
            (
                "Tổ chức",
                vec![
                    unit_header(),
                    vec![
                        Cell::Text("C4"),
                        Cell::Text("Chi bộ Khu phố 4"),
                        Cell::Text("Chi bộ trực thuộc"),
                        Cell::Text("G-SAI"),
                        Cell::Text(""),
                        Cell::Text("01/01/2017"),
                    ],
                ],
            ),
            ("Đảng viên", vec![member_header()]),
        ],
        None,
    );
    let wrong_path = files.join("danh-sach-co-loi.xlsx");
    let good_path = files.join("danh-sach-da-sua.xlsx");
    std::fs::write(&wrong_path, wrong)?;
    std::fs::write(&good_path, good_file())?;

    b.login("admin", "Quản Trị Viên").await?;
    b.click("nav a[href='/admin/imports']").await?;
    b.expect_text("h1", "Nhập tổ chức và đảng viên").await?;
    b.find("input#file")
        .await?
        .send_keys(&wrong_path.display().to_string())
        .await
        .context("choosing the file")?;
    b.click("#upload-form button[type='submit']").await?;
    b.expect_text("#problems", "Không tìm thấy tổ chức cấp trên")
        .await?;
    b.expect_text("#problems", "g-sai").await?;
    b.expect_absent("#apply", "a file with problems cannot be imported")
        .await?;
    b.shot("import-problems").await?;

    b.find("input#file")
        .await?
        .send_keys(&good_path.display().to_string())
        .await
        .context("choosing the corrected file")?;
    b.click("#upload-form button[type='submit']").await?;
    b.expect_text("#counts", "2 tổ chức mới").await?;
    b.expect_text("#counts", "3 đảng viên mới").await?;
    b.shot("import-preview").await?;
    b.click("#apply").await?;
    b.expect_text(".flash", "Đã nhập xong.").await?;
    b.expect_text("#counts", "Đã nhập").await?;
    b.find("#passwords-xlsx").await?;
    b.shot("import-applied").await?;
    b.click("#to-tree").await?;
    b.expect_path(|p| p.starts_with("/admin/units/"), "the org tree")
        .await?;
    b.logout().await?;

    b.login("reviewer", "Nguyễn Văn Tỉnh").await?;
    let g = app.fx.units["G"];
    b.goto(&format!("/units/{g}/dashboard?year=2017")).await?;
    b.expect_text("#dashboard-table", "Chi bộ Khu phố 4")
        .await?;
    Ok(())
}
