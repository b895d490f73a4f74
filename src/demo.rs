//! Demo data: Quảng Trị in 2017, the year all ten district-level committees first
//! signed commitments. Ten upper committees, a few grassroots organisations and cells
//! under each, Vietnamese names, plans in every state, and an account for every role.
//! Loading it twice changes nothing.

use anyhow::Context;
use chrono::NaiveDate;
use sqlx::{PgConnection, PgPool};

use crate::auth::session::CurrentUser;
use crate::db;
use crate::domain::access::Actor;
use crate::domain::ids::{AccountId, MemberId, OrgUnitId, PlanId};
use crate::domain::plan::PlanAction;
use crate::domain::pledge::{Pledge, PledgeKind};
use crate::workflow::{self, Applied, Change};

/// Every demo account has this password.
pub const DEMO_PASSWORD: &str = "demo2017";
const MARKER: &str = "qt";

/// The upper committees of Quảng Trị before 2025, with a grassroots party committee
/// (with cells) and a grassroots cell under each.
const UPPER: [(&str, &str, &str, &str); 10] = [
    (
        "dongha",
        "Thành ủy Đông Hà",
        "Phường 1",
        "Trường THCS Nguyễn Trãi",
    ),
    (
        "quangtri",
        "Thị ủy Quảng Trị",
        "Phường An Đôn",
        "Trường Tiểu học Thành Cổ",
    ),
    (
        "vinhlinh",
        "Huyện ủy Vĩnh Linh",
        "Thị trấn Hồ Xá",
        "Trạm Y tế xã Vĩnh Thạch",
    ),
    (
        "giolinh",
        "Huyện ủy Gio Linh",
        "Xã Gio Mỹ",
        "Trường THPT Gio Linh",
    ),
    (
        "camlo",
        "Huyện ủy Cam Lộ",
        "Xã Cam Thành",
        "Trạm Y tế xã Cam Chính",
    ),
    (
        "trieuphong",
        "Huyện ủy Triệu Phong",
        "Xã Triệu Độ",
        "Trường THCS Ái Tử",
    ),
    (
        "hailang",
        "Huyện ủy Hải Lăng",
        "Xã Hải Thượng",
        "Trường Tiểu học Hải Lăng",
    ),
    (
        "huonghoa",
        "Huyện ủy Hướng Hóa",
        "Thị trấn Khe Sanh",
        "Trường THPT Hướng Hóa",
    ),
    (
        "dakrong",
        "Huyện ủy Đakrông",
        "Xã Mò Ó",
        "Trạm Y tế xã Tà Rụt",
    ),
    (
        "conco",
        "Huyện ủy Cồn Cỏ",
        "Đảo Cồn Cỏ",
        "Trạm Y tế đảo Cồn Cỏ",
    ),
];

const FAMILY: [&str; 12] = [
    "Nguyễn", "Lê", "Trần", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
];
const MIDDLE: [&str; 8] = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Hữu"];
const GIVEN: [&str; 24] = [
    "An", "Ánh", "Bình", "Châu", "Cường", "Dũng", "Duy", "Đức", "Giang", "Hà", "Hải", "Hạnh",
    "Hiếu", "Hòa", "Hùng", "Lan", "Linh", "Long", "Mai", "Nam", "Phương", "Quân", "Tâm", "Thủy",
];

/// (kind, what will be done, the measurable result, deadline month)
const PLEDGES: [(PledgeKind, &str, &str, u32); 8] = [
    (
        PledgeKind::AssignedDuty,
        "Giải quyết hồ sơ hành chính của người dân đúng hạn, không để tồn đọng",
        "100% hồ sơ được trả đúng hẹn; không có phản ánh về thái độ phục vụ",
        12,
    ),
    (
        PledgeKind::Study,
        "Học xong lớp trung cấp lý luận chính trị - hành chính",
        "Bằng tốt nghiệp trung cấp lý luận chính trị",
        11,
    ),
    (
        PledgeKind::Example,
        "Gương mẫu chấp hành giờ giấc, không sử dụng rượu bia trong giờ làm việc",
        "Không vi phạm; được chi bộ đánh giá trong các kỳ sinh hoạt",
        12,
    ),
    (
        PledgeKind::Remedy,
        "Khắc phục tình trạng nể nang, né tránh khi góp ý đồng chí, đồng nghiệp",
        "Có ý kiến góp ý cụ thể trong mỗi kỳ sinh hoạt chi bộ",
        12,
    ),
    (
        PledgeKind::ThemeAction,
        "Hướng dẫn thủ tục đăng ký doanh nghiệp, hộ kinh doanh qua mạng cho người dân",
        "Ít nhất 20 hộ được hướng dẫn; danh sách có xác nhận của khu phố",
        9,
    ),
    (
        PledgeKind::AssignedDuty,
        "Vận động nhân dân tham gia xây dựng đường giao thông nông thôn",
        "Hoàn thành 1,5 km đường bê tông trong thôn",
        10,
    ),
    (
        PledgeKind::Example,
        "Tham gia đầy đủ sinh hoạt chi bộ và sinh hoạt nơi cư trú",
        "Có nhận xét tốt của chi ủy nơi cư trú",
        12,
    ),
    (
        PledgeKind::Study,
        "Tự học tin học văn phòng để sử dụng thành thạo phần mềm quản lý văn bản",
        "Chứng chỉ ứng dụng công nghệ thông tin cơ bản",
        8,
    ),
];

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
    Seeder {
        conn: &mut tx,
        hash,
        names_used: 0,
    }
    .run()
    .await
    .context("could not load the demo data")?;
    tx.commit().await?;
    tracing::info!("demo data loaded");
    Ok(())
}

struct Seeder<'c> {
    conn: &'c mut PgConnection,
    hash: String,
    names_used: usize,
}

/// A member created for the demo, with their account.
#[derive(Clone, Copy)]
struct Person {
    account: AccountId,
}

/// What happened to a demo plan by the time the demo starts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Story {
    None,
    Draft,
    Submitted,
    Returned,
    Approved,
    /// Approved, then reopened for amendment: a draft with an approved version kept.
    Amended,
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
        let reviewer = self
            .person("tinhuy", "Nguyễn Văn Hùng", None, "official")
            .await?;
        self.grant(reviewer.account, "provincial_reviewer", province)
            .await?;

        for (index, (code, name, commune, school)) in UPPER.iter().enumerate() {
            let upper = self
                .unit(code, name, "upper_committee", Some(province), start)
                .await?;
            let party = self
                .unit(
                    &format!("{code}.db"),
                    &format!("Đảng bộ {commune}"),
                    "grassroots_party",
                    Some(upper),
                    start,
                )
                .await?;
            let main = index == 0;
            // The first committee is the one the README's logins belong to.
            let (secretary_login, standing_login, committee_login) = if main {
                (
                    "bithu.dongha".to_owned(),
                    "btv.dongha".to_owned(),
                    "danguy.phuong1".to_owned(),
                )
            } else {
                (
                    format!("bithu.{code}"),
                    format!("btv.{code}"),
                    format!("danguy.{code}"),
                )
            };
            let name = self.next_name();
            let upper_secretary = self
                .person(&secretary_login, &name, None, "official")
                .await?;
            self.grant(upper_secretary.account, "upper_secretary", upper)
                .await?;
            self.grant(upper_secretary.account, "upper_standing_committee", upper)
                .await?;
            let name = self.next_name();
            let standing = self
                .person(&standing_login, &name, None, "official")
                .await?;
            self.grant(standing.account, "upper_standing_committee", upper)
                .await?;
            let name = self.next_name();
            let committee = self
                .person(&committee_login, &name, None, "official")
                .await?;
            self.grant(committee.account, "grassroots_committee", party)
                .await?;

            if main {
                self.main_cells(party, start).await?;
            } else {
                for n in [1, 2] {
                    let cell = self
                        .unit(
                            &format!("{code}.db.{n}"),
                            &format!("Chi bộ Thôn {n}"),
                            "cell",
                            Some(party),
                            start,
                        )
                        .await?;
                    self.ordinary_cell(&format!("{code}.{n}"), cell, 7 + index % 3, index + n)
                        .await?;
                }
            }
            let grassroots_cell = self
                .unit(
                    &format!("{code}.cb"),
                    &format!("Chi bộ {school}"),
                    "grassroots_cell",
                    Some(upper),
                    start,
                )
                .await?;
            self.ordinary_cell(&format!("{code}.cb"), grassroots_cell, 6, index + 7)
                .await?;
        }
        Ok(())
    }

    async fn years(&mut self) -> anyhow::Result<()> {
        // (year, theme, phase, registration deadline as month and day)
        type YearRow = (i32, &'static str, &'static str, Option<(u32, u32)>);
        let years: [YearRow; 3] = [
            (
                2016,
                "Cải cách hành chính, cải thiện môi trường đầu tư kinh doanh",
                "closed",
                Some((3, 31)),
            ),
            (2017, "Năm công tác cán bộ", "in_progress", Some((3, 31))),
            (2018, "Năm doanh nghiệp", "planning", Some((3, 31))),
        ];
        for (year, theme, phase, deadline) in years {
            let deadline = deadline.and_then(|(m, d)| NaiveDate::from_ymd_opt(year, m, d));
            sqlx::query!(
                "insert into years (year, theme, phase, plan_deadline) values ($1, $2, $3, $4)
                 on conflict (year) do nothing",
                year,
                theme,
                phase,
                deadline as _
            )
            .execute(&mut *self.conn)
            .await?;
        }
        Ok(())
    }

    /// Khu phố 3 has a secretary and a deputy and plans in every state; Khu phố 4 has a
    /// secretary only, whose plan goes to the grassroots committee.
    async fn main_cells(&mut self, party: OrgUnitId, start: NaiveDate) -> anyhow::Result<()> {
        let kp3 = self
            .unit(
                "dongha.db.kp3",
                "Chi bộ Khu phố 3",
                "cell",
                Some(party),
                start,
            )
            .await?;
        let secretary = self
            .person("bithu.kp3", "Lê Văn Thành", Some(kp3), "official")
            .await?;
        self.grant(secretary.account, "cell_secretary", kp3).await?;
        let deputy = self
            .person("phobithu.kp3", "Trần Thị Mai", Some(kp3), "official")
            .await?;
        self.grant(deputy.account, "cell_deputy", kp3).await?;
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
        ];
        // The secretary's plan was approved by the deputy; the deputy's waits for the
        // secretary.
        self.plan_story(secretary, kp3, Story::Approved, deputy, 0)
            .await?;
        self.plan_story(deputy, kp3, Story::Submitted, secretary, 1)
            .await?;
        for (i, (login, name, status, story)) in people.into_iter().enumerate() {
            let p = self.person(login, name, Some(kp3), status).await?;
            self.plan_story(p, kp3, story, secretary, i + 2).await?;
        }

        let kp4 = self
            .unit(
                "dongha.db.kp4",
                "Chi bộ Khu phố 4",
                "cell",
                Some(party),
                start,
            )
            .await?;
        let lone = self
            .person("bithu.kp4", "Dương Ngọc Lan", Some(kp4), "official")
            .await?;
        self.grant(lone.account, "cell_secretary", kp4).await?;
        // Nobody else leads Khu phố 4, so this waits for the grassroots committee.
        self.plan_story(lone, kp4, Story::Submitted, lone, 3)
            .await?;
        for i in 0..5 {
            let name = self.next_name();
            let p = self
                .person(&format!("kp4.{}", i + 1), &name, Some(kp4), "official")
                .await?;
            let story = if i < 3 { Story::Approved } else { Story::Draft };
            self.plan_story(p, kp4, story, lone, i + 4).await?;
        }
        Ok(())
    }

    /// A cell with a secretary and `size` members, most of whose plans are approved.
    async fn ordinary_cell(
        &mut self,
        code: &str,
        cell: OrgUnitId,
        size: usize,
        seed: usize,
    ) -> anyhow::Result<()> {
        let name = self.next_name();
        let secretary = self
            .person(&format!("bithu.{code}"), &name, Some(cell), "official")
            .await?;
        self.grant(secretary.account, "cell_secretary", cell)
            .await?;
        let name = self.next_name();
        let deputy = self
            .person(&format!("phobithu.{code}"), &name, Some(cell), "official")
            .await?;
        self.grant(deputy.account, "cell_deputy", cell).await?;
        self.plan_story(secretary, cell, Story::Approved, deputy, seed)
            .await?;
        self.plan_story(deputy, cell, Story::Approved, secretary, seed + 1)
            .await?;
        for i in 0..size {
            let name = self.next_name();
            let status = if (seed + i) % 11 == 5 {
                "probationary"
            } else {
                "official"
            };
            let p = self
                .person(&format!("dv.{code}.{}", i + 1), &name, Some(cell), status)
                .await?;
            let story = match (seed + i) % 10 {
                0 => Story::Submitted,
                3 => Story::None,
                7 => Story::Returned,
                _ => Story::Approved,
            };
            self.plan_story(p, cell, story, secretary, seed + i + 2)
                .await?;
        }
        Ok(())
    }

    fn next_name(&mut self) -> String {
        let n = self.names_used;
        self.names_used += 1;
        let family = FAMILY[n % FAMILY.len()];
        let middle = MIDDLE[(n / 3) % MIDDLE.len()];
        let given = GIVEN[(n * 7) % GIVEN.len()];
        format!("{family} {middle} {given}")
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

    /// A member (in `cell`, when given) with an account.
    async fn person(
        &mut self,
        login: &str,
        full_name: &str,
        cell: Option<OrgUnitId>,
        status: &str,
    ) -> anyhow::Result<Person> {
        let member = sqlx::query_scalar!(
            r#"insert into members (full_name, status, joined_on) values ($1, $2, '2010-05-19')
               returning id as "id: MemberId""#,
            full_name,
            status
        )
        .fetch_one(&mut *self.conn)
        .await?;
        if let Some(cell) = cell {
            sqlx::query!(
                "insert into cell_memberships (member_id, cell_id, valid_from)
                 values ($1, $2, '2015-10-01')",
                member as MemberId,
                cell as OrgUnitId
            )
            .execute(&mut *self.conn)
            .await?;
        }
        let account = self.account(login, full_name, Some(member)).await?;
        Ok(Person { account })
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
        Ok(())
    }

    /// Writes a plan for the 2017 year through the workflow service, up to `story`.
    async fn plan_story(
        &mut self,
        owner: Person,
        cell: OrgUnitId,
        story: Story,
        approver: Person,
        seed: usize,
    ) -> anyhow::Result<()> {
        if story == Story::None {
            return Ok(());
        }
        let owner = self.actor(owner.account).await?;
        let approver = self.actor(approver.account).await?;
        let plan = workflow::start_personal(self.conn, &owner, cell, 2017, None)
            .await?
            .map_err(|refusal| anyhow::anyhow!("could not start a demo plan: {refusal:?}"))?;
        for k in 0..(3 + seed % 3) {
            let (kind, content, result, month) = PLEDGES[(seed + k) % PLEDGES.len()];
            let deadline = NaiveDate::from_ymd_opt(2017, month, 28).context("date")?;
            let pledge = Pledge::new(kind, content, result, deadline);
            self.change(&owner, plan, Change::AddItem(pledge)).await?;
        }
        if seed.is_multiple_of(2) {
            let text = "Đôi lúc còn nể nang trong tự phê bình và phê bình; chưa chủ động học tập nâng cao trình độ.";
            self.change(&owner, plan, Change::SetShortcomings(text.to_owned()))
                .await?;
        }
        let steps: &[(PlanAction, bool, &str)] = match story {
            Story::None | Story::Draft => &[],
            Story::Submitted => &[(PlanAction::Submit, false, "")],
            Story::Returned => &[
                (PlanAction::Submit, false, ""),
                (
                    PlanAction::Return,
                    true,
                    "Nội dung thứ nhất còn chung chung, đề nghị ghi rõ số lượng hồ sơ và thời hạn.",
                ),
            ],
            Story::Approved => &[
                (PlanAction::Submit, false, ""),
                (
                    PlanAction::Approve,
                    true,
                    "Kế hoạch cụ thể, sát nhiệm vụ. Thống nhất thông qua.",
                ),
            ],
            Story::Amended => &[
                (PlanAction::Submit, false, ""),
                (PlanAction::Approve, true, ""),
                (
                    PlanAction::Amend,
                    false,
                    "Bổ sung nội dung theo nhiệm vụ mới được giao.",
                ),
            ],
        };
        for (action, by_approver, comment) in steps {
            let by = if *by_approver { &approver } else { &owner };
            let change = Change::Act {
                action: *action,
                comment: (*comment).to_owned(),
            };
            self.change(by, plan, change).await?;
        }
        Ok(())
    }

    /// The account as the workflow sees it, with its offices.
    async fn actor(&mut self, account: AccountId) -> anyhow::Result<Actor> {
        let row = db::accounts::user(self.conn, account)
            .await?
            .context("a demo account vanished")?;
        Ok(CurrentUser::from_row(row).actor)
    }

    /// Makes one change through the workflow service, at the plan's current version.
    async fn change(&mut self, by: &Actor, plan: PlanId, change: Change) -> anyhow::Result<()> {
        let version = db::plans::lock(self.conn, plan)
            .await?
            .context("a demo plan vanished")?
            .version;
        match workflow::apply(self.conn, by, plan, version, change, None).await? {
            Ok(Applied::Changed { .. } | Applied::Unchanged) => Ok(()),
            Err(refusal) => anyhow::bail!("the demo plan {plan} refused a change: {refusal:?}"),
        }
    }
}
