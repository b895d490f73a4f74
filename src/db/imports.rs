//! Imports of the org tree and members (unit codes compared in small letters, as the
//! unit pages store them): the upload's record, its staged rows and
//! problems, the checks that need every row or the database (in SQL, set-based), and
//! applying it — new units through the same insert as the unit pages, new members with
//! their cell and an account, moves through the transfer of the member page.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool};

use crate::domain::Named;
use crate::domain::ids::{AccountId, MemberId, OrgUnitId};
use crate::domain::import::{ImportProblem, MemberRow, Problem, Sheet, UnitRow};
use crate::domain::org::OrgKind;

/// What applying an import does (or did): shown before and recorded after.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Counts {
    pub units_new: i64,
    pub units_same: i64,
    pub members_new: i64,
    pub members_moved: i64,
    pub members_updated: i64,
    pub members_same: i64,
}

/// The workbook's names of an import's sheets, by kind.
pub type SheetNames = sqlx::types::Json<std::collections::HashMap<String, String>>;

/// An import as its page shows it.
#[derive(Debug, Clone)]
pub struct Import {
    pub id: i64,
    pub uploaded_by: String,
    pub file_name: String,
    pub file_bytes: i64,
    pub status: String,
    pub rows_read: i64,
    pub refusal: Option<String>,
    pub refusal_arg: Option<String>,
    pub counts: sqlx::types::Json<Counts>,
    pub blocking: i64,
    pub notices: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub applied_at: Option<DateTime<Utc>>,
    pub accounts_made: i64,
    pub accounts_waiting: i64,
    /// Being applied now (its apply holds the import's lock).
    pub applying: bool,
    /// Why the last apply wrote nothing: `changed` or `failed`.
    pub apply_failure: Option<String>,
    /// The workbook's names of its sheets, by kind (`units`, `members`).
    pub sheet_names: SheetNames,
}

const CONVERSIONS: [&str; 2] = ["converted_tcvn3", "converted_vni"];

/// The class of the advisory lock an import's apply holds, keyed by the import.
const APPLYING_LOCK: i32 = 9;

pub async fn create(
    pool: &PgPool,
    account: AccountId,
    file_name: &str,
    file_bytes: i64,
) -> sqlx::Result<i64> {
    sqlx::query_scalar!(
        "insert into imports (account_id, file_name, file_bytes) values ($1, $2, $3)
         returning id",
        account as AccountId,
        file_name,
        file_bytes
    )
    .fetch_one(pool)
    .await
}

pub async fn find(conn: &mut PgConnection, id: i64) -> sqlx::Result<Option<Import>> {
    sqlx::query_as!(
        Import,
        r#"select i.id, a.display_name as uploaded_by,
                  i.file_name, i.file_bytes, i.status, i.rows_read, i.refusal, i.refusal_arg,
                  i.counts as "counts: sqlx::types::Json<Counts>",
                  (select count(*) from import_problems p where p.import_id = i.id
                     and p.problem <> all($2)) as "blocking!",
                  (select count(*) from import_problems p where p.import_id = i.id
                     and p.problem = any($2)) as "notices!",
                  i.created_at as "created_at: DateTime<Utc>",
                  i.updated_at as "updated_at: DateTime<Utc>",
                  i.applied_at as "applied_at: DateTime<Utc>",
                  (select count(*) from accounts x where x.import_id = i.id) as "accounts_made!",
                  (select count(*) from accounts x where x.import_id = i.id
                     and x.must_change_password and x.is_active) as "accounts_waiting!",
                  exists (select 1 from pg_locks l
                          where l.locktype = 'advisory'
                            and l.database = (select d.oid from pg_database d
                                              where d.datname = current_database())
                            and l.classid = $3::int::oid
                            and l.objid = (i.id % 2147483647)::int::oid and l.objsubid = 2
                            and l.granted) as "applying!",
                  i.apply_failure,
                  i.sheet_names as "sheet_names: SheetNames"
           from imports i join accounts a on a.id = i.account_id
           where i.id = $1"#,
        id,
        &CONVERSIONS.map(String::from)[..],
        APPLYING_LOCK
    )
    .fetch_optional(conn)
    .await
}

/// The latest imports, newest first.
#[derive(Debug, Clone)]
pub struct ImportLine {
    pub id: i64,
    pub file_name: String,
    pub status: String,
    pub uploaded_by: String,
    pub created_at: DateTime<Utc>,
}

pub async fn recent(conn: &mut PgConnection, limit: i64) -> sqlx::Result<Vec<ImportLine>> {
    sqlx::query_as!(
        ImportLine,
        r#"select i.id, i.file_name, i.status, a.display_name as uploaded_by,
                  i.created_at as "created_at: DateTime<Utc>"
           from imports i join accounts a on a.id = i.account_id
           order by i.created_at desc, i.id desc limit $1"#,
        limit
    )
    .fetch_all(conn)
    .await
}

pub async fn set_progress(pool: &PgPool, id: i64, rows_read: i64) -> sqlx::Result<()> {
    sqlx::query!(
        "update imports set rows_read = $2 where id = $1",
        id,
        rows_read
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// The whole file is refused: its rows and problems are forgotten.
pub async fn refuse(
    pool: &PgPool,
    id: i64,
    refusal: &str,
    argument: Option<&str>,
) -> sqlx::Result<()> {
    let mut tx = crate::db::begin(pool).await?;
    sqlx::query!("delete from import_units where import_id = $1", id)
        .execute(&mut *tx)
        .await?;
    sqlx::query!("delete from import_members where import_id = $1", id)
        .execute(&mut *tx)
        .await?;
    sqlx::query!("delete from import_problems where import_id = $1", id)
        .execute(&mut *tx)
        .await?;
    sqlx::query!(
        "update imports set status = 'refused', refusal = $2, refusal_arg = $3 where id = $1",
        id,
        refusal,
        argument
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// A row number as stored (the reader refuses rows beyond a sheet's last).
fn row_number(row_no: u32) -> i32 {
    i32::try_from(row_no).unwrap_or(i32::MAX)
}

/// Records the names the workbook gives its sheets.
pub async fn name_sheets(
    conn: &mut PgConnection,
    id: i64,
    sheets: &[(Sheet, String)],
) -> sqlx::Result<()> {
    for (sheet, name) in sheets {
        sqlx::query!(
            "update imports set sheet_names = sheet_names || jsonb_build_object($2::text, $3::text)
             where id = $1",
            id,
            sheet.as_str(),
            crate::domain::text::clean_line(name)
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

pub async fn stage_units(conn: &mut PgConnection, id: i64, rows: &[UnitRow]) -> sqlx::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let row_no: Vec<i32> = rows.iter().map(|r| row_number(r.row_no)).collect();
    let code: Vec<&str> = rows.iter().map(|r| r.code.as_str()).collect();
    let name: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    let kind: Vec<&str> = rows.iter().map(|r| r.kind.as_str()).collect();
    let parent: Vec<&str> = rows.iter().map(|r| r.parent_code.as_str()).collect();
    let place: Vec<&str> = rows.iter().map(|r| r.place.as_str()).collect();
    let from: Vec<NaiveDate> = rows.iter().map(|r| r.valid_from).collect();
    sqlx::query!(
        "insert into import_units
             (import_id, row_no, code, name, kind, parent_code, place, valid_from)
         select $1, * from unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[],
                                  $7::text[], $8::date[])",
        id,
        &row_no,
        &code as &[&str],
        &name as &[&str],
        &kind as &[&str],
        &parent as &[&str],
        &place as &[&str],
        &from
    )
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn stage_members(
    conn: &mut PgConnection,
    id: i64,
    rows: &[MemberRow],
) -> sqlx::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let row_no: Vec<i32> = rows.iter().map(|r| row_number(r.row_no)).collect();
    let code: Vec<&str> = rows.iter().map(|r| r.code.as_str()).collect();
    let name: Vec<&str> = rows.iter().map(|r| r.full_name.as_str()).collect();
    let birth: Vec<Option<i32>> = rows.iter().map(|r| r.birth_year).collect();
    let joined: Vec<Option<NaiveDate>> = rows.iter().map(|r| r.joined_on).collect();
    let status: Vec<Option<&str>> = rows.iter().map(|r| r.status.map(|s| s.as_str())).collect();
    let cell: Vec<&str> = rows.iter().map(|r| r.cell_code.as_str()).collect();
    let login: Vec<&str> = rows.iter().map(|r| r.login.as_str()).collect();
    sqlx::query!(
        "insert into import_members
             (import_id, row_no, code, full_name, birth_year, joined_on, status, cell_code, login)
         select $1, * from unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::date[],
                                  $7::text[], $8::text[], $9::text[])",
        id,
        &row_no,
        &code as &[&str],
        &name as &[&str],
        &birth as &[Option<i32>],
        &joined as &[Option<NaiveDate>],
        &status as &[Option<&str>],
        &cell as &[&str],
        &login as &[&str]
    )
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn stage_problems(
    conn: &mut PgConnection,
    id: i64,
    sheet: Sheet,
    problems: &[Problem],
) -> sqlx::Result<()> {
    if problems.is_empty() {
        return Ok(());
    }
    let row_no: Vec<i32> = problems.iter().map(|p| row_number(p.row_no)).collect();
    let col: Vec<&str> = problems.iter().map(|p| p.col).collect();
    let problem: Vec<&str> = problems.iter().map(|p| p.problem.as_str()).collect();
    // A value is shown to help find the cell, not kept whole.
    let value: Vec<String> = problems
        .iter()
        .map(|p| {
            crate::domain::text::clean_line(&p.value)
                .chars()
                .take(200)
                .collect()
        })
        .collect();
    sqlx::query!(
        "insert into import_problems (import_id, sheet, row_no, col, problem, value)
         select $1, $2, * from unnest($3::int[], $4::text[], $5::text[], $6::text[])",
        id,
        sheet.as_str(),
        &row_no,
        &col as &[&str],
        &problem as &[&str],
        &value
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Problems found by looking at every row together and at what is stored.
const CROSS_CHECKS: [ImportProblem; 13] = [
    ImportProblem::BeforeParent,
    ImportProblem::DuplicateCode,
    ImportProblem::TwoCells,
    ImportProblem::UnknownParent,
    ImportProblem::ParentClosed,
    ImportProblem::KindNotUnder,
    ImportProblem::UnitDiffers,
    ImportProblem::UnknownCell,
    ImportProblem::NotACell,
    ImportProblem::CellClosed,
    ImportProblem::LoginTaken,
    ImportProblem::DuplicateLogin,
    ImportProblem::MovedToday,
];

/// Runs the checks across rows and against the database (again, when applying: the tree
/// may have changed since). Returns the number of blocking problems.
pub async fn cross_check(conn: &mut PgConnection, id: i64, today: NaiveDate) -> sqlx::Result<i64> {
    let cross: Vec<String> = CROSS_CHECKS.iter().map(|p| p.as_str().to_owned()).collect();
    sqlx::query!(
        "delete from import_problems where import_id = $1 and problem = any($2)",
        id,
        &cross
    )
    .execute(&mut *conn)
    .await?;
    let (children, parents): (Vec<String>, Vec<String>) = OrgKind::all()
        .iter()
        .flat_map(|child| {
            OrgKind::all()
                .iter()
                .filter(|parent| child.may_be_under(Some(**parent)))
                .map(|parent| (child.as_str().to_owned(), parent.as_str().to_owned()))
        })
        .unzip();
    // Units: a code twice in the file; a code stored with other details; a parent that
    // is nowhere, closed, of a kind this one cannot sit under, or opened after this one.
    sqlx::query!(
        r#"with f as (select * from import_units where import_id = $1),
           dup as (select row_no, code, row_number() over (partition by code order by row_no) n from f),
           parent as (
               select f.row_no, f.kind, f.parent_code, f.valid_from,
                      coalesce(fp.valid_from, p.valid_from) as parent_from,
                      coalesce(fp.kind, p.kind) as parent_kind,
                      fp.code is null and p.id is not null and p.valid_to is not null as closed
               from f
               left join lateral (select kind, code, valid_from from f f2
                                  where f2.code = f.parent_code
                                  order by f2.row_no limit 1) fp on true
               left join org_units p on lower(p.code) = f.parent_code)
           insert into import_problems (import_id, sheet, row_no, col, problem, value)
           select $1, 'units', row_no, 'code', 'duplicate_code', code from dup where n > 1
           union all
           select $1, 'units', f.row_no, 'code', 'unit_differs',
                  u.name || ' — ' || coalesce(p.code, '')
           from f join org_units u on lower(u.code) = f.code left join org_units p on p.id = u.parent_id
           where (f.name <> '' and u.name <> f.name) or u.kind <> f.kind
              or lower(p.code) is distinct from f.parent_code
              or u.valid_to is not null
           union all
           select $1, 'units', row_no, 'parent', 'unknown_parent', parent_code
           from parent where parent_kind is null
           union all
           select $1, 'units', row_no, 'parent', 'parent_closed', parent_code
           from parent where closed
           union all
           select $1, 'units', row_no, 'from', 'before_parent', to_char(valid_from, 'DD/MM/YYYY')
           from parent where valid_from < parent_from
           union all
           select $1, 'units', pa.row_no, 'kind', 'kind_not_under', pa.kind
           from parent pa where pa.parent_kind is not null and not pa.closed
             and not exists (select 1 from unnest($2::text[], $3::text[]) k(child, parent)
                             where k.child = pa.kind and k.parent = pa.parent_kind)"#,
        id,
        &children,
        &parents
    )
    .execute(&mut *conn)
    .await?;
    // Members: a code twice (in one cell: a duplicate; in two: which one?), a cell that is
    // nowhere or no cell, a login that someone else has, a move on the day of a move.
    sqlx::query!(
        r#"with f as (select * from import_members where import_id = $1),
           cells as (select code, count(distinct cell_code) as cells from f group by code),
           dup as (select f.row_no, f.code, f.cell_code,
                          row_number() over (partition by f.code order by f.row_no) n, c.cells
                   from f join cells c on c.code = f.code),
           login_dup as (select row_no, login,
                                dense_rank() over (partition by login order by code) n
                         from f),
           cell as (
               select f.row_no, f.cell_code,
                      coalesce(fu.kind, u.kind) as kind,
                      fu.code is null and u.id is not null and u.valid_to is not null as closed
               from f
               left join lateral (select kind, code from import_units iu
                                  where iu.import_id = $1 and iu.code = f.cell_code
                                  order by iu.row_no limit 1) fu on true
               left join org_units u on lower(u.code) = f.cell_code)
           insert into import_problems (import_id, sheet, row_no, col, problem, value)
           select $1, 'members', row_no, 'code', 'two_cells', code from dup where cells > 1
           union all
           select $1, 'members', row_no, 'code', 'duplicate_code', code from dup
           where cells = 1 and n > 1
           union all
           select $1, 'members', row_no, 'cell', 'unknown_cell', cell_code
           from cell where kind is null
           union all
           select $1, 'members', row_no, 'cell', 'not_a_cell', cell_code
           from cell where kind is not null and kind not in ('cell', 'grassroots_cell')
           union all
           select $1, 'members', row_no, 'cell', 'cell_closed', cell_code from cell where closed
           union all
           select $1, 'members', row_no, 'login', 'duplicate_login', login from login_dup where n > 1
           union all
           select $1, 'members', f.row_no, 'login', 'login_taken', f.login
           from f join accounts a on a.login = f.login
           left join members m on m.id = a.member_id
           where m.code is distinct from f.code
           union all
           select $1, 'members', f.row_no, 'cell', 'moved_today', f.cell_code
           from f join members m on m.code = f.code
           join cell_memberships cm on cm.member_id = m.id and cm.valid_to is null
           join org_units c on c.id = cm.cell_id
           where lower(c.code) <> f.cell_code and cm.valid_from >= $2
             and (exists (select 1 from org_units t where lower(t.code) = f.cell_code)
                  or exists (select 1 from import_units t
                             where t.import_id = $1 and t.code = f.cell_code))"#,
        id,
        today
    )
    .execute(&mut *conn)
    .await?;
    let conversions: Vec<String> = CONVERSIONS.map(String::from).to_vec();
    sqlx::query_scalar!(
        r#"select count(*) as "n!" from import_problems where import_id = $1 and problem <> all($2)"#,
        id,
        &conversions
    )
    .fetch_one(&mut *conn)
    .await
}

/// The import is checked: what applying it would do, as the preview shows it.
pub async fn mark_checked(conn: &mut PgConnection, id: i64, counts: &Counts) -> sqlx::Result<()> {
    sqlx::query!(
        "update imports set status = 'checked', counts = $2 where id = $1",
        id,
        sqlx::types::Json(counts) as _
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Counts what applying the import would do.
pub async fn count_changes(conn: &mut PgConnection, id: i64) -> sqlx::Result<Counts> {
    let row = sqlx::query!(
        r#"select
             (select count(distinct f.code) from import_units f
              where f.import_id = $1 and not exists (select 1 from org_units u where lower(u.code) = f.code))
                 as "units_new!",
             (select count(distinct f.code) from import_units f join org_units u on lower(u.code) = f.code
              where f.import_id = $1) as "units_same!",
             (select count(distinct f.code) from import_members f
              where f.import_id = $1 and not exists (select 1 from members m where m.code = f.code))
                 as "members_new!",
             (select count(*) from import_members f join members m on m.code = f.code
              left join cell_memberships cm on cm.member_id = m.id and cm.valid_to is null
              left join org_units c on c.id = cm.cell_id
              where f.import_id = $1 and lower(c.code) is distinct from f.cell_code) as "members_moved!",
             (select count(*) from import_members f join members m on m.code = f.code
              where f.import_id = $1
                and (m.full_name, m.birth_year, m.joined_on, m.status)
                    is distinct from (f.full_name, coalesce(f.birth_year, m.birth_year),
                                      coalesce(f.joined_on, m.joined_on),
                                      coalesce(f.status, m.status)))
                 as "members_updated!",
             (select count(*) from import_members f join members m on m.code = f.code
              join cell_memberships cm on cm.member_id = m.id and cm.valid_to is null
              join org_units c on c.id = cm.cell_id
              where f.import_id = $1 and lower(c.code) = f.cell_code
                and (m.full_name, m.birth_year, m.joined_on, m.status)
                    is not distinct from (f.full_name, coalesce(f.birth_year, m.birth_year),
                                          coalesce(f.joined_on, m.joined_on),
                                          coalesce(f.status, m.status)))
                 as "members_same!""#,
        id
    )
    .fetch_one(conn)
    .await?;
    Ok(Counts {
        units_new: row.units_new,
        units_same: row.units_same,
        members_new: row.members_new,
        members_moved: row.members_moved,
        members_updated: row.members_updated,
        members_same: row.members_same,
    })
}

/// One problem as the preview lists it.
#[derive(Debug, Clone)]
pub struct ProblemLine {
    pub sheet: String,
    pub row_no: i32,
    pub col: String,
    pub problem: String,
    pub value: String,
}

/// The problems of an import by sheet and row, conversions last; at most `limit`.
pub async fn problems(
    conn: &mut PgConnection,
    id: i64,
    limit: i64,
) -> sqlx::Result<Vec<ProblemLine>> {
    let conversions: Vec<String> = CONVERSIONS.map(String::from).to_vec();
    sqlx::query_as!(
        ProblemLine,
        r#"select sheet, row_no, col, problem, value from import_problems
           where import_id = $1
           order by problem = any($3), sheet desc, row_no, id limit $2"#,
        id,
        limit,
        &conversions
    )
    .fetch_all(conn)
    .await
}

/// Claims an import for applying in the caller's transaction, so that its page shows it
/// being applied until the transaction ends; false if another transaction has it.
pub async fn claim(conn: &mut PgConnection, id: i64) -> sqlx::Result<bool> {
    sqlx::query_scalar!(
        r#"select pg_try_advisory_xact_lock($2, ($1::bigint % 2147483647)::int) as "claimed!""#,
        id,
        APPLYING_LOCK
    )
    .fetch_one(conn)
    .await
}

/// Records why an apply wrote nothing (`interrupted` when one starts; None when it ends
/// without anything to say).
pub async fn set_apply_failure(
    conn: &mut PgConnection,
    id: i64,
    failure: Option<&str>,
) -> sqlx::Result<()> {
    sqlx::query!(
        "update imports set apply_failure = $2 where id = $1",
        id,
        failure
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes, if no other transaction has it, the lock under which imports apply one at a time
/// (see `lock`); false when another import is being applied.
pub async fn try_lock_all(conn: &mut PgConnection) -> sqlx::Result<bool> {
    sqlx::query_scalar!(
        r#"select pg_try_advisory_xact_lock(hashtextextended('imports', 0)) as "locked!""#
    )
    .fetch_one(conn)
    .await
}

/// Locks an import for applying; its status.
pub async fn lock(conn: &mut PgConnection, id: i64) -> sqlx::Result<Option<String>> {
    // One import applies at a time: two files naming the same codes must not race.
    sqlx::query!("select pg_advisory_xact_lock(hashtextextended('imports', 0))")
        .execute(&mut *conn)
        .await?;
    sqlx::query_scalar!("select status from imports where id = $1 for update", id)
        .fetch_optional(conn)
        .await
}

/// The new units whose parent exists now (a level of the file's tree), as the unit pages
/// would open them.
pub async fn units_ready(
    conn: &mut PgConnection,
    id: i64,
) -> sqlx::Result<Vec<crate::db::orgs::NewUnit>> {
    let rows = sqlx::query!(
        r#"select distinct on (f.code) f.code, f.name, f.kind, p.id as "parent: OrgUnitId",
                  f.place, f.valid_from
           from import_units f join org_units p on lower(p.code) = f.parent_code
           where f.import_id = $1
             and not exists (select 1 from org_units u where lower(u.code) = f.code)
           order by f.code, f.row_no"#,
        id
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(crate::db::orgs::NewUnit {
                kind: OrgKind::parse(&r.kind)?,
                code: r.code,
                name: r.name,
                parent: r.parent,
                place: r.place,
                valid_from: r.valid_from,
            })
        })
        .collect())
}

/// Adds the file's new members, each with a membership of their cell from `on`, in one
/// statement (the counts the memberships move are refreshed once); how many.
pub async fn insert_new_members(
    conn: &mut PgConnection,
    id: i64,
    on: NaiveDate,
) -> sqlx::Result<i64> {
    let done = sqlx::query!(
        r#"with added as (
               insert into members (code, full_name, birth_year, joined_on, status)
               select f.code, f.full_name, f.birth_year, f.joined_on,
                      coalesce(f.status, 'official')
               from import_members f
               where f.import_id = $1
                 and not exists (select 1 from members m where m.code = f.code)
               order by f.row_no
               returning id, code)
           insert into cell_memberships (member_id, cell_id, valid_from)
           select a.id, c.id, $2
           from added a join import_members f on f.import_id = $1 and f.code = a.code
           join org_units c on lower(c.code) = f.cell_code"#,
        id,
        on
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() as i64)
}

/// Opens an account for each of the file's members who has none (those it has just
/// added), without a password until the administrator draws the list of one-time
/// passwords, and records them in one audit entry; how many.
pub async fn open_accounts(
    conn: &mut PgConnection,
    id: i64,
    actor: AccountId,
    no_password: &str,
) -> sqlx::Result<i64> {
    let opened = sqlx::query_scalar!(
        r#"with opened as (
               insert into accounts (login, password_hash, member_id, display_name,
                                     must_change_password, import_id)
               select f.login, $3, m.id, f.full_name, true, $1
               from import_members f join members m on m.code = f.code
               where f.import_id = $1
                 and not exists (select 1 from accounts a where a.member_id = m.id)
               order by f.row_no
               returning member_id),
           recorded as (
               insert into audit_log (actor_id, entity, entity_id, action, details)
               select $2, 'import', $1, 'members_added',
                      jsonb_build_object('members', array_agg(member_id order by member_id))
               from opened having count(*) > 0)
           select count(*) as "n!" from opened"#,
        id,
        actor as AccountId,
        no_password
    )
    .fetch_one(conn)
    .await?;
    Ok(opened)
}

/// Members already stored whose cell in the file differs: (member, the cell now, the
/// file's cell). Members with no cell now have None.
pub async fn members_moving(
    conn: &mut PgConnection,
    id: i64,
) -> sqlx::Result<Vec<(MemberId, Option<OrgUnitId>, OrgUnitId)>> {
    let rows = sqlx::query!(
        r#"select m.id as "member: MemberId", cm.cell_id as "from?: OrgUnitId",
                  c.id as "to: OrgUnitId"
           from import_members f join members m on m.code = f.code
           join org_units c on lower(c.code) = f.cell_code
           left join cell_memberships cm on cm.member_id = m.id and cm.valid_to is null
           where f.import_id = $1 and cm.cell_id is distinct from c.id
           order by f.row_no"#,
        id
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.member, r.from, r.to)).collect())
}

/// Brings stored members' details in line with the file; recorded per member.
pub async fn update_members(
    conn: &mut PgConnection,
    id: i64,
    actor: AccountId,
) -> sqlx::Result<i64> {
    let done = sqlx::query!(
        r#"with changed as (
               update members m set full_name = f.full_name,
                      birth_year = coalesce(f.birth_year, m.birth_year),
                      joined_on = coalesce(f.joined_on, m.joined_on),
                      status = coalesce(f.status, m.status)
               from import_members f
               where f.import_id = $1 and m.code = f.code
                 and (m.full_name, m.birth_year, m.joined_on, m.status)
                     is distinct from (f.full_name, coalesce(f.birth_year, m.birth_year),
                                       coalesce(f.joined_on, m.joined_on),
                                       coalesce(f.status, m.status))
               returning m.id, m.full_name, m.status)
           insert into audit_log (actor_id, entity, entity_id, action, details)
           select $2, 'member', id, 'import_update',
                  jsonb_build_object('import', $1::bigint, 'full_name', full_name, 'status', status)
           from changed"#,
        id,
        actor as AccountId
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() as i64)
}

/// The stored outcome of an applied import.
pub async fn mark_applied(
    conn: &mut PgConnection,
    id: i64,
    actor: AccountId,
    counts: &Counts,
) -> sqlx::Result<()> {
    sqlx::query!(
        "update imports set status = 'applied', applied_by = $2, applied_at = now(), counts = $3,
                            apply_failure = null
         where id = $1",
        id,
        actor as AccountId,
        sqlx::types::Json(counts) as _
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// An account an import made that has not chosen its password yet, to hand its one-time
/// password out.
#[derive(Debug, Clone)]
pub struct Credential {
    pub account: AccountId,
    pub cell_name: String,
    pub member_code: String,
    pub full_name: String,
    pub login: String,
}

/// The accounts of an import still waiting for their first login, by cell then in the
/// official order of names.
pub async fn credentials(conn: &mut PgConnection, id: i64) -> sqlx::Result<Vec<Credential>> {
    // Locked: two administrators drawing the list at once get one list each, in turn.
    sqlx::query_as!(
        Credential,
        r#"select a.id as "account: AccountId",
                  coalesce(c.name, '') as "cell_name!", coalesce(m.code, '') as "member_code!",
                  m.full_name, a.login
           from accounts a join members m on m.id = a.member_id
           left join cell_memberships cm on cm.member_id = m.id and cm.valid_to is null
           left join org_units c on c.id = cm.cell_id
           where a.import_id = $1 and a.must_change_password and a.is_active
           order by c.name collate "vi-VN-x-icu", m.given_name collate "vi-VN-x-icu",
                    m.full_name collate "vi-VN-x-icu", m.id
           for update of a"#,
        id
    )
    .fetch_all(conn)
    .await
}
