//! No dead ends: logged in as every kind of demo user, following only the links of the
//! pages from the home page on, one reaches every plan one may see, and no link leads to a
//! page one may not see (it would answer "not found").

use std::collections::{BTreeSet, HashSet, VecDeque};

use pledges::auth::session::CurrentUser;
use pledges::domain::access::{Action, Target, allows};
use pledges::domain::ids::{AccountId, PlanId};
use reqwest::StatusCode;
use scraper::Selector;
use sqlx::PgPool;

use super::common::TestApp;

/// One login of every kind of user in the demo.
const LOGINS: [&str; 13] = [
    "dangvien.kp3",
    "bitralai.kp3",
    "chuyendi.kp3",
    "bithu.kp3",
    "phobithu.kp3",
    "bithu.kp4",
    "danguy.phuong1",
    "danguy.bp.vinhlinh",
    "btv.dongha",
    "bithu.dongha",
    "btv.khoicq",
    "tinhuy",
    "admin",
];

/// What following the links found: the plans opened, and any link that went nowhere.
struct Crawl {
    plans: BTreeSet<PlanId>,
    dead: Vec<(String, String, StatusCode)>,
    pages: usize,
}

async fn crawl(app: &TestApp, login: &str) -> Crawl {
    let mut client = app.anonymous();
    let reply = client.login(login, pledges::demo::DEMO_PASSWORD).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{login} logs in");
    let links = Selector::parse("a[href]").expect("selector");
    let mut queue: VecDeque<(String, String)> =
        VecDeque::from([("/".to_owned(), "login".to_owned())]);
    let mut seen: HashSet<String> = HashSet::from(["/".to_owned()]);
    let mut found = Crawl {
        plans: BTreeSet::new(),
        dead: Vec::new(),
        pages: 0,
    };
    while let Some((path, from)) = queue.pop_front() {
        assert!(found.pages < 20000, "{login}: the crawl does not end");
        found.pages += 1;
        let reply = client.get(&path).await;
        let targets: Vec<String> = match reply.status {
            StatusCode::OK => {
                if let Some(id) = path
                    .strip_prefix("/plans/")
                    .and_then(|rest| rest.parse::<i64>().ok())
                {
                    found.plans.insert(PlanId(id));
                }
                let html = reply.html();
                html.select(&links)
                    .filter_map(|a| a.value().attr("href"))
                    .map(|href| href.split('#').next().unwrap_or_default().to_owned())
                    .collect()
            }
            StatusCode::SEE_OTHER | StatusCode::FOUND => vec![reply.location.clone()],
            status => {
                found.dead.push((path.clone(), from.clone(), status));
                Vec::new()
            }
        };
        for target in targets {
            let followed = target.starts_with('/')
                && !target.starts_with("//")
                && !target.starts_with("/static/")
                && !target.contains("/revisions/")
                // PDFs and spreadsheets are checked by their own tests (exports.rs,
                // dashboard.rs); making hundreds of them here is slow.
                && !target.contains("/pdf")
                && !target.contains(".xlsx?")
                && !target.contains(".csv?")
                && target != "/logout";
            if followed && seen.insert(target.clone()) {
                queue.push_back((target, path.clone()));
            }
        }
    }
    found
}

/// The plans `login` may see, by the access rule.
async fn in_scope(app: &TestApp, login: &str) -> BTreeSet<PlanId> {
    let mut conn = app.pool.acquire().await.expect("conn");
    let account: i64 = sqlx::query_scalar("select id from accounts where login = $1")
        .bind(login)
        .fetch_one(&mut *conn)
        .await
        .expect("account");
    let user = CurrentUser::from_row(
        pledges::db::accounts::user(&mut conn, AccountId(account))
            .await
            .expect("user")
            .expect("active"),
    );
    let ids: Vec<i64> = sqlx::query_scalar("select id from plans")
        .fetch_all(&mut *conn)
        .await
        .expect("plans");
    let mut visible = BTreeSet::new();
    for id in ids {
        let plan = pledges::db::plans::load(&mut conn, PlanId(id))
            .await
            .expect("load")
            .expect("plan");
        if allows(&user.actor, Action::ViewPlan, &Target::Plan(plan.scope())) {
            visible.insert(plan.id);
        }
    }
    visible
}

#[sqlx::test]
async fn every_role_reaches_exactly_the_plans_it_may_see_by_following_links(pool: PgPool) {
    pledges::demo::seed(&pool).await.expect("demo");
    let app = std::sync::Arc::new(TestApp::spawn_bare(pool).await);
    let mut tasks = tokio::task::JoinSet::new();
    for login in LOGINS {
        let app = app.clone();
        tasks.spawn(async move {
            let crawl = crawl(&app, login).await;
            let expected = in_scope(&app, login).await;
            (login, crawl, expected)
        });
    }
    let mut reviewer_plans = 0;
    while let Some(done) = tasks.join_next().await {
        let (login, crawl, expected) = done.expect("crawl");
        assert!(
            crawl.dead.is_empty(),
            "{login}: links that lead nowhere: {:?}",
            crawl.dead
        );
        let missing: Vec<_> = expected.difference(&crawl.plans).collect();
        let extra: Vec<_> = crawl.plans.difference(&expected).collect();
        assert!(
            missing.is_empty(),
            "{login}: plans in scope never reached: {missing:?}"
        );
        assert!(
            extra.is_empty(),
            "{login}: plans out of scope reached: {extra:?}"
        );
        if login == "tinhuy" {
            reviewer_plans = crawl.plans.len();
        }
    }
    // The comparison was not vacuous: the provincial reviewer reached every plan.
    let all: i64 = sqlx::query_scalar("select count(*) from plans")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(reviewer_plans as i64, all);
}
