//! The user's language (Vietnamese by default, English available) and every text the
//! product shows, from the Fluent files in `locales/<lang>/<area>.ftl`, embedded in the
//! binary at build time. Vietnamese is the fallback. Dates are written day first and
//! times in Vietnam's time zone. Usable everywhere: pages, print views, exports.
//!
//! Message ids appear in templates as `page.t("id")` and in Rust as `msg!("id")` (or are
//! made from a domain value by [`Labelled::message_id`]); a test checks that every id used
//! exists in both languages and every id in the files is used.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};

use crate::domain::Named;
use crate::domain::plan::PlanKind;
use crate::domain::pledge::{FieldProblem, PledgeKind};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "vi",
        // No invisible isolation marks around arguments: they end up in titles and PDFs.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static VI: LanguageIdentifier = langid!("vi");
static EN: LanguageIdentifier = langid!("en");

/// Marks a string literal as a message id (for readers and for the test that checks ids).
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $id
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }

    /// The text of message `id`; the id itself (logged) when there is none, which the
    /// message test prevents.
    pub fn t(self, id: &str) -> String {
        LOCALES.try_lookup(self.id(), id).unwrap_or_else(|| {
            tracing::warn!(id, "missing text");
            id.to_owned()
        })
    }

    /// The text of message `id` with its arguments.
    pub fn t_args(self, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        LOCALES
            .try_lookup_with_args(self.id(), id, &args)
            .unwrap_or_else(|| {
                tracing::warn!(id, "missing text");
                id.to_owned()
            })
    }

    /// The text of message `id` with one number argument `n` (which also chooses the
    /// plural form).
    pub fn t_n(self, id: &str, n: impl Count) -> String {
        self.t_args(id, &[("n", FluentValue::from(n.count()))])
    }

    /// A whole number with its thousands grouped as the language writes them: 3.526 in
    /// Vietnamese, 3,526 in English.
    pub fn number(self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let separator = match self {
            Lang::Vi => '.',
            Lang::En => ',',
        };
        let mut out = String::new();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(digit);
        }
        if n < 0 { format!("-{out}") } else { out }
    }

    /// Points as the language writes them, to at most two decimals: 27,5 in Vietnamese,
    /// 27.5 in English.
    pub fn points(self, points: f64) -> String {
        let text = format!("{points:.2}");
        let text = text.trim_end_matches('0').trim_end_matches('.');
        match self {
            Lang::Vi => text.replace('.', ","),
            Lang::En => text.to_owned(),
        }
    }

    /// The official name of a level under a scheme, for a member or an organisation.
    pub fn level(
        self,
        level: crate::domain::rating::Level,
        scheme: crate::domain::year::RatingScheme,
        organisation: bool,
    ) -> String {
        self.t(&level_id(level, scheme, organisation))
    }

    /// Whether message `id` exists.
    pub fn has(self, id: &str) -> bool {
        LOCALES.try_lookup(self.id(), id).is_some()
    }

    /// A date as users write it: dd/mm/yyyy.
    pub fn date(self, date: &NaiveDate) -> String {
        date.format("%d/%m/%Y").to_string()
    }

    /// A pledge's deadline: the date, or "the whole year" for the year's last day.
    pub fn deadline(self, date: &NaiveDate) -> String {
        if *date == crate::domain::pledge::whole_year(chrono::Datelike::year(date)) {
            self.t(msg!("item-whole_year"))
        } else {
            self.date(date)
        }
    }

    /// A moment in Vietnam's time (UTC+7): dd/mm/yyyy hh:mm.
    pub fn datetime(self, at: &DateTime<Utc>) -> String {
        at.with_timezone(&vietnam())
            .format("%d/%m/%Y %H:%M")
            .to_string()
    }

    /// An office as people say it: "Bí thư Thành ủy Đông Hà", "Đảng ủy Phường 1",
    /// "Chi ủy Chi bộ Trường THCS …", "Ban Thường vụ Tỉnh ủy Quảng Trị".
    pub fn office(self, role: crate::domain::org::Role, unit_name: &str) -> String {
        let committee = crate::domain::org::committee_name(unit_name);
        self.t_args(
            &format!("office-{}", role.as_str()),
            &[
                ("unit", FluentValue::from(unit_name.to_owned())),
                ("committee", FluentValue::from(committee)),
            ],
        )
    }

    /// The label of a kind of item in a plan of kind `plan`: the secretary's commitment
    /// calls its four parts by their own names.
    pub fn item_kind(self, plan: PlanKind, kind: PledgeKind) -> String {
        if plan == PlanKind::UpperSecretaryCommitment {
            self.t(&format!("part-{}", kind.as_str()))
        } else {
            self.t(&kind.message_id())
        }
    }

    /// What a plan is, as a sentence names it: "Kế hoạch làm theo của đồng chí Nguyễn Văn
    /// An", "Kế hoạch hành động của tập thể Chi bộ Khu phố 3", "Bản cam kết trách nhiệm
    /// của Ban Thường vụ Thành ủy Đông Hà".
    pub fn plan_subject(self, kind: PlanKind, owner: Option<&str>, unit_name: &str) -> String {
        let committee = crate::domain::org::committee_name(unit_name);
        self.t_args(
            &format!("plan-subject-{}", kind.as_str()),
            &[
                (
                    "name",
                    FluentValue::from(owner.unwrap_or_default().to_owned()),
                ),
                ("unit", FluentValue::from(unit_name.to_owned())),
                ("committee", FluentValue::from(committee)),
            ],
        )
    }

    /// A field problem as a sentence.
    pub fn problem(self, problem: FieldProblem) -> String {
        let n = |v: i32| FluentValue::from(f64::from(v));
        match problem {
            FieldProblem::Missing => self.t(msg!("err-missing")),
            FieldProblem::Garbled => self.t(msg!("err-garbled")),
            FieldProblem::TooLong { max } => self.t_args(
                msg!("err-too_long"),
                &[("max", n(i32::try_from(max).unwrap_or(i32::MAX)))],
            ),
            FieldProblem::InvalidChoice => self.t(msg!("err-invalid_choice")),
            FieldProblem::InvalidDate => self.t(msg!("err-invalid_date")),
            // A year is a name, not an amount: no digit grouping.
            FieldProblem::DateOutsideYear { year } => self.t_args(
                msg!("err-date_outside_year"),
                &[("year", FluentValue::from(year.to_string()))],
            ),
            FieldProblem::NumberOutOfRange { min, max } => self.t_args(
                msg!("err-number_range"),
                &[("min", n(min)), ("max", n(max))],
            ),
            FieldProblem::PointsOutOfRange { max } => {
                self.t_args(msg!("err-points_range"), &[("max", n(max))])
            }
            FieldProblem::TooManyKeyItems { max } => self.t_args(
                msg!("err-too_many_key_items"),
                &[("max", n(i32::try_from(max).unwrap_or(i32::MAX)))],
            ),
            FieldProblem::BeforePreviousDeadline => self.t(msg!("err-before_previous_deadline")),
            FieldProblem::Taken => self.t(msg!("err-taken")),
            FieldProblem::UnitClosed => self.t(msg!("err-unit_closed")),
            FieldProblem::KindNotAllowed => self.t(msg!("err-kind_not_allowed")),
            FieldProblem::MembersNeedACell => self.t(msg!("err-members_need_a_cell")),
            FieldProblem::TooShort { min } => self.t_args(
                msg!("err-too_short"),
                &[("min", n(i32::try_from(min).unwrap_or(i32::MAX)))],
            ),
            FieldProblem::Mismatch => self.t(msg!("err-mismatch")),
            FieldProblem::WrongPassword => self.t(msg!("err-wrong_password")),
            FieldProblem::TryLater { seconds } => self.t_n(msg!("err-try_later"), seconds),
            FieldProblem::FileTooLarge { max_mb } => {
                self.t_args(msg!("err-file_too_large"), &[("max", n(max_mb))])
            }
        }
    }
}

/// Numbers that messages count with.
pub trait Count {
    fn count(&self) -> f64;
}

macro_rules! count {
    ($($t:ty),*) => {$(
        impl Count for $t {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn count(&self) -> f64 {
                *self as f64
            }
        }
    )*};
}
count!(i32, i64, u32, u64, usize);

impl<T: Count> Count for &T {
    fn count(&self) -> f64 {
        (**self).count()
    }
}

/// Domain values shown to users: each names its message id, "<prefix>-<name>".
pub trait Labelled: Named {
    const PREFIX: &'static str;

    fn message_id(self) -> String {
        format!("{}-{}", Self::PREFIX, self.as_str())
    }

    /// Every message id of this kind of value.
    fn all_message_ids() -> Vec<String> {
        Self::all().iter().map(|v| v.message_id()).collect()
    }
}

/// Anything with a label: a domain value, or a reference to one (as templates pass them).
pub trait AsLabel {
    fn label_id(&self) -> String;
}

macro_rules! labelled {
    ($($t:ty => $prefix:literal),* $(,)?) => {$(
        impl Labelled for $t {
            const PREFIX: &'static str = $prefix;
        }
        impl AsLabel for $t {
            fn label_id(&self) -> String {
                self.message_id()
            }
        }
        impl AsLabel for &$t {
            fn label_id(&self) -> String {
                self.message_id()
            }
        }
        impl AsLabel for &&$t {
            fn label_id(&self) -> String {
                self.message_id()
            }
        }
    )*};
}

labelled!(
    crate::domain::plan::PlanState => "state",
    crate::domain::plan::PlanAction => "plan-action",
    crate::domain::plan::EventKind => "event",
    crate::domain::pledge::PledgeKind => "kind",
    crate::domain::org::Role => "role",
    crate::domain::org::MemberStatus => "status",
    crate::domain::catalogue::ManifestationGroup => "group",
    crate::domain::plan::PlanKind => "plan-kind",
    crate::domain::org::OrgKind => "org-kind",
    crate::domain::clarity::Unclear => "unclear",
    crate::domain::year::Phase => "phase",
    crate::domain::year::RatingScheme => "scheme",
    crate::domain::rating::Outcome => "outcome",
    crate::domain::rating::NotRated => "not_rated",
    crate::domain::rating::Trigger => "trigger",
    crate::domain::rating::Test => "test",
    crate::domain::rating::Grade => "grade",
    crate::domain::assessment::FactKind => "fact",
    crate::domain::progress::ProgressStatus => "progress",
);

/// Every message id made from a domain value.
pub fn domain_message_ids() -> Vec<String> {
    let offices = crate::domain::org::Role::all()
        .iter()
        .map(|r| format!("office-{}", r.as_str()));
    use crate::domain::catalogue::ManifestationGroup;
    use crate::domain::org::{MemberStatus, Role};
    use crate::domain::plan::{EventKind, PlanAction, PlanState};
    use crate::domain::pledge::PledgeKind;
    [
        PlanState::all_message_ids(),
        PlanAction::all_message_ids(),
        EventKind::all_message_ids(),
        PledgeKind::all_message_ids(),
        Role::all_message_ids(),
        MemberStatus::all_message_ids(),
        ManifestationGroup::all_message_ids(),
        crate::domain::plan::PlanKind::all_message_ids(),
        crate::domain::org::OrgKind::all_message_ids(),
        crate::domain::clarity::Unclear::all_message_ids(),
        crate::domain::year::Phase::all_message_ids(),
        crate::domain::year::RatingScheme::all_message_ids(),
        crate::domain::plan::PlanKind::all()
            .iter()
            .map(|k| format!("plan-subject-{}", k.as_str()))
            .collect(),
        crate::domain::plan::PlanKind::UpperSecretaryCommitment
            .item_kinds()
            .iter()
            .map(|k| format!("part-{}", k.as_str()))
            .collect(),
        offices.collect(),
        crate::domain::rating::Outcome::all_message_ids(),
        crate::domain::rating::NotRated::all_message_ids(),
        crate::domain::rating::Trigger::all_message_ids(),
        crate::domain::rating::Test::all_message_ids(),
        crate::domain::rating::Grade::all_message_ids(),
        crate::domain::assessment::FactKind::all_message_ids(),
        crate::domain::progress::ProgressStatus::all_message_ids(),
        level_ids(),
    ]
    .concat()
}

fn level_ids() -> Vec<String> {
    use crate::domain::rating::Level;
    use crate::domain::year::RatingScheme;
    let mut ids = Vec::new();
    for scheme in [RatingScheme::Hd27, RatingScheme::Qd366] {
        for organisation in [false, true] {
            for level in Level::all() {
                ids.push(level_id(*level, scheme, organisation));
            }
        }
    }
    ids
}

/// The message id of a level's name: the schemes since 2018 share their names; those of
/// `hd27-2014` differ, and differ for organisations.
fn level_id(
    level: crate::domain::rating::Level,
    scheme: crate::domain::year::RatingScheme,
    organisation: bool,
) -> String {
    let era = if scheme == crate::domain::year::RatingScheme::Hd27 {
        "hd27-"
    } else {
        ""
    };
    let whose = if organisation { "org-" } else { "" };
    format!("level-{era}{whose}{}", level.as_str())
}

/// Vietnam's time zone: UTC+7 all year.
pub fn vietnam() -> FixedOffset {
    FixedOffset::east_opt(7 * 3600)
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn level_names_are_the_official_ones() {
        use crate::domain::rating::Level;
        use crate::domain::year::RatingScheme;
        for scheme in RatingScheme::all() {
            for organisation in [false, true] {
                for level in Level::all() {
                    assert_eq!(
                        Lang::Vi.level(*level, *scheme, organisation),
                        level.label(*scheme, organisation)
                    );
                }
            }
        }
        assert_eq!(Lang::Vi.points(27.5), "27,5");
        assert_eq!(Lang::En.points(90.0), "90");
        assert_eq!(Lang::Vi.points(66.25), "66,25");
    }
    use std::path::{Path, PathBuf};

    /// Message ids defined in each language's files, with the file each is in.
    fn defined(lang: &str) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang);
        for file in files(&dir) {
            let text = std::fs::read_to_string(&file).unwrap();
            for line in text.lines() {
                let Some((id, _)) = line.split_once(" = ") else {
                    continue;
                };
                if id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                    && !id.is_empty()
                {
                    assert!(ids.insert(id.to_owned()), "{id} defined twice ({lang})");
                }
            }
        }
        ids
    }

    fn files(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                out.extend(files(&path));
            } else {
                out.push(path);
            }
        }
        out
    }

    /// Message ids used in templates (`t("…")`, `t_n("…"`, `t_args("…"`) and in Rust
    /// (`msg!("…")`), and those made from domain values.
    fn used() -> BTreeSet<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut ids: BTreeSet<String> = domain_message_ids().into_iter().collect();
        let mut sources = files(&root.join("templates"));
        sources.extend(files(&root.join("src")));
        for file in sources {
            let text = std::fs::read_to_string(&file).unwrap();
            let markers: &[&str] = if file.extension().is_some_and(|e| e == "rs") {
                &["msg!(\""]
            } else {
                &[".t(\"", ".t_n(\"", ".t_args(\""]
            };
            for marker in markers {
                for piece in text.split(marker).skip(1) {
                    let id: String = piece.chars().take_while(|c| *c != '"').collect();
                    let well_formed = id.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
                    });
                    if !id.is_empty() && well_formed {
                        ids.insert(id);
                    }
                }
            }
        }
        ids.remove("id");
        ids
    }

    #[test]
    fn every_message_used_exists_in_both_languages_and_every_message_is_used() {
        let vi = defined("vi");
        let en = defined("en");
        let used = used();
        let missing_vi: Vec<_> = used.difference(&vi).collect();
        let missing_en: Vec<_> = used.difference(&en).collect();
        assert!(
            missing_vi.is_empty(),
            "used but not in locales/vi: {missing_vi:?}"
        );
        assert!(
            missing_en.is_empty(),
            "used but not in locales/en: {missing_en:?}"
        );
        let unused: Vec<_> = vi.union(&en).filter(|id| !used.contains(*id)).collect();
        assert!(unused.is_empty(), "in locales but never used: {unused:?}");
    }

    #[test]
    fn dates_are_written_day_first_and_times_in_vietnam() {
        let lang = Lang::Vi;
        let d = NaiveDate::from_ymd_opt(2017, 3, 5).unwrap();
        assert_eq!(lang.date(&d), "05/03/2017");
        let at = DateTime::parse_from_rfc3339("2017-12-31T17:30:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(lang.datetime(&at), "01/01/2018 00:30");
        let last = NaiveDate::from_ymd_opt(2017, 12, 31).unwrap();
        assert_eq!(Lang::Vi.deadline(&last), "Cả năm");
        assert_eq!(Lang::En.deadline(&last), "Whole year");
        assert_eq!(Lang::Vi.deadline(&d), "05/03/2017");
    }

    #[test]
    fn problems_read_as_sentences_with_their_numbers() {
        assert_eq!(
            Lang::Vi.problem(FieldProblem::TooLong { max: 20 }),
            "Quá dài: tối đa 20 ký tự."
        );
        assert_eq!(
            Lang::En.problem(FieldProblem::NumberOutOfRange { min: 1, max: 10 }),
            "Enter a whole number from 1 to 10."
        );
        assert_eq!(
            Lang::Vi.problem(FieldProblem::DateOutsideYear { year: 2017 }),
            "Thời hạn phải nằm trong năm 2017."
        );
    }

    #[test]
    fn english_counts_are_plural_when_they_should_be() {
        assert_eq!(
            Lang::En.t_n("home-queue_count", 1),
            "plan waiting for comments and approval"
        );
        assert_eq!(
            Lang::En.t_n("home-queue_count", 3),
            "plans waiting for comments and approval"
        );
    }

    #[test]
    fn numbers_are_grouped_as_each_language_writes_them() {
        assert_eq!(Lang::Vi.number(3526), "3.526");
        assert_eq!(Lang::En.number(1_234_567), "1,234,567");
        assert_eq!(Lang::Vi.number(12), "12");
        assert_eq!(Lang::Vi.number(-1000), "-1.000");
    }

    #[test]
    fn an_unknown_id_shows_itself_rather_than_nothing() {
        assert_eq!(Lang::Vi.t("no-such-message"), "no-such-message");
        assert!(!Lang::En.has("no-such-message"));
    }
}
