//! A generated province or city on top of the demo, for benchmarks: `pledges generate
//! --members N [--years …] [--seed S]`.
//!
//! The tree has the 2025 shape: commune and ward committees directly under the province,
//! each with its agency's cell, cells of villages, neighbourhoods, schools and health
//! stations directly under it (5 to 60 members), and a grassroots organisation (a school,
//! an enterprise or the commune police) with cells of its own. Every member has an account
//! (login `g<number>`, the demo password), an office where they hold one, and for each year
//! a personal plan in a state drawn as in practice, with items from the demo's text bank
//! filled for the member's place; cells, grassroots organisations and committees file
//! their collective plans and commitments. Plans carry the history the workflow would
//! have written (created, submitted, returned, approved, with the approved version kept).
//!
//! Rows are written with COPY, through every constraint and trigger of the schema, in an
//! order that interleaves units (members and plans are shuffled). The same seed gives the
//! same data. Year-end progress, assessments and ratings have no tables yet (issue 10).

use std::collections::{HashMap, HashSet};
use std::fmt::Display;
use std::time::Instant;

use anyhow::{Context, bail};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use sqlx::{Connection, PgConnection, PgPool};
use unicode_normalization::UnicodeNormalization;

use super::texts::{self, Profile};
use super::{org_texts, person_name, shift_years};
use crate::domain::Named;
use crate::domain::ids::{AccountId, ManifestationId, OrgUnitId, PlanItemId};
use crate::domain::pledge::{Pledge, PledgeItem, PledgeKind, whole_year};
use crate::domain::text::clean_line;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    pub members: usize,
    /// All but the last are closed afterwards.
    pub years: Vec<i32>,
    pub seed: u64,
}

/// Plans are written in batches of this many, so memory stays bounded at city scale
/// (about 100 MB a batch); each batch's COPY refreshes the counts of the cells it touches
/// once, so fewer, larger batches cost less.
const BATCH: usize = 20_000;

/// Syllables of commune and ward names.
const FIRST: &[&str] = &[
    "Vĩnh", "Hải", "Triệu", "Gio", "Cam", "Hướng", "Tân", "Phú", "An", "Hòa", "Thạch", "Quảng",
    "Minh", "Trung", "Bình", "Xuân", "Thuận", "Phong", "Thành", "Đức", "Lệ", "Mỹ", "Nam", "Bắc",
];
const SECOND: &[&str] = &[
    "Linh", "Lăng", "Phong", "Sơn", "Hiệp", "Thủy", "Lộc", "Giang", "Hà", "Mỹ", "Long", "Thịnh",
    "Khê", "Trạch", "Ninh", "Châu", "Hưng", "Lợi", "Phúc", "Tiến", "Hòa", "Xuyên", "Điền",
];

/// What a cell's members are, and how often a cell is of that kind.
const CELL_KINDS: &[(Profile, Profile, u32)] = &[
    (Profile::VillageFarmer, Profile::VillageCellSecretary, 30),
    (Profile::MountainVillager, Profile::VillageCellSecretary, 8),
    (Profile::WardResident, Profile::WardCellSecretary, 25),
    (Profile::RetiredVeteran, Profile::VillageCellSecretary, 5),
    (Profile::Teacher, Profile::SchoolPrincipal, 12),
    (Profile::HealthWorker, Profile::HealthWorker, 6),
    (Profile::EnterpriseWorker, Profile::EnterpriseWorker, 6),
    (Profile::Police, Profile::Police, 4),
    (Profile::Soldier, Profile::Soldier, 4),
];

struct Committee {
    id: i64,
    /// The accounts of its standing committee and secretary.
    standing: i64,
    secretary: i64,
    /// Texts of commitments it borrows (the demo's committees').
    texts_from: &'static str,
}

struct Grassroots {
    id: i64,
    committee: usize,
    kind: &'static str,
    account: i64,
}

struct Cell {
    id: i64,
    profile: Profile,
    place: String,
    committee: usize,
    grassroots: Option<usize>,
    members: Vec<usize>,
}

struct Member {
    id: i64,
    account: i64,
    cell: usize,
    profile: Profile,
    files_plan: bool,
}

/// The columns of a generated org unit.
const UNITS: &str = "org_units (code, name, kind, parent_id, valid_from, place)";

/// Rows in PostgreSQL's COPY text format.
#[derive(Default)]
struct Rows {
    buf: String,
    count: usize,
}

impl Rows {
    fn text(&mut self, value: &str) -> &mut Self {
        for c in value.chars() {
            match c {
                '\\' => self.buf.push_str("\\\\"),
                '\t' => self.buf.push_str("\\t"),
                '\n' => self.buf.push_str("\\n"),
                '\r' => self.buf.push_str("\\r"),
                c => self.buf.push(c),
            }
        }
        self.buf.push('\t');
        self
    }

    fn value(&mut self, value: impl Display) -> &mut Self {
        self.buf.push_str(&value.to_string());
        self.buf.push('\t');
        self
    }

    fn null(&mut self) -> &mut Self {
        self.buf.push_str("\\N\t");
        self
    }

    fn time(&mut self, at: DateTime<Utc>) -> &mut Self {
        self.value(at.format("%Y-%m-%d %H:%M:%S+00"))
    }

    /// One org unit.
    fn unit(
        &mut self,
        code: &str,
        name: &str,
        kind: &str,
        parent: i64,
        since: NaiveDate,
        place: &str,
    ) {
        self.text(code)
            .text(name)
            .text(kind)
            .value(parent)
            .value(since)
            .text(place)
            .end();
    }

    fn end(&mut self) {
        self.buf.pop();
        self.buf.push('\n');
        self.count += 1;
    }

    /// Sends the rows to `table (columns)`, and checks that `table`'s ids run on from
    /// `first` when the table takes them from its identity.
    async fn copy(
        self,
        conn: &mut PgConnection,
        target: &str,
        first_id: Option<(&str, i64)>,
    ) -> anyhow::Result<usize> {
        if self.count == 0 {
            return Ok(0);
        }
        let mut copy = conn
            .copy_in_raw(&format!("copy {target} from stdin"))
            .await?;
        for chunk in self.buf.as_bytes().chunks(1 << 20) {
            copy.send(chunk).await?;
        }
        let written = copy.finish().await? as usize;
        if let Some((table, first)) = first_id {
            let last: i64 = sqlx::query_scalar(&format!("select max(id) from {table}"))
                .fetch_one(&mut *conn)
                .await?;
            if last != first + self.count as i64 - 1 {
                bail!("{table}: ids did not run on as reserved (another writer at work?)");
            }
        }
        Ok(written)
    }
}

/// The id the next row of `table` will get (one value of its sequence is spent).
async fn next_id(conn: &mut PgConnection, table: &str) -> anyhow::Result<i64> {
    let spent: i64 = sqlx::query_scalar(&format!(
        "select nextval(pg_get_serial_sequence('{table}', 'id'))"
    ))
    .fetch_one(&mut *conn)
    .await?;
    Ok(spent + 1)
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

/// A moment on `day`, at office hours in Vietnam.
fn moment(day: NaiveDate, rng: &mut StdRng) -> DateTime<Utc> {
    let at =
        day.and_hms_opt(0, 0, 0).unwrap_or_default() + Duration::minutes(rng.gen_range(60..600));
    Utc.from_utc_datetime(&at)
}

/// The deadline of a template's month in `year` (12: the whole year).
fn deadline(year: i32, month: u32) -> NaiveDate {
    if month >= 12 {
        whole_year(year)
    } else {
        ymd(year, month + 1, 1)
            .pred_opt()
            .unwrap_or_else(|| whole_year(year))
    }
}

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    &items[rng.gen_range(0..items.len())]
}

pub async fn run(pool: &PgPool, options: &Options) -> anyhow::Result<()> {
    let started = Instant::now();
    let mut years = options.years.clone();
    years.sort_unstable();
    years.dedup();
    let (Some(&first_year), Some(&current)) = (years.first(), years.last()) else {
        bail!("name at least one year");
    };
    if options.members < 10 {
        bail!("generate at least 10 members");
    }
    super::seed(pool)
        .await
        .context("the demo under the generated data")?;
    let mut conn = pool.acquire().await?;
    let mut tx = conn.begin().await?;
    let tx_conn: &mut PgConnection = &mut tx;
    let generated: bool =
        sqlx::query_scalar("select exists (select 1 from org_units where code like 'gen.%')")
            .fetch_one(&mut *tx_conn)
            .await?;
    if generated {
        bail!("this database already holds generated data: generate into a fresh one");
    }
    prepare_years(tx_conn, &years).await?;
    let mut g = Generator {
        current,
        rng: StdRng::seed_from_u64(options.seed),
        conn: tx_conn,
        since: ymd(first_year, 1, 1),
        committees: Vec::new(),
        grassroots: Vec::new(),
        cells: Vec::new(),
        members: Vec::new(),
        manifestations: HashMap::new(),
        reviewer: 0,
        password_hash: String::new(),
    };
    g.load_demo().await?;
    g.tree(options.members).await?;
    progress(
        started,
        &format!(
            "tree: {} committees, {} grassroots organisations, {} cells",
            g.committees.len(),
            g.grassroots.len(),
            g.cells.len()
        ),
    );
    g.people().await?;
    progress(
        started,
        &format!("{} members with accounts and offices", g.members.len()),
    );
    for &year in &years {
        let plans = g.personal_plans(year, year == current, started).await?;
        let units = g.unit_plans(year, year == current).await?;
        progress(
            started,
            &format!("{year}: {plans} personal plans, {units} of units"),
        );
    }
    // The year-end: every year assessed; those before the current one rated and decided.
    // The planner needs the tables' statistics first (they were just filled).
    sqlx::query("analyze").execute(&mut *tx).await?;
    let (province, admin): (i64, i64) = sqlx::query_as(
        "select org_unit_id, account_id from role_assignments
         where role = 'administrator' order by id limit 1",
    )
    .fetch_one(&mut *tx)
    .await?;
    for &year in &years {
        super::year_end::assess(&mut tx, year, AccountId(admin)).await?;
        if year != current {
            super::year_end::rate_and_decide(&mut tx, year, OrgUnitId(province), AccountId(admin))
                .await?;
        }
        progress(
            started,
            &format!(
                "{year}: assessed{}",
                if year == current {
                    ""
                } else {
                    ", rated and decided"
                }
            ),
        );
    }
    sqlx::query("update years set phase = 'closed' where year = any($1) and year <> $2")
        .bind(&years)
        .bind(current)
        .execute(&mut *tx)
        .await?;
    sqlx::query("analyze").execute(&mut *tx).await?;
    tx.commit().await?;
    progress(started, "done");
    Ok(())
}

fn progress(started: Instant, what: &str) {
    eprintln!("[{:>6.1} s] {what}", started.elapsed().as_secs_f64());
}

/// Opens the years that do not exist; refuses years already closed.
async fn prepare_years(conn: &mut PgConnection, years: &[i32]) -> anyhow::Result<()> {
    for &year in years {
        let phase: Option<String> = sqlx::query_scalar("select phase from years where year = $1")
            .bind(year)
            .fetch_optional(&mut *conn)
            .await?;
        match phase.as_deref() {
            Some("closed") => bail!("{year} is closed: choose other years"),
            Some(_) => {}
            None => {
                sqlx::query(
                    "insert into years (year, theme, phase, plan_deadline, midyear_deadline,
                                        self_assessment_deadline, rating_deadline)
                     values ($1, $2, 'in_progress', $3, $4, $5, $6)",
                )
                .bind(year)
                .bind(format!("Chủ đề năm {year} (dữ liệu sinh để đo tải)"))
                .bind(ymd(year, 3, 31))
                .bind(ymd(year, 7, 15))
                .bind(ymd(year, 12, 10))
                .bind(ymd(year + 1, 1, 15))
                .execute(&mut *conn)
                .await?;
            }
        }
    }
    Ok(())
}

struct Generator<'c> {
    /// The open year (the last one generated).
    current: i32,
    rng: StdRng,
    conn: &'c mut PgConnection,
    since: NaiveDate,
    committees: Vec<Committee>,
    grassroots: Vec<Grassroots>,
    cells: Vec<Cell>,
    members: Vec<Member>,
    manifestations: HashMap<String, i64>,
    reviewer: i64,
    password_hash: String,
}

/// The demo committees whose commitment texts the generated ones borrow.
const COMMITMENT_TEXTS: &[&str] = &[
    "p.dongha",
    "p.quangtri",
    "x.vinhlinh",
    "x.giolinh",
    "x.camlo",
    "x.trieuphong",
    "x.hailang",
    "x.huongphung",
    "x.dakrong",
    "dk.conco",
];

impl Generator<'_> {
    async fn load_demo(&mut self) -> anyhow::Result<()> {
        let (reviewer, hash): (i64, String) =
            sqlx::query_as("select id, password_hash from accounts where login = 'tinhuy'")
                .fetch_one(&mut *self.conn)
                .await
                .context("the demo's provincial reviewer")?;
        self.reviewer = reviewer;
        self.password_hash = hash;
        let rows: Vec<(String, i64)> = sqlx::query_as("select code, id from manifestations")
            .fetch_all(&mut *self.conn)
            .await?;
        self.manifestations = rows.into_iter().collect();
        Ok(())
    }

    /// Committees, grassroots organisations and cells, level by level (a unit's parent
    /// must exist before the unit's triggers read it).
    async fn tree(&mut self, members: usize) -> anyhow::Result<()> {
        let province: i64 = sqlx::query_scalar(
            "select id from org_units where kind = 'province' order by id limit 1",
        )
        .fetch_one(&mut *self.conn)
        .await?;
        // About 1,300 members a commune, 24 a cell.
        let communes = members.div_ceil(1_300).max(1);
        let mut names: Vec<String> = FIRST
            .iter()
            .flat_map(|a| SECOND.iter().map(move |b| format!("{a} {b}")))
            .collect();
        names.shuffle(&mut self.rng);
        let first = next_id(self.conn, "org_units").await?;
        let mut rows = Rows::default();
        let mut places = Vec::new();
        for i in 0..communes {
            let base = &names[i % names.len()];
            let place = if i < names.len() {
                base.clone()
            } else {
                format!("{base} {}", i / names.len() + 1)
            };
            let ward = self.rng.gen_bool(0.25);
            let name = format!("Đảng bộ {} {place}", if ward { "phường" } else { "xã" });
            rows.unit(
                &format!("gen.{i}"),
                &name,
                "upper_committee",
                province,
                self.since,
                &place,
            );
            self.committees.push(Committee {
                id: first + i as i64,
                standing: 0,
                secretary: 0,
                texts_from: COMMITMENT_TEXTS[self.rng.gen_range(0..COMMITMENT_TEXTS.len())],
            });
            places.push((place, ward));
        }
        rows.copy(self.conn, UNITS, Some(("org_units", first)))
            .await?;

        // One grassroots organisation a commune: a school, an enterprise or the police.
        let first = next_id(self.conn, "org_units").await?;
        let mut rows = Rows::default();
        for (i, (place, _)) in places.iter().enumerate() {
            let (kind, name) = match i % 3 {
                0 => ("agency", format!("Đảng bộ Trường THPT {place}")),
                1 => ("enterprise", format!("Đảng bộ Công ty Cổ phần {place}")),
                _ => ("armed", format!("Đảng bộ Công an xã {place}")),
            };
            let parent = self.committees[i].id;
            rows.unit(
                &format!("gen.{i}.g"),
                &name,
                "grassroots_party",
                parent,
                self.since,
                "",
            );
            self.grassroots.push(Grassroots {
                id: first + i as i64,
                committee: i,
                kind,
                account: 0,
            });
        }
        rows.copy(self.conn, UNITS, Some(("org_units", first)))
            .await?;

        // Cells until every member has one: the agency's cell first in each commune.
        let first = next_id(self.conn, "org_units").await?;
        let mut rows = Rows::default();
        let weights: u32 = CELL_KINDS.iter().map(|k| k.2).sum();
        let mut seats = 0;
        let mut names_used: Vec<HashSet<String>> = vec![HashSet::new(); communes];
        let mut i = 0usize;
        while seats < members {
            let committee = i % communes;
            let round = i / communes;
            let (place, _) = &places[committee];
            let (profile, grassroots, name) = if round == 0 {
                (
                    Profile::CommuneOfficial,
                    None,
                    format!("Chi bộ Cơ quan Đảng ủy – UBND {place}"),
                )
            } else if round <= 3 {
                let g = &self.grassroots[committee];
                let profile = match g.kind {
                    "agency" => Profile::Teacher,
                    "enterprise" => Profile::EnterpriseWorker,
                    _ => Profile::Police,
                };
                let label = match g.kind {
                    "agency" => "Tổ chuyên môn",
                    "enterprise" => "Phân xưởng",
                    _ => "Đội",
                };
                (
                    profile,
                    Some(committee),
                    format!("Chi bộ {label} số {round}"),
                )
            } else {
                let mut roll = self.rng.gen_range(0..weights);
                let profile = CELL_KINDS
                    .iter()
                    .find(|k| {
                        let hit = roll < k.2;
                        roll = roll.saturating_sub(k.2);
                        hit
                    })
                    .map_or(Profile::VillageFarmer, |k| k.0);
                let spot = pick(&mut self.rng, texts::places(profile)).to_string();
                let mut name = format!("Chi bộ {spot}");
                let mut n = 2;
                while !names_used[committee].insert(name.clone()) {
                    name = format!("Chi bộ {spot} số {n}");
                    n += 1;
                }
                (profile, None, name)
            };
            // Most cells have 10 to 35 members; a few 5 or 60.
            let size = match self.rng.gen_range(0..10) {
                0 => self.rng.gen_range(5..10),
                9 => self.rng.gen_range(36..=60),
                _ => self.rng.gen_range(10..=35),
            }
            .max(if round == 0 { 10 } else { 1 })
            .min((members - seats).max(1));
            let parent = grassroots.map_or(self.committees[committee].id, |g: usize| {
                self.grassroots[g].id
            });
            rows.unit(
                &format!("gen.{committee}.c{round}"),
                &name,
                "cell",
                parent,
                self.since,
                "",
            );
            let place_text = if round == 0 {
                place.clone()
            } else {
                name.trim_start_matches("Chi bộ ").to_owned()
            };
            self.cells.push(Cell {
                id: first + i as i64,
                profile,
                place: place_text,
                committee,
                grassroots,
                members: Vec::with_capacity(size),
            });
            seats += size;
            self.cells[i].members.resize(size, usize::MAX);
            i += 1;
        }
        rows.copy(self.conn, UNITS, Some(("org_units", first)))
            .await?;
        Ok(())
    }

    /// Members in a shuffled order, their accounts, memberships and offices.
    async fn people(&mut self) -> anyhow::Result<()> {
        let mut seats: Vec<(usize, usize)> = self
            .cells
            .iter()
            .enumerate()
            .flat_map(|(c, cell)| (0..cell.members.len()).map(move |s| (c, s)))
            .collect();
        seats.shuffle(&mut self.rng);
        let first_member = next_id(self.conn, "members").await?;
        let mut rows = Rows::default();
        let last_year = self.current;
        for (n, &(c, s)) in seats.iter().enumerate() {
            let profile = if s == 0 {
                leader_of(self.cells[c].profile)
            } else {
                self.cells[c].profile
            };
            let mut name = person_name(&mut self.rng, profile == Profile::MountainVillager);
            // Some names arrive decomposed (typed on old phones, pasted from old files);
            // they are stored as the product stores what it is given.
            if self.rng.gen_bool(0.05) {
                name = clean_line(&name.nfd().collect::<String>());
            }
            let roll = self.rng.gen_range(0..100);
            let status = match roll {
                0..=2 if s > 0 => "probationary",
                3..=5 if s > 0 => "exempted",
                _ => "official",
            };
            let (born, joined) = match status {
                "probationary" => (
                    self.rng.gen_range(1990..=2004),
                    ymd(
                        last_year - 1,
                        self.rng.gen_range(1..=12),
                        self.rng.gen_range(1..=28),
                    ),
                ),
                "exempted" => (
                    self.rng.gen_range(1940..=1955),
                    ymd(
                        self.rng.gen_range(1965..=1985),
                        self.rng.gen_range(1..=12),
                        1,
                    ),
                ),
                _ => {
                    let born = self.rng.gen_range(1955..=1998);
                    (
                        born,
                        ymd(
                            (born + self.rng.gen_range(19..=35)).min(last_year - 2),
                            self.rng.gen_range(1..=12),
                            self.rng.gen_range(1..=28),
                        ),
                    )
                }
            };
            rows.text(&name)
                .value(born)
                .value(joined)
                .text(status)
                .end();
            self.cells[c].members[s] = n;
            self.members.push(Member {
                id: first_member + n as i64,
                account: 0,
                cell: c,
                profile,
                files_plan: status != "exempted",
            });
        }
        rows.copy(
            self.conn,
            "members (full_name, birth_year, joined_on, status)",
            Some(("members", first_member)),
        )
        .await?;

        let first_account = next_id(self.conn, "accounts").await?;
        let names: Vec<(i64, String)> =
            sqlx::query_as("select id, full_name from members where id >= $1 order by id")
                .bind(first_member)
                .fetch_all(&mut *self.conn)
                .await?;
        let mut rows = Rows::default();
        let mut memberships = Rows::default();
        for (n, (id, name)) in names.iter().enumerate() {
            rows.text(&format!("g{}", n + 1))
                .text(&self.password_hash)
                .value(id)
                .text(name)
                .end();
            let member = &mut self.members[n];
            member.account = first_account + n as i64;
            memberships
                .value(id)
                .value(self.cells[member.cell].id)
                .value(self.since)
                .end();
        }
        rows.copy(
            self.conn,
            "accounts (login, password_hash, member_id, display_name)",
            Some(("accounts", first_account)),
        )
        .await?;
        memberships
            .copy(
                self.conn,
                "cell_memberships (member_id, cell_id, valid_from)",
                None,
            )
            .await?;

        // Offices: secretary and (in cells of ten or more) deputy of each cell; the
        // agency cell's secretary is the commune's secretary and its deputy sits on the
        // standing committee; a grassroots organisation's committee is its first cell's.
        let mut roles = Rows::default();
        let grant = |rows: &mut Rows, account: i64, role: &str, unit: i64, since| {
            rows.value(account)
                .text(role)
                .value(unit)
                .value(since)
                .end();
        };
        for c in 0..self.cells.len() {
            let cell = &self.cells[c];
            let secretary = self.members[cell.members[0]].account;
            grant(&mut roles, secretary, "cell_secretary", cell.id, self.since);
            let deputy = (cell.members.len() >= 10).then(|| self.members[cell.members[1]].account);
            if let Some(deputy) = deputy {
                grant(&mut roles, deputy, "cell_deputy", cell.id, self.since);
            }
            let committee = cell.committee;
            let is_agency = self.committees[committee].secretary == 0 && cell.grassroots.is_none();
            if is_agency {
                let unit = self.committees[committee].id;
                let standing = deputy.unwrap_or(secretary);
                grant(&mut roles, secretary, "upper_secretary", unit, self.since);
                grant(
                    &mut roles,
                    secretary,
                    "upper_standing_committee",
                    unit,
                    self.since,
                );
                grant(
                    &mut roles,
                    standing,
                    "upper_standing_committee",
                    unit,
                    self.since,
                );
                self.committees[committee].secretary = secretary;
                self.committees[committee].standing = standing;
            }
            if let Some(g) = cell.grassroots
                && self.grassroots[g].account == 0
            {
                grant(
                    &mut roles,
                    secretary,
                    "grassroots_committee",
                    self.grassroots[g].id,
                    self.since,
                );
                self.grassroots[g].account = secretary;
            }
        }
        roles
            .copy(
                self.conn,
                "role_assignments (account_id, role, org_unit_id, valid_from)",
                None,
            )
            .await?;
        Ok(())
    }

    /// Who decides a member's plan: the cell's secretary, the deputy for the secretary's
    /// own, the committee above when the cell has no other leader.
    fn decider_of(&self, m: usize) -> i64 {
        let member = &self.members[m];
        let cell = &self.cells[member.cell];
        let secretary = self.members[cell.members[0]].account;
        if member.account != secretary {
            return secretary;
        }
        if cell.members.len() >= 10 {
            return self.members[cell.members[1]].account;
        }
        let above = self.above(member.cell);
        if above == member.account {
            // The grassroots committee's own cell: the commune decides.
            return self.committees[cell.committee].standing;
        }
        above
    }

    /// The account deciding for the committee directly above a cell.
    fn above(&self, c: usize) -> i64 {
        let cell = &self.cells[c];
        match cell.grassroots {
            Some(g) => self.grassroots[g].account,
            None => self.committees[cell.committee].standing,
        }
    }

    /// The personal plans of `year`, in batches, members in a shuffled order.
    async fn personal_plans(
        &mut self,
        year: i32,
        current: bool,
        started: Instant,
    ) -> anyhow::Result<usize> {
        let mut order: Vec<usize> = (0..self.members.len())
            .filter(|m| self.members[*m].files_plan)
            .collect();
        order.shuffle(&mut self.rng);
        let mut written = 0;
        for batch in order.chunks(BATCH) {
            let mut plans = Vec::with_capacity(batch.len());
            for &m in batch {
                let state = self.state(current);
                let Some(state) = state else { continue };
                let (profile, id, account) = {
                    let member = &self.members[m];
                    (member.profile, member.id, member.account)
                };
                let cell = self.members[m].cell;
                let (unit, place) = (self.cells[cell].id, self.cells[cell].place.clone());
                let items = self.personal_items(profile, &place, year, current);
                let shortcomings = pick(&mut self.rng, texts::shortcomings(profile)).to_string();
                plans.push(NewPlan {
                    kind: "personal",
                    unit,
                    member: Some(id),
                    writer: account,
                    decider: self.decider_of(m),
                    state,
                    shortcomings,
                    items,
                });
            }
            written += self.write_plans(year, plans).await?;
            if written % (BATCH * 4) < BATCH {
                progress(started, &format!("{year}: {written} personal plans"));
            }
        }
        Ok(written)
    }

    /// A plan's state: in the open year every state occurs; a closed year ended approved.
    fn state(&mut self, current: bool) -> Option<&'static str> {
        let roll = self.rng.gen_range(0..100);
        if current {
            match roll {
                0..=7 => None,
                8..=17 => Some("draft"),
                18..=32 => Some("submitted"),
                33..=37 => Some("returned"),
                _ => Some("approved"),
            }
        } else {
            match roll {
                0..=2 => None,
                3..=4 => Some("submitted"),
                _ => Some("approved"),
            }
        }
    }

    fn personal_items(
        &mut self,
        profile: Profile,
        place: &str,
        year: i32,
        current: bool,
    ) -> Vec<Pledge> {
        let mut templates: Vec<texts::PledgeTemplate> = texts::pledges(profile).to_vec();
        templates.shuffle(&mut self.rng);
        let count = self.rng.gen_range(3..=5).min(templates.len());
        templates.truncate(count);
        let mut items: Vec<Pledge> = templates
            .iter()
            .map(|t| {
                let n = self.rng.gen_range(2..=15);
                let pct = self.rng.gen_range(16..=20) * 5;
                let month = self.rng.gen_range(3..=11);
                let text = |s: &str| {
                    let filled = texts::fill(s, place, n, pct, month);
                    shift_years(&filled, year)
                };
                let kind = PledgeKind::parse(t.kind).unwrap_or(PledgeKind::AssignedDuty);
                let mut pledge = Pledge::new(
                    kind,
                    &text(t.content),
                    &text(t.result),
                    deadline(year, t.month),
                );
                pledge.manifestation_id = t
                    .manifestation
                    .and_then(|code| self.manifestations.get(code))
                    .map(|id| ManifestationId(*id));
                pledge.serves_theme = kind == PledgeKind::ThemeAction;
                pledge.weight = self.rng.gen_range(1..=3);
                pledge
            })
            .collect();
        if current && year == 2026 {
            let t = pick(&mut self.rng, org_texts::theme_2026(profile));
            let n = self.rng.gen_range(2..=15);
            let pct = self.rng.gen_range(16..=20) * 5;
            let mut pledge = Pledge::new(
                PledgeKind::ThemeAction,
                &texts::fill(t.content, place, n, pct, 6),
                &texts::fill(t.result, place, n, pct, 6),
                deadline(year, t.month),
            );
            pledge.serves_theme = true;
            items.push(pledge);
        }
        items
    }

    /// Collective plans of cells and grassroots organisations, and the committees'
    /// commitments, reviewed by the province.
    async fn unit_plans(&mut self, year: i32, current: bool) -> anyhow::Result<usize> {
        let text_year = if year == 2026 { 2026 } else { 2017 };
        let shift = |s: &str| {
            if text_year == year {
                s.to_owned()
            } else {
                shift_years(s, year)
            }
        };
        let mut plans = Vec::new();
        for c in 0..self.cells.len() {
            let Some(state) = self.state(current) else {
                continue;
            };
            let templates = org_texts::cell_plan(self.cells[c].profile, text_year);
            let place = self.cells[c].place.clone();
            let items = self.unit_items(templates, &place, year, &shift);
            plans.push(NewPlan {
                kind: "collective",
                unit: self.cells[c].id,
                member: None,
                writer: self.members[self.cells[c].members[0]].account,
                decider: self.above(c),
                state,
                shortcomings: String::new(),
                items,
            });
        }
        for g in 0..self.grassroots.len() {
            if self.grassroots[g].account == 0 {
                // Too few members were asked for to give it cells.
                continue;
            }
            let Some(state) = self.state(current) else {
                continue;
            };
            let templates = org_texts::grassroots_plan(self.grassroots[g].kind, text_year);
            let items = self.unit_items(templates, "", year, &shift);
            let committee = self.grassroots[g].committee;
            plans.push(NewPlan {
                kind: "collective",
                unit: self.grassroots[g].id,
                member: None,
                writer: self.grassroots[g].account,
                decider: self.committees[committee].standing,
                state,
                shortcomings: String::new(),
                items,
            });
        }
        for c in 0..self.committees.len() {
            let from = if text_year == 2026 {
                self.committees[c].texts_from
            } else {
                super::story::district_of(self.committees[c].texts_from)
            };
            for (kind, templates, writer) in [
                (
                    "upper_collective_commitment",
                    org_texts::standing_commitment(from, text_year),
                    self.committees[c].standing,
                ),
                (
                    "upper_secretary_commitment",
                    org_texts::secretary_commitment(from, text_year),
                    self.committees[c].secretary,
                ),
            ] {
                let Some(state) = self.state(current) else {
                    continue;
                };
                let items = templates
                    .iter()
                    .map(|t| unit_pledge(t, "", year, &shift))
                    .collect();
                plans.push(NewPlan {
                    kind,
                    unit: self.committees[c].id,
                    member: None,
                    writer,
                    decider: self.reviewer,
                    state,
                    shortcomings: String::new(),
                    items,
                });
            }
        }
        let mut written = 0;
        while !plans.is_empty() {
            let rest = plans.split_off(plans.len().saturating_sub(BATCH));
            written += self.write_plans(year, rest).await?;
        }
        Ok(written)
    }

    fn unit_items(
        &mut self,
        templates: &[org_texts::UnitPledge],
        place: &str,
        year: i32,
        shift: &dyn Fn(&str) -> String,
    ) -> Vec<Pledge> {
        let mut chosen: Vec<&org_texts::UnitPledge> = templates.iter().collect();
        chosen.shuffle(&mut self.rng);
        let count = self.rng.gen_range(4..=6).min(chosen.len());
        chosen.truncate(count);
        chosen.sort_by_key(|t| !t.key);
        chosen
            .into_iter()
            .map(|t| {
                let n = self.rng.gen_range(2..=12);
                let mut pledge = unit_pledge(t, place, year, shift);
                pledge.content = texts::fill(&pledge.content, place, n, 90, 6);
                pledge.expected_result = texts::fill(&pledge.expected_result, place, n, 90, 6);
                pledge
            })
            .collect()
    }

    /// Writes plans with their items, history and approved versions.
    async fn write_plans(&mut self, year: i32, mut plans: Vec<NewPlan>) -> anyhow::Result<usize> {
        plans.shuffle(&mut self.rng);
        let first_plan = next_id(self.conn, "plans").await?;
        let first_item = next_id(self.conn, "plan_items").await?;
        let mut plan_rows = Rows::default();
        let mut item_rows = Rows::default();
        let mut event_rows = Rows::default();
        let mut revision_rows = Rows::default();
        let mut item_id = first_item;
        for (i, plan) in plans.iter().enumerate() {
            let id = first_plan + i as i64;
            let created = moment(
                ymd(year, 1, 5) + Duration::days(self.rng.gen_range(0..60)),
                &mut self.rng,
            );
            // The history the workflow writes: created, submitted, returned, approved.
            let mut events: Vec<(&str, &str, &str, i64, String)> =
                vec![("create", "draft", "draft", plan.writer, String::new())];
            match plan.state {
                "submitted" => {
                    events.push(("submit", "draft", "submitted", plan.writer, String::new()))
                }
                "returned" => {
                    events.push(("submit", "draft", "submitted", plan.writer, String::new()));
                    let comment = pick(&mut self.rng, texts::RETURN_COMMENTS).to_string();
                    events.push(("return", "submitted", "returned", plan.decider, comment));
                }
                "approved" => {
                    events.push(("submit", "draft", "submitted", plan.writer, String::new()));
                    events.push((
                        "approve",
                        "submitted",
                        "approved",
                        plan.decider,
                        String::new(),
                    ));
                }
                _ => {}
            }
            let mut at = created;
            let mut times = Vec::with_capacity(events.len());
            for _ in &events {
                times.push(at);
                at += Duration::minutes(self.rng.gen_range(30..(60 * 24 * 6)));
            }
            let updated = *times.last().unwrap_or(&created);
            let version = events.len() as i64 + plan.items.len() as i64;
            plan_rows.text(plan.kind).value(year).value(plan.unit);
            match plan.member {
                Some(m) => plan_rows.value(m),
                None => plan_rows.null(),
            };
            plan_rows
                .text(&plan.shortcomings)
                .text(plan.state)
                .value(version)
                .time(created)
                .time(updated)
                .end();
            let mut approved_items = Vec::new();
            for (position, pledge) in plan.items.iter().enumerate() {
                item_rows
                    .value(id)
                    .value(position + 1)
                    .text(pledge.kind.as_str())
                    .text(&pledge.content)
                    .text(&pledge.expected_result)
                    .value(pledge.deadline)
                    .value(pledge.weight);
                match pledge.manifestation_id {
                    Some(m) => item_rows.value(m.0),
                    None => item_rows.null(),
                };
                item_rows
                    .value(pledge.serves_theme)
                    .value(pledge.is_key)
                    .text(&pledge.responsible)
                    .time(created)
                    .time(created)
                    .end();
                approved_items.push(PledgeItem {
                    id: PlanItemId(item_id),
                    position: position as i32 + 1,
                    pledge: pledge.clone(),
                    manifestation: None,
                });
                item_id += 1;
            }
            for ((action, from, to, actor, comment), at) in events.iter().zip(&times) {
                event_rows
                    .value(id)
                    .value(actor)
                    .time(*at)
                    .text(action)
                    .text(from)
                    .text(to)
                    .value(1)
                    .text(comment)
                    .text("{}")
                    .end();
            }
            if plan.state == "approved" {
                revision_rows
                    .value(id)
                    .value(1)
                    .time(updated)
                    .value(plan.decider)
                    .text(&plan.shortcomings)
                    .text(&serde_json::to_string(&approved_items)?)
                    .end();
            }
        }
        let count = plan_rows.count;
        plan_rows
            .copy(
                self.conn,
                "plans (kind, year, org_unit_id, member_id, shortcomings, state, version, created_at, updated_at)",
                Some(("plans", first_plan)),
            )
            .await?;
        item_rows
            .copy(
                self.conn,
                "plan_items (plan_id, position, kind, content, expected_result, deadline, weight,
                             manifestation_id, serves_theme, is_key, responsible, created_at, updated_at)",
                Some(("plan_items", first_item)),
            )
            .await?;
        event_rows
            .copy(
                self.conn,
                "plan_events (plan_id, actor_id, at, action, from_state, to_state, revision, comment, details)",
                None,
            )
            .await?;
        revision_rows
            .copy(
                self.conn,
                "plan_revisions (plan_id, revision, approved_at, approved_by, shortcomings, items)",
                None,
            )
            .await?;
        Ok(count)
    }
}

struct NewPlan {
    kind: &'static str,
    unit: i64,
    member: Option<i64>,
    writer: i64,
    decider: i64,
    state: &'static str,
    shortcomings: String,
    items: Vec<Pledge>,
}

/// The profile of a cell's secretary, given its members'.
fn leader_of(profile: Profile) -> Profile {
    CELL_KINDS
        .iter()
        .find(|k| k.0 == profile)
        .map_or(profile, |k| k.1)
}

/// An item of a unit's plan from its template.
fn unit_pledge(
    t: &org_texts::UnitPledge,
    place: &str,
    year: i32,
    shift: &dyn Fn(&str) -> String,
) -> Pledge {
    let kind = PledgeKind::parse(t.kind).unwrap_or(PledgeKind::AssignedDuty);
    let text = |s: &str| shift(&texts::fill(s, place, 5, 90, 6));
    let mut pledge = Pledge::new(
        kind,
        &text(t.content),
        &text(t.result),
        deadline(year, t.month),
    );
    pledge.responsible = t.responsible.to_owned();
    pledge.is_key = t.key;
    pledge.serves_theme = kind == PledgeKind::ThemeAction;
    pledge
}
