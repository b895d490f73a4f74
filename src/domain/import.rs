//! Importing the org tree and members from a spreadsheet: the columns of each sheet, how
//! a header row is recognised, and the checks of one row on its own. What needs other
//! rows or the database (duplicate codes, unknown parents, a member in two cells, a login
//! already taken) is checked in SQL once every row is staged.

use chrono::{Datelike, NaiveDate};
use unicode_normalization::UnicodeNormalization;

use crate::domain::Named;
use crate::domain::legacy_text::{self, Legacy};
use crate::domain::org::{MemberStatus, OrgKind, UNIT_CODE_MAX, UNIT_NAME_MAX, UNIT_PLACE_MAX};
use crate::domain::pledge::parse_date;
use crate::domain::text::{TextError, check_length, clean_line};

/// The rows a file may have, counting both sheets: a whole province is about 130,000
/// members and 6,000 units.
pub const MAX_ROWS: u32 = 300_000;

/// The two sheets of an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    Units,
    Members,
}

impl Sheet {
    pub const ALL: [Sheet; 2] = [Sheet::Units, Sheet::Members];

    /// How the sheet is stored (`import_problems.sheet`).
    pub fn as_str(self) -> &'static str {
        match self {
            Sheet::Units => "units",
            Sheet::Members => "members",
        }
    }

    pub fn parse(text: &str) -> Option<Sheet> {
        Sheet::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// The sheet's name in the template, which a workbook is searched for first.
    pub fn title(self) -> &'static str {
        match self {
            Sheet::Units => "Tổ chức",
            Sheet::Members => "Đảng viên",
        }
    }

    pub fn columns(self) -> &'static [Column] {
        match self {
            Sheet::Units => &UNIT_COLUMNS,
            Sheet::Members => &MEMBER_COLUMNS,
        }
    }

    /// The column with this key.
    pub fn column(self, key: &str) -> Option<&'static Column> {
        self.columns().iter().find(|c| c.key == key)
    }
}

/// A column of a sheet: its key, its header in the template, other headers taken for it
/// (compared without tone marks or case), and its rules.
#[derive(Debug)]
pub struct Column {
    pub key: &'static str,
    pub header: &'static str,
    pub aliases: &'static [&'static str],
    pub required: bool,
    /// The longest value, in characters.
    pub max: usize,
    /// What goes in it, for the template's notes (a message id).
    pub note: &'static str,
    /// An example for the template.
    pub example: &'static str,
}

pub const MEMBER_CODE_MAX: usize = 30;
pub const FULL_NAME_MAX: usize = 120;
pub const LOGIN_MAX: usize = 64;

static UNIT_COLUMNS: [Column; 6] = [
    Column {
        key: "code",
        header: "Mã tổ chức",
        aliases: &["ma", "ma don vi", "code"],
        required: true,
        max: UNIT_CODE_MAX,
        note: msg!("import-col-unit_code"),
        example: "qt-dh-p1-kp3",
    },
    Column {
        key: "name",
        header: "Tên tổ chức",
        aliases: &["ten", "ten don vi", "name"],
        required: true,
        max: UNIT_NAME_MAX,
        note: msg!("import-col-unit_name"),
        example: "Chi bộ Khu phố 3",
    },
    Column {
        key: "kind",
        header: "Loại",
        aliases: &["loai to chuc", "kind"],
        required: true,
        max: 60,
        note: msg!("import-col-kind"),
        example: "Chi bộ trực thuộc",
    },
    Column {
        key: "parent",
        header: "Mã tổ chức cấp trên",
        aliases: &["ma cap tren", "parent", "parent code"],
        required: true,
        max: UNIT_CODE_MAX,
        note: msg!("import-col-parent"),
        example: "qt-dh-p1",
    },
    Column {
        key: "place",
        header: "Địa bàn",
        aliases: &["place"],
        required: false,
        max: UNIT_PLACE_MAX,
        note: msg!("import-col-place"),
        example: "Đông Hà",
    },
    Column {
        key: "from",
        header: "Ngày thành lập",
        aliases: &["tu ngay", "from", "valid from"],
        required: false,
        max: 20,
        note: msg!("import-col-from"),
        example: "01/01/2026",
    },
];

static MEMBER_COLUMNS: [Column; 7] = [
    Column {
        key: "code",
        header: "Mã đảng viên",
        aliases: &["so the dang vien", "so the", "code"],
        required: true,
        max: MEMBER_CODE_MAX,
        note: msg!("import-col-member_code"),
        example: "48012345",
    },
    Column {
        key: "name",
        header: "Họ và tên",
        aliases: &["ho ten", "full name", "name"],
        required: true,
        max: FULL_NAME_MAX,
        note: msg!("import-col-full_name"),
        example: "Nguyễn Thị Hoa",
    },
    Column {
        key: "birth_year",
        header: "Năm sinh",
        aliases: &["birth year"],
        required: false,
        max: 10,
        note: msg!("import-col-birth_year"),
        example: "1985",
    },
    Column {
        key: "joined",
        header: "Ngày vào Đảng",
        aliases: &["ngay vao dang", "joined"],
        required: false,
        max: 20,
        note: msg!("import-col-joined"),
        example: "19/05/2010",
    },
    Column {
        key: "status",
        header: "Tình trạng",
        aliases: &["status"],
        required: false,
        max: 60,
        note: msg!("import-col-status"),
        example: "Chính thức",
    },
    Column {
        key: "cell",
        header: "Mã chi bộ",
        aliases: &["cell", "cell code"],
        required: true,
        max: UNIT_CODE_MAX,
        note: msg!("import-col-cell"),
        example: "qt-dh-p1-kp3",
    },
    Column {
        key: "login",
        header: "Tên đăng nhập",
        aliases: &["login"],
        required: false,
        max: LOGIN_MAX,
        note: msg!("import-col-login"),
        example: "",
    },
];

/// Text without tone marks or case, with đ as d and spaces collapsed: how headers and
/// kind names are compared.
pub fn fold(text: &str) -> String {
    let folded: String = text
        .nfd()
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where each column of a sheet is in a header row (None: not there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnMap {
    pub sheet: Sheet,
    pub positions: Vec<Option<usize>>,
}

impl ColumnMap {
    /// Reads a header row as this sheet's; Err with the headers of required columns that
    /// are missing.
    pub fn read(sheet: Sheet, headers: &[String]) -> Result<ColumnMap, Vec<&'static str>> {
        let folded: Vec<String> = headers.iter().map(|h| fold(h)).collect();
        let positions: Vec<Option<usize>> = sheet
            .columns()
            .iter()
            .map(|column| {
                folded.iter().position(|h| {
                    *h == fold(column.header) || column.aliases.iter().any(|a| h == a)
                })
            })
            .collect();
        let missing: Vec<&'static str> = sheet
            .columns()
            .iter()
            .zip(&positions)
            .filter(|(c, p)| c.required && p.is_none())
            .map(|(c, _)| c.header)
            .collect();
        if missing.is_empty() {
            Ok(ColumnMap { sheet, positions })
        } else {
            Err(missing)
        }
    }

    /// The sheet a header row belongs to, if it has every required column of one.
    pub fn recognise(headers: &[String]) -> Option<ColumnMap> {
        Sheet::ALL
            .into_iter()
            .find_map(|sheet| ColumnMap::read(sheet, headers).ok())
    }

    fn value<'a>(&self, row: &'a RawRow, key: &str) -> &'a Value {
        static EMPTY: Value = Value::Empty;
        self.sheet
            .columns()
            .iter()
            .zip(&self.positions)
            .find(|(c, _)| c.key == key)
            .and_then(|(_, p)| *p)
            .and_then(|p| row.cells.get(p))
            .unwrap_or(&EMPTY)
    }
}

/// A cell as read from a file.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDate),
    /// An error value such as #REF!.
    Error(String),
    /// A formula (with its text): values must be typed, not computed.
    Formula(String),
    /// Bytes that are not UTF-8 (a CSV saved in an old code page), as Windows-1252.
    NotUtf8(String),
}

/// One row of a sheet, numbered as the spreadsheet numbers it (from 1).
#[derive(Debug, Clone, PartialEq)]
pub struct RawRow {
    pub row_no: u32,
    pub cells: Vec<Value>,
}

impl RawRow {
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| match c {
            Value::Empty => true,
            Value::Text(t) | Value::NotUtf8(t) => t.trim().is_empty(),
            _ => false,
        })
    }
}

named_enum! {
    /// What can be wrong with a row (or, for the last few, is only worth knowing).
    pub enum ImportProblem {
        Missing,
        TooLong,
        /// A code with spaces in it.
        BadCode,
        BadKind,
        BadDate,
        BadYear,
        BadStatus,
        BadLogin,
        Formula,
        CellError,
        /// Text that is not UTF-8 and not a legacy Vietnamese encoding either.
        NotUtf8,
        /// Replacement characters: text damaged before it reached the file.
        Garbled,
        /// Cells merged across rows or columns: each value must have its own cell.
        MergedCells,
        DuplicateCode,
        /// The same member listed in two cells.
        TwoCells,
        UnknownParent,
        ParentClosed,
        KindNotUnder,
        /// Opened before the unit it sits under.
        BeforeParent,
        /// The code exists with another name, kind or parent (a change that the
        /// restructure page makes, so that history stays right).
        UnitDiffers,
        UnknownCell,
        NotACell,
        CellClosed,
        LoginTaken,
        DuplicateLogin,
        /// A member whose cell changed today already: the move waits for tomorrow.
        MovedToday,
        /// Converted from TCVN3 or VNI (not blocking).
        ConvertedTcvn3,
        ConvertedVni,
    }
}

impl ImportProblem {
    /// Whether the problem stops the import (a conversion does not).
    pub fn blocks(self) -> bool {
        !matches!(
            self,
            ImportProblem::ConvertedTcvn3 | ImportProblem::ConvertedVni
        )
    }
}

/// A problem found in one cell of one row.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub row_no: u32,
    /// The column's key (see [`Column`]).
    pub col: &'static str,
    pub problem: ImportProblem,
    /// The value as read (or, for a conversion, "before → after").
    pub value: String,
}

/// A unit row that passed the checks of a row on its own.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitRow {
    pub row_no: u32,
    pub code: String,
    pub name: String,
    pub kind: OrgKind,
    pub parent_code: String,
    pub place: String,
    pub valid_from: NaiveDate,
}

/// A member row that passed the checks of a row on its own.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberRow {
    pub row_no: u32,
    pub code: String,
    pub full_name: String,
    pub birth_year: Option<i32>,
    pub joined_on: Option<NaiveDate>,
    /// None when the file leaves it empty: a new member is official, a stored one keeps
    /// theirs (as they keep their year of birth and joining day when those are empty).
    pub status: Option<MemberStatus>,
    pub cell_code: String,
    pub login: String,
}

/// Reads the cells of one row, collecting its problems.
struct RowReader<'a> {
    map: &'a ColumnMap,
    row: &'a RawRow,
    problems: Vec<Problem>,
}

impl<'a> RowReader<'a> {
    fn new(map: &'a ColumnMap, row: &'a RawRow) -> Self {
        RowReader {
            map,
            row,
            problems: Vec::new(),
        }
    }

    fn report(&mut self, col: &'static str, problem: ImportProblem, value: impl Into<String>) {
        self.problems.push(Problem {
            row_no: self.row.row_no,
            col,
            problem,
            value: value.into(),
        });
    }

    fn column(&self, key: &str) -> &'static Column {
        self.map
            .sheet
            .column(key)
            .unwrap_or(&self.map.sheet.columns()[0])
    }

    /// The cell as cleaned text: a number as written (no ".0"), a date dd/mm/yyyy, legacy
    /// Vietnamese converted. None (after reporting) when it cannot be text.
    fn text(&mut self, key: &'static str) -> Option<String> {
        let column = self.column(key);
        let raw = match self.map.value(self.row, key) {
            Value::Empty => String::new(),
            Value::Text(t) => t.clone(),
            Value::Number(n) => number_text(*n),
            Value::Date(d) => d.format("%d/%m/%Y").to_string(),
            Value::Error(e) => {
                let e = e.clone();
                self.report(column.key, ImportProblem::CellError, e);
                return None;
            }
            Value::Formula(f) => {
                let f = format!("={}", f.trim_start_matches('='));
                self.report(column.key, ImportProblem::Formula, f);
                return None;
            }
            Value::NotUtf8(t) => match legacy_text::detect(t) {
                Some((legacy, converted)) => {
                    self.converted(column.key, legacy, t, &converted);
                    converted
                }
                None => {
                    let t = t.clone();
                    self.report(column.key, ImportProblem::NotUtf8, t);
                    return None;
                }
            },
        };
        let text = match legacy_text::detect(&raw) {
            Some((legacy, converted)) => {
                self.converted(column.key, legacy, &raw, &converted);
                clean_line(&converted)
            }
            None => clean_line(&raw),
        };
        match check_length(&text, column.required, column.max) {
            Ok(()) => Some(text),
            Err(TextError::Missing) => {
                self.report(column.key, ImportProblem::Missing, text);
                None
            }
            Err(TextError::TooLong { .. }) => {
                self.report(column.key, ImportProblem::TooLong, text);
                None
            }
            Err(TextError::Garbled) => {
                self.report(column.key, ImportProblem::Garbled, text);
                None
            }
        }
    }

    fn converted(&mut self, key: &'static str, legacy: Legacy, before: &str, after: &str) {
        let problem = match legacy {
            Legacy::Tcvn3 => ImportProblem::ConvertedTcvn3,
            Legacy::Vni => ImportProblem::ConvertedVni,
        };
        self.report(
            key,
            problem,
            format!("{} → {}", before.trim(), after.trim()),
        );
    }

    /// A code: text without spaces.
    fn code(&mut self, key: &'static str, lowercase: bool) -> Option<String> {
        let text = self.text(key)?;
        if text.chars().any(char::is_whitespace) {
            self.report(key, ImportProblem::BadCode, text);
            return None;
        }
        Some(if lowercase { text.to_lowercase() } else { text })
    }

    /// A date: a spreadsheet date, or text as the forms take it. Empty is None.
    fn date(&mut self, key: &'static str) -> Result<Option<NaiveDate>, ()> {
        match self.map.value(self.row, key) {
            Value::Date(d) => Ok(Some(*d)),
            Value::Number(n) => match excel_date(*n) {
                Some(d) => Ok(Some(d)),
                None => {
                    self.report(key, ImportProblem::BadDate, number_text(*n));
                    Err(())
                }
            },
            _ => {
                let text = self.text(key).ok_or(())?;
                parse_date(&text).map_err(|_| {
                    self.report(key, ImportProblem::BadDate, text);
                })
            }
        }
    }

    fn finish<T>(self, row: Option<T>) -> (Option<T>, Vec<Problem>) {
        (row, self.problems)
    }
}

/// A number as a person wrote it: whole numbers without a decimal part.
fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{n:.0}")
    } else {
        n.to_string()
    }
}

/// A spreadsheet date serial (days since 30/12/1899), within reason.
pub fn excel_date(serial: f64) -> Option<NaiveDate> {
    if !(1.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    let base = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    // Whole days; a time of day is ignored.
    base.checked_add_days(chrono::Days::new(serial.trunc() as u64))
}

/// A unit kind as the template lists it, or as its English name.
pub fn parse_kind(text: &str) -> Option<OrgKind> {
    let folded = fold(text);
    let kind = match folded.as_str() {
        "chi bo truc thuoc" | "chi bo" => OrgKind::Cell,
        "chi bo co so" => OrgKind::GrassrootsCell,
        "dang bo co so" => OrgKind::GrassrootsParty,
        "dang bo bo phan" => OrgKind::BranchParty,
        "cap uy cap tren truc tiep co so"
        | "dang bo cap tren co so"
        | "dang bo xa, phuong"
        | "dang bo huyen" => OrgKind::UpperCommittee,
        other => return OrgKind::parse(&other.replace(' ', "_")),
    };
    Some(kind)
}

/// The Vietnamese names of the kinds a file may give, in the template's order.
pub const KIND_NAMES: [&str; 5] = [
    "Cấp ủy cấp trên trực tiếp cơ sở",
    "Đảng bộ cơ sở",
    "Chi bộ cơ sở",
    "Đảng bộ bộ phận",
    "Chi bộ trực thuộc",
];

/// A member's standing as the template lists it, or its English name. Empty is official.
pub fn parse_status(text: &str) -> Option<MemberStatus> {
    let folded = fold(text);
    let status = match folded.as_str() {
        "" | "chinh thuc" | "dang vien chinh thuc" => MemberStatus::Official,
        "du bi" | "dang vien du bi" => MemberStatus::Probationary,
        "mien cong tac" | "mien cong tac va sinh hoat dang" | "mien sinh hoat" => {
            MemberStatus::Exempted
        }
        "dinh chi sinh hoat" | "dinh chi sinh hoat dang" => MemberStatus::Suspended,
        other => return MemberStatus::parse(&other.replace(' ', "_")),
    };
    Some(status)
}

/// The Vietnamese names of the standings a file may give.
pub const STATUS_NAMES: [&str; 4] = [
    "Chính thức",
    "Dự bị",
    "Miễn công tác và sinh hoạt đảng",
    "Đình chỉ sinh hoạt đảng",
];

/// Checks a unit row on its own; units open on `today` unless the row gives a date.
pub fn read_unit(
    map: &ColumnMap,
    row: &RawRow,
    today: NaiveDate,
) -> (Option<UnitRow>, Vec<Problem>) {
    let mut r = RowReader::new(map, row);
    let code = r.code("code", true);
    let name = r.text("name");
    let kind_text = r.text("kind");
    let kind = kind_text.as_deref().and_then(|t| {
        let kind = parse_kind(t).filter(|k| *k != OrgKind::Province);
        if kind.is_none() {
            r.report("kind", ImportProblem::BadKind, t);
        }
        kind
    });
    let parent_code = r.code("parent", true);
    let place = r.text("place");
    let valid_from = match r.date("from") {
        Ok(Some(d)) if d > today || d.year() < 1930 => {
            r.report(
                "from",
                ImportProblem::BadDate,
                d.format("%d/%m/%Y").to_string(),
            );
            Err(())
        }
        other => other,
    };
    // A row with problems is kept too, when its codes and kind could be read: the checks
    // across rows then find everything wrong with the file at once. (A file with any
    // problem is never applied.)
    let row = match (code, kind, parent_code) {
        (Some(code), Some(kind), Some(parent_code)) => Some(UnitRow {
            row_no: row.row_no,
            code,
            name: name.unwrap_or_default(),
            kind,
            parent_code,
            place: place.unwrap_or_default(),
            valid_from: valid_from.ok().flatten().unwrap_or(today),
        }),
        _ => None,
    };
    r.finish(row)
}

/// Checks a member row on its own; `today` bounds the birth year and the joining date.
pub fn read_member(
    map: &ColumnMap,
    row: &RawRow,
    today: NaiveDate,
) -> (Option<MemberRow>, Vec<Problem>) {
    let mut r = RowReader::new(map, row);
    let code = r.code("code", false);
    let full_name = r.text("name");
    let birth_year = match r.text("birth_year") {
        Some(t) if t.is_empty() => Ok(None),
        Some(t) => match t.parse::<i32>() {
            Ok(y) if (1900..=today.year() - 16).contains(&y) => Ok(Some(y)),
            _ => {
                r.report("birth_year", ImportProblem::BadYear, t);
                Err(())
            }
        },
        None => Err(()),
    };
    let joined_on = match r.date("joined") {
        Ok(Some(d)) if d > today || d.year() < 1930 => {
            r.report(
                "joined",
                ImportProblem::BadDate,
                d.format("%d/%m/%Y").to_string(),
            );
            Err(())
        }
        other => other,
    };
    let status = match r.text("status") {
        Some(t) if t.is_empty() => None,
        Some(t) => {
            let status = parse_status(&t).filter(|s| *s != MemberStatus::TransferredOut);
            if status.is_none() {
                r.report("status", ImportProblem::BadStatus, t);
            }
            status
        }
        None => None,
    };
    let cell_code = r.code("cell", true);
    let login = match r.code("login", true) {
        Some(l) if l.is_empty() => code.as_deref().map(str::to_lowercase),
        Some(l) => Some(l),
        None => None,
    };
    let login = login.filter(|l| {
        let ok = !l.is_empty()
            && l.chars().count() <= LOGIN_MAX
            && l.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if !ok {
            r.report("login", ImportProblem::BadLogin, l.clone());
        }
        ok
    });
    // Kept with its problems when its codes could be read (see `read_unit`).
    let row = match (code, cell_code, login) {
        (Some(code), Some(cell), Some(login)) => Some(MemberRow {
            row_no: row.row_no,
            code,
            full_name: full_name.unwrap_or_default(),
            birth_year: birth_year.ok().flatten(),
            joined_on: joined_on.ok().flatten(),
            status,
            cell_code: cell,
            login,
        }),
        _ => None,
    };
    r.finish(row)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_row(row_no: u32, cells: &[&str]) -> RawRow {
        RawRow {
            row_no,
            cells: cells.iter().map(|c| Value::Text((*c).to_owned())).collect(),
        }
    }

    fn headers(sheet: Sheet) -> Vec<String> {
        sheet
            .columns()
            .iter()
            .map(|c| c.header.to_owned())
            .collect()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).expect("date")
    }

    #[test]
    fn headers_are_recognised_without_tone_marks_case_or_order() {
        let map = ColumnMap::recognise(&headers(Sheet::Members)).expect("members");
        assert_eq!(map.sheet, Sheet::Members);
        let shuffled: Vec<String> = ["STT", "ma chi bo", "HỌ VÀ TÊN", "Mã  đảng viên"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let map = ColumnMap::recognise(&shuffled).expect("members");
        assert_eq!(map.positions[0], Some(3));
        assert_eq!(map.positions[5], Some(1));
        assert_eq!(
            ColumnMap::recognise(&headers(Sheet::Units)).map(|m| m.sheet),
            Some(Sheet::Units)
        );
        assert_eq!(
            ColumnMap::read(Sheet::Units, &["Tên tổ chức".to_owned()]),
            Err(vec!["Mã tổ chức", "Loại", "Mã tổ chức cấp trên"])
        );
        assert!(ColumnMap::recognise(&["Họ và tên".to_owned()]).is_none());
    }

    #[test]
    fn a_good_unit_row_reads_and_defaults_its_date_to_today() {
        let map = ColumnMap::recognise(&headers(Sheet::Units)).expect("units");
        let (row, problems) = read_unit(
            &map,
            &text_row(
                2,
                &[
                    "QT-01",
                    " Chi bộ  Khu phố 3 ",
                    "chi bo truc thuoc",
                    "qt",
                    "",
                    "",
                ],
            ),
            today(),
        );
        assert!(problems.is_empty(), "{problems:?}");
        let row = row.expect("row");
        assert_eq!(row.code, "qt-01");
        assert_eq!(row.name, "Chi bộ Khu phố 3");
        assert_eq!(row.kind, OrgKind::Cell);
        assert_eq!(row.valid_from, today());
    }

    #[test]
    fn every_bad_cell_of_a_unit_row_is_reported_with_its_column() {
        let map = ColumnMap::recognise(&headers(Sheet::Units)).expect("units");
        let (row, problems) = read_unit(
            &map,
            &text_row(7, &["qt 01", "", "Tổ dân phố", "qt", "", "31/02/2026"]),
            today(),
        );
        assert!(row.is_none(), "no code, no row");
        let found: Vec<(&str, ImportProblem)> =
            problems.iter().map(|p| (p.col, p.problem)).collect();
        assert_eq!(
            found,
            vec![
                ("code", ImportProblem::BadCode),
                ("name", ImportProblem::Missing),
                ("kind", ImportProblem::BadKind),
                ("from", ImportProblem::BadDate),
            ]
        );
        assert!(problems.iter().all(|p| p.row_no == 7));
    }

    #[test]
    fn a_member_row_takes_spreadsheet_numbers_dates_and_a_default_login() {
        let map = ColumnMap::recognise(&headers(Sheet::Members)).expect("members");
        let row = RawRow {
            row_no: 3,
            cells: vec![
                Value::Number(48012345.0),
                Value::Text("Nguyễn Thị Hoa".into()),
                Value::Number(1985.0),
                Value::Date(NaiveDate::from_ymd_opt(2010, 5, 19).expect("date")),
                Value::Text("Dự bị".into()),
                Value::Text("QT-01".into()),
                Value::Empty,
            ],
        };
        let (row, problems) = read_member(&map, &row, today());
        assert!(problems.is_empty(), "{problems:?}");
        let row = row.expect("row");
        assert_eq!(row.code, "48012345");
        assert_eq!(row.login, "48012345");
        assert_eq!(row.birth_year, Some(1985));
        assert_eq!(row.status, Some(MemberStatus::Probationary));
        assert_eq!(row.cell_code, "qt-01");
    }

    #[test]
    fn formulas_errors_bad_years_and_future_dates_are_refused() {
        let map = ColumnMap::recognise(&headers(Sheet::Members)).expect("members");
        let row = RawRow {
            row_no: 4,
            cells: vec![
                Value::Formula("A1+1".into()),
                Value::Error("#REF!".into()),
                Value::Text("năm 85".into()),
                Value::Text("01/01/2030".into()),
                Value::Text("Đã chuyển đi".into()),
                Value::Text("qt-01".into()),
                Value::Text("tên có dấu".into()),
            ],
        };
        let (row, problems) = read_member(&map, &row, today());
        assert!(row.is_none());
        let found: Vec<(&str, ImportProblem)> =
            problems.iter().map(|p| (p.col, p.problem)).collect();
        assert_eq!(
            found,
            vec![
                ("code", ImportProblem::Formula),
                ("name", ImportProblem::CellError),
                ("birth_year", ImportProblem::BadYear),
                ("joined", ImportProblem::BadDate),
                ("status", ImportProblem::BadStatus),
                ("login", ImportProblem::BadCode),
            ]
        );
        assert_eq!(problems[0].value, "=A1+1");
    }

    #[test]
    fn legacy_text_is_converted_and_said_so_without_blocking() {
        let map = ColumnMap::recognise(&headers(Sheet::Members)).expect("members");
        let (row, problems) = read_member(
            &map,
            &text_row(5, &["QT9", "NguyÔn V¨n §øc", "", "", "", "qt-01", ""]),
            today(),
        );
        let row = row.expect("a conversion does not block");
        assert_eq!(row.full_name, "Nguyễn Văn Đức");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].problem, ImportProblem::ConvertedTcvn3);
        assert!(!problems[0].problem.blocks());
    }

    #[test]
    fn kinds_and_standings_read_in_vietnamese_or_english() {
        for (i, name) in KIND_NAMES.iter().enumerate() {
            assert!(parse_kind(name).is_some(), "{i} {name}");
        }
        assert_eq!(parse_kind("CHI BỘ CƠ SỞ"), Some(OrgKind::GrassrootsCell));
        assert_eq!(
            parse_kind("grassroots party"),
            Some(OrgKind::GrassrootsParty)
        );
        assert_eq!(parse_kind("Tổ"), None);
        for name in STATUS_NAMES {
            assert!(parse_status(name).is_some(), "{name}");
        }
        assert_eq!(parse_status(""), Some(MemberStatus::Official));
        assert_eq!(excel_date(45658.0), NaiveDate::from_ymd_opt(2025, 1, 1));
        assert_eq!(excel_date(-3.0), None);
        assert_eq!(number_text(48012345.0), "48012345");
        assert_eq!(number_text(1.5), "1.5");
    }
}
