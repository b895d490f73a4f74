//! How official party documents write things (HD 36-HD/VPTW): the date line, and names
//! in capitals.

use chrono::{Datelike, NaiveDate};

/// "ngày 15 tháng 3 năm 2017": days below 10 and the months January and February take a
/// leading zero ("ngày 05 tháng 02 năm 2017"), so that nothing can be written before them.
pub fn official_date(date: NaiveDate) -> String {
    let day = date.day();
    let month = date.month();
    let day = if day < 10 {
        format!("0{day}")
    } else {
        day.to_string()
    };
    let month = if month <= 2 {
        format!("0{month}")
    } else {
        month.to_string()
    };
    format!("ngày {day} tháng {month} năm {}", date.year())
}

/// The place and date line: "Đông Hà, ngày 15 tháng 3 năm 2017".
pub fn place_and_date(place: &str, date: NaiveDate) -> String {
    if place.is_empty() {
        official_date(date)
    } else {
        format!("{place}, {}", official_date(date))
    }
}

/// A name as the heading of a document writes it: in capitals, Vietnamese marks kept.
pub fn capitals(text: &str) -> String {
    text.to_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_are_written_as_documents_write_them() {
        assert_eq!(
            place_and_date("Đông Hà", d(2017, 3, 15)),
            "Đông Hà, ngày 15 tháng 3 năm 2017"
        );
        assert_eq!(official_date(d(2017, 2, 5)), "ngày 05 tháng 02 năm 2017");
        assert_eq!(official_date(d(2026, 1, 20)), "ngày 20 tháng 01 năm 2026");
        assert_eq!(official_date(d(2017, 12, 9)), "ngày 09 tháng 12 năm 2017");
        assert_eq!(
            place_and_date("", d(2017, 11, 30)),
            "ngày 30 tháng 11 năm 2017"
        );
    }

    #[test]
    fn capitals_keep_the_marks() {
        assert_eq!(capitals("Chi bộ Khu phố 3"), "CHI BỘ KHU PHỐ 3");
        assert_eq!(capitals("Đảng ủy phường Đông Hà"), "ĐẢNG ỦY PHƯỜNG ĐÔNG HÀ");
    }
}
