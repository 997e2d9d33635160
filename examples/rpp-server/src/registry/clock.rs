//! Registry time: seconds since the Unix epoch, written as RFC 3339 UTC
//! timestamps, and calendar arithmetic for periods (civil-from-days after
//! Howard Hinnant's algorithms, proleptic Gregorian calendar).

use std::time::{SystemTime, UNIX_EPOCH};

use rpp_model::{Period, PeriodUnit, Timestamp};

use super::fault::Fault;

/// Seconds in a day.
const DAY: i64 = 86_400;

/// The time now, in seconds since the epoch (0 if the clock is before it).
pub(crate) fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Days since 1970-01-01 of a civil date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month, day) of days since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Days in a month of a year.
fn month_len(y: i64, m: i64) -> i64 {
    days_from_civil(if m == 12 { y + 1 } else { y }, if m == 12 { 1 } else { m + 1 }, 1) - days_from_civil(y, m, 1)
}

/// `t` plus a period of months or years; a day past the end of the
/// target month becomes its last day (29 February plus a year is 28
/// February).
pub(crate) fn add_period(t: i64, period: &Period) -> i64 {
    let months = match period.unit {
        PeriodUnit::Years => i64::from(period.value) * 12,
        PeriodUnit::Months => i64::from(period.value),
    };
    let (days, secs) = (t.div_euclid(DAY), t.rem_euclid(DAY));
    let (y, m, d) = civil_from_days(days);
    let total = y * 12 + (m - 1) + months;
    let (y2, m2) = (total.div_euclid(12), total.rem_euclid(12) + 1);
    days_from_civil(y2, m2, d.min(month_len(y2, m2))) * DAY + secs
}

/// The date part (`YYYY-MM-DD`) of `t`.
pub(crate) fn date(t: i64) -> String {
    let (y, m, d) = civil_from_days(t.div_euclid(DAY));
    format!("{y:04}-{m:02}-{d:02}")
}

/// `t` as an RFC 3339 UTC timestamp (`2026-12-06T20:00:00Z`).
///
/// # Errors
/// A 2400 fault for a time outside years 0..=9999 (never for the clock's
/// own values).
pub(crate) fn timestamp(t: i64) -> Result<Timestamp, Fault> {
    let s = t.rem_euclid(DAY);
    let text = format!("{}T{:02}:{:02}:{:02}Z", date(t), s / 3600, s / 60 % 60, s % 60);
    text.parse().map_err(|_| Fault::new(2400, format!("time {t} has no RFC 3339 form")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_dates_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for z in [-1_000_000, -1, 0, 1, 11_016, 11_017, 20_000, 2_932_896] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
    }

    #[test]
    fn timestamps_are_rfc3339_utc() -> Result<(), Fault> {
        // 1999-04-03T22:00:00Z is the crDate of RFC 5731's info example.
        assert_eq!(timestamp(923_176_800)?.as_str(), "1999-04-03T22:00:00Z");
        assert_eq!(date(951_782_400), "2000-02-29");
        Ok(())
    }

    #[test]
    fn periods_add_calendar_months() -> Result<(), rpp_model::ValueError> {
        let leap = days_from_civil(2000, 2, 29) * DAY + 3600;
        assert_eq!(date(add_period(leap, &Period::years(1)?)), "2001-02-28");
        assert_eq!(date(add_period(leap, &Period::years(4)?)), "2004-02-29");
        let jan31 = days_from_civil(2001, 1, 31) * DAY;
        let one_month = Period::new(1, PeriodUnit::Months)?;
        assert_eq!(date(add_period(jan31, &one_month)), "2001-02-28");
        assert_eq!(add_period(leap, &Period::years(1)?).rem_euclid(DAY), 3600);
        Ok(())
    }
}
