//! Shared test support: the real application on a free local port over a fresh
//! PostgreSQL database, a small org tree with a person in every role, and an HTTP client
//! that logs in and sends forms with the CSRF token like a browser.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::LazyLock;

use pledges::config::{AppConfig, ServerLimits};
use reqwest::StatusCode;
use reqwest::redirect::Policy;
use scraper::{Html, Selector};
use sqlx::PgPool;

pub const PASSWORD: &str = "mật-khẩu-thử";

static HASH: LazyLock<String> =
    LazyLock::new(|| pledges::auth::password::hash_blocking(PASSWORD).expect("hash"));

/// The application, served on 127.0.0.1.
pub struct TestApp {
    pub address: SocketAddr,
    pub pool: PgPool,
    pub fx: Fixture,
}

impl TestApp {
    pub async fn spawn(pool: PgPool) -> TestApp {
        Self::spawn_with(pool, AppConfig::default(), ServerLimits::default()).await
    }

    /// The application alone, without the small fixture tree (for the demo data).
    pub async fn spawn_bare(pool: PgPool) -> TestApp {
        let address = serve(pool.clone(), AppConfig::default(), ServerLimits::default()).await;
        TestApp {
            address,
            pool,
            fx: Fixture {
                units: HashMap::new(),
            },
        }
    }

    /// The application with its own settings, over `pool` (which may reach the database
    /// another way than the fixture's pool, e.g. through a proxy).
    pub async fn spawn_with(pool: PgPool, config: AppConfig, limits: ServerLimits) -> TestApp {
        let fx = Fixture::load(&pool).await;
        let address = serve(pool.clone(), config, limits).await;
        TestApp { address, pool, fx }
    }

    /// A client with no session.
    pub fn anonymous(&self) -> Client {
        self.anonymous_with(reqwest::header::HeaderMap::new())
    }

    /// A client with no session that sends these headers with every request (e.g. the
    /// address a trusted proxy would name).
    pub fn anonymous_with(&self, headers: reqwest::header::HeaderMap) -> Client {
        Client {
            http: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(Policy::none())
                .default_headers(headers)
                .build()
                .expect("client"),
            base: format!("http://{}", self.address),
            csrf: None,
        }
    }

    /// A client logged in as `login`.
    pub async fn login(&self, login: &str) -> Client {
        let mut client = self.anonymous();
        let response = client.login(login, PASSWORD).await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "login of {login}: {}",
            response.text
        );
        client
    }

    /// Creates a plan for a member through the pages and returns its id.
    pub async fn plan_with_items(&self, login: &str, items: usize) -> i64 {
        let mut client = self.login(login).await;
        let created = client.post("/my-plan", &[]).await;
        assert_eq!(created.status, StatusCode::SEE_OTHER);
        let id = plan_id_from(&created.location);
        for n in 0..items {
            let content = format!("Nội dung số {}", n + 1);
            let r = client
                .post(
                    &format!("/plans/{id}/items"),
                    &item_form(&content, self.version(id).await),
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text);
        }
        id
    }

    pub async fn version(&self, plan: i64) -> i32 {
        sqlx::query_scalar("select version from plans where id = $1")
            .bind(plan)
            .fetch_one(&self.pool)
            .await
            .expect("version")
    }

    /// The plan's items in their order.
    pub async fn item_ids(&self, plan: i64) -> Vec<i64> {
        sqlx::query_scalar("select id from plan_items where plan_id = $1 order by position")
            .bind(plan)
            .fetch_all(&self.pool)
            .await
            .expect("items")
    }

    pub async fn state(&self, plan: i64) -> String {
        sqlx::query_scalar("select state from plans where id = $1")
            .bind(plan)
            .fetch_one(&self.pool)
            .await
            .expect("state")
    }

    pub async fn count(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql)
            .fetch_one(&self.pool)
            .await
            .expect(sql)
    }

    /// Moves a plan along the workflow through the pages, as `login`.
    pub async fn act(&self, login: &str, plan: i64, action: &str, comment: &str) -> Reply {
        let mut client = self.login(login).await;
        client
            .act(plan, action, comment, self.version(plan).await)
            .await
    }
}

/// How many rows of the counts the database keeps (per cell, per unit; the dashboard's
/// pledges and ratings) differ from the same figures computed from the rows: always 0.
pub const KEPT_COUNTS_DIFFER: &str = "select
       (select count(*) from (
            (table pledge_counts except select * from pledge_counts_direct(null, null))
            union all (select * from pledge_counts_direct(null, null) except table pledge_counts)) pc)
     + (select count(*) from (
            (table rating_counts except select * from rating_counts_direct(null, null))
            union all (select * from rating_counts_direct(null, null) except table rating_counts)) rc)
     +
       (select count(*) from (
            (table cell_counts except select * from cell_counts_direct(null, null))
            union all (select * from cell_counts_direct(null, null) except table cell_counts)) c)
     + (select count(*) from (
            (table unit_counts except select * from unit_counts_direct(null, null))
            union all (select * from unit_counts_direct(null, null) except table unit_counts)) u)";

/// Serves the real application (as `pledges serve` does) on a free local port.
pub async fn serve(pool: PgPool, config: AppConfig, limits: ServerLimits) -> SocketAddr {
    let app = pledges::build_app(pool, config).await.expect("app");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(pledges::server::serve(
        listener,
        app,
        limits,
        std::future::pending(),
    ));
    address
}

pub fn item_form(content: &str, version: i32) -> Vec<(&'static str, String)> {
    vec![
        ("kind", "assigned_duty".into()),
        ("content", content.into()),
        ("expected_result", "Kết quả đo được".into()),
        ("deadline", "30/06/2017".into()),
        ("weight", "1".into()),
        ("manifestation_id", "".into()),
        ("version", version.to_string()),
    ]
}

pub fn plan_id_from(location: &str) -> i64 {
    location
        .trim_start_matches("/plans/")
        .split(['#', '/', '?'])
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("not a plan location: {location}"))
}

/// What came back from a request.
pub struct Download {
    pub content_type: Option<String>,
    pub disposition: Option<String>,
    pub body: Vec<u8>,
}

pub struct Reply {
    pub status: StatusCode,
    pub location: String,
    pub text: String,
    pub headers: reqwest::header::HeaderMap,
}

impl Reply {
    pub fn html(&self) -> Html {
        Html::parse_document(&self.text)
    }

    /// Texts of the elements matching a CSS selector.
    pub fn select(&self, selector: &str) -> Vec<String> {
        let selector = Selector::parse(selector).expect("selector");
        self.html()
            .select(&selector)
            .map(|e| e.text().collect::<String>().trim().to_owned())
            .collect()
    }

    pub fn has(&self, selector: &str) -> bool {
        !self.select(selector).is_empty()
    }

    /// The value of an input or the text of a textarea (the one whose id is its name,
    /// when several forms on the page have a field of that name).
    pub fn field(&self, name: &str) -> Option<String> {
        let html = self.html();
        let own = Selector::parse(&format!("[name=\"{name}\"]#{name}")).expect("selector");
        let any = Selector::parse(&format!("[name=\"{name}\"]")).expect("selector");
        let found = html
            .select(&own)
            .next()
            .or_else(|| html.select(&any).next());
        found.map(|e| {
            e.value()
                .attr("value")
                .map(str::to_owned)
                .unwrap_or_else(|| e.text().collect())
        })
    }
}

pub struct Client {
    pub http: reqwest::Client,
    pub base: String,
    pub csrf: Option<String>,
}

impl Client {
    pub async fn get(&mut self, path: &str) -> Reply {
        let response = self
            .http
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("get");
        let reply = reply(response).await;
        if let Some(token) = reply.field("csrf_token") {
            self.csrf = Some(token);
        }
        reply
    }

    /// A download: its type, its disposition and its bytes (status 200 expected).
    pub async fn get_bytes(&mut self, path: &str) -> Download {
        let response = self
            .http
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("get");
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let header = |name: reqwest::header::HeaderName| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = header(reqwest::header::CONTENT_TYPE);
        let disposition = header(reqwest::header::CONTENT_DISPOSITION);
        let body = response.bytes().await.expect("bytes").to_vec();
        Download {
            content_type,
            disposition,
            body,
        }
    }

    /// Sends a form with the session's CSRF token (fetched from the home or login page
    /// when none is known yet).
    pub async fn post(&mut self, path: &str, fields: &[(&str, String)]) -> Reply {
        if self.csrf.is_none() {
            let r = self.get("/login").await;
            assert!(self.csrf.is_some(), "no CSRF token on /login: {}", r.status);
        }
        let mut form: Vec<(&str, String)> = fields.to_vec();
        form.push(("csrf_token", self.csrf.clone().unwrap_or_default()));
        self.post_raw(path, &form).await
    }

    /// Sends a form exactly as given (no token added).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, String)]) -> Reply {
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .form(fields)
            .send()
            .await
            .expect("post");
        let reply = reply(response).await;
        if let Some(token) = reply.field("csrf_token") {
            self.csrf = Some(token);
        }
        reply
    }

    pub async fn login(&mut self, login: &str, password: &str) -> Reply {
        self.get("/login").await;
        let reply = self
            .post(
                "/login",
                &[
                    ("login", login.to_owned()),
                    ("password", password.to_owned()),
                    ("next", "/".into()),
                ],
            )
            .await;
        if reply.status == StatusCode::SEE_OTHER {
            // The token changes at login: take the new one.
            self.get("/").await;
        }
        reply
    }

    /// Sends a workflow action as the plan page does, answering "yes" on the confirmation
    /// page that approving and amending ask for.
    pub async fn act(&mut self, plan: i64, action: &str, comment: &str, version: i32) -> Reply {
        self.post(
            &format!("/plans/{plan}/actions"),
            &[
                ("action", action.to_owned()),
                ("comment", comment.to_owned()),
                ("version", version.to_string()),
                ("confirmed", "yes".to_owned()),
            ],
        )
        .await
    }
}

pub async fn reply(response: reqwest::Response) -> Reply {
    let status = response.status();
    let headers = response.headers().clone();
    let location = headers
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let text = response.text().await.unwrap_or_default();
    Reply {
        status,
        location,
        text,
        headers,
    }
}

/// A small tree with someone in every role:
///
/// ```text
/// province P ── upper U ── grassroots party G ── cell C1: secretary s1, deputy d1, members m1, m2
///            │                                ├─ cell C2: secretary s2, member m3
///            │                                └─ cell C3: secretary s3 alone (no deputy)
///            └─ upper U2 ── grassroots cell GC: secretary s4, member m4
/// ```
/// Accounts: admin, reviewer (province), upper (secretary of U), upper2 (of U2),
/// committee (grassroots committee of G), and one per member named as above.
pub struct Fixture {
    pub units: HashMap<&'static str, i64>,
}

impl Fixture {
    pub async fn load(pool: &PgPool) -> Fixture {
        let mut units = HashMap::new();
        sqlx::query(
            "insert into years (year, theme, phase, plan_deadline)
             values (2017, 'Năm công tác cán bộ', 'in_progress', '2017-03-31')",
        )
        .execute(pool)
        .await
        .expect("year");
        let tree: [(&'static str, &str, Option<&'static str>); 7] = [
            ("P", "province", None),
            ("U", "upper_committee", Some("P")),
            ("U2", "upper_committee", Some("P")),
            ("G", "grassroots_party", Some("U")),
            ("C1", "cell", Some("G")),
            ("C2", "cell", Some("G")),
            ("C3", "cell", Some("G")),
        ];
        for (code, kind, parent) in tree {
            let id = unit(pool, code, kind, parent.map(|p| units[p])).await;
            units.insert(code, id);
        }
        let gc = unit(pool, "GC", "grassroots_cell", Some(units["U2"])).await;
        units.insert("GC", gc);

        // (login, full name, cell, offices as (role, unit))
        type Person = (
            &'static str,
            &'static str,
            Option<&'static str>,
            &'static [(&'static str, &'static str)],
        );
        let people: [Person; 13] = [
            ("admin", "Quản Trị Viên", None, &[("administrator", "P")]),
            (
                "reviewer",
                "Nguyễn Văn Tỉnh",
                None,
                &[("provincial_reviewer", "P")],
            ),
            ("upper", "Trần Văn Huyện", None, &[("upper_secretary", "U")]),
            ("upper2", "Lê Văn Khác", None, &[("upper_secretary", "U2")]),
            (
                "committee",
                "Phạm Thị Đảng Ủy",
                None,
                &[("grassroots_committee", "G")],
            ),
            (
                "s1",
                "Lê Văn Thành",
                Some("C1"),
                &[("cell_secretary", "C1")],
            ),
            ("d1", "Trần Thị Mai", Some("C1"), &[("cell_deputy", "C1")]),
            ("m1", "Nguyễn Thị Hoa", Some("C1"), &[]),
            ("m2", "Đỗ Văn Ánh", Some("C1"), &[]),
            ("s2", "Võ Văn Bình", Some("C2"), &[("cell_secretary", "C2")]),
            ("m3", "Hồ Thị Cúc", Some("C2"), &[]),
            (
                "s3",
                "Dương Văn Dũng",
                Some("C3"),
                &[("cell_secretary", "C3")],
            ),
            ("s4", "Bùi Văn Em", Some("GC"), &[("cell_secretary", "GC")]),
        ];
        for (login, name, cell, roles) in people {
            let member: i64 = sqlx::query_scalar(
                "insert into members (full_name, status) values ($1, 'official') returning id",
            )
            .bind(name)
            .fetch_one(pool)
            .await
            .expect("member");
            if let Some(cell) = cell {
                sqlx::query(
                    "insert into cell_memberships (member_id, cell_id, valid_from)
                     values ($1, $2, '2015-01-01')",
                )
                .bind(member)
                .bind(units[cell])
                .execute(pool)
                .await
                .expect("membership");
            }
            let account: i64 = sqlx::query_scalar(
                "insert into accounts (login, password_hash, member_id, display_name)
                 values ($1, $2, $3, $4) returning id",
            )
            .bind(login)
            .bind(HASH.as_str())
            .bind(member)
            .bind(name)
            .fetch_one(pool)
            .await
            .expect("account");
            for (role, unit) in roles {
                sqlx::query(
                    "insert into role_assignments (account_id, role, org_unit_id, valid_from)
                     values ($1, $2, $3, '2015-01-01')",
                )
                .bind(account)
                .bind(role)
                .bind(units[unit])
                .execute(pool)
                .await
                .expect("role");
            }
        }
        // m4 joins the grassroots cell without an office
        let m4: i64 = sqlx::query_scalar(
            "insert into members (full_name, status) values ('Ngô Thị Gấm', 'official') returning id",
        )
        .fetch_one(pool)
        .await
        .expect("m4");
        sqlx::query("insert into cell_memberships (member_id, cell_id, valid_from) values ($1, $2, '2015-01-01')")
            .bind(m4)
            .bind(gc)
            .execute(pool)
            .await
            .expect("m4 membership");
        sqlx::query("insert into accounts (login, password_hash, member_id, display_name) values ('m4', $1, $2, 'Ngô Thị Gấm')")
            .bind(HASH.as_str())
            .bind(m4)
            .execute(pool)
            .await
            .expect("m4 account");
        Fixture { units }
    }
}

async fn unit(pool: &PgPool, code: &str, kind: &str, parent: Option<i64>) -> i64 {
    sqlx::query_scalar(
        "insert into org_units (code, name, kind, parent_id, valid_from)
         values ($1, $2, $3, $4, '2015-01-01') returning id",
    )
    .bind(code)
    .bind(format!("Đơn vị {code}"))
    .bind(kind)
    .bind(parent)
    .fetch_one(pool)
    .await
    .expect("unit")
}
