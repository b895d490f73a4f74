//! Deadlines judged in Vietnam's calendar: how many days are left, or how late.

use chrono::{Duration, NaiveDate, Utc};

/// Today in Vietnam (UTC+7 all year): a deadline "on 31/3" ends at midnight there.
pub fn today_in_vietnam() -> NaiveDate {
    day_in_vietnam(Utc::now())
}

/// The day a moment falls on in Vietnam.
pub fn day_in_vietnam(at: chrono::DateTime<Utc>) -> NaiveDate {
    (at + Duration::hours(7)).date_naive()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineStatus {
    /// Days left, counting today (0 = due today).
    DaysLeft(i64),
    /// Days past the deadline (at least 1).
    Overdue(i64),
}

/// Where `today` stands against a deadline that ends on `deadline` (inclusive).
pub fn status(deadline: NaiveDate, today: NaiveDate) -> DeadlineStatus {
    let days = (deadline - today).num_days();
    if days >= 0 {
        DeadlineStatus::DaysLeft(days)
    } else {
        DeadlineStatus::Overdue(-days)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moment_falls_on_its_day_in_vietnam() {
        let evening = chrono::DateTime::parse_from_rfc3339("2017-03-31T17:30:00Z")
            .expect("time")
            .with_timezone(&Utc);
        assert_eq!(
            day_in_vietnam(evening),
            NaiveDate::from_ymd_opt(2017, 4, 1).expect("day")
        );
        let morning = chrono::DateTime::parse_from_rfc3339("2017-03-31T16:59:59Z")
            .expect("time")
            .with_timezone(&Utc);
        assert_eq!(
            day_in_vietnam(morning),
            NaiveDate::from_ymd_opt(2017, 3, 31).expect("day")
        );
    }

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2017, m, day).unwrap()
    }

    #[test]
    fn the_deadline_day_itself_is_not_late() {
        assert_eq!(status(d(3, 31), d(3, 31)), DeadlineStatus::DaysLeft(0));
        assert_eq!(status(d(3, 31), d(3, 29)), DeadlineStatus::DaysLeft(2));
        assert_eq!(status(d(3, 31), d(4, 1)), DeadlineStatus::Overdue(1));
        assert_eq!(status(d(3, 31), d(4, 30)), DeadlineStatus::Overdue(30));
    }
}
