//! Sessions, logins and connections under abuse: logout during a request in flight,
//! anonymous visits, throttling that cannot be turned against the owner, a burst of
//! correct logins, a database outage, slow clients, cancelled requests, foreign origins
//! and malformed bodies.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use pledges::config::{AppConfig, ServerLimits};
use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderValue};
use sqlx::PgPool;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::common::{PASSWORD, TestApp, item_form};

fn set_cookies(reply: &super::common::Reply) -> Vec<String> {
    reply
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_owned))
        .collect()
}

async fn sessions_of(app: &TestApp, login: &str) -> i64 {
    sqlx::query_scalar(
        "select count(*) from sessions s join accounts a on a.id = s.account_id where a.login = $1",
    )
    .bind(login)
    .fetch_one(&app.pool)
    .await
    .expect("count")
}

/// A browser that is not a browser: sends exactly the cookie it is given.
struct Raw {
    http: reqwest::Client,
    base: String,
    cookie: String,
}

impl Raw {
    async fn get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(format!("{}{path}", self.base))
            .header("cookie", &self.cookie)
            .send()
            .await
            .expect("get")
    }

    async fn post(&self, path: &str, form: &[(&str, String)]) -> reqwest::Response {
        self.http
            .post(format!("{}{path}", self.base))
            .header("cookie", &self.cookie)
            .form(form)
            .send()
            .await
            .expect("post")
    }
}

#[sqlx::test]
async fn logout_while_a_page_is_loading_ends_the_session_for_good(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 2).await;
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    for attempt in 0..20 {
        let sessions_before = sessions_of(&app, "m1").await;
        let mut client = app.anonymous();
        let login = client.login("m1", PASSWORD).await;
        let cookie = set_cookies(&login)
            .into_iter()
            .find(|c| c.starts_with("pledges_session="))
            .and_then(|c| c.split(';').next().map(str::to_owned))
            .expect("session cookie");
        let raw = Arc::new(Raw {
            http: http.clone(),
            base: client.base.clone(),
            cookie,
        });
        let token = client.get("/").await.field("csrf_token").expect("token");
        // A page that reads a lot, and logout, at the same time.
        let loader = raw.clone();
        let page = tokio::spawn(async move { loader.get(&format!("/plans/{plan}")).await });
        let out = raw.post("/logout", &[("csrf_token", token.clone())]).await;
        assert_eq!(out.status(), StatusCode::SEE_OTHER);
        page.await.expect("page");
        // Whatever the page did at its end, the old cookie opens nothing and posts nothing.
        let home = raw.get("/").await;
        assert_eq!(home.status(), StatusCode::SEE_OTHER, "try {attempt}");
        let post = raw
            .post(
                &format!("/plans/{plan}/actions"),
                &[
                    ("action", "comment".into()),
                    ("comment", "sau khi đăng xuất".into()),
                    ("version", app.version(plan).await.to_string()),
                    ("csrf_token", token),
                ],
            )
            .await;
        assert_ne!(post.status(), StatusCode::SEE_OTHER, "try {attempt}");
        assert_eq!(
            sessions_of(&app, "m1").await,
            sessions_before,
            "try {attempt}"
        );
    }
    assert_eq!(
        app.count("select count(*) from plan_events where comment = 'sau khi đăng xuất'")
            .await,
        0
    );
}

#[sqlx::test]
async fn a_page_view_that_changes_nothing_writes_no_session(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut client = app.login("m1").await;
    let expires = || async {
        sqlx::query_scalar::<_, chrono::DateTime<chrono::Utc>>("select expires_at from sessions")
            .fetch_one(&app.pool)
            .await
            .expect("session")
    };
    let before = expires().await;
    for _ in 0..5 {
        let home = client.get("/").await;
        assert_eq!(home.status, StatusCode::OK);
        assert!(set_cookies(&home).is_empty(), "{:?}", set_cookies(&home));
    }
    assert_eq!(expires().await, before);
}

#[sqlx::test]
async fn a_thousand_anonymous_visits_to_the_login_page_write_nothing(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let http = reqwest::Client::new();
    let url = format!("http://{}/login", app.address);
    let mut tasks = tokio::task::JoinSet::new();
    for worker in 0..10 {
        let http = http.clone();
        let url = url.clone();
        tasks.spawn(async move {
            for n in 0..100 {
                let reply = http.get(&url).send().await.expect("get");
                assert_eq!(reply.status(), StatusCode::OK, "visit {worker}/{n}");
            }
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.expect("visits");
    }
    assert_eq!(app.count("select count(*) from sessions").await, 0);
    assert_eq!(app.count("select count(*) from login_attempts").await, 0);
    let inserted: i64 = sqlx::query_scalar(
        "select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::bigint from pg_stat_user_tables
         where relname in ('sessions', 'login_attempts', 'audit_log')",
    )
    .fetch_one(&app.pool)
    .await
    .expect("stats");
    assert_eq!(inserted, 0);
}

#[sqlx::test]
async fn the_login_form_works_for_an_anonymous_visitor_and_its_token_changes_each_page(
    pool: PgPool,
) {
    let app = TestApp::spawn(pool).await;
    let mut client = app.anonymous();
    let first = client.get("/login").await;
    let cookies = set_cookies(&first);
    assert!(
        cookies.iter().any(|c| c.starts_with("pledges_visitor=")),
        "{cookies:?}"
    );
    assert!(!cookies.iter().any(|c| c.starts_with("pledges_session=")));
    let a = first.field("csrf_token").expect("token");
    let b = client
        .get("/login")
        .await
        .field("csrf_token")
        .expect("token");
    assert_ne!(a, b, "masked anew on every page");
    // both are valid for this visitor
    client.csrf = Some(a);
    let reply = client
        .post_raw(
            "/login",
            &[
                ("login", "m1".into()),
                ("password", PASSWORD.into()),
                ("next", "/".into()),
                ("csrf_token", b),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let session = set_cookies(&reply)
        .into_iter()
        .find(|c| c.starts_with("pledges_session="))
        .expect("a session at login");
    assert!(session.contains("HttpOnly") && session.contains("SameSite=Lax"));
    assert!(
        !session.contains("Max-Age") && !session.contains("Expires"),
        "the cookie ends with the browser: {session}"
    );
}

fn from_address(ip: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert("x-forwarded-for", HeaderValue::from_str(ip).expect("ip"));
    headers
}

async fn behind_a_proxy(pool: PgPool) -> TestApp {
    let config = AppConfig {
        trusted_proxies: vec!["127.0.0.1/32".parse().expect("net")],
        ..AppConfig::default()
    };
    TestApp::spawn_with(pool, config, ServerLimits::default()).await
}

#[sqlx::test]
async fn failures_from_one_address_never_stop_the_right_password_from_another(pool: PgPool) {
    let app = behind_a_proxy(pool).await;
    let mut attacker = app.anonymous_with(from_address("198.51.100.66"));
    for _ in 0..5 {
        assert_eq!(
            attacker.login("m1", "đoán bừa").await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    let slowed = attacker.login("m1", "đoán tiếp").await;
    assert_eq!(slowed.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(slowed.text.contains("giây"), "{}", slowed.text);
    assert!(slowed.headers.contains_key("retry-after"));
    // The owner, elsewhere, logs in at once.
    let mut owner = app.anonymous_with(from_address("203.0.113.5"));
    assert_eq!(
        owner.login("m1", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    // The guesser was slowed down, not locked out: once the wait is over they may try
    // again (here the clock is moved on by moving the failures back).
    sqlx::query("update login_attempts set at = at - interval '31 seconds'")
        .execute(&app.pool)
        .await
        .expect("time passes");
    assert_eq!(
        attacker.login("m1", "đoán lần nữa").await.status,
        StatusCode::UNAUTHORIZED
    );
    let slower = attacker.login("m1", "và nữa").await;
    assert_eq!(slower.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        slower.text.contains("60 giây"),
        "each failure doubles the wait"
    );
}

#[sqlx::test]
async fn the_proxy_header_is_ignored_from_a_peer_that_is_not_a_trusted_proxy(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    // Claiming another address each time does not escape the limit.
    for n in 0..5 {
        let mut c = app.anonymous_with(from_address(&format!("198.51.100.{n}")));
        assert_eq!(c.login("m1", "sai").await.status, StatusCode::UNAUTHORIZED);
    }
    let mut c = app.anonymous_with(from_address("198.51.100.99"));
    assert_eq!(
        c.login("m1", "sai").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[sqlx::test]
async fn sixty_correct_logins_at_once_from_one_address_all_succeed(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let hash: String = sqlx::query_scalar("select password_hash from accounts where login = 'm1'")
        .fetch_one(&app.pool)
        .await
        .expect("hash");
    sqlx::query(
        "insert into accounts (login, password_hash, display_name)
         select 'lop' || n, $1, 'Học viên ' || n from generate_series(1, 60) n",
    )
    .bind(&hash)
    .execute(&app.pool)
    .await
    .expect("accounts");
    let mut tasks = tokio::task::JoinSet::new();
    for n in 1..=60 {
        let mut client = app.anonymous();
        tasks.spawn(async move {
            client.get("/login").await;
            client.login(&format!("lop{n}"), PASSWORD).await.status
        });
    }
    let mut ok = 0;
    while let Some(status) = tasks.join_next().await {
        assert_eq!(status.expect("login"), StatusCode::SEE_OTHER);
        ok += 1;
    }
    assert_eq!(ok, 60);
    assert_eq!(app.count("select count(*) from login_attempts").await, 0);
}

/// A TCP relay to the database that can add latency, and be cut and restored to play an
/// outage.
struct Relay {
    port: u16,
    upstream: String,
    latency: Duration,
    up: Arc<AtomicBool>,
    tasks: tokio::task::JoinSet<()>,
}

impl Relay {
    async fn start(upstream: String, latency: Duration) -> Relay {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let mut relay = Relay {
            port,
            upstream,
            latency,
            up: Arc::new(AtomicBool::new(true)),
            tasks: tokio::task::JoinSet::new(),
        };
        relay.run(listener);
        relay
    }

    /// A pool of the application's kind whose connections go through the relay.
    async fn pool(&self, fixture: &PgPool) -> PgPool {
        let options = fixture.connect_options().as_ref().clone().port(self.port);
        pledges::db::pool_options(4, 2000)
            .connect_with(options)
            .await
            .expect("pool through the relay")
    }

    fn run(&mut self, listener: TcpListener) {
        let upstream = self.upstream.clone();
        let up = self.up.clone();
        let latency = self.latency;
        self.tasks.spawn(async move {
            let mut links = tokio::task::JoinSet::new();
            while let Ok((inbound, _)) = listener.accept().await {
                if !up.load(Ordering::SeqCst) {
                    continue;
                }
                let upstream = upstream.clone();
                links.spawn(async move {
                    let Ok(outbound) = TcpStream::connect(upstream).await else {
                        return;
                    };
                    let (from_client, to_client) = inbound.into_split();
                    let (from_server, to_server) = outbound.into_split();
                    tokio::join!(
                        pipe(from_client, to_server, Duration::ZERO),
                        pipe(from_server, to_client, latency),
                    );
                });
            }
        });
    }

    /// Every connection is cut and new ones are refused.
    fn cut(&mut self) {
        self.up.store(false, Ordering::SeqCst);
        self.tasks.abort_all();
    }

    async fn restore(&mut self) {
        self.up.store(true, Ordering::SeqCst);
        let listener = TcpListener::bind(("127.0.0.1", self.port))
            .await
            .expect("rebind");
        self.run(listener);
    }
}

/// Copies one direction of a link, holding each piece back for `latency`.
async fn pipe(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    latency: Duration,
) {
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        match from.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                if !latency.is_zero() {
                    tokio::time::sleep(latency).await;
                }
                if to.write_all(&buf[..n]).await.is_err() {
                    break;
                }
            }
        }
    }
    let _ = to.shutdown().await;
}

fn upstream_of(pool: &PgPool) -> String {
    let options = pool.connect_options();
    format!("{}:{}", options.get_host(), options.get_port())
}

#[sqlx::test]
async fn while_the_database_is_unreachable_pages_say_so_quickly_and_recover(pool: PgPool) {
    let mut relay = Relay::start(upstream_of(&pool), Duration::ZERO).await;
    let relayed = relay.pool(&pool).await;
    let app = TestApp::spawn_with(relayed, AppConfig::default(), ServerLimits::default()).await;
    let plan = app.plan_with_items("m1", 1).await;
    let mut client = app.login("m1").await;
    assert_eq!(client.get("/").await.status, StatusCode::OK);

    relay.cut();
    for path in ["/", &format!("/plans/{plan}")] {
        let started = Instant::now();
        let reply = client.get(path).await;
        assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE, "{path}");
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{path}: {:?}",
            started.elapsed()
        );
        assert!(reply.text.contains("tạm thời gián đoạn"), "{}", reply.text);
        assert!(reply.headers.contains_key("retry-after"));
    }
    // A form sent during the outage is told the same, not "page out of date".
    let started = Instant::now();
    let post = client.act(plan, "comment", "lúc mất kết nối", 1).await;
    assert_eq!(post.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(started.elapsed() < Duration::from_secs(3));

    relay.restore().await;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let reply = client.get("/").await;
        if reply.status == StatusCode::OK {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "did not recover: {}",
            reply.status
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn spawn_with_header_timeout(pool: PgPool, seconds: u64) -> TestApp {
    let limits = ServerLimits {
        header_timeout: Duration::from_secs(seconds),
        ..ServerLimits::default()
    };
    TestApp::spawn_with(pool, AppConfig::default(), limits).await
}

/// Reads until the server closes the connection; returns what it sent and when.
async fn read_until_closed(stream: &mut TcpStream, within: Duration) -> Option<(String, Duration)> {
    let started = Instant::now();
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout(
            within.saturating_sub(started.elapsed()),
            stream.read(&mut buf),
        )
        .await
        {
            Err(_) => return None,
            Ok(Ok(0)) | Ok(Err(_)) => {
                return Some((
                    String::from_utf8_lossy(&seen).into_owned(),
                    started.elapsed(),
                ));
            }
            Ok(Ok(n)) => seen.extend_from_slice(&buf[..n]),
        }
    }
}

#[sqlx::test]
async fn a_connection_that_sends_half_a_header_is_closed_and_health_keeps_answering(pool: PgPool) {
    let app = spawn_with_header_timeout(pool, 1).await;
    let mut slow = Vec::new();
    for _ in 0..200 {
        let mut s = TcpStream::connect(app.address).await.expect("connect");
        s.write_all(b"GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
            .await
            .expect("half a header");
        slow.push(s);
    }
    let started = Instant::now();
    let health = reqwest::get(format!("http://{}/health", app.address))
        .await
        .expect("health");
    assert_eq!(health.status(), StatusCode::OK);
    assert!(started.elapsed() < Duration::from_millis(500));
    for s in &mut slow {
        let (_, after) = read_until_closed(s, Duration::from_secs(4))
            .await
            .expect("the slow connection was closed");
        assert!(after < Duration::from_secs(3), "{after:?}");
    }
}

#[sqlx::test]
async fn an_idle_kept_alive_connection_is_closed_after_the_timeout(pool: PgPool) {
    let app = spawn_with_header_timeout(pool, 1).await;
    let mut s = TcpStream::connect(app.address).await.expect("connect");
    s.write_all(b"GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .expect("request");
    let (seen, after) = read_until_closed(&mut s, Duration::from_secs(4))
        .await
        .expect("closed after idling");
    assert!(seen.starts_with("HTTP/1.1 200"), "{seen}");
    assert!(
        after >= Duration::from_millis(900),
        "kept alive for a while: {after:?}"
    );
}

#[sqlx::test]
async fn a_malformed_chunked_body_is_a_bad_request(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let mut s = TcpStream::connect(app.address).await.expect("connect");
    s.write_all(
        b"POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n\
          Transfer-Encoding: chunked\r\n\r\nzz-not-a-size\r\nlogin=a\r\n0\r\n\r\n",
    )
    .await
    .expect("request");
    let (seen, _) = read_until_closed(&mut s, Duration::from_secs(5))
        .await
        .expect("answered");
    assert!(seen.starts_with("HTTP/1.1 400"), "{seen}");
}

#[sqlx::test]
async fn a_form_sent_from_another_site_is_refused_even_with_a_valid_token(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let plan = app.plan_with_items("m1", 1).await;
    let client = app.login("m1").await;
    let token = client.csrf.clone().expect("token");
    let app = &app;
    let send = |origin: String| {
        let http = client.http.clone();
        let url = format!("{}/plans/{plan}/actions", client.base);
        let token = token.clone();
        async move {
            let version = app.version(plan).await.to_string();
            http.post(url)
                .header("origin", origin)
                .form(&[
                    ("action", "submit"),
                    ("version", version.as_str()),
                    ("csrf_token", token.as_str()),
                ])
                .send()
                .await
                .expect("post")
                .status()
        }
    };
    assert_eq!(
        send("https://evil.example".into()).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(send("null".into()).await, StatusCode::FORBIDDEN);
    assert_eq!(app.state(plan).await, "draft");
    assert_eq!(
        send(format!("http://{}", app.address)).await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.state(plan).await, "submitted");
}

/// How many of the pool's connections sit inside a transaction while idle in the pool.
/// Outside a transaction a statement starts its own, at the same moment; inside a leftover
/// one, the transaction began long before (the callers wait between rounds).
async fn pooled_connections_inside_a_transaction(pool: &PgPool, size: usize) -> usize {
    let mut held = Vec::new();
    for _ in 0..size {
        held.push(pool.acquire().await.expect("connection"));
    }
    let mut inside = 0;
    for conn in &mut held {
        let in_transaction: bool = sqlx::query_scalar(
            "select statement_timestamp() - transaction_timestamp() > interval '50 ms'",
        )
        .fetch_one(&mut **conn)
        .await
        .expect("check");
        inside += usize::from(in_transaction);
    }
    inside
}

#[sqlx::test]
async fn clients_leaving_in_the_middle_of_requests_leave_no_transaction_open(pool: PgPool) {
    // Every round trip to the database takes a few milliseconds, as on a busy server, so
    // that clients giving up at random moments often do so while a BEGIN is in flight.
    let relay = Relay::start(upstream_of(&pool), Duration::from_millis(4)).await;
    let relayed = relay.pool(&pool).await;
    let app = TestApp::spawn_with(relayed, AppConfig::default(), ServerLimits::default()).await;
    let plan = app.plan_with_items("m1", 1).await;
    let client = app.login("m1").await;
    let token = client.csrf.clone().expect("token");
    let url = format!("{}/plans/{plan}/items", client.base);
    let mut leaked = 0;
    for round in 0..60u64 {
        let version = app.version(plan).await;
        let mut tasks = tokio::task::JoinSet::new();
        // One request per pooled connection, so that no later request in the round uses
        // (and thereby repairs) a connection an earlier one left inside a transaction.
        for n in 0..4u64 {
            let http = client.http.clone();
            let url = url.clone();
            let mut form = item_form("Bỏ dở giữa chừng", version);
            form.push(("csrf_token", token.clone()));
            // Give up after anything from a moment to a few round trips, sweeping the
            // moments over the rounds.
            let patience = Duration::from_micros(((round * 4 + n) * 509) % 60_000);
            tasks.spawn(async move {
                let _ = tokio::time::timeout(patience, http.post(&url).form(&form).send()).await;
            });
        }
        while let Some(done) = tasks.join_next().await {
            done.expect("request");
        }
        tokio::time::sleep(Duration::from_millis(60)).await;
        leaked += pooled_connections_inside_a_transaction(&app.pool, 4).await;
    }
    assert_eq!(
        leaked, 0,
        "connections went back to the pool inside a transaction"
    );
    // and every request after it works
    let mut client = app.login("m1").await;
    for n in 0..10 {
        let reply = client
            .post(
                &format!("/plans/{plan}/items"),
                &item_form(&format!("Sau tải số {n}"), app.version(plan).await),
            )
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text);
    }
}
