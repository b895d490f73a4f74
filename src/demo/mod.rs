//! Demo data: Quảng Trị in 2017, the year all ten district-level committees first signed
//! commitments and the province's theme was "Năm công tác cán bộ". The ten district-level
//! committees and the six committees directly under the province, with grassroots
//! organisations and cells that look like the real ones (urban wards, lowland and mountain
//! communes, schools, health stations, agencies, armed forces, an enterprise); members with
//! Vietnamese names, states and join dates that fit; every leader a member of a cell; plans
//! written for each person's position and place (`texts.rs`), in every state, through the
//! workflow service, with their history dated in 2017. Loading it twice changes nothing.

pub mod generate;
pub mod org_texts;
mod story;
pub mod texts;
mod year_end;

use std::collections::HashMap;

use anyhow::Context;
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sqlx::{PgConnection, PgPool};

use crate::auth::session::CurrentUser;
use crate::db;
use crate::domain::Named;
use crate::domain::access::Actor;
use crate::domain::ids::{AccountId, ManifestationId, MemberId, OrgUnitId, PlanId};
use crate::domain::plan::PlanAction;
use crate::domain::pledge::{Pledge, PledgeKind, whole_year};
use crate::workflow::{self, Applied, Change};
use texts::Profile;

/// Every demo account has this password.
pub const DEMO_PASSWORD: &str = "demo2017";
const MARKER: &str = "qt";
const YEAR: i32 = 2017;
/// The demo's present: Quảng Trị after the 2025 merger.
const NOW: i32 = 2026;

/// Loads the demo once; a second run finds the marker and does nothing.
pub async fn seed(pool: &PgPool) -> anyhow::Result<()> {
    let mut tx = crate::db::begin(pool).await?;
    // Two processes seeding at once must not both go ahead.
    sqlx::query!("select pg_advisory_xact_lock(20170505)")
        .execute(&mut *tx)
        .await?;
    let exists = sqlx::query_scalar!(
        r#"select exists (select 1 from org_units where code = $1) as "exists!""#,
        MARKER
    )
    .fetch_one(&mut *tx)
    .await?;
    if exists {
        tracing::info!("demo data already loaded");
        return Ok(());
    }
    let hash = crate::auth::password::hash(DEMO_PASSWORD.to_owned()).await?;
    let manifestations =
        sqlx::query!(r#"select code, id as "id: ManifestationId" from manifestations"#)
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .map(|r| (r.code, r.id))
            .collect();
    let mut seeder = Seeder {
        conn: &mut tx,
        hash,
        rng: StdRng::seed_from_u64(2017),
        manifestations,
        logins: HashMap::new(),
        actors: HashMap::new(),
        admin: None,
        used: HashMap::new(),
        filers: Vec::new(),
        cells: Vec::new(),
        parties: Vec::new(),
        committees: Vec::new(),
    };
    seeder.run().await.context("could not load the demo data")?;
    tx.commit().await?;
    tracing::info!("demo data loaded");
    Ok(())
}

/// A member created for the demo, with their account and what they pledge as.
#[derive(Clone, Copy)]
struct Person {
    account: AccountId,
    member: MemberId,
    profile: Profile,
}

/// What happened to a plan by the time the demo starts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Story {
    /// Not started.
    None,
    Draft,
    Submitted,
    Returned,
    Approved,
    /// Returned once, corrected, resubmitted and approved.
    ApprovedAfterReturn,
    /// Approved, then reopened mid-year: a draft with the approved version kept.
    Amended,
}

/// Who decides the plans of a cell: its secretary for members, its deputy (or the committee
/// directly above, when there is none) for the secretary.
#[derive(Clone, Copy)]
struct Deciders {
    secretary: Person,
    deputy: Option<Person>,
    above: Person,
}

/// How a cell is filled.
struct CellSpec<'a> {
    code: &'a str,
    /// What `{place}` is in its members' pledges.
    place: &'a str,
    profile: Profile,
    leader_profile: Profile,
    size: usize,
    with_deputy: bool,
}

/// A district-level committee and the units of its demo.
struct District {
    code: &'static str,
    committee: &'static str,
    /// The area's own name, for pledges ("Thành phố Đông Hà").
    area: &'static str,
    /// The grassroots organisation shown in detail: code suffix, name, place.
    party: (&'static str, &'static str, &'static str),
    villages: &'static [&'static str],
    village_profile: Profile,
    village_leader: Profile,
    health: Option<&'static str>,
    school: &'static str,
    high_school: &'static str,
}

const DISTRICTS: [District; 10] = [
    District {
        code: "dongha",
        committee: "Thành ủy Đông Hà",
        area: "Thành phố Đông Hà",
        party: ("p1", "Đảng bộ Phường 1", "Phường 1"),
        villages: &[],
        village_profile: Profile::WardResident,
        village_leader: Profile::WardCellSecretary,
        health: Some("Trạm Y tế Phường 1"),
        school: "Trường THCS Nguyễn Trãi",
        high_school: "Trường THPT Đông Hà",
    },
    District {
        code: "quangtri",
        committee: "Thị ủy Quảng Trị",
        area: "Thị xã Quảng Trị",
        party: ("p2", "Đảng bộ Phường 2", "Phường 2"),
        villages: &["Khu phố 1", "Khu phố Tân Vĩnh"],
        village_profile: Profile::WardResident,
        village_leader: Profile::WardCellSecretary,
        health: Some("Trạm Y tế Phường 2"),
        school: "Trường Tiểu học Kim Đồng",
        high_school: "Trường THPT Nguyễn Huệ",
    },
    District {
        code: "vinhlinh",
        committee: "Huyện ủy Vĩnh Linh",
        area: "Huyện Vĩnh Linh",
        party: ("hoxa", "Đảng bộ Thị trấn Hồ Xá", "Thị trấn Hồ Xá"),
        villages: &["Khu phố 1", "Khu phố 2"],
        village_profile: Profile::WardResident,
        village_leader: Profile::WardCellSecretary,
        health: None,
        school: "Trường Tiểu học Trần Quốc Toản",
        high_school: "Trường THPT Cồn Tiên",
    },
    District {
        code: "giolinh",
        committee: "Huyện ủy Gio Linh",
        area: "Huyện Gio Linh",
        party: ("giomy", "Đảng bộ xã Gio Mỹ", "Xã Gio Mỹ"),
        villages: &["Thôn Phước Môn", "Thôn Lưỡng Kim"],
        village_profile: Profile::VillageFarmer,
        village_leader: Profile::VillageCellSecretary,
        health: Some("Trạm Y tế xã Gio Mỹ"),
        school: "Trường THCS Gio Mỹ",
        high_school: "Trường THPT Chế Lan Viên",
    },
    District {
        code: "camlo",
        committee: "Huyện ủy Cam Lộ",
        area: "Huyện Cam Lộ",
        party: ("camthanh", "Đảng bộ xã Cam Thành", "Xã Cam Thành"),
        villages: &["Thôn Cam Vũ", "Thôn Tân Mỹ"],
        village_profile: Profile::VillageFarmer,
        village_leader: Profile::VillageCellSecretary,
        health: Some("Trạm Y tế xã Cam Thành"),
        school: "Trường Tiểu học Lê Văn Tám",
        high_school: "Trường THPT Lê Lợi",
    },
    District {
        code: "trieuphong",
        committee: "Huyện ủy Triệu Phong",
        area: "Huyện Triệu Phong",
        party: ("trieudo", "Đảng bộ xã Triệu Độ", "Xã Triệu Độ"),
        villages: &["Thôn Đại Hào", "Thôn An Mô"],
        village_profile: Profile::VillageFarmer,
        village_leader: Profile::VillageCellSecretary,
        health: Some("Trạm Y tế xã Triệu Độ"),
        school: "Trường THCS Trần Hưng Đạo",
        high_school: "Trường THPT Chuyên Lê Quý Đôn",
    },
    District {
        code: "hailang",
        committee: "Huyện ủy Hải Lăng",
        area: "Huyện Hải Lăng",
        party: ("haithuong", "Đảng bộ xã Hải Thượng", "Xã Hải Thượng"),
        villages: &["Thôn Mỹ Chánh", "Thôn Hội Kỳ"],
        village_profile: Profile::VillageFarmer,
        village_leader: Profile::VillageCellSecretary,
        health: Some("Trạm Y tế xã Hải Thượng"),
        school: "Trường THCS Phan Đình Phùng",
        high_school: "Trường THPT Hải Lăng",
    },
    District {
        code: "huonghoa",
        committee: "Huyện ủy Hướng Hóa",
        area: "Huyện Hướng Hóa",
        party: ("huongphung", "Đảng bộ xã Hướng Phùng", "Xã Hướng Phùng"),
        villages: &["Thôn Cu Bai", "Thôn Ra Ró"],
        village_profile: Profile::MountainVillager,
        village_leader: Profile::VillageCellSecretary,
        health: Some("Trạm Y tế xã Hướng Phùng"),
        school: "Trường Tiểu học Hướng Phùng",
        high_school: "Trường THPT Hướng Hóa",
    },
    District {
        code: "dakrong",
        committee: "Huyện ủy Đakrông",
        area: "Huyện Đakrông",
        party: ("moo", "Đảng bộ xã Mò Ó", "Xã Mò Ó"),
        villages: &["Thôn Khe Ngài", "Thôn Ba Ngày"],
        village_profile: Profile::MountainVillager,
        village_leader: Profile::VillageCellSecretary,
        health: Some("Trạm Y tế xã Mò Ó"),
        school: "Trường Tiểu học Mò Ó",
        high_school: "Trường THPT Đakrông",
    },
    District {
        code: "conco",
        committee: "Huyện ủy Cồn Cỏ",
        area: "Huyện đảo Cồn Cỏ",
        party: ("dao", "Đảng bộ Cơ quan huyện Cồn Cỏ", "Huyện đảo Cồn Cỏ"),
        villages: &[],
        village_profile: Profile::DistrictOfficial,
        village_leader: Profile::DistrictOfficial,
        health: Some("Trạm Y tế đảo Cồn Cỏ"),
        school: "Trường Mầm non Cồn Cỏ",
        high_school: "",
    },
];

/// The six committees directly under the province, each with the grassroots units shown:
/// (code, committee, [(code, grassroots name, is it a chi bộ cơ sở, cells, profile)]).
type Grassroots = (
    &'static str,
    &'static str,
    bool,
    &'static [&'static str],
    Profile,
);
const DIRECT: [(&str, &str, &[Grassroots]); 6] = [
    (
        "khoicq",
        "Đảng bộ Khối các cơ quan tỉnh",
        &[
            (
                "vptu",
                "Chi bộ Văn phòng Tỉnh ủy",
                true,
                &[],
                Profile::ProvincialOfficial,
            ),
            (
                "snv",
                "Đảng bộ Sở Nội vụ",
                false,
                &[
                    "Chi bộ Văn phòng Sở Nội vụ",
                    "Chi bộ Ban Thi đua – Khen thưởng",
                ],
                Profile::ProvincialOfficial,
            ),
        ],
    ),
    (
        "khoidn",
        "Đảng bộ Khối Doanh nghiệp tỉnh",
        &[(
            "caosu",
            "Đảng bộ Công ty TNHH MTV Cao su Quảng Trị",
            false,
            &[
                "Chi bộ Nông trường Cam Chính",
                "Chi bộ Nhà máy Chế biến mủ cao su",
            ],
            Profile::EnterpriseWorker,
        )],
    ),
    (
        "quansu",
        "Đảng bộ Quân sự tỉnh",
        &[(
            "bchqs",
            "Đảng bộ Ban Chỉ huy Quân sự huyện Gio Linh",
            false,
            &["Chi bộ Cơ quan", "Chi bộ Đại đội Bộ binh"],
            Profile::Soldier,
        )],
    ),
    (
        "congan",
        "Đảng bộ Công an tỉnh",
        &[(
            "pc64",
            "Đảng bộ Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
            false,
            &[
                "Chi bộ Đội Quản lý cư trú",
                "Chi bộ Đội Cấp căn cước công dân",
            ],
            Profile::Police,
        )],
    ),
    (
        "bienphong",
        "Đảng bộ Bộ đội Biên phòng tỉnh",
        &[(
            "laobao",
            "Chi bộ Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo",
            true,
            &[],
            Profile::BorderGuard,
        )],
    ),
    (
        "haiquan",
        "Đảng bộ Cục Hải quan tỉnh",
        &[(
            "hqlaobao",
            "Chi bộ Chi cục Hải quan Cửa khẩu Lao Bảo",
            true,
            &[],
            Profile::ProvincialOfficial,
        )],
    ),
];

struct Seeder<'c> {
    conn: &'c mut PgConnection,
    hash: String,
    rng: StdRng,
    manifestations: HashMap<String, ManifestationId>,
    logins: HashMap<String, usize>,
    actors: HashMap<AccountId, Actor>,
    admin: Option<AccountId>,
    /// The pledge templates already used in each cell, by year.
    used: HashMap<(OrgUnitId, i32), Vec<&'static str>>,
    /// Everyone who belongs to a cell, with the place their pledges name.
    filers: Vec<(Person, String)>,
    /// The cells, with who writes their collective plan and who approves it.
    cells: Vec<CellRecord>,
    /// The grassroots organisations with subordinate cells, likewise.
    parties: Vec<PartyRecord>,
    /// The committees directly under the province, with their standing committee and
    /// secretary.
    committees: Vec<CommitteeRecord>,
}

/// A cell as the demo made it.
#[derive(Clone)]
struct CellRecord {
    unit: OrgUnitId,
    secretary: Person,
    above: Person,
    profile: Profile,
    place: String,
}

/// A grassroots organisation with subordinate cells.
#[derive(Clone)]
struct PartyRecord {
    unit: OrgUnitId,
    committee: Person,
    above: Person,
    /// "commune", "ward", "agency", "enterprise" or "armed" (org_texts::grassroots_plan).
    kind: &'static str,
    place: String,
}

/// A committee directly under the province.
#[derive(Clone)]
struct CommitteeRecord {
    unit: OrgUnitId,
    code: String,
    standing: Person,
    secretary: Option<Person>,
}

/// 08:00 on `day` of 2017 in Vietnam, plus `minutes`.
fn moment(day: NaiveDate, minutes: i64) -> DateTime<Utc> {
    let local = day.and_hms_opt(8, 0, 0).unwrap_or_default() + Duration::minutes(minutes);
    Utc.from_utc_datetime(&(local - Duration::hours(7)))
}

fn date(month: u32, day: u32) -> NaiveDate {
    ymd(YEAR, month, day)
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_else(|| whole_year(year))
}

/// A template written for 2017 made to read for `year`: the years it names move along
/// (not those inside document numbers such as "…/2016/TT-BTC").
/// A plausible Vietnamese full name in official order; Vân Kiều or Pa Kô when `ethnic`.
fn person_name(rng: &mut StdRng, ethnic: bool) -> String {
    use texts::*;
    let female = rng.gen_bool(0.45);
    if ethnic {
        let family = ETHNIC_FAMILY[rng.gen_range(0..ETHNIC_FAMILY.len())];
        let given = if female {
            ETHNIC_GIVEN_FEMALE[rng.gen_range(0..ETHNIC_GIVEN_FEMALE.len())]
        } else {
            ETHNIC_GIVEN_MALE[rng.gen_range(0..ETHNIC_GIVEN_MALE.len())]
        };
        // Many Vân Kiều and Pa Kô people have no middle name.
        return if rng.gen_bool(0.5) {
            format!("{family} {given}")
        } else {
            format!("{family} {} {given}", if female { "Thị" } else { "Văn" })
        };
    }
    // Common family names first, more often.
    let i = rng
        .gen_range(0..FAMILY.len())
        .min(rng.gen_range(0..FAMILY.len()));
    let family = FAMILY[i];
    let (middle, given) = if female {
        (
            MIDDLE_FEMALE[rng.gen_range(0..MIDDLE_FEMALE.len())],
            GIVEN_FEMALE[rng.gen_range(0..GIVEN_FEMALE.len())],
        )
    } else {
        (
            MIDDLE_MALE[rng.gen_range(0..MIDDLE_MALE.len())],
            GIVEN_MALE[rng.gen_range(0..GIVEN_MALE.len())],
        )
    };
    format!("{family} {middle} {given}")
}

fn shift_years(text: &str, year: i32) -> String {
    let by = year - YEAR;
    if by == 0 {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let digits: String = chars[i..].iter().take(4).collect();
        let starts_word = i == 0 || !chars[i - 1].is_alphanumeric() && chars[i - 1] != '/';
        let ends_word = chars
            .get(i + 4)
            .is_none_or(|c| !c.is_alphanumeric() && *c != '/');
        match digits.parse::<i32>() {
            Ok(y)
                if digits.len() == 4 && (2010..=2025).contains(&y) && starts_word && ends_word =>
            {
                out.push_str(&(y + by).to_string());
                i += 4;
            }
            _ => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

impl Seeder<'_> {
    async fn run(&mut self) -> anyhow::Result<()> {
        self.years().await?;
        let start = NaiveDate::from_ymd_opt(2015, 10, 1).context("date")?;
        let province = self
            .unit(MARKER, "Tỉnh ủy Quảng Trị", "province", None, start)
            .await?;
        let admin = self.account("admin", "Quản trị hệ thống", None).await?;
        self.grant(admin, "administrator", province).await?;
        self.admin = Some(admin);

        // The committees directly under the province; the provincial reviewer is a member
        // of the provincial party office's cell.
        let mut reviewer = None;
        for (code, name, grassroots) in DIRECT {
            let committee = self
                .unit(code, name, "upper_committee", Some(province), start)
                .await?;
            let standing = self
                .person(
                    &format!("btv.{code}"),
                    None,
                    Profile::ProvincialOfficial,
                    "official",
                )
                .await?;
            self.grant(standing.account, "upper_standing_committee", committee)
                .await?;
            self.committees.push(CommitteeRecord {
                unit: committee,
                code: code.to_owned(),
                standing,
                secretary: None,
            });
            let mut standing_cell = None;
            for (gcode, gname, is_cell, cells, profile) in grassroots {
                let gcode = format!("{code}.{gcode}");
                if *is_cell {
                    let unit = self
                        .unit(&gcode, gname, "grassroots_cell", Some(committee), start)
                        .await?;
                    let place = gname.trim_start_matches("Chi bộ ");
                    let spec = CellSpec {
                        code: &gcode,
                        place,
                        profile: *profile,
                        leader_profile: *profile,
                        size: 6,
                        with_deputy: true,
                    };
                    let people = self.cell(unit, &spec, standing).await?;
                    if gcode == "khoicq.vptu" {
                        let r = self
                            .person("tinhuy", Some(unit), Profile::DistrictLeader, "official")
                            .await?;
                        self.grant(r.account, "provincial_reviewer", province)
                            .await?;
                        self.plan_story(r, unit, "Tỉnh Quảng Trị", Story::Approved, people)
                            .await?;
                        reviewer = Some(r);
                    }
                    standing_cell.get_or_insert((unit, people));
                } else {
                    let party = self
                        .unit(&gcode, gname, "grassroots_party", Some(committee), start)
                        .await?;
                    let committee_person = self
                        .person(&format!("danguy.{gcode}"), None, *profile, "official")
                        .await?;
                    self.grant(committee_person.account, "grassroots_committee", party)
                        .await?;
                    self.parties.push(PartyRecord {
                        unit: party,
                        committee: committee_person,
                        above: standing,
                        kind: match gcode.rsplit('.').next().unwrap_or_default() {
                            "caosu" => "enterprise",
                            "bchqs" | "pc64" => "armed",
                            _ => "agency",
                        },
                        place: gname.trim_start_matches("Đảng bộ ").to_owned(),
                    });
                    let mut first = None;
                    for (n, cell_name) in cells.iter().enumerate() {
                        let ccode = format!("{gcode}.{}", n + 1);
                        let unit = self
                            .unit(&ccode, cell_name, "cell", Some(party), start)
                            .await?;
                        let spec = CellSpec {
                            code: &ccode,
                            place: gname.trim_start_matches("Đảng bộ "),
                            profile: *profile,
                            leader_profile: *profile,
                            size: 5,
                            with_deputy: n == 0,
                        };
                        let people = self.cell(unit, &spec, committee_person).await?;
                        first.get_or_insert((unit, people));
                    }
                    if let Some((unit, people)) = first {
                        self.membership(committee_person, unit).await?;
                        let place = gname.trim_start_matches("Đảng bộ ");
                        self.plan_story(committee_person, unit, place, Story::Approved, people)
                            .await?;
                        standing_cell.get_or_insert((unit, people));
                    }
                }
            }
            if let Some((unit, people)) = standing_cell {
                self.membership(standing, unit).await?;
                self.plan_story(standing, unit, "Tỉnh Quảng Trị", Story::Approved, people)
                    .await?;
            }
        }
        reviewer.context("the provincial reviewer")?;

        for district in &DISTRICTS {
            self.district(province, district, start).await?;
        }
        self.transfer_story().await?;
        self.organisations_2017().await?;
        let admin = self.admin.context("the administrator")?;
        year_end::year_end(self.conn, YEAR, province, admin).await?;
        sqlx::query!("update years set phase = 'closed' where year = $1", YEAR)
            .execute(&mut *self.conn)
            .await?;
        // Those admitted in 2016 finished their twelve months of probation in 2017.
        sqlx::query!(
            "update members set status = 'official'
             where status = 'probationary' and joined_on < $1",
            ymd(YEAR, 1, 1)
        )
        .execute(&mut *self.conn)
        .await?;
        self.merger_2025(province).await?;
        self.year_2026().await?;
        Ok(())
    }

    async fn years(&mut self) -> anyhow::Result<()> {
        // (year, theme, phase, deadlines: registration, mid-year, self-assessment, rating)
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let years = [
            (
                2016,
                "Cải cách hành chính, cải thiện môi trường đầu tư kinh doanh",
                "closed",
                [
                    d(2016, 3, 31),
                    d(2016, 7, 15),
                    d(2016, 12, 10),
                    d(2017, 1, 15),
                ],
            ),
            (
                YEAR,
                "Năm công tác cán bộ",
                "in_progress",
                [
                    d(2017, 3, 31),
                    d(2017, 7, 15),
                    d(2017, 12, 10),
                    d(2018, 1, 15),
                ],
            ),
            (
                2018,
                "Năm doanh nghiệp",
                "closed",
                [
                    d(2018, 3, 31),
                    d(2018, 7, 15),
                    d(2018, 12, 10),
                    d(2019, 1, 15),
                ],
            ),
            (
                NOW,
                org_texts::THEME_2026,
                "in_progress",
                [
                    d(NOW, 3, 31),
                    d(NOW, 7, 15),
                    d(NOW, 12, 15),
                    d(NOW + 1, 1, 20),
                ],
            ),
        ];
        for (year, theme, phase, [plan, midyear, assessment, rating]) in years {
            sqlx::query!(
                "insert into years (year, theme, phase, plan_deadline, midyear_deadline,
                                    self_assessment_deadline, rating_deadline, rating_scheme)
                 values ($1, $2, $3, $4, $5, $6, $7, $8)
                 on conflict (year) do nothing",
                year,
                theme,
                phase,
                plan as _,
                midyear as _,
                assessment as _,
                rating as _,
                crate::domain::year::RatingScheme::in_force(year).as_str()
            )
            .execute(&mut *self.conn)
            .await?;
        }
        Ok(())
    }

    /// A district-level committee: its office's cell (where its secretary and standing
    /// committee member file their own plans), one grassroots organisation in detail with
    /// its cells, and an upper secondary school's chi bộ cơ sở.
    async fn district(
        &mut self,
        province: OrgUnitId,
        d: &District,
        start: NaiveDate,
    ) -> anyhow::Result<()> {
        let main = d.code == "dongha";
        let upper = self
            .unit(
                d.code,
                d.committee,
                "upper_committee",
                Some(province),
                start,
            )
            .await?;
        // Its documents are dated from the district's seat: "Hải Lăng, ngày …".
        let seat = ["Thành ủy ", "Thị ủy ", "Huyện ủy "]
            .iter()
            .find_map(|prefix| d.committee.strip_prefix(prefix))
            .unwrap_or(d.area);
        sqlx::query!(
            "update org_units set place = $2 where id = $1",
            upper as OrgUnitId,
            seat
        )
        .execute(&mut *self.conn)
        .await?;
        let secretary = self
            .person(
                &format!("bithu.{}", d.code),
                None,
                Profile::DistrictLeader,
                "official",
            )
            .await?;
        self.grant(secretary.account, "upper_secretary", upper)
            .await?;
        self.grant(secretary.account, "upper_standing_committee", upper)
            .await?;
        let standing = self
            .person(
                &format!("btv.{}", d.code),
                None,
                Profile::DistrictLeader,
                "official",
            )
            .await?;
        self.grant(standing.account, "upper_standing_committee", upper)
            .await?;
        self.committees.push(CommitteeRecord {
            unit: upper,
            code: d.code.to_owned(),
            standing,
            secretary: Some(secretary),
        });

        // The committee office's cell: a chi bộ cơ sở directly under the district.
        let office_name = format!("Chi bộ Văn phòng {}", d.committee);
        let office = self
            .unit(
                &format!("{}.vp", d.code),
                &office_name,
                "grassroots_cell",
                Some(upper),
                start,
            )
            .await?;
        let spec = CellSpec {
            code: &format!("{}.vp", d.code),
            place: d.area,
            profile: Profile::DistrictOfficial,
            leader_profile: Profile::DistrictOfficial,
            size: 4,
            with_deputy: false,
        };
        let office_people = self.cell(office, &spec, secretary).await?;
        for leader in [secretary, standing] {
            self.membership(leader, office).await?;
            self.plan_story(leader, office, d.area, Story::Approved, office_people)
                .await?;
        }

        // The grassroots organisation shown in detail.
        let (pcode, pname, place) = d.party;
        let party_code = format!("{}.{pcode}", d.code);
        let party = self
            .unit(&party_code, pname, "grassroots_party", Some(upper), start)
            .await?;
        let committee_login = if main {
            "danguy.phuong1".to_owned()
        } else {
            format!("danguy.{}", d.code)
        };
        let committee = self
            .person(&committee_login, None, Profile::CommuneOfficial, "official")
            .await?;
        self.grant(committee.account, "grassroots_committee", party)
            .await?;
        self.parties.push(PartyRecord {
            unit: party,
            committee,
            above: secretary,
            kind: match d.code {
                "dongha" | "quangtri" => "ward",
                "conco" => "agency",
                _ => "commune",
            },
            place: place.to_owned(),
        });
        // Its own agency's cell, where the committee's secretary files a plan.
        let agency_name = format!("Chi bộ Cơ quan Đảng ủy – UBND {place}");
        let agency_code = format!("{party_code}.cq");
        let agency = self
            .unit(&agency_code, &agency_name, "cell", Some(party), start)
            .await?;
        let spec = CellSpec {
            code: &agency_code,
            place,
            profile: Profile::CommuneOfficial,
            leader_profile: Profile::CommuneOfficial,
            size: 4,
            with_deputy: true,
        };
        let agency_people = self.cell(agency, &spec, committee).await?;
        self.membership(committee, agency).await?;
        self.plan_story(committee, agency, place, Story::Approved, agency_people)
            .await?;

        if main {
            self.phuong1(party, committee, start).await?;
        } else if d.code == "vinhlinh" {
            // A large đảng bộ cơ sở with a đảng bộ bộ phận between it and some cells.
            let branch = self
                .unit(
                    &format!("{party_code}.bp"),
                    "Đảng bộ bộ phận Khối phố Hồ Xá",
                    "branch_party",
                    Some(party),
                    start,
                )
                .await?;
            let branch_committee = self
                .person(
                    "danguy.bp.vinhlinh",
                    None,
                    Profile::WardResident,
                    "official",
                )
                .await?;
            self.grant(branch_committee.account, "branch_committee", branch)
                .await?;
            for (n, village) in d.villages.iter().enumerate() {
                let code = format!("{party_code}.bp.{}", n + 1);
                let spec = self.village_spec(&code, village, d, n);
                let (cell, people) = self
                    .open_cell(branch, "cell", &spec, branch_committee, start)
                    .await?;
                if n == 0 {
                    self.membership(branch_committee, cell).await?;
                    self.plan_story(branch_committee, cell, village, Story::Approved, people)
                        .await?;
                }
            }
        } else {
            for (n, village) in d.villages.iter().enumerate() {
                let code = format!("{party_code}.{}", n + 1);
                let spec = self.village_spec(&code, village, d, n);
                self.open_cell(party, "cell", &spec, committee, start)
                    .await?;
            }
        }
        if let Some(health) = d.health {
            // A health station's cell: too small for a deputy, so its secretary's plan
            // goes to the committee above.
            let spec = CellSpec {
                code: &format!("{party_code}.yt"),
                place: health,
                profile: Profile::HealthWorker,
                leader_profile: Profile::HealthWorker,
                size: 3,
                with_deputy: false,
            };
            self.open_cell(party, "cell", &spec, committee, start)
                .await?;
        }
        let spec = CellSpec {
            code: &format!("{party_code}.th"),
            place: d.school,
            profile: Profile::Teacher,
            leader_profile: Profile::SchoolPrincipal,
            size: 4,
            with_deputy: true,
        };
        self.open_cell(party, "cell", &spec, committee, start)
            .await?;
        if !d.high_school.is_empty() {
            let spec = CellSpec {
                code: &format!("{}.thpt", d.code),
                place: d.high_school,
                profile: Profile::Teacher,
                leader_profile: Profile::SchoolPrincipal,
                size: 5,
                with_deputy: true,
            };
            self.open_cell(upper, "grassroots_cell", &spec, secretary, start)
                .await?;
        }
        Ok(())
    }

    /// Opens "Chi bộ <place>" under `parent` and fills it.
    async fn open_cell(
        &mut self,
        parent: OrgUnitId,
        kind: &str,
        spec: &CellSpec<'_>,
        above: Person,
        start: NaiveDate,
    ) -> anyhow::Result<(OrgUnitId, Deciders)> {
        let name = format!("Chi bộ {}", spec.place);
        let unit = self
            .unit(spec.code, &name, kind, Some(parent), start)
            .await?;
        let deciders = self.cell(unit, spec, above).await?;
        Ok((unit, deciders))
    }

    fn village_spec<'a>(
        &self,
        code: &'a str,
        village: &'a str,
        d: &District,
        n: usize,
    ) -> CellSpec<'a> {
        CellSpec {
            code,
            place: village,
            profile: d.village_profile,
            leader_profile: d.village_leader,
            size: 6,
            with_deputy: n == 0,
        }
    }

    /// Phường 1 of Đông Hà: the cells of the README's logins. Khu phố 3 has a secretary,
    /// a deputy and a plan in every state; Khu phố 4 has a secretary only, whose plan goes
    /// to the grassroots committee.
    async fn phuong1(
        &mut self,
        party: OrgUnitId,
        committee: Person,
        start: NaiveDate,
    ) -> anyhow::Result<()> {
        let kp3 = self
            .unit(
                "dongha.p1.kp3",
                "Chi bộ Khu phố 3",
                "cell",
                Some(party),
                start,
            )
            .await?;
        let secretary = self
            .named(
                "bithu.kp3",
                "Lê Văn Thành",
                Some(kp3),
                Profile::WardCellSecretary,
                "official",
            )
            .await?;
        self.grant(secretary.account, "cell_secretary", kp3).await?;
        let deputy = self
            .named(
                "phobithu.kp3",
                "Trần Thị Mai",
                Some(kp3),
                Profile::WardResident,
                "official",
            )
            .await?;
        self.grant(deputy.account, "cell_deputy", kp3).await?;
        let deciders = Deciders {
            secretary,
            deputy: Some(deputy),
            above: committee,
        };
        self.cells.push(CellRecord {
            unit: kp3,
            secretary,
            above: committee,
            profile: Profile::WardResident,
            place: "Khu phố 3".to_owned(),
        });
        self.plan_story(
            secretary,
            kp3,
            "Khu phố 3",
            Story::ApprovedAfterReturn,
            deciders,
        )
        .await?;
        self.plan_story(deputy, kp3, "Khu phố 3", Story::Submitted, deciders)
            .await?;
        let people = [
            ("dangvien.kp3", "Nguyễn Thị Hoa", "official", Story::None),
            ("nguoisoan.kp3", "Hoàng Văn Nam", "official", Story::Draft),
            (
                "bitralai.kp3",
                "Phan Thị Ánh",
                "probationary",
                Story::Returned,
            ),
            (
                "chothongqua.kp3",
                "Võ Đức Anh",
                "official",
                Story::Submitted,
            ),
            (
                "dieuchinh.kp3",
                "Đặng Quang Dũng",
                "official",
                Story::Amended,
            ),
            ("mien.kp3", "Hồ Văn Bình", "exempted", Story::None),
            ("chuyendi.kp3", "Trần Đức Hiếu", "official", Story::Approved),
        ];
        for (login, name, status, story) in people {
            let profile = if status == "exempted" {
                Profile::RetiredVeteran
            } else {
                Profile::WardResident
            };
            let p = self.named(login, name, Some(kp3), profile, status).await?;
            self.plan_story(p, kp3, "Khu phố 3", story, deciders)
                .await?;
        }

        let kp4 = self
            .unit(
                "dongha.p1.kp4",
                "Chi bộ Khu phố 4",
                "cell",
                Some(party),
                start,
            )
            .await?;
        let lone = self
            .named(
                "bithu.kp4",
                "Dương Ngọc Lan",
                Some(kp4),
                Profile::WardCellSecretary,
                "official",
            )
            .await?;
        self.grant(lone.account, "cell_secretary", kp4).await?;
        let deciders = Deciders {
            secretary: lone,
            deputy: None,
            above: committee,
        };
        self.cells.push(CellRecord {
            unit: kp4,
            secretary: lone,
            above: committee,
            profile: Profile::WardResident,
            place: "Khu phố 4".to_owned(),
        });
        // Nobody else leads Khu phố 4, so this waits for the grassroots committee.
        self.plan_story(lone, kp4, "Khu phố 4", Story::Submitted, deciders)
            .await?;
        for i in 0..5 {
            let p = self
                .person(
                    &format!("kp4.{}", i + 1),
                    Some(kp4),
                    Profile::WardResident,
                    "official",
                )
                .await?;
            let story = if i < 3 { Story::Approved } else { Story::Draft };
            self.plan_story(p, kp4, "Khu phố 4", story, deciders)
                .await?;
        }
        Ok(())
    }

    /// A member of Khu phố 3 moves to Khu phố 4 in June, taking the approved plan along.
    async fn transfer_story(&mut self) -> anyhow::Result<()> {
        let admin = self.admin.context("the administrator")?;
        let admin = self.actor(admin).await?;
        let member = sqlx::query_scalar!(
            r#"select member_id as "member_id!: MemberId" from accounts where login = 'chuyendi.kp3'"#
        )
        .fetch_one(&mut *self.conn)
        .await?;
        let to = sqlx::query_scalar!(
            r#"select id as "id: OrgUnitId" from org_units where code = 'dongha.p1.kp4'"#
        )
        .fetch_one(&mut *self.conn)
        .await?;
        let on = date(6, 15);
        workflow::transfer(self.conn, &admin, member, to, on, Some(moment(on, 60)))
            .await?
            .map_err(|refusal| anyhow::anyhow!("the demo transfer was refused: {refusal:?}"))?;
        Ok(())
    }

    /// A cell with a secretary (and a deputy, when it has one) and `size` members, with
    /// their plans; `above` decides the secretary's plan when there is no deputy.
    async fn cell(
        &mut self,
        unit: OrgUnitId,
        spec: &CellSpec<'_>,
        above: Person,
    ) -> anyhow::Result<Deciders> {
        let secretary = self
            .person(
                &format!("bithu.{}", spec.code),
                Some(unit),
                spec.leader_profile,
                "official",
            )
            .await?;
        self.grant(secretary.account, "cell_secretary", unit)
            .await?;
        let deputy = if spec.with_deputy {
            let d = self
                .person(
                    &format!("phobithu.{}", spec.code),
                    Some(unit),
                    spec.profile,
                    "official",
                )
                .await?;
            self.grant(d.account, "cell_deputy", unit).await?;
            Some(d)
        } else {
            None
        };
        let deciders = Deciders {
            secretary,
            deputy,
            above,
        };
        self.cells.push(CellRecord {
            unit,
            secretary,
            above,
            profile: spec.profile,
            place: spec.place.to_owned(),
        });
        self.plan_story(secretary, unit, spec.place, Story::Approved, deciders)
            .await?;
        if let Some(d) = deputy {
            self.plan_story(d, unit, spec.place, Story::Approved, deciders)
                .await?;
        }
        for i in 0..spec.size {
            let roll: f64 = self.rng.r#gen();
            let status = if roll < 0.07 {
                "probationary"
            } else if roll < 0.09 {
                "exempted"
            } else {
                "official"
            };
            let profile = if status == "exempted" {
                Profile::RetiredVeteran
            } else {
                spec.profile
            };
            let p = self
                .person(
                    &format!("dv.{}.{}", spec.code, i + 1),
                    Some(unit),
                    profile,
                    status,
                )
                .await?;
            let roll: f64 = self.rng.r#gen();
            let story = match roll {
                r if r < 0.04 => Story::None,
                r if r < 0.08 => Story::Draft,
                r if r < 0.15 => Story::Submitted,
                r if r < 0.20 => Story::Returned,
                r if r < 0.28 => Story::ApprovedAfterReturn,
                r if r < 0.31 => Story::Amended,
                _ => Story::Approved,
            };
            let story = if status == "exempted" {
                Story::None
            } else {
                story
            };
            self.plan_story(p, unit, spec.place, story, deciders)
                .await?;
        }
        Ok(deciders)
    }

    fn name(&mut self, ethnic: bool) -> String {
        person_name(&mut self.rng, ethnic)
    }

    async fn unit(
        &mut self,
        code: &str,
        name: &str,
        kind: &str,
        parent: Option<OrgUnitId>,
        from: NaiveDate,
    ) -> anyhow::Result<OrgUnitId> {
        let id = sqlx::query_scalar!(
            r#"insert into org_units (code, name, kind, parent_id, valid_from)
               values ($1, $2, $3, $4, $5) returning id as "id: OrgUnitId""#,
            code,
            name,
            kind,
            parent as Option<OrgUnitId>,
            from as _
        )
        .fetch_one(&mut *self.conn)
        .await?;
        Ok(id)
    }

    async fn account(
        &mut self,
        login: &str,
        display_name: &str,
        member: Option<MemberId>,
    ) -> anyhow::Result<AccountId> {
        // Logins are unique: a second cell of the same code gets a number.
        let count = self.logins.entry(login.to_owned()).or_insert(0);
        *count += 1;
        let login = if *count == 1 {
            login.to_owned()
        } else {
            format!("{login}.{count}")
        };
        let id = sqlx::query_scalar!(
            r#"insert into accounts (login, password_hash, member_id, display_name)
               values ($1, $2, $3, $4) returning id as "id: AccountId""#,
            login,
            self.hash,
            member as Option<MemberId>,
            display_name
        )
        .fetch_one(&mut *self.conn)
        .await?;
        Ok(id)
    }

    /// A member with a generated name (in `cell`, when given) and an account.
    async fn person(
        &mut self,
        login: &str,
        cell: Option<OrgUnitId>,
        profile: Profile,
        status: &str,
    ) -> anyhow::Result<Person> {
        let name = self.name(profile == Profile::MountainVillager);
        self.named(login, &name, cell, profile, status).await
    }

    /// A member with a given name; joined the party at a date that fits their state
    /// (probationary members joined within the last year).
    async fn named(
        &mut self,
        login: &str,
        full_name: &str,
        cell: Option<OrgUnitId>,
        profile: Profile,
        status: &str,
    ) -> anyhow::Result<Person> {
        let (birth_year, joined) = if status == "probationary" {
            let born = self.rng.gen_range(1985..=1996);
            let joined = NaiveDate::from_ymd_opt(
                2016,
                self.rng.gen_range(5..=12),
                self.rng.gen_range(1..=28),
            );
            (born, joined)
        } else {
            let born = if profile == Profile::RetiredVeteran {
                self.rng.gen_range(1940..=1955)
            } else {
                self.rng.gen_range(1960..=1990)
            };
            let year = self.rng.gen_range((born + 20)..=(born + 30).min(2014));
            (
                born,
                NaiveDate::from_ymd_opt(
                    year,
                    self.rng.gen_range(1..=12),
                    self.rng.gen_range(1..=28),
                ),
            )
        };
        let member = sqlx::query_scalar!(
            r#"insert into members (full_name, status, birth_year, joined_on) values ($1, $2, $3, $4)
               returning id as "id: MemberId""#,
            full_name,
            status,
            birth_year,
            joined as _
        )
        .fetch_one(&mut *self.conn)
        .await?;
        let person = Person {
            account: self.account(login, full_name, Some(member)).await?,
            member,
            profile,
        };
        if let Some(cell) = cell {
            self.membership(person, cell).await?;
        }
        Ok(person)
    }

    async fn membership(&mut self, person: Person, cell: OrgUnitId) -> anyhow::Result<()> {
        sqlx::query!(
            "insert into cell_memberships (member_id, cell_id, valid_from)
             values ($1, $2, '2015-10-01')",
            person.member as MemberId,
            cell as OrgUnitId
        )
        .execute(&mut *self.conn)
        .await?;
        self.actors.remove(&person.account);
        Ok(())
    }

    async fn grant(
        &mut self,
        account: AccountId,
        role: &str,
        unit: OrgUnitId,
    ) -> anyhow::Result<()> {
        sqlx::query!(
            "insert into role_assignments (account_id, role, org_unit_id, valid_from)
             values ($1, $2, $3, '2015-10-01')",
            account as AccountId,
            role,
            unit as OrgUnitId
        )
        .execute(&mut *self.conn)
        .await?;
        self.actors.remove(&account);
        Ok(())
    }

    /// The account as the workflow sees it, with its offices.
    async fn actor(&mut self, account: AccountId) -> anyhow::Result<Actor> {
        if let Some(actor) = self.actors.get(&account) {
            return Ok(actor.clone());
        }
        let row = db::accounts::user(self.conn, account)
            .await?
            .context("a demo account vanished")?;
        let actor = CurrentUser::from_row(row).actor;
        self.actors.insert(account, actor.clone());
        Ok(actor)
    }

    /// The pledges a person writes for their position and place, no two alike.
    fn pledges(&mut self, person: Person, cell: OrgUnitId, place: &str, year: i32) -> Vec<Pledge> {
        use texts::{PledgeTemplate, common_pledges, fill, places, positions};
        let profile = person.profile;
        // Those whose work is elsewhere than their cell name it (the commune a department
        // helps, the unit a soldier or policeman serves in).
        let roaming = matches!(
            profile,
            Profile::ProvincialOfficial | Profile::Soldier | Profile::Police
        );
        let own_place;
        let place = if roaming {
            let options = places(profile);
            own_place = options[self.rng.gen_range(0..options.len())];
            own_place
        } else {
            place
        };
        let mut pool: Vec<PledgeTemplate> = common_pledges(profile).to_vec();
        let jobs = positions(profile);
        if !jobs.is_empty() {
            let job = jobs[self.rng.gen_range(0..jobs.len())];
            pool.extend_from_slice(job.duties);
        }
        // Another year has another theme: its actions come from that year's texts.
        if year != YEAR {
            pool.retain(|t| t.kind != "theme_action");
            pool.extend(
                org_texts::theme_2026(profile)
                    .iter()
                    .map(|t| PledgeTemplate {
                        kind: "theme_action",
                        content: t.content,
                        result: t.result,
                        month: t.month,
                        manifestation: None,
                    }),
            );
        }
        // One or two assigned duties, one theme action, and two of the rest; in a cell,
        // what a cell mate already pledged is chosen again only when nothing else is left.
        let used = self.used.entry((cell, year)).or_default().clone();
        let mut chosen: Vec<PledgeTemplate> = Vec::new();
        let take = |kinds: &[&str],
                    count: usize,
                    fresh_only: bool,
                    rng: &mut StdRng,
                    chosen: &mut Vec<PledgeTemplate>| {
            let fits = |t: &&PledgeTemplate| kinds.contains(&t.kind) && !chosen.contains(*t);
            let mut options: Vec<PledgeTemplate> = pool
                .iter()
                .filter(fits)
                .filter(|t| !fresh_only || !used.contains(&t.content))
                .copied()
                .collect();
            for _ in 0..count {
                if options.is_empty() {
                    break;
                }
                chosen.push(options.swap_remove(rng.gen_range(0..options.len())));
            }
        };
        let duties = self.rng.gen_range(1..=2);
        take(&["assigned_duty"], duties, true, &mut self.rng, &mut chosen);
        if self.rng.gen_bool(0.7) {
            take(&["theme_action"], 1, true, &mut self.rng, &mut chosen);
        }
        let rest = self.rng.gen_range(1..=2);
        take(
            &["study", "example", "remedy"],
            rest,
            true,
            &mut self.rng,
            &mut chosen,
        );
        // Everyone pledges something on their own duties, even in a large cell.
        if chosen.len() < 2 {
            take(
                &["assigned_duty"],
                2 - chosen.len(),
                false,
                &mut self.rng,
                &mut chosen,
            );
        }
        let used = self.used.entry((cell, year)).or_default();
        used.extend(chosen.iter().map(|t| t.content));
        chosen
            .into_iter()
            .map(|t| {
                let n = self.rng.gen_range(2..=15);
                let pct = self.rng.gen_range(16..=20) * 5;
                let month = self.rng.gen_range(6..=11);
                let kind = PledgeKind::parse(t.kind).unwrap_or(PledgeKind::AssignedDuty);
                let deadline = if t.month >= 12 {
                    whole_year(year)
                } else {
                    ymd(year, t.month + 1, 1)
                        .pred_opt()
                        .unwrap_or_else(|| whole_year(year))
                };
                let mut pledge = Pledge::new(
                    kind,
                    &shift_years(&fill(t.content, place, n, pct, month), year),
                    &shift_years(&fill(t.result, place, n, pct, month), year),
                    deadline,
                );
                pledge.manifestation_id = t
                    .manifestation
                    .and_then(|code| self.manifestations.get(code).copied());
                pledge
            })
            .collect()
    }

    /// Writes a plan for 2017 through the workflow service, up to `story`, with its
    /// history dated between January and July 2017.
    async fn plan_story(
        &mut self,
        owner: Person,
        cell: OrgUnitId,
        place: &str,
        story: Story,
        deciders: Deciders,
    ) -> anyhow::Result<()> {
        self.filers.push((owner, place.to_owned()));
        let decider = if owner.account == deciders.secretary.account {
            deciders.deputy.unwrap_or(deciders.above)
        } else {
            deciders.secretary
        };
        self.plan_story_in(owner, cell, place, story, YEAR, Some(decider.account))
            .await
    }

    /// Writes a member's plan for `year` through the workflow service, up to `story`
    /// (as far as it goes without a decider, when there is none), with its history dated
    /// between January and July.
    async fn plan_story_in(
        &mut self,
        owner: Person,
        cell: OrgUnitId,
        place: &str,
        story: Story,
        year: i32,
        decider: Option<AccountId>,
    ) -> anyhow::Result<()> {
        if story == Story::None {
            return Ok(());
        }
        let by_owner = self.actor(owner.account).await?;
        let by_decider = match decider {
            Some(account) => Some(self.actor(account).await?),
            None => None,
        };
        let mut day = ymd(year, 1, 5) + Duration::days(self.rng.gen_range(0..50));
        let mut minutes = self.rng.gen_range(0..480);
        let mut at = |days: i64, rng: &mut StdRng| {
            day += Duration::days(days);
            minutes = rng.gen_range(0..540);
            moment(day, minutes)
        };
        let plan =
            workflow::start_personal(self.conn, &by_owner, cell, year, Some(at(0, &mut self.rng)))
                .await?
                .map_err(|refusal| anyhow::anyhow!("could not start a demo plan: {refusal:?}"))?;
        let pledges = self.pledges(owner, cell, place, year);
        for pledge in pledges {
            let when = at(0, &mut self.rng);
            self.change(&by_owner, plan, Change::AddItem(pledge), when)
                .await?;
        }
        if self.rng.gen_bool(0.6) {
            let options = texts::shortcomings(owner.profile);
            let text = options[self.rng.gen_range(0..options.len())];
            let when = at(1, &mut self.rng);
            self.change(
                &by_owner,
                plan,
                Change::SetShortcomings(text.to_owned()),
                when,
            )
            .await?;
        }
        let act = |action: PlanAction, comment: &str| Change::Act {
            action,
            comment: comment.to_owned(),
        };
        if story == Story::Draft {
            return Ok(());
        }
        let when = at(self.rng.gen_range(2..20), &mut self.rng);
        self.change(&by_owner, plan, act(PlanAction::Submit, ""), when)
            .await?;
        let Some(by_decider) = by_decider else {
            return Ok(());
        };
        if story == Story::Submitted {
            return Ok(());
        }
        if matches!(story, Story::Returned | Story::ApprovedAfterReturn) {
            let reason =
                texts::RETURN_COMMENTS[self.rng.gen_range(0..texts::RETURN_COMMENTS.len())];
            let when = at(self.rng.gen_range(1..5), &mut self.rng);
            self.change(&by_decider, plan, act(PlanAction::Return, reason), when)
                .await?;
            if story == Story::Returned {
                return Ok(());
            }
            // The member makes the first item concrete and sends it again.
            if let Some(first) = db::plans::items(self.conn, plan).await?.into_iter().next() {
                let mut pledge = first.pledge.clone();
                pledge.expected_result = format!(
                    "{}; báo cáo kết quả với chi bộ trước ngày {}",
                    pledge.expected_result.trim_end_matches('.'),
                    pledge.deadline.format("%d/%m/%Y")
                );
                let when = at(self.rng.gen_range(1..4), &mut self.rng);
                self.change(&by_owner, plan, Change::EditItem(first.id, pledge), when)
                    .await?;
            }
            let when = at(0, &mut self.rng);
            self.change(&by_owner, plan, act(PlanAction::Submit, ""), when)
                .await?;
        }
        let comment = if self.rng.gen_bool(0.5) {
            texts::APPROVAL_COMMENTS[self.rng.gen_range(0..texts::APPROVAL_COMMENTS.len())]
        } else {
            ""
        };
        let when = at(self.rng.gen_range(1..8), &mut self.rng);
        self.change(&by_decider, plan, act(PlanAction::Approve, comment), when)
            .await?;
        if story == Story::Amended {
            let reason = texts::AMEND_REASONS[self.rng.gen_range(0..texts::AMEND_REASONS.len())];
            let when = at(self.rng.gen_range(60..100), &mut self.rng);
            self.change(&by_owner, plan, act(PlanAction::Amend, reason), when)
                .await?;
        }
        Ok(())
    }

    /// Makes one change through the workflow service, at the plan's current version.
    async fn change(
        &mut self,
        by: &Actor,
        plan: PlanId,
        change: Change,
        at: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let version = db::plans::lock(self.conn, plan)
            .await?
            .context("a demo plan vanished")?
            .version;
        match workflow::apply(self.conn, by, plan, version, change, Some(at)).await? {
            Ok(Applied::Changed { .. } | Applied::Unchanged) => Ok(()),
            Err(refusal) => anyhow::bail!("the demo plan {plan} refused a change: {refusal:?}"),
        }
    }
}
