//! Importing the org tree and members, for administrators: the columns and templates, the
//! upload (streamed to a temporary file, checked in the background with its progress
//! shown), the preview of every problem by row and column, applying, and the list of
//! one-time passwords to hand out.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Body;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use tokio::io::AsyncWriteExt;

use crate::db;
use crate::db::imports::{Import, ImportLine};
use crate::domain::Named;
use crate::domain::access::{Action, Target, allows};
use crate::domain::deadline::today_in_vietnam;
use crate::domain::import::{ImportProblem, KIND_NAMES, STATUS_NAMES, Sheet};
use crate::domain::pledge::{FieldErrors, FieldProblem};
use crate::domain::text::clean_line;
use crate::error::{AppError, AppResult};
use crate::importer;
use crate::state::AppState;
use crate::web::exports::{self, Column, Value};
use crate::web::page::{Ctx, FormErrors, Page, redirect_with_flash};

/// The largest file accepted, in bytes: a province's 130,000 members fit in under 10 MB,
/// and the upload must arrive within the request timeout.
pub const MAX_UPLOAD_BYTES: u64 = 20 * 1024 * 1024;
/// How long the request asking for an import to be applied waits for it to finish, before
/// answering that it is being applied.
const APPLY_WAIT: std::time::Duration = std::time::Duration::from_secs(3);
/// Problems listed on the page (all of them are counted).
const PROBLEMS_SHOWN: i64 = 500;
/// A check with no progress for this long was cut off (the server restarted).
const CHECK_STALLED_SECONDS: i64 = 120;

pub fn router() -> axum::Router<AppState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/admin/imports", get(index))
        .route(
            "/admin/imports",
            // The upload counts its own bytes against MAX_UPLOAD_BYTES as it streams.
            post(upload).layer(DefaultBodyLimit::disable()),
        )
        .route("/admin/imports/template.xlsx", get(template_xlsx))
        .route("/admin/imports/template-units.csv", get(template_units_csv))
        .route(
            "/admin/imports/template-members.csv",
            get(template_members_csv),
        )
        .route("/admin/imports/{id}", get(show))
        .route("/admin/imports/{id}/apply", post(apply))
        // Drawing the list makes new passwords: a state change, so a form.
        .route("/admin/imports/{id}/passwords.xlsx", post(passwords_xlsx))
        .route("/admin/imports/{id}/passwords.csv", post(passwords_csv))
}

fn require(ctx: &Ctx) -> AppResult<()> {
    let actor = ctx.actor();
    if allows(actor, Action::ManageMembers, &Target::Deployment)
        && allows(actor, Action::Restructure, &Target::Deployment)
    {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// A column as the page documents it.
pub struct ColumnDoc {
    header: &'static str,
    required: bool,
    note: String,
}

/// A sheet as the page documents it.
pub struct SheetDoc {
    sheet: Sheet,
    title: &'static str,
    intro: String,
    columns: Vec<ColumnDoc>,
}

fn sheet_docs(ctx: &Ctx) -> Vec<SheetDoc> {
    Sheet::ALL
        .into_iter()
        .map(|sheet| SheetDoc {
            sheet,
            title: sheet.title(),
            intro: ctx.lang.t(match sheet {
                Sheet::Units => msg!("import-units_intro"),
                Sheet::Members => msg!("import-members_intro"),
            }),
            columns: sheet
                .columns()
                .iter()
                .map(|c| ColumnDoc {
                    header: c.header,
                    required: c.required,
                    note: ctx.lang.t(c.note),
                })
                .collect(),
        })
        .collect()
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/imports.html")]
pub struct IndexTemplate {
    page: Page,
    sheets: Vec<SheetDoc>,
    recent: Vec<ImportLine>,
    errors: FormErrors,
    max_mb: u64,
}

impl IndexTemplate {
    fn status_label(&self, status: &str) -> String {
        self.page.t(match status {
            "checking" => msg!("import-status-checking"),
            "checked" => msg!("import-status-checked"),
            "refused" => msg!("import-status-refused"),
            _ => msg!("import-status-applied"),
        })
    }
}

async fn index_page(state: &AppState, ctx: &Ctx, errors: &FieldErrors) -> AppResult<IndexTemplate> {
    let mut conn = state.pool.acquire().await?;
    let recent = db::imports::recent(&mut conn, 20).await?;
    let mut page = ctx.page(msg!("import-title"), "/admin/imports");
    if !errors.is_empty() {
        page.alert = Some(ctx.lang.t(msg!("common-form_has_errors")));
    }
    Ok(IndexTemplate {
        page,
        sheets: sheet_docs(ctx),
        recent,
        errors: FormErrors::from_problems(ctx.lang, errors),
        max_mb: MAX_UPLOAD_BYTES / (1024 * 1024),
    })
}

pub async fn index(State(state): State<AppState>, ctx: Ctx) -> AppResult<IndexTemplate> {
    require(&ctx)?;
    index_page(&state, &ctx, &Vec::new()).await
}

/// Where uploads wait while they are checked: a folder of their own in the system's
/// temporary folder, swept of files a crash left behind (see `sweep_uploads`).
fn uploads_dir() -> std::path::PathBuf {
    std::env::temp_dir().join("pledges-imports")
}

fn upload_file() -> std::io::Result<tempfile::NamedTempFile> {
    let dir = uploads_dir();
    std::fs::create_dir_all(&dir)?;
    tempfile::Builder::new().prefix("import-").tempfile_in(dir)
}

/// Removes uploads older than `age` (a check takes seconds; one that old was cut off by
/// a restart). How many were removed.
pub fn sweep_uploads(age: std::time::Duration) -> usize {
    sweep(&uploads_dir(), age)
}

fn sweep(dir: &std::path::Path, age: std::time::Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = std::time::SystemTime::now();
    entries
        .filter_map(Result::ok)
        .filter(|e| {
            e.metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|at| now.duration_since(at).ok())
                .is_some_and(|elapsed| elapsed > age)
        })
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}

/// The file's name as a person would recognise it (some browsers send a whole path).
fn file_name(sent: Option<&str>) -> String {
    let name = sent.unwrap_or_default();
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    clean_line(last).chars().take(200).collect()
}

/// The upload, streamed to a temporary file; the check goes on in the background and the
/// browser is sent to the import's page, which shows its progress.
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    require(&ctx)?;
    let refuse = async |problem: FieldProblem, status: StatusCode| -> AppResult<Response> {
        let page = index_page(&state, &ctx, &vec![("file", problem)]).await?;
        Ok((status, page).into_response())
    };
    let Ok(mut multipart) = multipart else {
        return refuse(FieldProblem::Missing, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let temp = upload_file().map_err(|e| AppError::Internal(e.into()))?;
    let mut file =
        tokio::fs::File::from_std(temp.reopen().map_err(|e| AppError::Internal(e.into()))?);
    let mut name = None;
    let mut size: u64 = 0;
    let mut too_large = false;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            // The upload broke off or is malformed: nothing was kept.
            Err(_) => return refuse(FieldProblem::Missing, StatusCode::BAD_REQUEST).await,
        };
        // Only the first file is kept; anything else sent counts towards the limit.
        let keep = field.name() == Some("file") && name.is_none();
        if keep {
            name = Some(file_name(field.file_name()));
        }
        let mut field = field;
        loop {
            let chunk = match field.chunk().await {
                Ok(Some(chunk)) => chunk,
                Ok(None) => break,
                Err(_) => return refuse(FieldProblem::Missing, StatusCode::BAD_REQUEST).await,
            };
            size += chunk.len() as u64;
            if !keep && size <= MAX_UPLOAD_BYTES {
                continue;
            }
            if size > MAX_UPLOAD_BYTES {
                too_large = true;
                // Read on (without keeping it) a while, so that the browser gets the
                // page instead of a broken connection.
                if size > 4 * MAX_UPLOAD_BYTES {
                    break;
                }
                continue;
            }
            file.write_all(&chunk)
                .await
                .map_err(|e| AppError::Internal(e.into()))?;
        }
    }
    if too_large {
        let max = (MAX_UPLOAD_BYTES / (1024 * 1024)) as i32;
        return refuse(
            FieldProblem::FileTooLarge { max_mb: max },
            StatusCode::PAYLOAD_TOO_LARGE,
        )
        .await;
    }
    let Some(name) = name.filter(|n| !n.is_empty()) else {
        return refuse(FieldProblem::Missing, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    file.flush()
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    drop(file);
    let id = db::imports::create(&state.pool, ctx.actor().account_id, &name, size as i64).await?;
    tracing::info!(import = id, bytes = size, file = %name, "import uploaded");
    let pool = state.pool.clone();
    tokio::spawn(async move {
        if let Err(error) = importer::check(&pool, id, temp.path(), &name, today_in_vietnam()).await
        {
            tracing::error!(import = id, %error, "import check failed");
            let _ = db::imports::refuse(&pool, id, msg!("import-refused-failed"), None).await;
        }
        drop(temp);
    });
    Ok(Redirect::to(&format!("/admin/imports/{id}")).into_response())
}

/// One problem as the preview shows it.
pub struct ProblemView {
    sheet: String,
    row_no: i32,
    column: &'static str,
    message: String,
    value: String,
    blocks: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/import.html")]
pub struct ShowTemplate {
    page: Page,
    import: Import,
    /// Still checking: the page refreshes itself.
    checking: bool,
    /// The check stopped without finishing.
    stalled: bool,
    /// Being applied: the page refreshes itself.
    applying: bool,
    /// Why the last apply wrote nothing.
    apply_failure: Option<String>,
    refusal: Option<String>,
    problems: Vec<ProblemView>,
    /// The tree's top, where the new units show (in the administration of the tree).
    root: Option<i64>,
    /// Its dashboard, when the user may see it.
    dashboard: Option<i64>,
    max_mb: u64,
    /// How long a one-time password logs in.
    one_time_days: i64,
    /// The upload form below (a new file) has nothing wrong yet.
    errors: FormErrors,
}

fn problem_message(ctx: &Ctx, problem: ImportProblem) -> String {
    use ImportProblem as P;
    ctx.lang.t(match problem {
        P::Missing => msg!("import-problem-missing"),
        P::TooLong => msg!("import-problem-too_long"),
        P::BadCode => msg!("import-problem-bad_code"),
        P::BadKind => msg!("import-problem-bad_kind"),
        P::BadDate => msg!("import-problem-bad_date"),
        P::BadYear => msg!("import-problem-bad_year"),
        P::BadStatus => msg!("import-problem-bad_status"),
        P::BadLogin => msg!("import-problem-bad_login"),
        P::Formula => msg!("import-problem-formula"),
        P::CellError => msg!("import-problem-cell_error"),
        P::NotUtf8 => msg!("import-problem-not_utf8"),
        P::Garbled => msg!("import-problem-garbled"),
        P::MergedCells => msg!("import-problem-merged_cells"),
        P::DuplicateCode => msg!("import-problem-duplicate_code"),
        P::TwoCells => msg!("import-problem-two_cells"),
        P::UnknownParent => msg!("import-problem-unknown_parent"),
        P::ParentClosed => msg!("import-problem-parent_closed"),
        P::KindNotUnder => msg!("import-problem-kind_not_under"),
        P::BeforeParent => msg!("import-problem-before_parent"),
        P::UnitDiffers => msg!("import-problem-unit_differs"),
        P::UnknownCell => msg!("import-problem-unknown_cell"),
        P::NotACell => msg!("import-problem-not_a_cell"),
        P::CellClosed => msg!("import-problem-cell_closed"),
        P::LoginTaken => msg!("import-problem-login_taken"),
        P::DuplicateLogin => msg!("import-problem-duplicate_login"),
        P::MovedToday => msg!("import-problem-moved_today"),
        P::ConvertedTcvn3 => msg!("import-problem-converted_tcvn3"),
        P::ConvertedVni => msg!("import-problem-converted_vni"),
    })
}

async fn show_page(state: &AppState, ctx: &Ctx, id: i64) -> AppResult<ShowTemplate> {
    let mut conn = state.pool.acquire().await?;
    let import = db::imports::find(&mut conn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let checking = import.status == "checking";
    let applying = import.applying && import.status == "checked";
    // While it is under way the page only says so (and refreshes every two seconds):
    // the problems are listed once it is checked, the tree's links once it is applied.
    let lines = if checking || applying {
        Vec::new()
    } else {
        db::imports::problems(&mut conn, id, PROBLEMS_SHOWN).await?
    };
    let root = if import.status == "applied" {
        db::orgs::root(&mut conn).await?
    } else {
        None
    };
    let dashboard = root.filter(|r| {
        allows(
            ctx.actor(),
            Action::ViewDashboard,
            &Target::Unit {
                unit: *r,
                unit_path: vec![*r],
            },
        )
    });
    let problems = lines
        .into_iter()
        .filter_map(|line| {
            let sheet = Sheet::parse(&line.sheet)?;
            let problem = ImportProblem::parse(&line.problem)?;
            Some(ProblemView {
                sheet: import
                    .sheet_names
                    .get(sheet.as_str())
                    .cloned()
                    .unwrap_or_else(|| sheet.title().to_owned()),
                row_no: line.row_no,
                column: sheet.column(&line.col).map_or("", |c| c.header),
                message: problem_message(ctx, problem),
                value: line.value,
                blocks: problem.blocks(),
            })
        })
        .collect();
    let stalled =
        checking && (chrono::Utc::now() - import.updated_at).num_seconds() > CHECK_STALLED_SECONDS;
    let refusal = import
        .refusal
        .as_deref()
        .map(|id| match &import.refusal_arg {
            Some(arg) => format!("{} ({arg})", ctx.lang.t(id)),
            None => ctx.lang.t(id),
        });
    let apply_failure = match import.apply_failure.as_deref() {
        _ if applying || import.status != "checked" => None,
        Some("changed") => Some(ctx.lang.t(msg!("import-apply_changed"))),
        Some("stale") => Some(ctx.lang.t(msg!("import-apply_stale"))),
        Some("interrupted") => Some(ctx.lang.t(msg!("import-apply_interrupted"))),
        Some(_) => Some(ctx.lang.t(msg!("import-apply_failed"))),
        None => None,
    };
    let mut page = ctx.page(msg!("import-title"), format!("/admin/imports/{id}"));
    page.title = import.file_name.clone();
    Ok(ShowTemplate {
        page,
        import,
        checking: checking && !stalled,
        stalled,
        applying,
        apply_failure,
        refusal,
        problems,
        root: root.map(|r| r.0),
        dashboard: dashboard.map(|r| r.0),
        max_mb: MAX_UPLOAD_BYTES / (1024 * 1024),
        one_time_days: i64::from(crate::auth::password::ONE_TIME_DAYS),
        errors: FormErrors::default(),
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<ShowTemplate> {
    require(&ctx)?;
    show_page(&state, &ctx, id).await
}

/// Starts applying a checked import on the server; its page shows the progress.
pub async fn apply(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    require(&ctx)?;
    let to = format!("/admin/imports/{id}");
    let mut tx = db::begin(&state.pool).await?;
    let import = db::imports::find(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if import.status != "checked" || import.blocking > 0 {
        return Ok(redirect_with_flash(&to, msg!("flash-import_not_ready")));
    }
    if !db::imports::claim(&mut tx, id).await? {
        return Ok(redirect_with_flash(&to, msg!("flash-import_applying")));
    }
    // One import applies at a time; another one waiting would hold a connection meanwhile.
    if !db::imports::try_lock_all(&mut tx).await? {
        tx.rollback().await?;
        return Ok(redirect_with_flash(&to, msg!("flash-import_busy")));
    }
    // Said on its page if the server stops before the apply ends (the apply replaces it).
    let mut conn = state.pool.acquire().await?;
    db::imports::set_apply_failure(&mut conn, id, Some("interrupted")).await?;
    drop(conn);
    let mut running = tokio::spawn(importer::apply_claimed(
        tx,
        ctx.actor().clone(),
        id,
        today_in_vietnam(),
    ));
    // Most files are applied within moments: their page then shows what was done. A
    // larger one goes on after this answer, and its page shows it being applied.
    if tokio::time::timeout(APPLY_WAIT, &mut running)
        .await
        .is_err()
    {
        return Ok(redirect_with_flash(&to, msg!("flash-import_applying")));
    }
    let applied = match state.pool.acquire().await {
        Ok(mut conn) => db::imports::find(&mut conn, id)
            .await
            .ok()
            .flatten()
            .is_some_and(|i| i.status == "applied"),
        Err(_) => false,
    };
    Ok(if applied {
        redirect_with_flash(&to, msg!("flash-import_applied"))
    } else {
        // The page says why nothing was written.
        Redirect::to(&to).into_response()
    })
}

fn credential_columns(ctx: &Ctx) -> Vec<Column> {
    [
        (msg!("import-pw-number"), 6.0),
        (msg!("import-pw-cell"), 30.0),
        (msg!("import-pw-code"), 14.0),
        (msg!("import-pw-name"), 26.0),
        (msg!("import-pw-login"), 18.0),
        (msg!("import-pw-password"), 18.0),
        (msg!("import-pw-valid_until"), 14.0),
    ]
    .into_iter()
    .map(|(id, width)| Column {
        header: ctx.lang.t(id),
        width,
    })
    .collect()
}

/// New one-time passwords for an applied import's accounts that have not logged in yet
/// (those of an earlier list stop working); only their hashes are stored, and drawing
/// them is recorded.
async fn credential_rows(state: &AppState, ctx: &Ctx, id: i64) -> AppResult<Vec<Vec<Value>>> {
    let mut tx = db::begin(&state.pool).await?;
    let import = db::imports::find(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if import.status != "applied" {
        return Err(AppError::NotFound);
    }
    let list = db::imports::credentials(&mut tx, id).await?;
    let issued: Vec<(String, String)> = list
        .iter()
        .map(|_| crate::auth::password::new_one_time())
        .collect();
    let hashes: Vec<_> = list
        .iter()
        .zip(&issued)
        .map(|(c, (_, hash))| (c.account, hash.clone()))
        .collect();
    db::accounts::issue_one_time(&mut tx, &hashes).await?;
    db::audit::record(
        &mut tx,
        ctx.actor().account_id,
        "import",
        id,
        "passwords_issued",
        serde_json::json!({ "accounts": list.len() }),
    )
    .await?;
    tx.commit().await?;
    // The last day it logs in (drawn today, in Vietnam).
    let until = today_in_vietnam().checked_add_days(chrono::Days::new(
        u64::try_from(crate::auth::password::ONE_TIME_DAYS).unwrap_or(0),
    ));
    Ok(list
        .into_iter()
        .zip(issued)
        .enumerate()
        .map(|(n, (c, (password, _)))| {
            vec![
                Value::Count(n as i64 + 1),
                Value::Text(c.cell_name),
                Value::Text(c.member_code),
                Value::Text(c.full_name),
                Value::Text(c.login),
                Value::Text(password),
                Value::Date(until),
            ]
        })
        .collect())
}

pub async fn passwords_xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    require(&ctx)?;
    let rows = credential_rows(&state, &ctx, id).await?;
    exports::xlsx_table(
        &format!("mat-khau-mot-lan-{id}.xlsx"),
        "Mat khau",
        &ctx.lang.t(msg!("import-pw-title")),
        ctx.lang,
        &credential_columns(&ctx),
        &rows,
        false,
    )
}

pub async fn passwords_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    require(&ctx)?;
    let rows = credential_rows(&state, &ctx, id).await?;
    exports::csv_whole(
        &format!("mat-khau-mot-lan-{id}.csv"),
        &credential_columns(&ctx),
        &rows,
    )
}

/// The template: a sheet for units, one for members (headers only, codes kept as text,
/// lists for the kind and the standing), and one of notes with examples.
pub async fn template_xlsx(ctx: Ctx) -> AppResult<Response> {
    require(&ctx)?;
    let bytes = template_workbook(&ctx).map_err(|e| AppError::Internal(e.into()))?;
    Ok(exports::attachment(
        "mau-nhap-to-chuc-dang-vien.xlsx",
        exports::XLSX,
        Body::from(bytes),
    ))
}

fn template_workbook(ctx: &Ctx) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{DataValidation, Format, Workbook};
    let mut workbook = Workbook::new();
    let header = Format::new()
        .set_bold()
        .set_background_color("#F2F2F2")
        .set_text_wrap();
    let text = Format::new().set_num_format("@");
    for sheet in Sheet::ALL {
        let ws = workbook.add_worksheet();
        ws.set_name(sheet.title())?;
        ws.set_freeze_panes(1, 0)?;
        for (col, column) in (0u16..).zip(sheet.columns()) {
            ws.write_string_with_format(0, col, column.header, &header)?;
            let width = (column
                .example
                .chars()
                .count()
                .max(column.header.chars().count())
                + 6) as f64;
            // Codes, names and dates typed as text stay as typed (no leading zero lost).
            if column.key != "birth_year" {
                ws.set_column_format(col, &text)?;
            }
            ws.set_column_width(col, width.max(14.0))?;
            let list: Option<&[&str]> = match (sheet, column.key) {
                (Sheet::Units, "kind") => Some(&KIND_NAMES),
                (Sheet::Members, "status") => Some(&STATUS_NAMES),
                _ => None,
            };
            if let Some(list) = list {
                let validation = DataValidation::new()
                    .allow_list_strings(list)?
                    .ignore_blank(true);
                ws.add_data_validation(1, col, 100_000, col, &validation)?;
            }
        }
    }
    let notes = workbook.add_worksheet();
    notes.set_name("Hướng dẫn")?;
    notes.set_column_width(0, 26)?;
    notes.set_column_width(1, 70)?;
    notes.set_column_width(2, 30)?;
    notes.write_string_with_format(
        0,
        0,
        ctx.lang.t(msg!("import-template_title")),
        &Format::new().set_bold().set_font_size(14),
    )?;
    notes.write_string(1, 0, ctx.lang.t(msg!("import-template_intro")))?;
    let mut row = 3;
    for doc in sheet_docs(ctx) {
        notes.write_string_with_format(
            row,
            0,
            format!("{} {}", ctx.lang.t(msg!("import-sheet")), doc.title),
            &Format::new().set_bold(),
        )?;
        notes.write_string(row, 1, &doc.intro)?;
        row += 1;
        for (column, info) in doc.sheet.columns().iter().zip(&doc.columns) {
            let required = if info.required {
                ctx.lang.t(msg!("import-required"))
            } else {
                ctx.lang.t(msg!("common-optional"))
            };
            notes.write_string(row, 0, format!("{} ({required})", column.header))?;
            notes.write_string_with_format(row, 1, &info.note, &Format::new().set_text_wrap())?;
            notes.write_string(row, 2, column.example)?;
            row += 1;
        }
        row += 1;
    }
    workbook.save_to_buffer()
}

fn template_csv(sheet: Sheet, file: &str) -> AppResult<Response> {
    let columns: Vec<Column> = sheet
        .columns()
        .iter()
        .map(|c| Column {
            header: c.header.to_owned(),
            width: 0.0,
        })
        .collect();
    exports::csv_whole(file, &columns, &[])
}

pub async fn template_units_csv(ctx: Ctx) -> AppResult<Response> {
    require(&ctx)?;
    template_csv(Sheet::Units, "mau-to-chuc.csv")
}

pub async fn template_members_csv(ctx: Ctx) -> AppResult<Response> {
    require(&ctx)?;
    template_csv(Sheet::Members, "mau-dang-vien.csv")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_uploads_are_swept_and_new_ones_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let old = dir.path().join("import-old");
        let new = dir.path().join("import-new");
        std::fs::write(&old, b"x").expect("old");
        std::fs::write(&new, b"x").expect("new");
        let file = std::fs::File::options()
            .write(true)
            .open(&old)
            .expect("open");
        let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        file.set_modified(long_ago).expect("set time");
        assert_eq!(sweep(dir.path(), std::time::Duration::from_secs(3600)), 1);
        assert!(!old.exists() && new.exists());
        assert_eq!(
            sweep(&dir.path().join("none"), std::time::Duration::ZERO),
            0
        );
    }

    #[test]
    fn a_file_keeps_only_its_own_name() {
        assert_eq!(
            file_name(Some("C:\\Users\\An\\Danh sách.xlsx")),
            "Danh sách.xlsx"
        );
        assert_eq!(file_name(Some("/tmp/a/b.csv")), "b.csv");
        assert_eq!(file_name(None), "");
        assert_eq!(file_name(Some(&"x".repeat(300))).chars().count(), 200);
    }
}
