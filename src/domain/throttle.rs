//! How fast wrong passwords may be tried: by login and address together, and by address.
//! Guessing slows down step by step instead of locking anyone out, and failures from one
//! address never stop the right password from another.

use chrono::{DateTime, Duration, Utc};

/// Failed (or still checking) attempts for one login from one address that go unslowed.
pub const FREE_PER_LOGIN_AND_ADDRESS: i64 = 5;
/// Failed attempts from one address, over every login, that go unslowed (an office or a
/// party school room shares one address).
pub const FREE_PER_ADDRESS: i64 = 50;
/// How far back failures are counted.
pub const WINDOW_MINUTES: i64 = 15;
/// The first wait after the free attempts; each further failure doubles it.
const FIRST_WAIT_SECONDS: i64 = 30;
/// The longest wait.
const MAX_WAIT_SECONDS: i64 = 15 * 60;

/// What is known about recent attempts when a new one arrives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecentAttempts {
    /// Failed attempts for this login from this address within the window.
    pub pair_failed: i64,
    /// Attempts for this login from this address still being checked.
    pub pair_pending: i64,
    pub pair_last_failure: Option<DateTime<Utc>>,
    /// Failed attempts from this address for any login within the window.
    pub address_failed: i64,
    pub address_last_failure: Option<DateTime<Utc>>,
}

/// Whether an attempt may be checked now, or how long to wait first.
pub fn wait_before_attempt(recent: RecentAttempts, now: DateTime<Utc>) -> Option<Duration> {
    let pair = wait_after(
        recent.pair_failed + recent.pair_pending,
        FREE_PER_LOGIN_AND_ADDRESS,
        recent.pair_last_failure,
        now,
    );
    let address = wait_after(
        recent.address_failed,
        FREE_PER_ADDRESS,
        recent.address_last_failure,
        now,
    );
    match (pair, address) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// After `free` attempts, each further one waits 30 s, 1 min, 2 min … (at most 15 min)
/// after the last failure.
fn wait_after(
    count: i64,
    free: i64,
    last_failure: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Option<Duration> {
    if count < free {
        return None;
    }
    let doublings = u32::try_from(count - free).unwrap_or(u32::MAX).min(10);
    let wait = (FIRST_WAIT_SECONDS << doublings).min(MAX_WAIT_SECONDS);
    // Attempts still being checked have no failure time yet: they count from now.
    let since = last_failure.unwrap_or(now);
    let allowed_at = since + Duration::seconds(wait);
    (allowed_at > now).then(|| allowed_at - now)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_500_000_000 + seconds, 0).unwrap()
    }

    fn pair(failed: i64, last: i64) -> RecentAttempts {
        RecentAttempts {
            pair_failed: failed,
            pair_last_failure: Some(at(last)),
            ..RecentAttempts::default()
        }
    }

    #[test]
    fn the_first_five_failures_are_not_slowed() {
        for failed in 0..FREE_PER_LOGIN_AND_ADDRESS {
            assert_eq!(wait_before_attempt(pair(failed, 0), at(0)), None);
        }
    }

    #[test]
    fn further_failures_wait_longer_each_time_up_to_fifteen_minutes() {
        // (failures so far, seconds to wait right after the last one)
        for (failed, wait) in [(5, 30), (6, 60), (7, 120), (8, 240), (9, 480), (10, 900)] {
            assert_eq!(
                wait_before_attempt(pair(failed, 100), at(100)),
                Some(Duration::seconds(wait)),
                "{failed}"
            );
            assert_eq!(wait_before_attempt(pair(failed, 100), at(100 + wait)), None);
        }
        assert_eq!(
            wait_before_attempt(pair(1_000, 0), at(0)),
            Some(Duration::seconds(MAX_WAIT_SECONDS))
        );
    }

    #[test]
    fn attempts_still_being_checked_count_for_the_login_but_not_for_the_address() {
        let checking = RecentAttempts {
            pair_failed: 3,
            pair_pending: 2,
            ..RecentAttempts::default()
        };
        assert_eq!(
            wait_before_attempt(checking, at(0)),
            Some(Duration::seconds(30))
        );
        let office = RecentAttempts {
            pair_pending: 0,
            address_failed: FREE_PER_ADDRESS - 1,
            address_last_failure: Some(at(0)),
            ..RecentAttempts::default()
        };
        assert_eq!(wait_before_attempt(office, at(1)), None);
    }

    #[test]
    fn an_address_with_many_failures_over_many_logins_is_slowed_too() {
        let busy = RecentAttempts {
            address_failed: FREE_PER_ADDRESS + 1,
            address_last_failure: Some(at(0)),
            ..RecentAttempts::default()
        };
        assert_eq!(
            wait_before_attempt(busy, at(10)),
            Some(Duration::seconds(50))
        );
        // the longer of the two waits applies
        let both = RecentAttempts {
            pair_failed: 5,
            pair_last_failure: Some(at(0)),
            ..busy
        };
        assert_eq!(
            wait_before_attempt(both, at(10)),
            Some(Duration::seconds(50))
        );
    }
}
