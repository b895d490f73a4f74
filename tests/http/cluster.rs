//! The private PostgreSQL cluster that `serve` starts when no DATABASE_URL is given.

use pledges::db::embedded::{Cluster, Durability};
use sqlx::Connection;

#[tokio::test]
async fn a_private_cluster_keeps_its_data_between_runs() {
    let dir = std::env::temp_dir().join(format!("pledges-cluster-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let first = {
        let dir = dir.clone();
        tokio::task::spawn_blocking(move || Cluster::start(&dir, Durability::Throwaway))
            .await
            .expect("task")
            .expect("first start")
    };
    let mut conn = sqlx::PgConnection::connect(&first.admin_url())
        .await
        .expect("connect");
    sqlx::query("create table kept (note text)")
        .execute(&mut conn)
        .await
        .expect("create");
    sqlx::query("insert into kept values ('Chi bộ thôn 3')")
        .execute(&mut conn)
        .await
        .expect("insert");
    conn.close().await.expect("close");
    // Only local connections with the password get in.
    let without_password = first
        .admin_url()
        .replace(&password_of(&first.admin_url()), "wrong");
    assert!(
        sqlx::PgConnection::connect(&without_password)
            .await
            .is_err()
    );
    tokio::task::spawn_blocking(move || first.stop())
        .await
        .expect("task")
        .expect("stop");

    let second = {
        let dir = dir.clone();
        tokio::task::spawn_blocking(move || Cluster::start(&dir, Durability::Throwaway))
            .await
            .expect("task")
            .expect("second start")
    };
    assert!(second.admin_url().contains("@127.0.0.1:"));
    let mut conn = sqlx::PgConnection::connect(&second.admin_url())
        .await
        .expect("reconnect");
    let note: String = sqlx::query_scalar("select note from kept")
        .fetch_one(&mut conn)
        .await
        .expect("read");
    assert_eq!(note, "Chi bộ thôn 3");
    conn.close().await.expect("close");
    tokio::task::spawn_blocking(move || second.stop())
        .await
        .expect("task")
        .expect("stop");
    let _ = std::fs::remove_dir_all(&dir);
}

fn password_of(url: &str) -> String {
    let after_user = url
        .split_once("postgres:")
        .map(|(_, r)| r)
        .unwrap_or_default();
    after_user
        .split_once('@')
        .map(|(p, _)| p.to_owned())
        .unwrap_or_default()
}
