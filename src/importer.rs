//! Importing a spreadsheet of the org tree and members, in two steps. Checking reads the
//! file row by row on a blocking thread, stages the rows and their problems in batches
//! (the file is never held whole), and runs the checks across rows in SQL; nothing of
//! the tree changes. Applying writes a checked import in one transaction.

use std::path::Path;

use chrono::NaiveDate;
use serde_json::json;
use sqlx::{PgConnection, PgPool};

use crate::auth::password;
use crate::db;
use crate::db::imports::Counts;
use crate::domain::Named;
use crate::domain::access::{Action, Actor, Target, allows};
use crate::domain::import::{
    ColumnMap, MemberRow, Problem, Sheet, UnitRow, read_member, read_unit,
};
use crate::spreadsheet::{self, Found};

/// Rows staged per statement while checking.
const BATCH: usize = 5_000;

/// Rows read, checked on their own, on their way to the database.
#[derive(Default)]
struct Batch {
    units: Vec<UnitRow>,
    members: Vec<MemberRow>,
    problems: Vec<(Sheet, Problem)>,
    /// The sheets found, by their names in the workbook.
    sheets: Vec<(Sheet, String)>,
    rows_read: i64,
}

impl Batch {
    fn len(&self) -> usize {
        self.units.len() + self.members.len() + self.problems.len()
    }
}

/// Checks the uploaded file at `path` for import `id`, recording its rows, problems and
/// outcome. Errors are the database's; a file that cannot be read is recorded as refused.
pub async fn check(
    pool: &PgPool,
    id: i64,
    path: &Path,
    file_name: &str,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<Batch>(2);
    let path = path.to_owned();
    let name = file_name.to_owned();
    let reader = tokio::task::spawn_blocking(move || read_batches(&path, &name, today, &sender));
    let mut rows_read = 0;
    while let Some(batch) = receiver.recv().await {
        rows_read += batch.rows_read;
        let mut tx = db::begin(pool).await?;
        db::imports::stage_units(&mut tx, id, &batch.units).await?;
        db::imports::stage_members(&mut tx, id, &batch.members).await?;
        db::imports::name_sheets(&mut tx, id, &batch.sheets).await?;
        for sheet in Sheet::ALL {
            let problems: Vec<Problem> = batch
                .problems
                .iter()
                .filter(|(s, _)| *s == sheet)
                .map(|(_, p)| p.clone())
                .collect();
            db::imports::stage_problems(&mut tx, id, sheet, &problems).await?;
        }
        tx.commit().await?;
        db::imports::set_progress(pool, id, rows_read).await?;
    }
    match reader.await? {
        Ok(()) => {
            let mut tx = db::begin(pool).await?;
            db::imports::cross_check(&mut tx, id, today).await?;
            let counts = db::imports::count_changes(&mut tx, id).await?;
            db::imports::mark_checked(&mut tx, id, &counts).await?;
            tx.commit().await?;
        }
        Err(refusal) => {
            db::imports::refuse(pool, id, refusal.message(), refusal.argument().as_deref()).await?;
        }
    }
    Ok(())
}

/// Reads the file, sending rows in batches; stops quietly if nobody listens any more.
fn read_batches(
    path: &Path,
    name: &str,
    today: NaiveDate,
    sender: &tokio::sync::mpsc::Sender<Batch>,
) -> Result<(), spreadsheet::Refusal> {
    let mut batch = Batch::default();
    let mut maps: Vec<ColumnMap> = Vec::new();
    let send = |batch: &mut Batch| sender.blocking_send(std::mem::take(batch)).is_ok();
    spreadsheet::read(path, name, &mut |found| {
        match found {
            Found::Sheet(map, name) => {
                batch.sheets.extend(name.map(|n| (map.sheet, n)));
                maps.push(map);
            }
            Found::Problem(sheet, problem) => batch.problems.push((sheet, problem)),
            Found::Row(sheet, row) => {
                let Some(map) = maps.iter().rev().find(|m| m.sheet == sheet) else {
                    return true;
                };
                batch.rows_read += 1;
                match sheet {
                    Sheet::Units => {
                        let (unit, problems) = read_unit(map, &row, today);
                        batch.units.extend(unit);
                        batch
                            .problems
                            .extend(problems.into_iter().map(|p| (sheet, p)));
                    }
                    Sheet::Members => {
                        let (member, problems) = read_member(map, &row, today);
                        batch.members.extend(member);
                        batch
                            .problems
                            .extend(problems.into_iter().map(|p| (sheet, p)));
                    }
                }
            }
        }
        batch.len() < BATCH || send(&mut batch)
    })?;
    if batch.len() > 0 || batch.rows_read > 0 || !batch.sheets.is_empty() {
        send(&mut batch);
    }
    Ok(())
}

/// Why an import was not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotApplied {
    NotFound,
    /// Applied already, refused, or still being checked.
    NotReady,
    /// Checking again found problems (the tree changed since): they are recorded.
    Problems(i64),
    /// A move could not be made after all; the caller rolls back.
    Changed,
}

/// Applies an import claimed in `tx` (`db::imports::claim`), after the request that asked
/// for it: a large file takes longer than a request may. Its page shows it being applied
/// until the transaction ends, then what was done, or why nothing was written — recorded
/// while the import is still claimed, so the page never shows it ready again without a word.
pub async fn apply_claimed(
    mut tx: sqlx::Transaction<'static, sqlx::Postgres>,
    actor: Actor,
    id: i64,
    today: NaiveDate,
) {
    let failure = match apply_in_savepoint(&mut tx, &actor, id, today).await {
        Ok(Ok(counts)) => {
            tracing::info!(import = id, ?counts, "import applied");
            None
        }
        Ok(Err(NotApplied::Problems(blocking))) => {
            tracing::info!(import = id, blocking, "import not applied: problems");
            Some("changed")
        }
        Ok(Err(NotApplied::Changed)) => Some("stale"),
        Ok(Err(NotApplied::NotFound | NotApplied::NotReady)) => None,
        Err(error) => {
            tracing::error!(import = id, error = %format!("{error:#}"), "applying an import failed");
            Some("failed")
        }
    };
    let recorded = match db::imports::set_apply_failure(&mut tx, id, failure).await {
        Ok(()) => tx.commit().await,
        Err(error) => Err(error),
    };
    if let Err(error) = recorded {
        // The import keeps "interrupted", written when it started.
        tracing::error!(import = id, %error, "recording an import's apply failed");
    }
}

/// Applies in a savepoint of `tx`, which keeps what was written (or the problems found
/// again) and is rolled back otherwise, leaving `tx` usable to record why.
async fn apply_in_savepoint(
    tx: &mut sqlx::Transaction<'static, sqlx::Postgres>,
    actor: &Actor,
    id: i64,
    today: NaiveDate,
) -> anyhow::Result<Result<Counts, NotApplied>> {
    let mut savepoint = sqlx::Acquire::begin(&mut **tx).await?;
    let outcome = apply(&mut savepoint, actor, id, today).await;
    match &outcome {
        Ok(Ok(_) | Err(NotApplied::Problems(_))) => savepoint.commit().await?,
        _ => savepoint.rollback().await?,
    }
    outcome
}

/// Applies a checked import without blocking problems, in the caller's transaction:
/// units level by level through the unit pages' insert, then new members with their
/// cells and accounts, moves through the member page's transfer, and changed details.
pub async fn apply(
    conn: &mut PgConnection,
    actor: &Actor,
    id: i64,
    today: NaiveDate,
) -> anyhow::Result<Result<Counts, NotApplied>> {
    if !allows(actor, Action::ManageMembers, &Target::Deployment)
        || !allows(actor, Action::Restructure, &Target::Deployment)
    {
        return Ok(Err(NotApplied::NotFound));
    }
    let Some(status) = db::imports::lock(conn, id).await? else {
        return Ok(Err(NotApplied::NotFound));
    };
    if status != "checked" {
        return Ok(Err(NotApplied::NotReady));
    }
    let blocking = db::imports::cross_check(conn, id, today).await?;
    if blocking > 0 {
        let counts = db::imports::count_changes(conn, id).await?;
        db::imports::mark_checked(conn, id, &counts).await?;
        return Ok(Err(NotApplied::Problems(blocking)));
    }
    // What stays as it was is counted now (the check's count may be days old); what is
    // written is counted as it is written.
    let mut counts = db::imports::count_changes(conn, id).await?;
    let who = actor.account_id;
    // Units: each pass opens those whose parent exists, so a tree opens top down.
    let mut units_new = 0;
    loop {
        let ready = db::imports::units_ready(conn, id).await?;
        if ready.is_empty() {
            break;
        }
        let ids = db::orgs::insert_units(conn, &ready).await?;
        let opened: Vec<(i64, serde_json::Value)> = ready
            .iter()
            .zip(ids)
            .filter_map(|(unit, opened)| {
                Some((
                    opened?.0,
                    json!({ "name": unit.name, "code": unit.code, "kind": unit.kind.as_str(),
                            "parent": unit.parent, "on": unit.valid_from, "import": id }),
                ))
            })
            .collect();
        units_new += opened.len() as i64;
        db::audit::record_many(conn, who, "org_unit", "open", &opened).await?;
    }
    // Moves first: a new member never moves.
    let mut moved = 0;
    for (member, from, to) in db::imports::members_moving(conn, id).await? {
        match from {
            Some(_) => {
                if crate::workflow::transfer(conn, actor, member, to, today, None)
                    .await?
                    .is_err()
                {
                    // Checked above, so the tree changed meanwhile: write nothing.
                    return Ok(Err(NotApplied::Changed));
                }
                moved += 1;
            }
            None => {
                db::members::join_cell(conn, member, to, today).await?;
                db::audit::record(
                    conn,
                    who,
                    "member",
                    member.0,
                    "import_join",
                    json!({ "cell": to, "import": id }),
                )
                .await?;
                moved += 1;
            }
        }
    }
    let updated = db::imports::update_members(conn, id, who).await?;
    db::imports::insert_new_members(conn, id, today).await?;
    let members_new = db::imports::open_accounts(conn, id, who, password::NO_PASSWORD_YET).await?;
    counts.units_new = units_new;
    counts.members_new = members_new;
    counts.members_moved = moved;
    counts.members_updated = updated;
    db::imports::mark_applied(conn, id, who, &counts).await?;
    db::audit::record(
        conn,
        who,
        "import",
        id,
        "apply",
        serde_json::to_value(&counts)?,
    )
    .await?;
    Ok(Ok(counts))
}
