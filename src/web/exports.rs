//! Spreadsheets and CSV files for reporting upward: a title naming the unit and the year,
//! Vietnamese headers frozen above the rows, numbers, percentages and dates as such (not
//! text), column widths. XLSX sheets are written row by row to a temporary file
//! (`rust_xlsxwriter`'s constant-memory mode), CSV is sent as it is read: a list of the
//! whole province is never held in memory. CSV starts with a byte-order mark, which
//! spreadsheet programs need to read Vietnamese.

use axum::body::{Body, Bytes};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, XlsxError};
use tokio::sync::mpsc;

use crate::error::{AppError, AppResult};
use crate::i18n::Lang;

/// One cell of a row.
#[derive(Debug, Clone)]
pub enum Value {
    Text(String),
    Count(i64),
    /// A share from 0 to 1; none with nothing to count.
    Share(Option<f64>),
    /// Points with one decimal; none when there are none.
    Points(Option<f64>),
    Date(Option<NaiveDate>),
}

impl Value {
    /// As CSV writes it: shares as percentages with one decimal, dates dd/mm/yyyy, and
    /// text that a spreadsheet program would take for a formula (=, +, -, @ first)
    /// preceded by an apostrophe, so that opening the file runs nothing.
    fn text(&self) -> String {
        match self {
            Value::Text(t) if t.starts_with(['=', '+', '-', '@', '\t', '\r']) => format!("'{t}"),
            Value::Text(t) => t.clone(),
            Value::Count(n) => n.to_string(),
            Value::Share(Some(v)) => format!("{:.1}", v * 100.0),
            Value::Points(Some(v)) => format!("{v:.1}"),
            Value::Date(Some(d)) => d.format("%d/%m/%Y").to_string(),
            Value::Share(None) | Value::Points(None) | Value::Date(None) => String::new(),
        }
    }
}

/// A column: its header and its width in characters.
pub struct Column {
    pub header: String,
    pub width: f64,
}

/// A spreadsheet being written: the title, a line under it, the headers, then the rows.
pub struct Sheet {
    workbook: Workbook,
    row: u32,
    text: Format,
    bold: Format,
    count: Format,
    share: Format,
    points: Format,
    date: Format,
}

/// The row the headers are on (after the title, the line under it and a blank line).
const HEAD_ROW: u32 = 3;

impl Sheet {
    pub fn new(
        name: &str,
        title: &str,
        under: &str,
        columns: &[Column],
    ) -> Result<Sheet, XlsxError> {
        let mut workbook = Workbook::new();
        let border = |f: Format| f.set_border(FormatBorder::Thin);
        let header = border(
            Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color("#F2F2F2"),
        );
        let sheet = workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name(name)?;
        for (col, c) in (0u16..).zip(columns) {
            sheet.set_column_width(col, c.width)?;
        }
        sheet.set_freeze_panes(HEAD_ROW + 1, 0)?;
        sheet.write_string_with_format(0, 0, title, &Format::new().set_bold().set_font_size(14))?;
        sheet.write_string(1, 0, under)?;
        sheet.set_row_height(HEAD_ROW, 45)?;
        for (col, c) in (0u16..).zip(columns) {
            sheet.write_string_with_format(HEAD_ROW, col, &c.header, &header)?;
        }
        Ok(Sheet {
            workbook,
            row: HEAD_ROW + 1,
            text: border(Format::new().set_text_wrap()),
            bold: border(Format::new().set_bold().set_text_wrap()),
            count: border(Format::new().set_num_format("#,##0")),
            share: border(Format::new().set_num_format("0.0%")),
            points: border(Format::new().set_num_format("0.0")),
            date: border(Format::new().set_num_format("dd/mm/yyyy")),
        })
    }

    /// Writes a row (in bold: a total).
    pub fn push(&mut self, values: &[Value], bold: bool) -> Result<(), XlsxError> {
        let sheet = self.workbook.worksheet_from_index(0)?;
        let row = self.row;
        for (col, value) in (0u16..).zip(values) {
            match value {
                Value::Text(t) => {
                    let format = if bold { &self.bold } else { &self.text };
                    sheet.write_string_with_format(row, col, t, format)?;
                }
                #[allow(clippy::cast_precision_loss)]
                Value::Count(n) => {
                    sheet.write_number_with_format(row, col, *n as f64, &self.count)?;
                }
                Value::Share(Some(v)) => {
                    sheet.write_number_with_format(row, col, *v, &self.share)?;
                }
                Value::Points(Some(v)) => {
                    sheet.write_number_with_format(row, col, *v, &self.points)?;
                }
                Value::Date(Some(d)) => {
                    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(
                        u16::try_from(chrono::Datelike::year(d)).unwrap_or(1900),
                        u8::try_from(chrono::Datelike::month(d)).unwrap_or(1),
                        u8::try_from(chrono::Datelike::day(d)).unwrap_or(1),
                    )?;
                    sheet.write_datetime_with_format(row, col, &date, &self.date)?;
                }
                Value::Share(None) | Value::Points(None) | Value::Date(None) => {
                    sheet.write_blank(row, col, &self.text)?;
                }
            }
        }
        self.row += 1;
        Ok(())
    }

    pub fn finish(mut self) -> Result<Vec<u8>, XlsxError> {
        self.workbook.save_to_buffer()
    }
}

/// A file to download.
pub fn attachment(name: &str, content_type: &'static str, body: Body) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response()
}

pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
pub const CSV: &str = "text/csv; charset=utf-8";

/// The line under a file's title: the day it was drawn.
pub fn drawn_on(lang: Lang) -> String {
    format!(
        "{} {}",
        lang.t(msg!("dash-drawn_on")),
        lang.date(&crate::domain::deadline::today_in_vietnam())
    )
}

/// A table of a few hundred rows as a spreadsheet to download, written at once (the last
/// row in bold when it is a total).
pub fn xlsx_table(
    file: &str,
    sheet_name: &str,
    title: &str,
    lang: Lang,
    columns: &[Column],
    rows: &[Vec<Value>],
    total_last: bool,
) -> AppResult<Response> {
    let internal = |e: XlsxError| AppError::Internal(e.into());
    let mut sheet = Sheet::new(sheet_name, title, &drawn_on(lang), columns).map_err(internal)?;
    let last = rows.len().saturating_sub(1);
    for (i, row) in rows.iter().enumerate() {
        sheet.push(row, total_last && i == last).map_err(internal)?;
    }
    Ok(attachment(
        file,
        XLSX,
        Body::from(sheet.finish().map_err(internal)?),
    ))
}

/// One CSV record as bytes.
fn csv_record(fields: impl IntoIterator<Item = String>) -> csv::Result<Bytes> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(fields)?;
    writer
        .into_inner()
        .map(Bytes::from)
        .map_err(|e| csv::Error::from(e.into_error()))
}

/// The header line, preceded by the byte-order mark.
pub fn csv_header(columns: &[Column]) -> csv::Result<Bytes> {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(&csv_record(columns.iter().map(|c| c.header.clone()))?);
    Ok(Bytes::from(bytes))
}

/// A row's line.
pub fn csv_line(values: &[Value]) -> csv::Result<Bytes> {
    csv_record(values.iter().map(Value::text))
}

/// How long a download may wait for its client to take the next part before it stops
/// (and gives its database connection back).
pub const SEND_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// A CSV download whose lines arrive on `lines` as they are produced (by a task reading
/// the database). An error on the way ends the response as broken, so that the browser
/// marks the download failed rather than keeping a list that looks complete.
pub fn csv_stream(name: &str, lines: mpsc::Receiver<std::io::Result<Bytes>>) -> Response {
    let stream = futures_util::stream::unfold(lines, |mut rx| async move {
        rx.recv().await.map(|line| (line, rx))
    });
    attachment(name, CSV, Body::from_stream(stream))
}

/// Where the rows of a spreadsheet being written go: a row, and whether it is a total.
pub type RowSender = mpsc::Sender<(Vec<Value>, bool)>;

/// The spreadsheet's bytes, once its rows are all sent.
pub type Written = tokio::task::JoinHandle<Result<Vec<u8>, XlsxError>>;

/// A spreadsheet written on a blocking thread from the rows sent to it, so that zipping a
/// province's list does not hold up the server's other requests. Dropping the sender
/// finishes the file.
pub fn sheet_writer(
    name: &'static str,
    title: String,
    under: String,
    columns: Vec<Column>,
) -> (RowSender, Written) {
    let (rows, mut received) = mpsc::channel::<(Vec<Value>, bool)>(256);
    let writer = tokio::task::spawn_blocking(move || {
        let mut sheet = Sheet::new(name, &title, &under, &columns)?;
        while let Some((row, total)) = received.blocking_recv() {
            sheet.push(&row, total)?;
        }
        sheet.finish()
    });
    (rows, writer)
}

/// A small CSV download made at once.
pub fn csv_whole(name: &str, columns: &[Column], rows: &[Vec<Value>]) -> AppResult<Response> {
    let internal = |e: csv::Error| AppError::Internal(e.into());
    let mut body = csv_header(columns).map_err(internal)?.to_vec();
    for row in rows {
        body.extend_from_slice(&csv_line(row).map_err(internal)?);
    }
    Ok(attachment(name, CSV, Body::from(body)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_writes_shares_as_percentages_and_dates_day_first() {
        let header = csv_header(&[Column {
            header: "Họ và tên".into(),
            width: 10.0,
        }])
        .expect("header");
        assert!(header.starts_with("\u{feff}Họ và tên".as_bytes()));
        let line = csv_line(&[
            Value::Text("Nguyễn Văn \"A\", chi bộ 1".into()),
            Value::Count(12),
            Value::Share(Some(0.875)),
            Value::Share(None),
            Value::Points(Some(27.54)),
            Value::Date(NaiveDate::from_ymd_opt(2018, 1, 10)),
        ])
        .expect("line");
        assert_eq!(
            std::str::from_utf8(&line).expect("utf-8"),
            "\"Nguyễn Văn \"\"A\"\", chi bộ 1\",12,87.5,,27.5,10/01/2018\n"
        );
    }

    #[test]
    fn text_that_looks_like_a_formula_is_not_one_in_csv() {
        for (text, written) in [
            (
                "=HYPERLINK(\"http://x\")",
                "\"'=HYPERLINK(\"\"http://x\"\")\"\n",
            ),
            ("+84 912", "'+84 912\n"),
            ("-1", "'-1\n"),
            ("@SUM(A1)", "'@SUM(A1)\n"),
            ("Lê Văn A", "Lê Văn A\n"),
        ] {
            let line = csv_line(&[Value::Text(text.into())]).expect("line");
            assert_eq!(
                std::str::from_utf8(&line).expect("utf-8"),
                written,
                "{text}"
            );
        }
        // Numbers stay numbers.
        let line = csv_line(&[Value::Count(-3)]).expect("line");
        assert_eq!(&line[..], b"-3\n");
    }

    #[test]
    fn a_sheet_with_every_kind_of_value_is_a_zip_file() {
        let columns = [
            Column {
                header: "A".into(),
                width: 20.0,
            },
            Column {
                header: "B".into(),
                width: 8.0,
            },
        ];
        let mut sheet =
            Sheet::new("Danh sach", "Tiêu đề", "Lập ngày 26/11/2026", &columns).expect("sheet");
        sheet
            .push(
                &[
                    Value::Text("x".into()),
                    Value::Count(3),
                    Value::Share(Some(0.5)),
                    Value::Points(None),
                    Value::Date(NaiveDate::from_ymd_opt(2017, 12, 31)),
                ],
                false,
            )
            .expect("row");
        sheet
            .push(&[Value::Text("Cộng".into())], true)
            .expect("total");
        let bytes = sheet.finish().expect("xlsx");
        assert!(bytes.starts_with(b"PK"), "an xlsx file is a zip archive");
    }
}
