//! The demo after the members' 2017 plans: the organisations' own 2017 plans and the
//! commitments all ten districts signed; the year closed; the 2025 merger that abolished
//! the districts (each district and its detailed grassroots organisation become one
//! commune or ward committee directly under the province, its cells carried along); and
//! 2026 in the two-tier shape, with members' plans, cells' plans and the commune
//! committees' commitments in every state. Everything goes through the workflow and
//! restructure services, dated as it happened.

use std::collections::HashMap;

use anyhow::Context;
use chrono::{Duration, NaiveDate};
use rand::Rng;
use serde_json::json;

use super::org_texts::{self, UnitPledge};
use super::texts::{self, Profile};
use super::{DISTRICTS, NOW, Person, Seeder, Story, YEAR, moment, ymd};
use crate::db;
use crate::db::orgs::NewUnit;
use crate::domain::Named;
use crate::domain::access::decides;
use crate::domain::ids::{AccountId, MemberId, OrgUnitId, PlanId};
use crate::domain::org::{OrgKind, Role};
use crate::domain::plan::{PlanAction, PlanKind};
use crate::domain::pledge::{Pledge, PledgeKind, whole_year};
use crate::workflow::{self, Change, Successor};

/// The day the districts were abolished.
fn merger_day() -> NaiveDate {
    ymd(2025, 7, 1)
}

/// What a district became: (district code, new code, name, place).
const MERGED: [(&str, &str, &str, &str); 10] = [
    ("dongha", "p.dongha", "Đảng bộ phường Đông Hà", "Đông Hà"),
    (
        "quangtri",
        "p.quangtri",
        "Đảng bộ phường Quảng Trị",
        "Quảng Trị",
    ),
    (
        "vinhlinh",
        "x.vinhlinh",
        "Đảng bộ xã Vĩnh Linh",
        "Vĩnh Linh",
    ),
    ("giolinh", "x.giolinh", "Đảng bộ xã Gio Linh", "Gio Linh"),
    ("camlo", "x.camlo", "Đảng bộ xã Cam Lộ", "Cam Lộ"),
    (
        "trieuphong",
        "x.trieuphong",
        "Đảng bộ xã Triệu Phong",
        "Triệu Phong",
    ),
    ("hailang", "x.hailang", "Đảng bộ xã Hải Lăng", "Hải Lăng"),
    (
        "huonghoa",
        "x.huongphung",
        "Đảng bộ xã Hướng Phùng",
        "Hướng Phùng",
    ),
    ("dakrong", "x.dakrong", "Đảng bộ xã Đakrông", "Đakrông"),
    ("conco", "dk.conco", "Đảng bộ đặc khu Cồn Cỏ", "Cồn Cỏ"),
];

/// The district a commune or ward of 2025 was the seat of ("x.camlo" → "camlo").
pub(super) fn district_of(code: &str) -> &'static str {
    MERGED
        .iter()
        .find(|m| m.1 == code)
        .map_or("dongha", |m| m.0)
}

impl Seeder<'_> {
    /// The organisations' own 2017 plans: cells and grassroots organisations file
    /// collective plans (most approved, a few returned once, a few late); every district
    /// committee signs both commitments, accepted by the province — one after a return.
    pub(super) async fn organisations_2017(&mut self) -> anyhow::Result<()> {
        let reviewer = self.account_of("tinhuy").await?;
        for cell in self.cells.clone() {
            let story = self.org_story(0.05, 0.15);
            let items = self.unit_items(
                org_texts::cell_plan(cell.profile, YEAR),
                &cell.place,
                YEAR,
                6,
            );
            self.unit_story(
                PlanKind::Collective,
                cell.unit,
                YEAR,
                cell.secretary.account,
                Some(cell.above.account),
                items,
                story,
                org_texts::COLLECTIVE_RETURN_COMMENTS,
            )
            .await?;
        }
        for party in self.parties.clone() {
            let story = self.org_story(0.0, 0.2);
            let items = self.unit_items(
                org_texts::grassroots_plan(party.kind, YEAR),
                &party.place,
                YEAR,
                6,
            );
            self.unit_story(
                PlanKind::Collective,
                party.unit,
                YEAR,
                party.committee.account,
                Some(party.above.account),
                items,
                story,
                org_texts::COLLECTIVE_RETURN_COMMENTS,
            )
            .await?;
        }
        for committee in self.committees.clone() {
            let Some(secretary) = committee.secretary else {
                // The committees directly under the province had no secretary's
                // commitment in 2017; the bloc of provincial agencies signed its own.
                if committee.code == "khoicq" {
                    let items = self.commitment_items(&committee.code, YEAR, false);
                    self.unit_story(
                        PlanKind::UpperCollectiveCommitment,
                        committee.unit,
                        YEAR,
                        committee.standing.account,
                        Some(reviewer),
                        items,
                        Story::Approved,
                        org_texts::COMMITMENT_RETURN_COMMENTS,
                    )
                    .await?;
                }
                continue;
            };
            // All ten signed in 2017; Hải Lăng's first draft came back once.
            let story = if committee.code == "hailang" {
                Story::ApprovedAfterReturn
            } else {
                Story::Approved
            };
            for (kind, writer, personal) in [
                (
                    PlanKind::UpperCollectiveCommitment,
                    committee.standing.account,
                    false,
                ),
                (PlanKind::UpperSecretaryCommitment, secretary.account, true),
            ] {
                let items = self.commitment_items(&committee.code, YEAR, personal);
                self.unit_story(
                    kind,
                    committee.unit,
                    YEAR,
                    writer,
                    Some(reviewer),
                    items,
                    story,
                    org_texts::COMMITMENT_RETURN_COMMENTS,
                )
                .await?;
            }
        }
        Ok(())
    }

    /// The story of an organisation's plan: none (`none`), returned once then approved
    /// (`returned`), otherwise approved.
    fn org_story(&mut self, none: f64, returned: f64) -> Story {
        let roll: f64 = self.rng.r#gen();
        if roll < none {
            Story::None
        } else if roll < none + returned {
            Story::ApprovedAfterReturn
        } else {
            Story::Approved
        }
    }

    /// Four to `most` items of a unit's plan from `templates`, for `place` and `year`:
    /// units of one kind share the templates but not the choice.
    fn unit_items(
        &mut self,
        templates: &[UnitPledge],
        place: &str,
        year: i32,
        most: usize,
    ) -> Vec<Pledge> {
        let count = self.rng.gen_range(4..=most.max(4));
        let mut chosen: Vec<UnitPledge> = templates.to_vec();
        while chosen.len() > count {
            // Keep the key contents; drop others at random.
            let others: Vec<usize> = (0..chosen.len()).filter(|i| !chosen[*i].key).collect();
            if others.is_empty() {
                break;
            }
            chosen.remove(others[self.rng.gen_range(0..others.len())]);
        }
        chosen
            .into_iter()
            .map(|t| {
                let n = self.rng.gen_range(2..=12);
                let pct = self.rng.gen_range(16..=20) * 5;
                let month = self.rng.gen_range(6..=11);
                unit_pledge(&t, place, year, n, pct, month)
            })
            .collect()
    }

    /// The items of a committee's commitment for `year`.
    fn commitment_items(&mut self, code: &str, year: i32, personal: bool) -> Vec<Pledge> {
        let templates = if personal {
            org_texts::secretary_commitment(code, year)
        } else {
            org_texts::standing_commitment(code, year)
        };
        templates
            .iter()
            .map(|t| unit_pledge(t, "", year, 10, 90, 9))
            .collect()
    }

    /// Writes a unit's own plan of `kind` for `year` through the workflow, up to `story`.
    #[allow(clippy::too_many_arguments)]
    async fn unit_story(
        &mut self,
        kind: PlanKind,
        unit: OrgUnitId,
        year: i32,
        writer: AccountId,
        decider: Option<AccountId>,
        items: Vec<Pledge>,
        story: Story,
        return_comments: &[&str],
    ) -> anyhow::Result<Option<PlanId>> {
        if story == Story::None || items.is_empty() {
            return Ok(None);
        }
        let by_writer = self.actor(writer).await?;
        let mut day = ymd(year, 1, 3) + Duration::days(self.rng.gen_range(0..45));
        let mut at = |days: i64, rng: &mut rand::rngs::StdRng| {
            day += Duration::days(days);
            moment(day, rng.gen_range(0..540))
        };
        let plan = workflow::start_unit_plan(
            self.conn,
            &by_writer,
            kind,
            unit,
            year,
            Some(at(0, &mut self.rng)),
        )
        .await?
        .map_err(|r| anyhow::anyhow!("could not start a demo {kind:?} plan: {r:?}"))?;
        for pledge in items {
            let when = at(0, &mut self.rng);
            self.change(&by_writer, plan, Change::AddItem(pledge), when)
                .await?;
        }
        if kind == PlanKind::Collective {
            let text = texts::shortcomings(Profile::VillageCellSecretary)[self.rng.gen_range(0..3)]
                .to_owned();
            let when = at(1, &mut self.rng);
            self.change(&by_writer, plan, Change::SetShortcomings(text), when)
                .await?;
        }
        let act = |action: PlanAction, comment: &str| Change::Act {
            action,
            comment: comment.to_owned(),
        };
        if story == Story::Draft {
            return Ok(Some(plan));
        }
        let when = at(self.rng.gen_range(2..15), &mut self.rng);
        self.change(&by_writer, plan, act(PlanAction::Submit, ""), when)
            .await?;
        let Some(decider) = decider else {
            return Ok(Some(plan));
        };
        let by_decider = self.actor(decider).await?;
        if story == Story::Submitted {
            return Ok(Some(plan));
        }
        if matches!(story, Story::Returned | Story::ApprovedAfterReturn) {
            let reason = return_comments[self.rng.gen_range(0..return_comments.len())];
            let when = at(self.rng.gen_range(2..6), &mut self.rng);
            self.change(&by_decider, plan, act(PlanAction::Return, reason), when)
                .await?;
            if story == Story::Returned {
                return Ok(Some(plan));
            }
            if let Some(first) = db::plans::items(self.conn, plan).await?.into_iter().next() {
                let mut pledge = first.pledge.clone();
                if pledge.is_whole_year() {
                    pledge.deadline = ymd(year, 9, 30);
                }
                pledge.expected_result = format!(
                    "{}; có báo cáo kết quả gửi cấp trên trước ngày {}",
                    pledge.expected_result.trim_end_matches('.'),
                    pledge.deadline.format("%d/%m/%Y")
                );
                let when = at(self.rng.gen_range(1..4), &mut self.rng);
                self.change(&by_writer, plan, Change::EditItem(first.id, pledge), when)
                    .await?;
            }
            let when = at(0, &mut self.rng);
            self.change(&by_writer, plan, act(PlanAction::Submit, ""), when)
                .await?;
        }
        let when = at(self.rng.gen_range(2..10), &mut self.rng);
        self.change(&by_decider, plan, act(PlanAction::Approve, ""), when)
            .await?;
        if story == Story::Amended {
            let reason = texts::AMEND_REASONS[self.rng.gen_range(0..texts::AMEND_REASONS.len())];
            let when = at(self.rng.gen_range(60..100), &mut self.rng);
            self.change(&by_writer, plan, act(PlanAction::Amend, reason), when)
                .await?;
        }
        Ok(Some(plan))
    }

    pub(super) async fn account_of(&mut self, login: &str) -> anyhow::Result<AccountId> {
        sqlx::query_scalar!(
            r#"select id as "id: AccountId" from accounts where login = $1"#,
            login
        )
        .fetch_one(&mut *self.conn)
        .await
        .with_context(|| format!("the demo account {login}"))
    }

    async fn unit_by_code(&mut self, code: &str) -> anyhow::Result<OrgUnitId> {
        sqlx::query_scalar!(
            r#"select id as "id: OrgUnitId" from org_units where code = $1"#,
            code
        )
        .fetch_one(&mut *self.conn)
        .await
        .with_context(|| format!("the demo unit {code}"))
    }

    /// An office held from a given day.
    async fn grant_from(
        &mut self,
        account: AccountId,
        role: Role,
        unit: OrgUnitId,
        from: NaiveDate,
    ) -> anyhow::Result<()> {
        sqlx::query!(
            "insert into role_assignments (account_id, role, org_unit_id, valid_from)
             values ($1, $2, $3, $4)",
            account as AccountId,
            crate::domain::Named::as_str(role),
            unit as OrgUnitId,
            from
        )
        .execute(&mut *self.conn)
        .await?;
        self.actors.remove(&account);
        Ok(())
    }

    /// Closes `unit` on `on` into `successor`, through the restructure service.
    async fn restructure(
        &mut self,
        unit: OrgUnitId,
        on: NaiveDate,
        successor: Successor,
    ) -> anyhow::Result<OrgUnitId> {
        let admin = self.admin.context("the administrator")?;
        let admin = self.actor(admin).await?;
        let done =
            workflow::restructure(self.conn, &admin, unit, on, successor, Some(moment(on, 30)))
                .await?
                .map_err(|r| {
                    anyhow::anyhow!("the demo restructure of {unit} was refused: {r:?}")
                })?;
        self.actors.clear();
        done.successor.context("a successor")
    }

    /// 1 July 2025: the districts are abolished. Each district and its detailed
    /// grassroots organisation become one commune or ward committee directly under the
    /// province; the grassroots organisation's cells now sit directly under it (Vĩnh
    /// Linh's large đảng bộ cơ sở, with its đảng bộ bộ phận, stays a grassroots
    /// organisation under the new commune); the district office's cell joins the commune
    /// agency's cell two weeks later. The district's secretary and standing committee
    /// lead the new committee; the former grassroots committee joins its standing
    /// committee. The bloc of provincial agencies becomes the provincial party agencies'
    /// organisation. Everything of 2017 stays where it was.
    pub(super) async fn merger_2025(&mut self, province: OrgUnitId) -> anyhow::Result<()> {
        let on = merger_day();
        let later = ymd(2025, 7, 15);
        let admin = self.admin.context("the administrator")?;
        for (old, code, name, place) in MERGED {
            let district = self.unit_by_code(old).await?;
            let new = NewUnit {
                code: code.to_owned(),
                name: name.to_owned(),
                kind: OrgKind::UpperCommittee,
                parent: province,
                place: place.to_owned(),
                valid_from: on,
            };
            let commune = db::orgs::insert_unit(self.conn, &new)
                .await?
                .context("the new commune's code")?;
            db::audit::record(
                self.conn,
                admin,
                "org_unit",
                commune.0,
                "open",
                json!({ "name": name, "code": code, "on": on }),
            )
            .await?;
            let district_spec = DISTRICTS
                .iter()
                .find(|d| d.code == old)
                .context("the district")?;
            let party_code = format!("{old}.{}", district_spec.party.0);
            let party_unit = self.unit_by_code(&party_code).await?;
            let party = self
                .parties
                .iter()
                .find(|p| p.unit == party_unit)
                .cloned()
                .context("the district's grassroots organisation")?;
            let agency_code = format!("{party_code}.cq");
            if old == "vinhlinh" {
                // The township organisation goes on, now under the commune.
                self.restructure(
                    party.unit,
                    on,
                    Successor::New(NewUnit {
                        code: format!("{party_code}@2025"),
                        name: "Đảng bộ Thị trấn Hồ Xá".to_owned(),
                        kind: OrgKind::GrassrootsParty,
                        parent: commune,
                        place: String::new(),
                        valid_from: on,
                    }),
                )
                .await?;
            } else {
                self.restructure(party.unit, on, Successor::Existing(commune))
                    .await?;
                self.grant_from(
                    party.committee.account,
                    Role::UpperStandingCommittee,
                    commune,
                    on,
                )
                .await?;
            }
            self.restructure(district, on, Successor::Existing(commune))
                .await?;
            let committee = self
                .committees
                .iter()
                .find(|c| c.code == old)
                .cloned()
                .context("the district committee")?;
            if let Some(secretary) = committee.secretary {
                self.grant_from(secretary.account, Role::UpperSecretary, commune, on)
                    .await?;
                self.grant_from(secretary.account, Role::UpperStandingCommittee, commune, on)
                    .await?;
            }
            self.grant_from(
                committee.standing.account,
                Role::UpperStandingCommittee,
                commune,
                on,
            )
            .await?;
            // The district office's cell joins the agency's cell of the new commune.
            let agency = self
                .unit_by_code(&format!("{agency_code}@20250701"))
                .await?;
            let office = self.unit_by_code(&format!("{old}.vp@20250701")).await?;
            self.restructure(office, later, Successor::Existing(agency))
                .await?;
            if let Some(record) = self.committees.iter_mut().find(|c| c.code == old) {
                record.unit = commune;
                record.code = code.to_owned();
            }
        }
        // The bloc of provincial agencies becomes the provincial party agencies' one.
        let bloc = self.unit_by_code("khoicq").await?;
        let renamed = self
            .restructure(
                bloc,
                on,
                Successor::New(NewUnit {
                    code: "cqd".to_owned(),
                    name: "Đảng bộ các cơ quan Đảng tỉnh".to_owned(),
                    kind: OrgKind::UpperCommittee,
                    parent: province,
                    place: String::new(),
                    valid_from: on,
                }),
            )
            .await?;
        if let Some(record) = self.committees.iter_mut().find(|c| c.code == "khoicq") {
            record.unit = renamed;
            record.code = "cqd".to_owned();
        }
        Ok(())
    }

    /// 2026, in the two-tier shape: every member's plan in every state (the README's
    /// logins with the stories they show), cells' and grassroots organisations' collective
    /// plans, and the commune committees' commitments waiting for, returned by or
    /// accepted by the province.
    pub(super) async fn year_2026(&mut self) -> anyhow::Result<()> {
        let offices = self.current_offices().await?;
        let cells: HashMap<MemberId, OrgUnitId> = sqlx::query!(
            r#"select member_id as "member: MemberId", cell_id as "cell: OrgUnitId"
               from cell_memberships where valid_to is null"#
        )
        .fetch_all(&mut *self.conn)
        .await?
        .into_iter()
        .map(|r| (r.member, r.cell))
        .collect();
        let parents: HashMap<OrgUnitId, (OrgKind, Option<OrgUnitId>)> = sqlx::query!(
            r#"select id as "id: OrgUnitId", kind as "kind: OrgKind",
                      parent_id as "parent: OrgUnitId"
               from org_units where valid_to is null"#
        )
        .fetch_all(&mut *self.conn)
        .await?
        .into_iter()
        .map(|r| (r.id, (r.kind, r.parent)))
        .collect();
        // The README's logins keep their stories in 2026.
        let told: HashMap<&str, Story> = [
            ("dangvien.kp3", Story::None),
            ("nguoisoan.kp3", Story::Draft),
            ("bitralai.kp3", Story::Returned),
            ("chothongqua.kp3", Story::Submitted),
            ("dieuchinh.kp3", Story::Amended),
            ("bithu.kp3", Story::ApprovedAfterReturn),
            ("phobithu.kp3", Story::Submitted),
            ("bithu.kp4", Story::Submitted),
            ("chuyendi.kp3", Story::Approved),
        ]
        .into_iter()
        .collect();
        let logins: HashMap<AccountId, String> =
            sqlx::query!(r#"select id as "id: AccountId", login from accounts"#)
                .fetch_all(&mut *self.conn)
                .await?
                .into_iter()
                .map(|r| (r.id, r.login))
                .collect();
        let status: HashMap<MemberId, String> =
            sqlx::query!(r#"select id as "id: MemberId", status from members"#)
                .fetch_all(&mut *self.conn)
                .await?
                .into_iter()
                .map(|r| (r.id, r.status))
                .collect();
        for (person, place) in self.filers.clone() {
            let Some(cell) = cells.get(&person.member).copied() else {
                continue;
            };
            if status
                .get(&person.member)
                .is_some_and(|s| s != "official" && s != "probationary")
            {
                continue;
            }
            let login = logins.get(&person.account).map_or("", String::as_str);
            let story = match told.get(login) {
                Some(story) => *story,
                None => self.member_story(),
            };
            let decider = self
                .decider(&offices, &parents, PlanKind::Personal, cell, Some(person))
                .await?;
            self.plan_story_in(person, cell, &place, story, NOW, decider)
                .await?;
        }
        // Cells' collective plans: most approved or waiting, some not yet written.
        let mut planned = std::collections::HashSet::new();
        for cell in self.cells.clone() {
            let Some(current) = self.current_successor(cell.unit).await? else {
                continue;
            };
            if !planned.insert(current) {
                continue;
            }
            let Some(writer) = offices
                .get(&current)
                .and_then(|o| o.iter().find(|(_, r)| r.writes_collective_plan()))
                .map(|(a, _)| *a)
            else {
                continue;
            };
            let roll: f64 = self.rng.r#gen();
            let story = match roll {
                r if r < 0.12 => Story::None,
                r if r < 0.22 => Story::Draft,
                r if r < 0.40 => Story::Submitted,
                r if r < 0.47 => Story::Returned,
                _ => Story::Approved,
            };
            let decider = self
                .decider(&offices, &parents, PlanKind::Collective, current, None)
                .await?;
            let items =
                self.unit_items(org_texts::cell_plan(cell.profile, NOW), &cell.place, NOW, 6);
            self.unit_story(
                PlanKind::Collective,
                current,
                NOW,
                writer,
                decider,
                items,
                story,
                org_texts::COLLECTIVE_RETURN_COMMENTS,
            )
            .await?;
        }
        // The commune committees' and the provincial agencies' commitments: each in its
        // own state, for the province to review.
        let reviewer = self.account_of("tinhuy").await?;
        let states: HashMap<&str, (Story, Story)> = [
            ("p.dongha", (Story::Submitted, Story::Draft)),
            ("p.quangtri", (Story::Approved, Story::Approved)),
            ("x.vinhlinh", (Story::Approved, Story::Submitted)),
            ("x.giolinh", (Story::Submitted, Story::Submitted)),
            ("x.camlo", (Story::Returned, Story::Submitted)),
            (
                "x.trieuphong",
                (Story::ApprovedAfterReturn, Story::Approved),
            ),
            ("x.hailang", (Story::Draft, Story::None)),
            ("x.huongphung", (Story::Approved, Story::Approved)),
            ("x.dakrong", (Story::None, Story::None)),
            ("dk.conco", (Story::Submitted, Story::Returned)),
            ("cqd", (Story::Approved, Story::None)),
        ]
        .into_iter()
        .collect();
        for committee in self.committees.clone() {
            let Some((standing_story, secretary_story)) = states.get(committee.code.as_str())
            else {
                continue;
            };
            let items = self.commitment_items(&committee.code, NOW, false);
            self.unit_story(
                PlanKind::UpperCollectiveCommitment,
                committee.unit,
                NOW,
                committee
                    .secretary
                    .map_or(committee.standing.account, |s| s.account),
                Some(reviewer),
                items,
                *standing_story,
                org_texts::COMMITMENT_RETURN_COMMENTS,
            )
            .await?;
            if let Some(secretary) = committee.secretary {
                let items = self.commitment_items(&committee.code, NOW, true);
                self.unit_story(
                    PlanKind::UpperSecretaryCommitment,
                    committee.unit,
                    NOW,
                    secretary.account,
                    Some(reviewer),
                    items,
                    *secretary_story,
                    org_texts::COMMITMENT_RETURN_COMMENTS,
                )
                .await?;
            }
        }
        Ok(())
    }

    fn member_story(&mut self) -> Story {
        let roll: f64 = self.rng.r#gen();
        match roll {
            r if r < 0.06 => Story::None,
            r if r < 0.12 => Story::Draft,
            r if r < 0.24 => Story::Submitted,
            r if r < 0.29 => Story::Returned,
            r if r < 0.36 => Story::ApprovedAfterReturn,
            r if r < 0.39 => Story::Amended,
            _ => Story::Approved,
        }
    }

    /// The open unit that `unit` became (itself when still open).
    async fn current_successor(&mut self, unit: OrgUnitId) -> anyhow::Result<Option<OrgUnitId>> {
        Ok(sqlx::query_scalar!(
            r#"with recursive chain (id, successor_id, valid_to, depth) as (
                   select id, successor_id, valid_to, 0 from org_units where id = $1
                   union all
                   select u.id, u.successor_id, u.valid_to, c.depth + 1
                   from org_units u join chain c on u.id = c.successor_id
                   where c.depth < 10)
               select id as "id!: OrgUnitId" from chain where valid_to is null limit 1"#,
            unit as OrgUnitId
        )
        .fetch_optional(&mut *self.conn)
        .await?)
    }

    /// The offices held now, by unit.
    async fn current_offices(
        &mut self,
    ) -> anyhow::Result<HashMap<OrgUnitId, Vec<(AccountId, Role)>>> {
        let rows = sqlx::query!(
            r#"select org_unit_id as "unit: OrgUnitId", account_id as "account: AccountId",
                      role as "role: Role"
               from role_assignments
               where valid_from <= vn_today() and (valid_to is null or valid_to > vn_today())
               order by id"#
        )
        .fetch_all(&mut *self.conn)
        .await?;
        let mut by_unit: HashMap<OrgUnitId, Vec<(AccountId, Role)>> = HashMap::new();
        for r in rows {
            by_unit.entry(r.unit).or_default().push((r.account, r.role));
        }
        Ok(by_unit)
    }

    /// Someone who decides a plan of `kind` in `unit` (the owner's, for a personal plan)
    /// by the access rule, among those holding offices over the unit or the one above.
    async fn decider(
        &mut self,
        offices: &HashMap<OrgUnitId, Vec<(AccountId, Role)>>,
        parents: &HashMap<OrgUnitId, (OrgKind, Option<OrgUnitId>)>,
        kind: PlanKind,
        unit: OrgUnitId,
        owner: Option<Person>,
    ) -> anyhow::Result<Option<AccountId>> {
        let parent = parents.get(&unit).and_then(|(_, p)| *p);
        let mut path = vec![unit];
        let mut up = parent;
        while let Some(p) = up {
            path.push(p);
            up = parents.get(&p).and_then(|(_, pp)| *pp);
        }
        path.reverse();
        let candidates: Vec<AccountId> = [Some(unit), parent]
            .into_iter()
            .flatten()
            .flat_map(|u| offices.get(&u).cloned().unwrap_or_default())
            .map(|(a, _)| a)
            .collect();
        let has_other_leader = offices.get(&unit).is_some_and(|o| {
            o.iter()
                .any(|(a, r)| r.leads_cell() && owner.is_none_or(|p| p.account != *a))
        });
        for account in candidates {
            let actor = self.actor(account).await?;
            let scope = crate::domain::access::PlanScope {
                kind,
                owner: owner.map(|p| p.member),
                state: crate::domain::plan::PlanState::Submitted,
                unit,
                unit_path: path.clone(),
                parent,
                has_other_cell_leader: has_other_leader,
                year_open: true,
            };
            if decides(&actor, &scope) {
                return Ok(Some(account));
            }
        }
        Ok(None)
    }
}

/// An item of a unit's plan from its template, for `place` and `year`.
fn unit_pledge(t: &UnitPledge, place: &str, year: i32, n: u32, pct: u32, month: u32) -> Pledge {
    let kind = PledgeKind::parse(t.kind).unwrap_or(PledgeKind::AssignedDuty);
    let deadline = if t.month >= 12 {
        whole_year(year)
    } else {
        ymd(year, t.month + 1, 1)
            .pred_opt()
            .unwrap_or_else(|| whole_year(year))
    };
    // The texts are written for their year: nothing to shift.
    let fill = |text: &str| texts::fill(text, place, n, pct, month);
    let mut pledge = Pledge::new(kind, &fill(t.content), &fill(t.result), deadline);
    pledge.responsible = t.responsible.to_owned();
    pledge.is_key = t.key;
    pledge.serves_theme = kind == PledgeKind::ThemeAction;
    pledge
}
