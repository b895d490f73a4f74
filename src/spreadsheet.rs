//! Reading an uploaded spreadsheet (XLSX or CSV) row by row, without holding it: the
//! sheets are found by name or by their header row, every row is handed on as it is read,
//! and files that are not what they claim (empty, another format, a zip bomb, no sheet
//! with the expected columns, too many rows) are refused with the reason.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use calamine::{DataRef, Reader, Xlsx};

use crate::domain::import::{
    ColumnMap, ImportProblem, MAX_ROWS, Problem, RawRow, Sheet, Value, fold,
};

/// Columns read from a row; anything to the right is ignored.
const MAX_COLUMNS: u32 = 60;
/// A header row is looked for in this many rows at the top of a sheet (a title may sit
/// above it).
const HEADER_ROWS: u32 = 10;
/// A workbook's parts may hold at most this much once unpacked…
const MAX_UNPACKED_BYTES: u64 = 256 << 20;
/// …and no large part may unpack to more than this many times its packed size (well
/// above what spreadsheet XML compresses to, far below a zip bomb).
const MAX_PACKING_RATIO: u64 = 250;
const MAX_PARTS: usize = 10_000;
/// The most rows a sheet can have (Excel's limit).
const SHEET_ROWS: u32 = 1_048_576;
/// The shared strings a workbook may declare (a province is a few hundred thousand).
const MAX_SHARED_STRINGS: u64 = 5_000_000;
/// A cell's text is cut here: far beyond any column's limit, it is reported too long
/// without being held or examined whole.
const MAX_CELL_BYTES: usize = 4096;
/// Merged ranges reported per sheet (the first ones say enough).
const MAX_MERGED_REPORTED: usize = 100;

/// Why a whole file is refused (nothing of it is imported).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    /// Not XLSX or CSV (a PDF, an image, a Word file…).
    NotSpreadsheet,
    /// An Excel 97–2003 workbook: to be saved as .xlsx first.
    OldExcel,
    /// An OpenDocument spreadsheet (LibreOffice, WPS): to be saved as .xlsx or CSV first.
    OpenDocument,
    /// A damaged or not-really-XLSX zip.
    Damaged,
    /// Unpacks to far more than it weighs: refused unread.
    ZipBomb,
    /// No sheet with the columns of either sheet; the sheets found.
    NoSheet(Vec<String>),
    /// The sheet named like the template's lacks these required columns.
    MissingColumns(Sheet, Vec<&'static str>),
    TooManyRows,
    /// Two sheets with the columns of the same kind (the rows would mix).
    TwoSheets(Sheet),
    /// A CSV not saved as UTF-8 whose header cannot be read.
    NotUtf8,
}

impl Refusal {
    /// The message id that explains it.
    pub fn message(&self) -> &'static str {
        match self {
            Refusal::Empty => msg!("import-refused-empty"),
            Refusal::NotSpreadsheet => msg!("import-refused-not_spreadsheet"),
            Refusal::OldExcel => msg!("import-refused-old_excel"),
            Refusal::OpenDocument => msg!("import-refused-open_document"),
            Refusal::Damaged => msg!("import-refused-damaged"),
            Refusal::ZipBomb => msg!("import-refused-zip_bomb"),
            Refusal::NoSheet(_) => msg!("import-refused-no_sheet"),
            Refusal::MissingColumns(..) => msg!("import-refused-missing_columns"),
            Refusal::TooManyRows => msg!("import-refused-too_many_rows"),
            Refusal::TwoSheets(_) => msg!("import-refused-two_sheets"),
            Refusal::NotUtf8 => msg!("import-refused-not_utf8"),
        }
    }

    /// What the message names: the sheets found, or the sheet and its missing columns.
    pub fn argument(&self) -> Option<String> {
        match self {
            Refusal::NoSheet(found) => Some(found.join(", ")),
            Refusal::MissingColumns(sheet, missing) => {
                Some(format!("{}: {}", sheet.title(), missing.join(", ")))
            }
            Refusal::TwoSheets(sheet) => Some(sheet.title().to_owned()),
            _ => None,
        }
    }
}

/// What reading a file finds, in order.
#[derive(Debug)]
pub enum Found {
    /// A sheet starts: its columns, and its name in the workbook (a CSV has none).
    Sheet(ColumnMap, Option<String>),
    Row(Sheet, RawRow),
    /// A problem of the file's layout in a sheet (merged cells).
    Problem(Sheet, Problem),
}

/// Reads the file at `path`, handing each sheet, row and layout problem to `found`, which
/// returns false to stop. `name` is the file's name as uploaded (for CSV, which has no
/// signature).
pub fn read(path: &Path, name: &str, found: &mut dyn FnMut(Found) -> bool) -> Result<(), Refusal> {
    let mut file = File::open(path).map_err(|_| Refusal::Damaged)?;
    let mut head = [0u8; 8];
    let read = read_up_to(&mut file, &mut head);
    file.seek(SeekFrom::Start(0))
        .map_err(|_| Refusal::Damaged)?;
    let head = &head[..read];
    if head.starts_with(b"PK\x03\x04") {
        check_zip(&mut file)?;
        file.seek(SeekFrom::Start(0))
            .map_err(|_| Refusal::Damaged)?;
        read_xlsx(file, found)
    } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        Err(Refusal::OldExcel)
    } else if head.is_empty() || head == b"\xEF\xBB\xBF" {
        Err(Refusal::Empty)
    } else if looks_like_text(head) || fold(name).ends_with(".csv") {
        read_csv(file, found)
    } else {
        Err(Refusal::NotSpreadsheet)
    }
}

fn read_up_to(file: &mut File, buf: &mut [u8]) -> usize {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(&mut buf[filled..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => filled += n,
        }
    }
    filled
}

/// No control bytes other than tabs and line ends: text, in some encoding.
fn looks_like_text(head: &[u8]) -> bool {
    head.iter()
        .all(|b| *b >= 0x20 || matches!(b, b'\t' | b'\n' | b'\r'))
}

/// Refuses a zip whose parts would unpack to too much, before anything unpacks them.
fn check_zip(file: &mut File) -> Result<(), Refusal> {
    let mut archive = zip::ZipArchive::new(&mut *file).map_err(|_| Refusal::Damaged)?;
    if archive.len() > MAX_PARTS {
        return Err(Refusal::ZipBomb);
    }
    if is_open_document(&mut archive) {
        return Err(Refusal::OpenDocument);
    }
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let Ok(meta) = archive.by_index_raw(i) else {
            return Err(Refusal::Damaged);
        };
        let (size, packed) = (meta.size(), meta.compressed_size());
        total = total.saturating_add(size);
        if total > MAX_UNPACKED_BYTES
            || (size > 1 << 20 && size / packed.max(1) > MAX_PACKING_RATIO)
        {
            return Err(Refusal::ZipBomb);
        }
    }
    check_shared_strings(&mut archive)
}

/// An OpenDocument file names its kind in a first part called `mimetype`. (Its reader
/// would hold the whole sheet in memory, so it is asked for as XLSX or CSV instead.)
fn is_open_document<R: Read + Seek>(archive: &mut zip::ZipArchive<R>) -> bool {
    let Ok(part) = archive.by_name("mimetype") else {
        return false;
    };
    let mut kind = Vec::new();
    part.take(100).read_to_end(&mut kind).is_ok()
        && kind.starts_with(b"application/vnd.oasis.opendocument")
}

/// The reader sets room aside for as many shared strings as the workbook declares: a
/// small file declaring billions would exhaust the memory. Each string takes at least a
/// few bytes of the part, so a count beyond that is a lie.
fn check_shared_strings<R: Read + Seek>(archive: &mut zip::ZipArchive<R>) -> Result<(), Refusal> {
    let Ok(part) = archive.by_name("xl/sharedStrings.xml") else {
        return Ok(());
    };
    let size = part.size();
    let mut head = Vec::with_capacity(2048);
    part.take(2048)
        .read_to_end(&mut head)
        .map_err(|_| Refusal::Damaged)?;
    let head = String::from_utf8_lossy(&head);
    let declared = |name: &str| -> Option<u64> {
        let at = head.find(&format!(" {name}=\""))? + name.len() + 3;
        let digits: String = head[at..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        Some(digits.parse().unwrap_or(u64::MAX))
    };
    for name in ["count", "uniqueCount"] {
        if let Some(n) = declared(name)
            && (n > MAX_SHARED_STRINGS || n > size / 4 + 16)
        {
            return Err(Refusal::Damaged);
        }
    }
    Ok(())
}

fn read_xlsx(file: File, found: &mut dyn FnMut(Found) -> bool) -> Result<(), Refusal> {
    let mut workbook = Xlsx::new(BufReader::new(file)).map_err(|_| Refusal::Damaged)?;
    let names = workbook.sheet_names();
    // Sheets named like the template's come first; the others are tried by their header.
    let mut order: Vec<&String> = names.iter().collect();
    order.sort_by_key(|n| !Sheet::ALL.iter().any(|s| fold(s.title()) == fold(n)));
    let mut seen = Vec::new();
    let mut rows: u32 = 0;
    for name in order {
        let named = Sheet::ALL
            .into_iter()
            .find(|s| fold(s.title()) == fold(name));
        let merged = workbook.merge_cells_by_sheet_name(name).unwrap_or_default();
        let mut cells = workbook
            .worksheet_cells_reader(name)
            .map_err(|_| Refusal::Damaged)?;
        let mut sheet: Option<ColumnMap> = None;
        let mut current: Option<RawRow> = None;
        let mut stop = false;
        let mut last_row: u32 = 0;
        loop {
            let cell = match cells.next_cell_with_formula() {
                Ok(Some(cell)) => cell,
                Ok(None) => break,
                Err(_) => return Err(Refusal::Damaged),
            };
            let (r, c) = cell.pos;
            // Rows come in order, each once, within a sheet's limit; anything else is a
            // made-up file (and would number two rows alike).
            let previous = current.as_ref().map_or(last_row, |row| row.row_no);
            if r >= SHEET_ROWS || (r + 1 < previous) {
                return Err(Refusal::Damaged);
            }
            if current.as_ref().is_some_and(|row| row.row_no != r + 1)
                && let Some(row) = current.take()
            {
                last_row = row.row_no + 1;
                stop = !take_row(row, &mut sheet, (name, named), &merged, &mut rows, found)?;
                if stop || (sheet.is_none() && r >= HEADER_ROWS) {
                    break;
                }
            }
            if c >= MAX_COLUMNS {
                continue;
            }
            let row = current.get_or_insert_with(|| RawRow {
                row_no: r + 1,
                cells: Vec::new(),
            });
            let at = c as usize;
            if row.cells.len() <= at {
                row.cells.resize(at + 1, Value::Empty);
            }
            row.cells[at] = match cell.formula {
                Some(formula) if !formula.is_empty() => Value::Formula(formula),
                _ => value_of(&cell.value),
            };
        }
        if !stop && let Some(row) = current.take() {
            stop = !take_row(row, &mut sheet, (name, named), &merged, &mut rows, found)?;
        }
        drop(cells);
        if stop {
            return Ok(());
        }
        match (sheet, named) {
            (Some(map), _) if seen.contains(&map.sheet) => {
                return Err(Refusal::TwoSheets(map.sheet));
            }
            (Some(map), _) => seen.push(map.sheet),
            (None, Some(expected)) => {
                // Named like the template's but its header is not: say which columns lack.
                let headers = first_rows_headers(&mut workbook, name);
                let missing = ColumnMap::read(expected, &headers)
                    .err()
                    .unwrap_or_default();
                return Err(Refusal::MissingColumns(expected, missing));
            }
            (None, None) => {}
        }
    }
    if seen.is_empty() {
        return Err(if names.is_empty() {
            Refusal::Empty
        } else {
            Refusal::NoSheet(names)
        });
    }
    Ok(())
}

/// The header-like row of a sheet named like the template's: its first row with text.
fn first_rows_headers(workbook: &mut Xlsx<BufReader<File>>, name: &str) -> Vec<String> {
    let Ok(mut cells) = workbook.worksheet_cells_reader(name) else {
        return Vec::new();
    };
    let mut headers = Vec::new();
    let mut header_row = None;
    while let Ok(Some(cell)) = cells.next_cell() {
        let (r, c) = cell.get_position();
        if header_row.is_some_and(|h| h != r) || r >= HEADER_ROWS || c >= MAX_COLUMNS {
            break;
        }
        if let Value::Text(t) = value_of(cell.get_value()) {
            header_row = Some(r);
            headers.resize(c as usize + 1, String::new());
            headers[c as usize] = t;
        }
    }
    headers
}

/// Hands on one row: before the header, looks for the header; after it, a data row.
fn take_row(
    row: RawRow,
    sheet: &mut Option<ColumnMap>,
    (name, named): (&str, Option<Sheet>),
    merged: &[calamine::Dimensions],
    rows: &mut u32,
    found: &mut dyn FnMut(Found) -> bool,
) -> Result<bool, Refusal> {
    match sheet {
        None => {
            let headers: Vec<String> = row.cells.iter().map(header_text).collect();
            let map = match named {
                Some(expected) => ColumnMap::read(expected, &headers).ok(),
                None => ColumnMap::recognise(&headers),
            };
            if let Some(map) = map {
                let kind = map.sheet;
                *sheet = Some(map.clone());
                if !found(Found::Sheet(map, Some(name.to_owned()))) {
                    return Ok(false);
                }
                let below = merged.iter().filter(|d| d.end.0 + 1 >= row.row_no);
                for region in below.take(MAX_MERGED_REPORTED) {
                    let problem = Problem {
                        row_no: region.start.0.max(row.row_no - 1) + 1,
                        col: "",
                        problem: ImportProblem::MergedCells,
                        value: format!("{}:{}", cell_name(region.start), cell_name(region.end)),
                    };
                    if !found(Found::Problem(kind, problem)) {
                        return Ok(false);
                    }
                }
            }
            Ok(true)
        }
        Some(map) => {
            if row.is_blank() {
                return Ok(true);
            }
            *rows += 1;
            if *rows > MAX_ROWS {
                return Err(Refusal::TooManyRows);
            }
            Ok(found(Found::Row(map.sheet, row)))
        }
    }
}

fn header_text(value: &Value) -> String {
    match value {
        Value::Text(t) | Value::NotUtf8(t) => t.clone(),
        _ => String::new(),
    }
}

/// "B7" for the zero-based (row 6, column 1).
fn cell_name((row, col): (u32, u32)) -> String {
    let mut letters = Vec::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", letters.into_iter().collect::<String>(), row + 1)
}

/// A cell's text, cut at `MAX_CELL_BYTES` (on a character boundary).
fn capped(text: &str) -> String {
    if text.len() <= MAX_CELL_BYTES {
        return text.to_owned();
    }
    let mut end = MAX_CELL_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_owned()
}

fn value_of(value: &DataRef<'_>) -> Value {
    match value {
        DataRef::Empty => Value::Empty,
        DataRef::Int(n) => Value::Number(*n as f64),
        DataRef::Float(f) => Value::Number(*f),
        DataRef::String(s) => Value::Text(capped(s)),
        DataRef::SharedString(s) => Value::Text(capped(s)),
        DataRef::Bool(b) => Value::Text(if *b { "TRUE" } else { "FALSE" }.to_owned()),
        DataRef::DateTime(d) => {
            if d.is_duration() {
                Value::Text(d.as_f64().to_string())
            } else {
                crate::domain::import::excel_date(d.as_f64())
                    .map_or_else(|| Value::Text(d.as_f64().to_string()), Value::Date)
            }
        }
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Value::Text(s.clone()),
        DataRef::Error(e) => Value::Error(e.to_string()),
    }
}

fn read_csv(file: File, found: &mut dyn FnMut(Found) -> bool) -> Result<(), Refusal> {
    let mut reader = BufReader::new(file);
    let delimiter = sniff_delimiter(&mut reader);
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(reader);
    let mut record = csv::ByteRecord::new();
    let mut sheet: Option<ColumnMap> = None;
    let mut rows: u32 = 0;
    let mut any = false;
    let mut first_headers = Vec::new();
    let mut not_utf8 = false;
    loop {
        match csv.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(_) => return Err(Refusal::Damaged),
        }
        // The line the record starts on, as a text editor or spreadsheet numbers it.
        let row_no = record
            .position()
            .map_or(0, |p| u32::try_from(p.line()).unwrap_or(u32::MAX));
        let cells: Vec<Value> = record
            .iter()
            .take(MAX_COLUMNS as usize)
            .enumerate()
            .map(|(i, bytes)| {
                // The byte-order mark of the first cell is not part of it.
                let bytes = if row_no <= 1 && i == 0 {
                    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
                } else {
                    bytes
                };
                csv_value(bytes)
            })
            .collect();
        let row = RawRow { row_no, cells };
        if row.is_blank() {
            continue;
        }
        any = true;
        if sheet.is_none() {
            let headers: Vec<String> = row.cells.iter().map(header_text).collect();
            match ColumnMap::recognise(&headers) {
                Some(map) => {
                    sheet = Some(map.clone());
                    if !found(Found::Sheet(map, None)) {
                        return Ok(());
                    }
                }
                None if row_no > HEADER_ROWS => break,
                None => {
                    not_utf8 |= row.cells.iter().any(|c| matches!(c, Value::NotUtf8(_)));
                    if first_headers.is_empty() {
                        first_headers = headers;
                    }
                }
            }
            continue;
        }
        rows += 1;
        if rows > MAX_ROWS {
            return Err(Refusal::TooManyRows);
        }
        if let Some(map) = &sheet
            && !found(Found::Row(map.sheet, row))
        {
            return Ok(());
        }
    }
    match sheet {
        Some(_) => Ok(()),
        None if !any => Err(Refusal::Empty),
        // Saved in a Windows code page: its header is unreadable too.
        None if not_utf8 => Err(Refusal::NotUtf8),
        None => {
            // Say which columns lack, for the sheet the header resembles most.
            let best = Sheet::ALL
                .into_iter()
                .filter_map(|s| ColumnMap::read(s, &first_headers).err().map(|m| (s, m)))
                .min_by_key(|(s, m)| {
                    m.len() * 10 / s.columns().iter().filter(|c| c.required).count().max(1)
                });
            match best {
                Some((s, missing)) if missing.len() < 3 => Err(Refusal::MissingColumns(s, missing)),
                _ => Err(Refusal::NotSpreadsheet),
            }
        }
    }
}

/// A CSV cell: UTF-8 text, or else the bytes read as Windows-1252 (where legacy
/// Vietnamese encodings show, to be recognised or reported).
fn csv_value(bytes: &[u8]) -> Value {
    let bytes = &bytes[..bytes.len().min(MAX_CELL_BYTES)];
    match std::str::from_utf8(bytes) {
        Ok(text) if text.trim().is_empty() => Value::Empty,
        Ok(text) => Value::Text(text.to_owned()),
        // Cut inside a character: the text up to it.
        Err(e) if e.error_len().is_none() && e.valid_up_to() > 0 => {
            Value::Text(String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned())
        }
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Value::NotUtf8(text.into_owned())
        }
    }
}

/// The separator of the first line: a semicolon or a tab where a spreadsheet's regional
/// settings wrote one, a comma otherwise.
fn sniff_delimiter(reader: &mut BufReader<File>) -> u8 {
    use std::io::BufRead;
    let line = match reader.fill_buf() {
        Ok(buf) => buf
            .split(|b| *b == b'\n')
            .next()
            .unwrap_or_default()
            .to_vec(),
        Err(_) => return b',',
    };
    let count = |d: u8| line.iter().filter(|b| **b == d).count();
    let (commas, semicolons, tabs) = (count(b','), count(b';'), count(b'\t'));
    if semicolons > commas && semicolons >= tabs {
        b';'
    } else if tabs > commas {
        b'\t'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(cell_name((0, 0)), "A1");
        assert_eq!(cell_name((6, 1)), "B7");
        assert_eq!(cell_name((9, 26)), "AA10");
    }

    #[test]
    fn text_is_told_from_binary_by_its_first_bytes() {
        assert!(looks_like_text(b"Ma to chuc,Ten"));
        assert!(looks_like_text("Mã".as_bytes()));
        assert!(!looks_like_text(b"\x89PNG\r\n\x1a\n"));
        assert!(!looks_like_text(b"%PDF-1.4\x00"));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_kept_as_windows_1252() {
        assert_eq!(csv_value("Hà".as_bytes()), Value::Text("Hà".into()));
        // A huge cell is cut, on a character boundary.
        let long = "ệ".repeat(3000);
        match csv_value(long.as_bytes()) {
            Value::Text(t) => assert!(t.len() <= MAX_CELL_BYTES && t.chars().all(|c| c == 'ệ')),
            other => panic!("{other:?}"),
        }
        assert_eq!(capped(&long).chars().count(), MAX_CELL_BYTES / 3);
        assert_eq!(csv_value(b"  "), Value::Empty);
        assert_eq!(csv_value(b"V\xa8n"), Value::NotUtf8("V¨n".into()));
    }
}
