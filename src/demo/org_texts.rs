//! Vietnamese text bank for what units (not members) register: collective action plans of
//! cells and grassroots organisations, the standing committees' and secretaries' yearly
//! commitments with the provincial standing committee, reviewers' return comments, and the
//! illustrative 2026 theme with members' theme actions. Official register, NFC, old-style
//! tone placement (hóa, ủy, thủy), as in [`super::texts`].
//!
//! Two years are covered: 2017 (Quảng Trị before the 2025 restructuring: ten district-level
//! committees and six committees directly under the province; theme "Năm công tác cán bộ")
//! and 2026 (the merged Quảng Trị, two-tier local government from 1/7/2025: commune, ward and
//! special-zone committees sign directly with the province). Any other year gets an empty
//! slice, as does an unknown code.
//!
//! Cell plans may hold the placeholders `{place}` and `{n}` of [`super::texts::fill`] (the
//! cell's place as returned by `texts::places` for the profile, and a small number); so may
//! the 2026 theme templates. Grassroots plans, commitments and comments hold none: each
//! commitment belongs to one named unit and is written for it alone.

use super::texts::Profile;

/// An item of a unit's own plan or commitment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitPledge {
    /// "assigned_duty", "study", "example", "remedy", "theme_action" or "pressing_issue".
    pub kind: &'static str,
    pub content: &'static str,
    /// Measurable result / target / product.
    pub result: &'static str,
    /// Deadline month in the plan's year; 12 = whole year (31/12).
    pub month: u32,
    /// Who carries it out ("Chi ủy; các tổ đảng", "Ban Tuyên giáo Thành ủy", ...). Empty for
    /// the secretary's personal commitment.
    pub responsible: &'static str,
    /// One of the year's key contents (only collective plans; 2–3 per plan).
    pub key: bool,
}

impl UnitPledge {
    /// The same item marked as one of the plan's key contents.
    const fn key(self) -> Self {
        UnitPledge { key: true, ..self }
    }
}

/// A theme-action template for a member's personal plan, with the same meaning as the
/// fields of `texts::PledgeTemplate` (kind is always "theme_action").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThemeTemplate {
    pub content: &'static str,
    pub result: &'static str,
    /// Deadline month in 2026; 12 = whole year.
    pub month: u32,
}

const fn pledge(
    kind: &'static str,
    content: &'static str,
    result: &'static str,
    month: u32,
    responsible: &'static str,
) -> UnitPledge {
    UnitPledge {
        kind,
        content,
        result,
        month,
        responsible,
        key: false,
    }
}
const fn duty(c: &'static str, r: &'static str, m: u32, who: &'static str) -> UnitPledge {
    pledge("assigned_duty", c, r, m, who)
}
const fn theme(c: &'static str, r: &'static str, m: u32, who: &'static str) -> UnitPledge {
    pledge("theme_action", c, r, m, who)
}
const fn remedy(c: &'static str, r: &'static str, m: u32, who: &'static str) -> UnitPledge {
    pledge("remedy", c, r, m, who)
}
const fn example(c: &'static str, r: &'static str, m: u32, who: &'static str) -> UnitPledge {
    pledge("example", c, r, m, who)
}
const fn study(c: &'static str, r: &'static str, m: u32, who: &'static str) -> UnitPledge {
    pledge("study", c, r, m, who)
}
const fn issue(c: &'static str, r: &'static str, m: u32, who: &'static str) -> UnitPledge {
    pledge("pressing_issue", c, r, m, who)
}

// The secretary's personal commitment: no responsible body, it is the secretary.
const fn own_example(c: &'static str, r: &'static str, m: u32) -> UnitPledge {
    pledge("example", c, r, m, "")
}
const fn own_study(c: &'static str, r: &'static str, m: u32) -> UnitPledge {
    pledge("study", c, r, m, "")
}
const fn own_remedy(c: &'static str, r: &'static str, m: u32) -> UnitPledge {
    pledge("remedy", c, r, m, "")
}
const fn own_duty(c: &'static str, r: &'static str, m: u32) -> UnitPledge {
    pledge("assigned_duty", c, r, m, "")
}
const fn tt(content: &'static str, result: &'static str, month: u32) -> ThemeTemplate {
    ThemeTemplate {
        content,
        result,
        month,
    }
}

/// Every code [`standing_commitment`] knows, with the years it has texts for: the 2017
/// district-level committees and committees directly under the province, and the 2026
/// committees that sign directly with the province. [`secretary_commitment`] knows the
/// district-level committees (2017) and the communes, wards and special zone (2026): the
/// committees directly under the province had no secretary's commitment in the demo.
pub const COMMITMENT_CODES: &[(&str, &[i32])] = &[
    ("dongha", &[2017]),
    ("quangtri", &[2017]),
    ("vinhlinh", &[2017]),
    ("giolinh", &[2017]),
    ("camlo", &[2017]),
    ("trieuphong", &[2017]),
    ("hailang", &[2017]),
    ("huonghoa", &[2017]),
    ("dakrong", &[2017]),
    ("conco", &[2017]),
    ("khoicq", &[2017]),
    ("khoidn", &[2017]),
    ("quansu", &[2017]),
    ("congan", &[2017]),
    ("bienphong", &[2017]),
    ("haiquan", &[2017]),
    ("p.dongha", &[2026]),
    ("p.quangtri", &[2026]),
    ("x.vinhlinh", &[2026]),
    ("x.giolinh", &[2026]),
    ("x.camlo", &[2026]),
    ("x.trieuphong", &[2026]),
    ("x.hailang", &[2026]),
    ("x.huongphung", &[2026]),
    ("x.dakrong", &[2026]),
    ("dk.conco", &[2026]),
    ("cqd", &[2026]),
];
/// Collective action plan of a cell ("chi bộ") whose members have this profile, for 2017 or
/// 2026 (any other year: empty).
///
/// A cell is named by its ordinary members' profile; the leader profiles map to the cell they
/// lead (village and ward cell secretaries to the village and ward cells, a principal to the
/// school's cell, a district leader to the district agencies' cell) and a retired veteran to
/// the village cell. In 2026 there are no districts: `DistrictOfficial` and `DistrictLeader`
/// get the plan of a cell of a commune or ward party committee's agencies, whose staff mostly
/// came from the former district agencies; `Soldier` and `Police` get the plans of a regional
/// defence command's cell and a commune police cell.
pub fn cell_plan(profile: Profile, year: i32) -> &'static [UnitPledge] {
    use Profile::*;
    match (profile, year) {
        (VillageFarmer | VillageCellSecretary | RetiredVeteran, 2017) => &CELL_VILLAGE_2017,
        (VillageFarmer | VillageCellSecretary | RetiredVeteran, 2026) => &CELL_VILLAGE_2026,
        (MountainVillager, 2017) => &CELL_MOUNTAIN_2017,
        (MountainVillager, 2026) => &CELL_MOUNTAIN_2026,
        (WardResident | WardCellSecretary, 2017) => &CELL_WARD_2017,
        (WardResident | WardCellSecretary, 2026) => &CELL_WARD_2026,
        (Teacher | SchoolPrincipal, 2017) => &CELL_SCHOOL_2017,
        (Teacher | SchoolPrincipal, 2026) => &CELL_SCHOOL_2026,
        (HealthWorker, 2017) => &CELL_HEALTH_2017,
        (HealthWorker, 2026) => &CELL_HEALTH_2026,
        (CommuneOfficial, 2017) => &CELL_COMMUNE_2017,
        (CommuneOfficial, 2026) => &CELL_COMMUNE_2026,
        (DistrictOfficial | DistrictLeader, 2017) => &CELL_DISTRICT_2017,
        (DistrictOfficial | DistrictLeader, 2026) => &CELL_PARTY_AGENCIES_2026,
        (ProvincialOfficial, 2017) => &CELL_PROVINCIAL_2017,
        (ProvincialOfficial, 2026) => &CELL_PROVINCIAL_2026,
        (Soldier, 2017) => &CELL_MILITARY_2017,
        (Soldier, 2026) => &CELL_MILITARY_2026,
        (Police, 2017) => &CELL_POLICE_2017,
        (Police, 2026) => &CELL_POLICE_2026,
        (BorderGuard, 2017) => &CELL_BORDER_2017,
        (BorderGuard, 2026) => &CELL_BORDER_2026,
        (EnterpriseWorker, 2017) => &CELL_ENTERPRISE_2017,
        (EnterpriseWorker, 2026) => &CELL_ENTERPRISE_2026,
        _ => &[],
    }
}

/// Collective action plan of a grassroots organisation (đảng bộ cơ sở): `kind` is
/// "commune" (rural commune or township), "ward" (urban ward), "agency" (a provincial
/// department's party organisation), "enterprise" or "armed" (military or police unit).
/// 2017 or 2026; anything else gives an empty slice.
pub fn grassroots_plan(kind: &str, year: i32) -> &'static [UnitPledge] {
    match (kind, year) {
        ("commune", 2017) => &TCCS_COMMUNE_2017,
        ("commune", 2026) => &TCCS_COMMUNE_2026,
        ("ward", 2017) => &TCCS_WARD_2017,
        ("ward", 2026) => &TCCS_WARD_2026,
        ("agency", 2017) => &TCCS_AGENCY_2017,
        ("agency", 2026) => &TCCS_AGENCY_2026,
        ("enterprise", 2017) => &TCCS_ENTERPRISE_2017,
        ("enterprise", 2026) => &TCCS_ENTERPRISE_2026,
        ("armed", 2017) => &TCCS_ARMED_2017,
        ("armed", 2026) => &TCCS_ARMED_2026,
        _ => &[],
    }
}

/// The standing committee's collective commitment with the provincial standing committee:
/// the unit's own pressing issues ("pressing_issue") and one action for the year theme
/// ("theme_action"). Codes and years as in [`COMMITMENT_CODES`]; anything else is empty.
///
/// The 2017 theme items of "giolinh" and "camlo" are deliberately the same sentence with only
/// the district's name changed: the demo's one case for the copied-pledge check.
pub fn standing_commitment(code: &str, year: i32) -> &'static [UnitPledge] {
    match (code, year) {
        ("dongha", 2017) => &ST_DONGHA_2017,
        ("quangtri", 2017) => &ST_QUANGTRI_2017,
        ("vinhlinh", 2017) => &ST_VINHLINH_2017,
        ("giolinh", 2017) => &ST_GIOLINH_2017,
        ("camlo", 2017) => &ST_CAMLO_2017,
        ("trieuphong", 2017) => &ST_TRIEUPHONG_2017,
        ("hailang", 2017) => &ST_HAILANG_2017,
        ("huonghoa", 2017) => &ST_HUONGHOA_2017,
        ("dakrong", 2017) => &ST_DAKRONG_2017,
        ("conco", 2017) => &ST_CONCO_2017,
        ("khoicq", 2017) => &ST_KHOICQ_2017,
        ("khoidn", 2017) => &ST_KHOIDN_2017,
        ("quansu", 2017) => &ST_QUANSU_2017,
        ("congan", 2017) => &ST_CONGAN_2017,
        ("bienphong", 2017) => &ST_BIENPHONG_2017,
        ("haiquan", 2017) => &ST_HAIQUAN_2017,
        ("p.dongha", 2026) => &ST_P_DONGHA_2026,
        ("p.quangtri", 2026) => &ST_P_QUANGTRI_2026,
        ("x.vinhlinh", 2026) => &ST_X_VINHLINH_2026,
        ("x.giolinh", 2026) => &ST_X_GIOLINH_2026,
        ("x.camlo", 2026) => &ST_X_CAMLO_2026,
        ("x.trieuphong", 2026) => &ST_X_TRIEUPHONG_2026,
        ("x.hailang", 2026) => &ST_X_HAILANG_2026,
        ("x.huongphung", 2026) => &ST_X_HUONGPHUNG_2026,
        ("x.dakrong", 2026) => &ST_X_DAKRONG_2026,
        ("dk.conco", 2026) => &ST_DK_CONCO_2026,
        ("cqd", 2026) => &ST_CQD_2026,
        _ => &[],
    }
}

/// The secretary's personal commitment of a district-level committee (2017) or of a
/// commune, ward or special zone (2026): two items for each of "example", "study",
/// "remedy" and "assigned_duty", in that order; responsible is empty. Anything else is empty.
pub fn secretary_commitment(code: &str, year: i32) -> &'static [UnitPledge] {
    match (code, year) {
        ("dongha", 2017) => &SEC_DONGHA_2017,
        ("quangtri", 2017) => &SEC_QUANGTRI_2017,
        ("vinhlinh", 2017) => &SEC_VINHLINH_2017,
        ("giolinh", 2017) => &SEC_GIOLINH_2017,
        ("camlo", 2017) => &SEC_CAMLO_2017,
        ("trieuphong", 2017) => &SEC_TRIEUPHONG_2017,
        ("hailang", 2017) => &SEC_HAILANG_2017,
        ("huonghoa", 2017) => &SEC_HUONGHOA_2017,
        ("dakrong", 2017) => &SEC_DAKRONG_2017,
        ("conco", 2017) => &SEC_CONCO_2017,
        ("p.dongha", 2026) => &SEC_P_DONGHA_2026,
        ("p.quangtri", 2026) => &SEC_P_QUANGTRI_2026,
        ("x.vinhlinh", 2026) => &SEC_X_VINHLINH_2026,
        ("x.giolinh", 2026) => &SEC_X_GIOLINH_2026,
        ("x.camlo", 2026) => &SEC_X_CAMLO_2026,
        ("x.trieuphong", 2026) => &SEC_X_TRIEUPHONG_2026,
        ("x.hailang", 2026) => &SEC_X_HAILANG_2026,
        ("x.huongphung", 2026) => &SEC_X_HUONGPHUNG_2026,
        ("x.dakrong", 2026) => &SEC_X_DAKRONG_2026,
        ("dk.conco", 2026) => &SEC_DK_CONCO_2026,
        _ => &[],
    }
}

/// Theme-action templates for a member's 2026 personal plan, 3–4 per profile.
///
/// 2026 has no districts: for `DistrictOfficial` these fit a staff member of a commune or
/// ward party committee's agencies, for `DistrictLeader` a member of a commune or ward
/// standing committee. `{place}` follows `texts::places`, and is used only where that list
/// still names something that exists in 2026 (villages, neighbourhoods, schools, border
/// posts, enterprises; for `CommuneOfficial` the former commune, as "trụ sở {place} cũ").
pub fn theme_2026(profile: Profile) -> &'static [ThemeTemplate] {
    use Profile::*;
    match profile {
        VillageFarmer => &THEME_VILLAGE_FARMER,
        MountainVillager => &THEME_MOUNTAIN_VILLAGER,
        VillageCellSecretary => &THEME_VILLAGE_CELL_SECRETARY,
        WardResident => &THEME_WARD_RESIDENT,
        WardCellSecretary => &THEME_WARD_CELL_SECRETARY,
        Teacher => &THEME_TEACHER,
        SchoolPrincipal => &THEME_SCHOOL_PRINCIPAL,
        HealthWorker => &THEME_HEALTH_WORKER,
        CommuneOfficial => &THEME_COMMUNE_OFFICIAL,
        DistrictOfficial => &THEME_DISTRICT_OFFICIAL,
        DistrictLeader => &THEME_DISTRICT_LEADER,
        ProvincialOfficial => &THEME_PROVINCIAL_OFFICIAL,
        Soldier => &THEME_SOLDIER,
        Police => &THEME_POLICE,
        BorderGuard => &THEME_BORDER_GUARD,
        EnterpriseWorker => &THEME_ENTERPRISE_WORKER,
        RetiredVeteran => &THEME_RETIRED_VETERAN,
    }
}

/// The 2026 year theme used by the demo.
///
/// Illustrative demo text, NOT the province's actual theme for 2026 (not known when this was
/// written): chosen to fit the first year after the 1/7/2025 merger and the move to two-tier
/// local government, and Resolution 57-NQ/TW on science, technology, innovation and digital
/// transformation. Replace it when the real theme is known.
pub const THEME_2026: &str =
    "Năm nâng cao hiệu quả vận hành chính quyền địa phương hai cấp và đẩy mạnh chuyển đổi số";

// ---------------------------------------------------------------------------------------
// Cell plans, 2017 ("Năm công tác cán bộ"; Diễn đàn sinh hoạt chi bộ on the 27 manifestations)
// ---------------------------------------------------------------------------------------

#[rustfmt::skip]
static CELL_VILLAGE_2017: [UnitPledge; 7] = [
    duty("Lãnh đạo {place} bê tông hóa {n} trăm mét đường trục xóm và kênh mương nội đồng theo kế hoạch xây dựng nông thôn mới của xã; công khai mức đóng góp của từng hộ",
         "Công trình nghiệm thu, đưa vào sử dụng trước 30/9; không phát sinh nợ đọng; biên bản họp dân thống nhất mức đóng góp lưu tại chi bộ", 9,
         "Chi bộ; trưởng thôn; Ban phát triển thôn").key(),
    duty("Chỉ đạo sản xuất vụ Đông Xuân và Hè Thu theo cánh đồng mẫu lớn; chuyển {n} ha đất lúa thiếu nước tưới sang trồng ngô, lạc, rau màu",
         "Năng suất lúa bình quân của thôn từ 55 tạ/ha trở lên; diện tích chuyển đổi cho thu nhập cao hơn trồng lúa, có sổ theo dõi của chi hội nông dân", 9,
         "Chi ủy; chi hội nông dân; tổ dịch vụ nông nghiệp").key(),
    theme("Tổ chức đánh giá cuối năm đối với trưởng thôn, công an viên và các chi hội trưởng theo Bộ tiêu chí của Đảng ủy xã, có lấy ý kiến đại diện hộ gia đình tại hội nghị thôn",
          "100% cán bộ thôn được đánh giá, xếp loại có biên bản; kết quả gửi Đảng ủy xã trước 20/12", 12,
          "Chi ủy; Ban công tác Mặt trận thôn").key(),
    theme("Rà soát nguồn cán bộ thôn giai đoạn 2017–2020 trong đảng viên trẻ và đoàn viên ưu tú; giới thiệu {n} quần chúng đi học lớp bồi dưỡng nhận thức về Đảng",
          "Danh sách nguồn cán bộ thôn được chi bộ thông qua trước 31/10; kết nạp ít nhất 01 đảng viên mới trong năm", 10,
          "Bí thư chi bộ; chi đoàn thanh niên"),
    remedy("Khắc phục tình trạng sinh hoạt chi bộ đơn điệu, nể nang đã chỉ ra tại Diễn đàn sinh hoạt chi bộ: mỗi kỳ kiểm điểm việc thực hiện nhiệm vụ của đảng viên được phân công phụ trách nhóm hộ",
           "12 kỳ sinh hoạt có biên bản ghi rõ ý kiến phê bình; không còn đảng viên vắng sinh hoạt 2 kỳ liên tiếp không có lý do", 12,
           "Chi ủy"),
    example("Đảng viên đi đầu thực hiện hương ước của {place}: tổ chức việc cưới, việc tang văn minh, không thả rông gia súc; mỗi đảng viên vận động {n} hộ liền kề cùng thực hiện",
            "100% hộ đảng viên đạt “Gia đình văn hóa”; thôn giữ vững danh hiệu “Thôn văn hóa” năm 2017", 12,
            "Các đảng viên; Ban công tác Mặt trận thôn"),
    duty("Chuẩn bị phòng, chống lụt bão mùa mưa năm 2017: rà soát các hộ ở vùng thấp trũng, phân công đảng viên giúp di dời người già, trẻ em khi có lũ",
         "Phương án “bốn tại chỗ” của thôn hoàn thành trước 31/8; không để xảy ra thiệt hại về người do lũ", 8,
         "Chi bộ; trưởng thôn; đội xung kích"),
];

#[rustfmt::skip]
static CELL_MOUNTAIN_2017: [UnitPledge; 8] = [
    duty("Lãnh đạo giảm nghèo ở {place}: chi bộ chọn hộ nghèo có sức lao động để hỗ trợ bò giống, cây cà phê, sắn cao sản; mỗi đảng viên theo dõi một nhóm hộ",
         "Số hộ nghèo của thôn giảm ít nhất 3 hộ so với cuối năm 2016; giống được hỗ trợ sử dụng đúng mục đích, không bán bò giống", 12,
         "Chi bộ; trưởng thôn; các đảng viên phụ trách nhóm hộ").key(),
    duty("Vận động đồng bào không phát rừng làm rẫy, không vào rừng đặc dụng khai thác gỗ; duy trì tổ bảo vệ rừng cộng đồng của thôn",
         "Không xảy ra phá rừng trái phép trên diện tích thôn nhận khoán; tổ bảo vệ rừng tuần tra đủ {n} đợt mỗi quý, có sổ ghi chép", 12,
         "Chi bộ; tổ bảo vệ rừng thôn; kiểm lâm địa bàn").key(),
    duty("Phối hợp giáo viên cắm bản đến từng nhà vận động học sinh nghỉ học sau Tết, sau mùa thu hoạch trở lại lớp",
         "Không có học sinh bỏ học trong năm học 2016–2017; trẻ 5 tuổi của thôn ra lớp mẫu giáo đủ 100%", 5,
         "Chi bộ; chi hội phụ nữ; giáo viên cắm bản"),
    theme("Bồi dưỡng đảng viên trẻ người Vân Kiều, Pa Kô làm nguồn trưởng thôn, bí thư chi đoàn; cử người đi học lớp sơ cấp lý luận chính trị của huyện",
          "Có ít nhất 02 đảng viên trẻ trong danh sách nguồn được Đảng ủy xã phê duyệt; 01 đồng chí hoàn thành lớp sơ cấp", 11,
          "Chi ủy; Đảng ủy xã").key(),
    theme("Tổ chức nhận xét trưởng thôn và công chức xã phụ trách địa bàn tại hội nghị thôn; phiên dịch bằng tiếng dân tộc để bà con góp ý được",
          "Biên bản hội nghị ghi ý kiến của ít nhất {n} hộ; gửi Đảng ủy xã trước kỳ đánh giá cán bộ cuối năm", 11,
          "Bí thư chi bộ; trưởng thôn"),
    remedy("Khắc phục tình trạng đảng viên uống rượu, vắng sinh hoạt đã nêu tại Diễn đàn sinh hoạt chi bộ: chi bộ thống nhất quy ước không uống rượu trong ngày sinh hoạt, nhắc nhở công khai người vi phạm",
           "Không có đảng viên say rượu khi dự sinh hoạt; tỷ lệ đảng viên dự sinh hoạt từ 90% trở lên", 12,
           "Chi ủy"),
    example("Mỗi hộ đảng viên làm trước cho bà con noi theo: nhà tiêu hợp vệ sinh, chuồng trại cách xa nhà ở, trồng cỏ nuôi bò nhốt chuồng",
            "100% hộ đảng viên có nhà tiêu hợp vệ sinh và chuồng trại riêng trước 30/6; có {n} hộ quần chúng làm theo", 6,
            "Các đảng viên"),
    duty("Phối hợp công an xã, bộ đội biên phòng tuyên truyền phòng, chống ma túy, mua bán người; không để người dân tiếp tay vận chuyển hàng cấm",
         "Tổ chức {n} buổi tuyên truyền có biên bản; không có người trong thôn vi phạm pháp luật về ma túy, buôn lậu", 12,
         "Chi bộ; công an viên thôn"),
];

#[rustfmt::skip]
static CELL_WARD_2017: [UnitPledge; 7] = [
    duty("Lãnh đạo Ban điều hành {place} xóa các điểm đổ rác tự phát ở kiệt, hẻm và đất trống; vận động 100% hộ ký hợp đồng thu gom rác với công ty môi trường",
         "Xóa {n} điểm rác tự phát; 100% hộ có hợp đồng thu gom; khu phố không bị phường nhắc nhở về vệ sinh môi trường", 9,
         "Chi bộ; Ban điều hành khu phố").key(),
    duty("Vận động nhân dân cùng Nhà nước làm kiệt, rãnh thoát nước và điện chiếu sáng theo phương châm “Nhà nước và nhân dân cùng làm”",
         "{n} tuyến kiệt hoàn thành, nghiệm thu trước 30/11; thu chi đóng góp công khai tại hội nghị khu phố", 11,
         "Chi bộ; Ban điều hành khu phố; Ban giám sát đầu tư của cộng đồng").key(),
    theme("Tổ chức hội nghị chi bộ nhận xét đảng viên đang công tác ở cơ quan, đơn vị nhưng cư trú tại {place} theo Quy định 76-QĐ/TW, có ý kiến của Ban điều hành và các đoàn thể",
          "{n} phiếu nhận xét gửi cơ quan quản lý đảng viên trước 15/12; không có phiếu chỉ ghi chung chung “tốt”", 12,
          "Chi ủy; trưởng khu phố").key(),
    theme("Tổng hợp ý kiến nhân dân khu phố về tinh thần phục vụ của cán bộ một cửa phường và cảnh sát khu vực, gửi Đảng ủy phường mỗi quý làm căn cứ đánh giá cán bộ",
          "4 báo cáo quý gửi Đảng ủy phường; các kiến nghị được phường trả lời bằng văn bản", 12,
          "Chi ủy; Ban công tác Mặt trận khu phố"),
    duty("Phối hợp Công an phường quản lý người tạm trú, người thuê trọ, người nghiện và người chấp hành xong án phạt tù trên địa bàn",
         "Không xảy ra tội phạm nghiêm trọng; 100% người tạm trú được đăng ký; khu phố đạt “Khu dân cư an toàn về an ninh trật tự”", 12,
         "Chi bộ; tổ an ninh tự quản"),
    remedy("Khắc phục việc sinh hoạt chi bộ chỉ đọc văn bản đã nêu tại Diễn đàn sinh hoạt chi bộ: mỗi quý có 01 kỳ sinh hoạt chuyên đề về việc cụ thể của khu phố, phân công đảng viên chuẩn bị tham luận",
           "Ít nhất 4 kỳ sinh hoạt chuyên đề có tham luận; tỷ lệ đảng viên dự sinh hoạt từ 90% trở lên", 12,
           "Chi ủy"),
    example("Đảng viên gương mẫu ủng hộ Quỹ Vì người nghèo; mỗi đảng viên có điều kiện nhận giúp đỡ 01 hộ nghèo, hộ khó khăn của khu phố",
            "Mỗi hộ nghèo có đảng viên phụ trách; ít nhất 01 hộ thoát nghèo cuối năm 2017", 12,
            "Các đảng viên; chi hội phụ nữ"),
];

#[rustfmt::skip]
static CELL_SCHOOL_2017: [UnitPledge; 7] = [
    duty("Lãnh đạo {place} hoàn thành chỉ tiêu chất lượng năm học 2016–2017 theo nghị quyết chi bộ: tỷ lệ học sinh lên lớp, học sinh giỏi, không có học sinh bỏ học",
         "Tỷ lệ học sinh lên lớp thẳng từ 95% trở lên; có học sinh đạt giải cấp tỉnh; không có học sinh bỏ học", 6,
         "Chi bộ; Ban giám hiệu; các tổ chuyên môn").key(),
    duty("Chỉ đạo đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học; mỗi tổ thực hiện {n} chuyên đề có dự giờ, rút kinh nghiệm",
         "Các chuyên đề có biên bản tổ; ít nhất 02 giáo viên đạt giáo viên dạy giỏi cấp huyện trở lên trong năm học 2017–2018", 12,
         "Chi bộ; các tổ trưởng chuyên môn"),
    theme("Xây dựng và áp dụng Bộ tiêu chí đánh giá viên chức hằng quý của nhà trường; chi bộ nhận xét đảng viên giữ chức vụ quản lý theo Bộ tiêu chí",
          "Bộ tiêu chí ban hành trước 30/6; 100% viên chức được đánh giá quý III, quý IV có biên bản", 12,
          "Chi ủy; Ban giám hiệu; Công đoàn trường").key(),
    theme("Rà soát hồ sơ, văn bằng của toàn bộ viên chức {place} theo kế hoạch rà soát bằng cấp của tỉnh; bồi dưỡng {n} giáo viên trẻ làm nguồn tổ trưởng chuyên môn",
          "Báo cáo rà soát nộp cơ quan quản lý giáo dục trước 30/6; danh sách nguồn được chi bộ thông qua", 6,
          "Chi ủy; bộ phận tổ chức nhà trường"),
    remedy("Chấn chỉnh dạy thêm, học thêm và các khoản thu đầu năm học đã được phụ huynh phản ánh: công khai danh mục khoản thu, giáo viên ký cam kết không dạy thêm trái quy định",
           "100% giáo viên ký cam kết; không có phản ánh có cơ sở của phụ huynh về lạm thu, dạy thêm sai quy định trong năm học 2017–2018", 10,
           "Chi ủy; Ban giám hiệu; Ban đại diện cha mẹ học sinh").key(),
    example("Mỗi đảng viên nhận giúp đỡ 01 học sinh có hoàn cảnh khó khăn hoặc học lực yếu; đi đầu trong phong trào “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”",
            "{n} học sinh được đảng viên giúp đỡ không bỏ học, tiến bộ về học lực cuối năm học", 12,
            "Các đảng viên; Đoàn thanh niên nhà trường"),
    duty("Bồi dưỡng, kết nạp đảng viên mới trong giáo viên trẻ và nhân viên nhà trường",
         "Kết nạp ít nhất 01 đảng viên; cử {n} quần chúng ưu tú học lớp bồi dưỡng nhận thức về Đảng", 11,
         "Chi bộ; Công đoàn; Đoàn thanh niên"),
];

#[rustfmt::skip]
static CELL_HEALTH_2017: [UnitPledge; 6] = [
    duty("Lãnh đạo tăng tỷ lệ người dân tham gia bảo hiểm y tế và khám chữa bệnh tại {place}; phối hợp trưởng thôn rà soát người chưa có thẻ",
         "Tỷ lệ bao phủ bảo hiểm y tế của xã tăng ít nhất 2% so với năm 2016; số lượt khám bảo hiểm y tế tại trạm tăng", 12,
         "Chi bộ; trạm trưởng; nhân viên y tế thôn").key(),
    duty("Chỉ đạo phòng, chống sốt xuất huyết, tay chân miệng mùa mưa; tổ chức {n} đợt chiến dịch diệt lăng quăng ở các thôn từng có ổ dịch",
         "100% ca bệnh được điều tra, xử lý ổ dịch trong 48 giờ; không để dịch lan rộng ra ngoài thôn", 10,
         "Chi bộ; cán bộ phụ trách phòng dịch").key(),
    theme("Đánh giá viên chức y tế hằng quý theo Bộ tiêu chí của Trung tâm Y tế huyện, lấy phiếu hài lòng của người bệnh làm một căn cứ",
          "4 kỳ đánh giá quý có biên bản; tỷ lệ người bệnh hài lòng qua phiếu khảo sát từ 90% trở lên", 12,
          "Chi ủy; trạm trưởng; Công đoàn"),
    theme("Rà soát chứng chỉ hành nghề, văn bằng của viên chức; đề xuất cử {n} viên chức đi học liên thông bác sĩ, cao đẳng điều dưỡng",
          "Báo cáo rà soát gửi Trung tâm Y tế huyện trước 30/6; có quyết định cử đi học trong năm", 9,
          "Chi ủy; trạm trưởng").key(),
    remedy("Khắc phục thái độ giao tiếp chưa niềm nở với người bệnh mà nhân dân đã góp ý: đặt hòm thư góp ý, công khai số điện thoại đường dây nóng, kiểm điểm người bị phản ánh",
           "Không còn phản ánh có cơ sở về thái độ phục vụ; mọi góp ý được trả lời trong 7 ngày", 12,
           "Chi ủy; trạm trưởng"),
    example("Đảng viên gương mẫu thực hiện Quy tắc ứng xử của ngành y tế, không nhận phong bì; đi đầu đến nhà chăm sóc người già, người khuyết tật thuộc hộ nghèo",
            "{n} lượt chăm sóc tại nhà có ghi sổ; không có phản ánh về nhận quà, phong bì", 12,
            "Các đảng viên"),
];

#[rustfmt::skip]
static CELL_COMMUNE_2017: [UnitPledge; 7] = [
    duty("Lãnh đạo bộ phận tiếp nhận và trả kết quả của UBND {place} giải quyết thủ tục hành chính đúng hẹn; niêm yết đủ thủ tục, phí, lệ phí",
         "Tỷ lệ hồ sơ trả đúng hẹn từ 98% trở lên; hồ sơ trễ hẹn đều có văn bản xin lỗi người dân", 12,
         "Chi bộ; Chủ tịch UBND xã; công chức bộ phận một cửa").key(),
    duty("Lãnh đạo giải quyết dứt điểm {n} đơn thư tranh chấp đất đai, khiếu nại tồn đọng từ các năm trước",
         "Mỗi vụ việc có văn bản kết quả giải quyết; không phát sinh khiếu kiện vượt cấp lên huyện, tỉnh", 12,
         "Chi bộ; công chức Địa chính – Xây dựng, Tư pháp – Hộ tịch").key(),
    theme("Áp dụng Bộ tiêu chí đánh giá cán bộ, công chức xã theo hướng dẫn của Huyện ủy; đánh giá hằng quý và công khai kết quả tại cơ quan",
          "4 kỳ đánh giá quý có biên bản; kết quả niêm yết tại trụ sở xã; xếp loại cuối năm căn cứ kết quả các quý", 12,
          "Chi ủy; Thường trực Đảng ủy xã").key(),
    theme("Rà soát văn bằng, chứng chỉ của cán bộ, công chức xã; lập kế hoạch đào tạo để đạt chuẩn chức danh",
          "Báo cáo rà soát gửi Phòng Nội vụ huyện trước 30/6; {n} công chức được cử đi học chuẩn hóa", 9,
          "Chi ủy; Văn phòng UBND xã"),
    remedy("Khắc phục tình trạng đi muộn, về sớm, làm việc riêng trong giờ hành chính đã nêu tại Diễn đàn sinh hoạt chi bộ: chấm công công khai, kiểm tra đột xuất",
           "Kết quả chấm công công khai hằng tháng; không có công chức bị nhắc nhở quá 2 lần trong năm", 12,
           "Chi ủy; Chủ tịch UBND xã"),
    example("Đảng viên là công chức mỗi tháng dành {n} ngày xuống thôn nắm tình hình, hướng dẫn người dân hoàn thiện hồ sơ ngay tại nhà văn hóa thôn",
            "Sổ theo dõi có xác nhận của trưởng thôn; kiến nghị của người dân được chuyển xử lý trong tuần", 12,
            "Các đảng viên là cán bộ, công chức"),
    duty("Lãnh đạo hoàn thành dự toán thu ngân sách xã năm 2017 và các tiêu chí nông thôn mới xã đăng ký đạt trong năm",
         "Thu ngân sách đạt 100% dự toán HĐND xã giao; xã đạt thêm ít nhất 01 tiêu chí nông thôn mới", 12,
         "Chi bộ; UBND xã"),
];

#[rustfmt::skip]
static CELL_DISTRICT_2017: [UnitPledge; 7] = [
    duty("Tham mưu Ban Thường vụ hướng dẫn 100% tổ chức cơ sở đảng xây dựng kế hoạch hành động tập thể và kế hoạch làm theo của đảng viên năm 2017 theo mẫu của tỉnh",
         "Tỷ lệ tổ chức cơ sở đảng và đảng viên đăng ký từ 97% trở lên; báo cáo tổng hợp gửi Ban Tuyên giáo Tỉnh ủy đúng hạn", 4,
         "Chi bộ; Ban Tuyên giáo Huyện ủy").key(),
    duty("Tham mưu tổ chức Diễn đàn sinh hoạt chi bộ về 27 biểu hiện suy thoái ở tất cả chi bộ của Đảng bộ {place}; theo dõi việc thực hiện giải pháp khắc phục sau diễn đàn",
         "100% chi bộ tổ chức diễn đàn; kiểm tra việc thực hiện giải pháp tại ít nhất {n} chi bộ, có báo cáo", 9,
         "Chi bộ; Ban Tổ chức, Ban Tuyên giáo Huyện ủy").key(),
    theme("Rà soát, bổ sung quy hoạch cán bộ các cơ quan Đảng, Mặt trận, đoàn thể cấp huyện giai đoạn 2020–2025; công khai tiêu chuẩn, quy trình giới thiệu",
          "Hồ sơ quy hoạch trình Ban Thường vụ trước 31/10; tỷ lệ cán bộ nữ, cán bộ trẻ trong quy hoạch không thấp hơn hướng dẫn", 10,
          "Chi ủy; Ban Tổ chức Huyện ủy").key(),
    theme("Đánh giá công chức các cơ quan Đảng huyện hằng quý bằng sản phẩm công việc cụ thể; gắn kết quả với bình xét thi đua cuối năm",
          "4 kỳ đánh giá có bảng chấm điểm theo sản phẩm; xếp loại cuối năm không khác kết quả các quý mà không có giải trình", 12,
          "Chi ủy; lãnh đạo các ban"),
    remedy("Khắc phục tình trạng văn bản tham mưu chậm, phải chỉnh sửa nhiều lần: lập sổ theo dõi hạn xử lý, phân công người kiểm tra thể thức trước khi trình",
           "100% văn bản đến được xử lý đúng hạn; không có văn bản phát hành bị trả lại vì sai thể thức", 12,
           "Chi ủy; Văn phòng Huyện ủy"),
    example("Mỗi đảng viên cơ quan nhận theo dõi một chi bộ cơ sở; dự sinh hoạt ít nhất {n} kỳ ở chi bộ được phân công",
            "Có biên bản dự sinh hoạt; vướng mắc phát hiện được báo cáo Thường trực Huyện ủy ngay trong tháng", 12,
            "Các đảng viên"),
    duty("Tham mưu kiểm tra, giám sát người đứng đầu các tổ chức đảng có đơn thư, có dấu hiệu vi phạm; giải quyết đơn thư đúng thời hạn",
         "100% đơn thư thuộc thẩm quyền giải quyết đúng hạn; kết luận kiểm tra được thông báo công khai theo quy định", 12,
         "Chi bộ; Ủy ban Kiểm tra Huyện ủy"),
];

#[rustfmt::skip]
static CELL_PROVINCIAL_2017: [UnitPledge; 7] = [
    duty("Rút ngắn ít nhất 30% thời gian giải quyết {n} thủ tục hành chính thuộc lĩnh vực các phòng trong chi bộ phụ trách; công khai trên Cổng thông tin điện tử của Sở",
         "Các thủ tục được UBND tỉnh công bố rút ngắn thời gian; tỷ lệ hồ sơ đúng hẹn từ 98% trở lên", 9,
         "Chi bộ; lãnh đạo Sở; các phòng chuyên môn").key(),
    duty("Giúp {place} xây dựng nông thôn mới theo phân công của Ban Chỉ đạo tỉnh: làm việc với xã mỗi quý, hỗ trợ hoàn thiện các tiêu chí thuộc ngành",
         "Xã đạt thêm ít nhất 01 tiêu chí nông thôn mới thuộc lĩnh vực của Sở; 4 biên bản làm việc hằng quý", 12,
         "Chi bộ; tổ công tác của Sở"),
    theme("Xây dựng Đề án vị trí việc làm của Sở và tiêu chí đánh giá công chức theo từng vị trí; đánh giá hằng quý theo tiêu chí đó",
          "Đề án trình Sở Nội vụ thẩm định trước 30/6; 100% công chức được đánh giá theo vị trí việc làm từ quý III", 9,
          "Chi ủy; lãnh đạo Sở; Văn phòng Sở").key(),
    theme("Thực hiện tinh giản biên chế năm 2017 đúng lộ trình; rà soát, bố trí lại công chức không đáp ứng yêu cầu vị trí việc làm",
          "Giảm biên chế đúng chỉ tiêu năm 2017 được giao; không có khiếu nại về đối tượng tinh giản", 12,
          "Chi ủy; lãnh đạo Sở").key(),
    remedy("Khắc phục tình trạng đùn đẩy công việc giữa các phòng mà doanh nghiệp đã phản ánh: ban hành quy chế phối hợp, xác định rõ phòng chủ trì từng loại hồ sơ",
           "Quy chế phối hợp ban hành trước 31/3; không còn phản ánh về hồ sơ bị chuyển qua lại giữa các phòng", 3,
           "Chi ủy; Văn phòng Sở"),
    example("Đảng viên gương mẫu thực hiện văn hóa công sở, không gây phiền hà doanh nghiệp; công khai số điện thoại để người dân, doanh nghiệp phản ánh trực tiếp",
            "Không có đảng viên bị phản ánh trên đường dây nóng của tỉnh; cơ quan được công nhận “Cơ quan đạt chuẩn văn hóa”", 12,
            "Các đảng viên"),
    study("Học tập chuyên đề năm 2017 và Nghị quyết Trung ương 4 khóa XII, mỗi đảng viên viết thu hoạch liên hệ với vị trí việc làm của mình",
          "100% đảng viên có bài thu hoạch; chi bộ chọn {n} bài tốt gửi Đảng ủy Khối các cơ quan tỉnh", 6,
          "Chi ủy"),
];

#[rustfmt::skip]
static CELL_MILITARY_2017: [UnitPledge; 7] = [
    duty("Lãnh đạo tuyển chọn và gọi công dân nhập ngũ năm 2017 đủ chỉ tiêu, đúng Luật Nghĩa vụ quân sự; công khai danh sách đến từng thôn",
         "Giao quân đạt 100% chỉ tiêu; không có thanh niên bị trả về do sai sót khám tuyển hoặc lý lịch", 3,
         "Chi bộ; Ban Chỉ huy; Hội đồng nghĩa vụ quân sự").key(),
    duty("Lãnh đạo huấn luyện dân quân tự vệ, quân nhân dự bị động viên và diễn tập chiến đấu phòng thủ {n} xã theo kế hoạch của {place}",
         "Các cuộc diễn tập đạt loại khá trở lên, an toàn tuyệt đối; kết quả huấn luyện đạt yêu cầu, trong đó khá, giỏi từ 60%", 9,
         "Chi bộ; Ban Chỉ huy; các ban nghiệp vụ").key(),
    theme("Rà soát, chuẩn hóa đội ngũ chỉ huy trưởng, chính trị viên quân sự xã; đề xuất cử người đi đào tạo ngành quân sự cơ sở",
          "Danh sách rà soát trình Thường trực Huyện ủy trước 30/6; {n} cán bộ được cử đi đào tạo", 9,
          "Chi ủy; Ban Chỉ huy").key(),
    theme("Đánh giá sĩ quan, quân nhân chuyên nghiệp hằng quý theo Bộ tiêu chí của Đảng ủy Quân sự tỉnh; công khai kết quả trong đơn vị",
          "4 kỳ đánh giá có biên bản; kết quả là căn cứ nhận xét cán bộ cuối năm", 12,
          "Chi ủy; Ban Chỉ huy"),
    remedy("Khắc phục tình trạng quân nhân vi phạm điều lệnh, sử dụng rượu bia đã phát hiện trong năm 2016: ký cam kết, kiểm tra đột xuất, xử lý nghiêm",
           "Không có quân nhân bị kỷ luật từ khiển trách trở lên; không có vi phạm an toàn giao thông", 12,
           "Chi ủy; Ban Chỉ huy"),
    example("Cán bộ, đảng viên làm nòng cốt giúp dân phòng, chống lụt bão, tìm kiếm cứu nạn; duy trì lực lượng trực sẵn sàng trong mùa mưa bão",
            "Lực lượng cơ động có mặt trong 2 giờ khi có lệnh; {n} ngày công giúp dân có xác nhận của UBND xã", 12,
            "Các đảng viên; lực lượng thường trực"),
    duty("Phối hợp tổ chức các hoạt động kỷ niệm 70 năm Ngày Thương binh – Liệt sĩ (27/7/1947–27/7/2017); chăm sóc, tu sửa nghĩa trang liệt sĩ trên địa bàn",
         "Hoàn thành {n} đợt chăm sóc nghĩa trang trước 20/7; không để sơ suất trong công tác bảo đảm", 7,
         "Chi bộ; Ban Chỉ huy"),
];

#[rustfmt::skip]
static CELL_POLICE_2017: [UnitPledge; 6] = [
    duty("Lãnh đạo triệt xóa {n} tụ điểm phức tạp về ma túy, cờ bạc trên địa bàn; kiềm chế tội phạm hình sự",
         "Tỷ lệ điều tra khám phá án hình sự từ 75% trở lên; các tụ điểm đã triệt xóa không tái hoạt động", 12,
         "Chi bộ; chỉ huy đơn vị").key(),
    duty("Lãnh đạo giảm tai nạn giao thông trên các tuyến quốc lộ qua địa bàn; tăng tuần tra vào giờ cao điểm và dịp lễ, Tết",
         "Tai nạn giao thông giảm cả 3 tiêu chí so với năm 2016", 12,
         "Chi bộ; tổ Cảnh sát giao thông – trật tự").key(),
    theme("Đánh giá cán bộ hằng quý theo Bộ tiêu chí của Đảng ủy Công an tỉnh, có lấy nhận xét của Đảng ủy xã nơi cán bộ phụ trách địa bàn",
          "4 kỳ đánh giá quý có biên bản; 100% cán bộ phụ trách địa bàn có nhận xét của Đảng ủy xã", 12,
          "Chi ủy; lãnh đạo {place}").key(),
    theme("Bồi dưỡng {n} cán bộ trẻ trong diện quy hoạch đội trưởng, phó đội trưởng; luân chuyển cán bộ giữa các đội nghiệp vụ",
          "Cán bộ quy hoạch được giao chủ trì ít nhất 01 chuyên án hoặc kế hoạch công tác; quyết định luân chuyển ban hành đúng kế hoạch", 10,
          "Chi ủy; lãnh đạo {place}"),
    remedy("Khắc phục phản ánh của nhân dân về thái độ hạch sách khi giải quyết thủ tục cư trú, đăng ký xe: niêm yết thủ tục, lắp hòm thư góp ý, kiểm điểm người bị phản ánh",
           "Không có phản ánh có cơ sở về thái độ; 100% hồ sơ giải quyết đúng hạn", 12,
           "Chi ủy"),
    example("Đảng viên thực hiện 6 điều Bác Hồ dạy Công an nhân dân; mỗi đảng viên nhận giúp đỡ, cảm hóa 01 người lầm lỗi ở địa bàn phụ trách",
            "{n} người được giúp đỡ không tái phạm; mỗi trường hợp có hồ sơ theo dõi", 12,
            "Các đảng viên"),
];

#[rustfmt::skip]
static CELL_BORDER_2017: [UnitPledge; 7] = [
    duty("Lãnh đạo quản lý, bảo vệ đường biên, mốc quốc giới trên đoạn biên giới {place} phụ trách; tuần tra song phương với lực lượng bảo vệ biên giới Lào",
         "Hệ thống mốc giữ nguyên trạng; không xảy ra xâm canh, xâm cư; {n} đợt tuần tra song phương có biên bản", 12,
         "Chi bộ; Ban Chỉ huy đồn").key(),
    duty("Thực hiện các hoạt động trong Năm Đoàn kết hữu nghị Việt Nam – Lào 2017: giao lưu, kết nghĩa các cụm dân cư hai bên biên giới",
         "Ít nhất 01 cặp bản kết nghĩa mới; tổ chức {n} hoạt động giao lưu có chính quyền hai bên tham dự", 10,
         "Chi bộ; đội vận động quần chúng").key(),
    duty("Phối hợp Công an, Hải quan đấu tranh với tội phạm ma túy, buôn lậu qua biên giới trên địa bàn đồn quản lý",
         "Phát hiện, xử lý kịp thời các vụ việc; không để hình thành đường dây vận chuyển ma túy hoạt động kéo dài", 12,
         "Chi bộ; đội trinh sát; tổ công tác"),
    theme("Bồi dưỡng cán bộ trẻ của đồn biết tiếng dân tộc và tiếng Lào để đưa vào quy hoạch đội trưởng; phân công kèm cặp từng người",
          "{n} cán bộ trẻ giao tiếp được tiếng Vân Kiều hoặc Pa Kô; danh sách quy hoạch được Đảng ủy đồn thông qua", 11,
          "Chi ủy; Ban Chỉ huy đồn").key(),
    theme("Tăng cường đảng viên của đồn về sinh hoạt ở chi bộ thôn, bản giáp biên; giúp chi bộ thôn củng cố, không còn chi bộ yếu kém",
          "Các chi bộ thôn có đảng viên biên phòng tăng cường đều xếp loại hoàn thành nhiệm vụ trở lên", 12,
          "Chi ủy; đảng viên tăng cường"),
    remedy("Khắc phục tình trạng cán bộ ngại bám bản dài ngày đã nêu tại Diễn đàn sinh hoạt chi bộ: giao số ngày bám bản cho từng đảng viên, kiểm tra qua sổ công tác",
           "Mỗi đảng viên bám bản từ {n} ngày mỗi tháng trở lên, có xác nhận của trưởng thôn", 12,
           "Chi ủy"),
    example("Duy trì mô hình “Nâng bước em tới trường”: mỗi đảng viên nhận đỡ đầu 01 học sinh nghèo người dân tộc ở thôn giáp biên",
            "Các em được đỡ đầu đi học chuyên cần, không bỏ học; hỗ trợ hằng tháng có sổ theo dõi", 12,
            "Các đảng viên"),
];

#[rustfmt::skip]
static CELL_ENTERPRISE_2017: [UnitPledge; 7] = [
    duty("Lãnh đạo các tổ, đội sản xuất hoàn thành kế hoạch sản lượng, doanh thu năm 2017 mà {place} giao cho bộ phận",
         "Sản lượng, doanh thu đạt từ 100% kế hoạch; thu nhập bình quân của người lao động không thấp hơn năm 2016", 12,
         "Chi bộ; quản đốc; các tổ trưởng sản xuất").key(),
    duty("Bảo đảm an toàn, vệ sinh lao động: huấn luyện an toàn và khám sức khỏe định kỳ cho toàn bộ người lao động của bộ phận",
         "Không xảy ra tai nạn lao động nặng; 100% người lao động được huấn luyện và khám sức khỏe", 12,
         "Chi bộ; an toàn vệ sinh viên; Công đoàn bộ phận").key(),
    theme("Góp ý quy hoạch cán bộ quản lý (tổ trưởng, quản đốc, trưởng phòng) của công ty; giới thiệu {n} đảng viên trẻ có năng lực vào nguồn quy hoạch",
          "Danh sách giới thiệu gửi Đảng ủy công ty trước 30/9, kèm biên bản hội nghị chi bộ", 9,
          "Chi ủy").key(),
    theme("Đánh giá cán bộ quản lý trong bộ phận theo kết quả sản xuất và ý kiến của người lao động; công khai kết quả",
          "Kết quả đánh giá 6 tháng và cả năm được công khai tại hội nghị người lao động", 12,
          "Chi ủy; Công đoàn bộ phận"),
    remedy("Kiến nghị và giám sát việc khắc phục chậm đóng bảo hiểm xã hội cho người lao động của bộ phận mà công nhân đã phản ánh tại Diễn đàn sinh hoạt chi bộ",
           "Không còn nợ bảo hiểm xã hội quá 3 tháng; người lao động được thông báo kết quả đóng hằng quý", 12,
           "Chi ủy; Công đoàn bộ phận"),
    example("Đảng viên đi đầu phát huy sáng kiến, tiết kiệm vật tư; mỗi đảng viên đăng ký ít nhất 01 giải pháp cải tiến",
            "{n} sáng kiến được Hội đồng sáng kiến công nhận, có số liệu làm lợi cụ thể", 11,
            "Các đảng viên"),
    duty("Phát triển đảng viên trong công nhân trực tiếp sản xuất",
         "Kết nạp ít nhất 01 đảng viên là công nhân trực tiếp sản xuất; hồ sơ đúng quy trình", 11,
         "Chi bộ; Công đoàn; Đoàn thanh niên công ty"),
];

// ---------------------------------------------------------------------------------------
// Cell plans, 2026 (two-tier local government; first year of the 2025–2030 congress terms)
// ---------------------------------------------------------------------------------------

#[rustfmt::skip]
static CELL_VILLAGE_2026: [UnitPledge; 7] = [
    duty("Lãnh đạo {place} tổ chức tốt cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026–2031: niêm yết danh sách cử tri, vận động cử tri đi bầu",
         "Tỷ lệ cử tri của thôn đi bầu từ 99% trở lên; không có khiếu nại về danh sách cử tri", 3,
         "Chi bộ; trưởng thôn; tổ bầu cử").key(),
    theme("Phối hợp chi đoàn lập tổ công nghệ số cộng đồng của thôn; hướng dẫn người dân nộp hồ sơ dịch vụ công trực tuyến ngay tại nhà văn hóa {place}",
          "Tổ công nghệ số có quyết định thành lập; {n} hộ được hướng dẫn nộp hồ sơ trực tuyến thành công, có mã hồ sơ", 6,
          "Chi bộ; chi đoàn thanh niên; tổ công nghệ số cộng đồng").key(),
    duty("Lãnh đạo sản xuất theo hướng nông nghiệp xanh: mở rộng diện tích lúa hữu cơ, lúa chất lượng cao có hợp đồng bao tiêu với doanh nghiệp",
         "Diện tích lúa liên kết của thôn tăng ít nhất {n} ha so với năm 2025; hợp đồng bao tiêu lưu tại hợp tác xã", 9,
         "Chi bộ; chi hội nông dân; hợp tác xã").key(),
    theme("Tổng hợp ý kiến của nhân dân thôn về việc giải quyết thủ tục tại Trung tâm Phục vụ hành chính công xã sau sắp xếp; nêu rõ những trường hợp phải đi lại nhiều lần",
          "Báo cáo quý gửi Đảng ủy xã có nội dung cụ thể; các kiến nghị được xã trả lời bằng văn bản", 12,
          "Chi ủy; Ban công tác Mặt trận thôn"),
    remedy("Khắc phục việc nhiều đảng viên cao tuổi chưa sử dụng được tài liệu sinh hoạt điện tử: phân công đảng viên trẻ kèm cặp, hướng dẫn ngay tại kỳ sinh hoạt",
           "Từ 90% đảng viên của chi bộ tự mở, đọc được tài liệu sinh hoạt trên điện thoại trước 30/6", 6,
           "Chi ủy; các đảng viên trẻ"),
    example("Đảng viên đi đầu hiến đất, góp ngày công làm đường, rãnh thoát nước, chỉnh trang khu dân cư theo tiêu chí nông thôn mới nâng cao",
            "Hoàn thành {n} trăm mét đường, rãnh thoát nước có biên bản nghiệm thu; không phát sinh khiếu nại", 10,
            "Các đảng viên; Ban phát triển thôn"),
    duty("Cập nhật phương án phòng, chống thiên tai của thôn sau khi sáp nhập xã: danh sách hộ phải di dời, điểm tránh trú, người phụ trách từng nhóm hộ",
         "Phương án được Ban Chỉ huy phòng thủ dân sự xã phê duyệt trước 31/8; không có thiệt hại về người trong mùa mưa bão", 8,
         "Chi bộ; trưởng thôn; đội xung kích"),
];

#[rustfmt::skip]
static CELL_MOUNTAIN_2026: [UnitPledge; 7] = [
    duty("Lãnh đạo bình xét công khai các hộ được hỗ trợ nhà ở, đất sản xuất, giống cây con từ các chương trình dành cho vùng đồng bào dân tộc thiểu số tại {place}",
         "Danh sách thông qua tại họp thôn, niêm yết 7 ngày, không có khiếu nại; {n} hộ sử dụng hỗ trợ đúng mục đích, có biên bản kiểm tra", 12,
         "Chi bộ; trưởng thôn; Ban giám sát đầu tư của cộng đồng").key(),
    duty("Mỗi đảng viên đồng hành với 02 hộ nghèo trong năm đầu nhiệm kỳ: chọn cây, con phù hợp, theo dõi đến khi có thu nhập",
         "Số hộ nghèo của thôn giảm ít nhất {n} hộ so với cuối năm 2025; không có hộ tái nghèo", 12,
         "Chi bộ; các đảng viên").key(),
    theme("Cùng bộ đội biên phòng, công an xã đến từng nhà hướng dẫn bà con kích hoạt tài khoản định danh điện tử, nhận tiền hỗ trợ chính sách qua tài khoản",
          "Từ 80% người từ 14 tuổi trở lên của thôn có tài khoản định danh điện tử mức 2; {n} hộ nhận chính sách qua tài khoản", 9,
          "Chi bộ; chi đoàn thanh niên; công an xã phụ trách thôn").key(),
    theme("Mở lớp “Bình dân học vụ số” buổi tối tại nhà văn hóa {place}, hướng dẫn bằng tiếng Vân Kiều, Pa Kô cách dùng điện thoại thông minh",
          "{n} buổi học có danh sách; người học tự tra cứu được thông tin chính sách và cảnh báo thời tiết", 10,
          "Chi ủy; giáo viên cắm bản; đoàn viên thanh niên"),
    remedy("Khắc phục việc tảo hôn, kết hôn cận huyết thống vẫn còn xảy ra trong thôn: chi bộ ra nghị quyết chuyên đề, đảng viên vận động từng gia đình có con từ 15 tuổi",
           "Không phát sinh trường hợp tảo hôn mới trong năm 2026; các gia đình được vận động ký cam kết với trưởng thôn", 12,
           "Chi ủy; chi hội phụ nữ"),
    example("Đảng viên gương mẫu không phát rừng, nhận khoán bảo vệ rừng, trồng rừng gỗ lớn thay cho khai thác non",
            "Không có vụ phá rừng trên diện tích thôn quản lý; {n} ha rừng nhận khoán được tuần tra, có sổ ghi chép", 12,
            "Các đảng viên; tổ bảo vệ rừng thôn"),
    duty("Rà soát các hộ ở gần taluy, khe suối có nguy cơ sạt lở, lũ quét; vận động di dời tạm thời trong mùa mưa",
         "Danh sách hộ có nguy cơ gửi UBND xã trước 31/8; không có thiệt hại về người do sạt lở, lũ quét", 10,
         "Chi bộ; trưởng thôn; công an viên"),
];

#[rustfmt::skip]
static CELL_WARD_2026: [UnitPledge; 7] = [
    duty("Lãnh đạo công tác bầu cử tại khu vực bỏ phiếu của {place}: rà soát cử tri tạm trú, sinh viên, người thuê trọ để không bỏ sót, không trùng lặp",
         "Danh sách cử tri được niêm yết đúng thời hạn, không có khiếu nại; tỷ lệ cử tri đi bầu từ 98% trở lên", 3,
         "Chi bộ; trưởng khu phố; tổ bầu cử").key(),
    theme("Xây dựng khu phố số: mỗi hộ có ít nhất 01 người sử dụng được dịch vụ công trực tuyến và thanh toán không dùng tiền mặt",
          "Từ 80% hộ của {place} có người sử dụng được dịch vụ công trực tuyến; kết quả rà soát có danh sách từng hộ", 10,
          "Chi bộ; Ban điều hành khu phố; tổ công nghệ số cộng đồng").key(),
    duty("Vận động nhân dân phân loại rác thải sinh hoạt tại nguồn theo Luật Bảo vệ môi trường năm 2020; xóa các điểm rác tự phát",
         "Từ 70% hộ phân loại rác tại nguồn; xóa {n} điểm rác tự phát, không tái phát sinh", 12,
         "Chi bộ; chi hội phụ nữ; Ban điều hành khu phố").key(),
    theme("Tổ chức đối thoại giữa Ban điều hành khu phố với lãnh đạo phường về vướng mắc của người dân sau sắp xếp: điều chỉnh địa chỉ trên giấy tờ, hồ sơ nhà đất",
          "01 buổi đối thoại có biên bản; 100% kiến nghị được phường trả lời bằng văn bản trong 30 ngày", 6,
          "Chi ủy; trưởng khu phố"),
    remedy("Khắc phục tình trạng chi bộ chưa nắm hết đảng viên đang công tác cư trú tại khu phố sau khi thay đổi địa giới, tên đường: rà soát từng hộ, lập danh sách theo dõi",
           "Danh sách đảng viên cư trú hoàn thành trước 30/4; 100% được nhận xét cuối năm gửi cơ quan quản lý", 4,
           "Chi ủy; tổ trưởng dân phố"),
    example("Đảng viên gương mẫu thực hiện thủ tục hành chính của gia đình qua Cổng Dịch vụ công quốc gia và thanh toán trực tuyến",
            "100% hộ đảng viên thực hiện ít nhất 01 thủ tục trực tuyến toàn trình trong năm, có mã hồ sơ", 12,
            "Các đảng viên"),
    duty("Phối hợp Công an phường tuyên truyền nhận diện thủ đoạn lừa đảo qua mạng cho người cao tuổi; cập nhật thông tin cư trú của các hộ",
         "Tổ chức {n} buổi tuyên truyền; các vụ nghi lừa đảo được báo Công an phường trong ngày; không xảy ra tội phạm nghiêm trọng", 12,
         "Chi bộ; tổ an ninh trật tự cơ sở"),
];

#[rustfmt::skip]
static CELL_SCHOOL_2026: [UnitPledge; 6] = [
    duty("Lãnh đạo {place} nâng chất lượng giáo dục toàn diện năm học 2025–2026 và 2026–2027; tổ chức dạy học 2 buổi/ngày theo hướng dẫn của ngành",
         "Tỷ lệ học sinh hoàn thành chương trình lớp học từ 98% trở lên; không có học sinh bỏ học", 12,
         "Chi bộ; Ban giám hiệu; các tổ chuyên môn").key(),
    theme("Chuyển đổi số trong nhà trường: học bạ số, sổ điểm điện tử, thu các khoản của nhà trường không dùng tiền mặt",
          "100% học sinh có học bạ số; 100% khoản thu nộp qua tài khoản của nhà trường, không thu bằng tiền mặt", 12,
          "Chi bộ; Ban giám hiệu; kế toán nhà trường").key(),
    theme("Mỗi tổ chuyên môn xây dựng ít nhất {n} bài giảng số, đưa lên kho học liệu số dùng chung của ngành; hỗ trợ giáo viên lớn tuổi tham gia",
          "Các bài giảng được tổ thẩm định và đăng tải; mỗi giáo viên trên 50 tuổi có ít nhất 01 bài", 11,
          "Chi ủy; các tổ trưởng chuyên môn").key(),
    remedy("Chấm dứt dạy thêm có thu tiền đối với học sinh mình đang dạy chính khóa theo quy định mới của Bộ Giáo dục và Đào tạo; công khai danh sách giáo viên đăng ký dạy thêm ngoài nhà trường",
           "100% giáo viên ký cam kết; không có phản ánh có cơ sở của phụ huynh trong năm", 12,
           "Chi ủy; Ban giám hiệu"),
    example("Đảng viên đi đầu học tiếng Anh và kỹ năng số; mỗi đảng viên có ít nhất 01 chứng nhận bồi dưỡng năng lực số trong năm",
            "100% đảng viên có chứng nhận; {n} đảng viên dạy được ít nhất 01 tiết có nội dung bằng tiếng Anh", 12,
            "Các đảng viên"),
    duty("Đánh giá, xếp loại đảng viên cuối năm theo thang điểm của Quy định 366-QĐ/TW, dựa trên sản phẩm cụ thể và kết quả học tập của học sinh do từng người phụ trách",
         "100% đảng viên có bảng điểm và minh chứng; số hoàn thành xuất sắc không vượt 20% số hoàn thành tốt", 12,
         "Chi ủy"),
];

#[rustfmt::skip]
static CELL_HEALTH_2026: [UnitPledge; 6] = [
    duty("Lãnh đạo hướng dẫn người dân kích hoạt và sử dụng sổ sức khỏe điện tử trên ứng dụng định danh điện tử; cập nhật kết quả khám vào sổ",
         "Từ 80% người dân thuộc địa bàn trạm phụ trách có sổ sức khỏe điện tử được cập nhật", 12,
         "Chi bộ; trạm trưởng; nhân viên y tế thôn").key(),
    duty("Tổ chức khám sàng lọc bệnh không lây nhiễm tại thôn theo kế hoạch khám sức khỏe định kỳ cho người dân năm 2026 của tỉnh",
         "Hoàn thành khám sàng lọc ở {n} thôn; 100% người mắc tăng huyết áp, đái tháo đường phát hiện mới được lập hồ sơ quản lý", 11,
         "Chi bộ; trạm trưởng; các tổ khám lưu động").key(),
    theme("Tiếp đón người bệnh khám bảo hiểm y tế bằng thẻ căn cước hoặc ứng dụng định danh điện tử; liên thông đơn thuốc điện tử",
          "100% lượt khám bảo hiểm y tế tại trạm được tiếp đón không cần thẻ giấy; 100% đơn thuốc được liên thông", 12,
          "Chi ủy; bộ phận tiếp đón").key(),
    remedy("Khắc phục tình trạng thiếu thuốc bảo hiểm y tế tại trạm sau sắp xếp: dự trù sớm, phối hợp Trung tâm Y tế khu vực điều chuyển khi thiếu",
           "Không có tháng nào thiếu thuốc điều trị tăng huyết áp, đái tháo đường cho người bệnh đang quản lý", 12,
           "Chi ủy; trạm trưởng"),
    example("Đảng viên của trạm đi đầu đến tận nhà khám, cấp thuốc cho người cao tuổi neo đơn ở các thôn xa trung tâm xã mới",
            "{n} lượt khám tại nhà mỗi quý, có ghi sổ và chữ ký của người bệnh hoặc người nhà", 12,
            "Các đảng viên"),
    duty("Duy trì tiêm chủng mở rộng và phòng dịch mùa mưa trên địa bàn rộng hơn sau khi hợp nhất các trạm y tế",
         "Tỷ lệ trẻ dưới 1 tuổi tiêm chủng đầy đủ từ 95% trở lên; không để dịch sốt xuất huyết lan rộng", 12,
         "Chi bộ; cán bộ phụ trách tiêm chủng"),
];

#[rustfmt::skip]
static CELL_COMMUNE_2026: [UnitPledge; 7] = [
    duty("Lãnh đạo Trung tâm Phục vụ hành chính công xã giải quyết hồ sơ đúng hẹn; tăng tỷ lệ hồ sơ nộp trực tuyến toàn trình",
         "Từ 98% hồ sơ trả đúng hẹn; tỷ lệ hồ sơ trực tuyến toàn trình từ 60% trở lên", 12,
         "Chi bộ; Giám đốc Trung tâm Phục vụ hành chính công xã").key(),
    duty("Duy trì điểm tiếp nhận hồ sơ tại trụ sở {place} cũ mỗi tuần 2 buổi cho người dân ở xa trung tâm xã mới",
         "Lịch tiếp nhận niêm yết công khai; người dân các thôn xa không phải đi lại quá 01 lần cho mỗi hồ sơ", 12,
         "Chi bộ; công chức được phân công trực").key(),
    theme("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn lưu bằng giấy của các xã cũ; làm sạch dữ liệu hộ tịch, đất đai",
          "Số hóa {n} nghìn trang hồ sơ; dữ liệu hộ tịch khớp với Cơ sở dữ liệu quốc gia về dân cư", 11,
          "Chi ủy; Văn phòng HĐND và UBND xã").key(),
    theme("Đánh giá công chức hằng tháng bằng sản phẩm cụ thể trên phần mềm quản lý nhiệm vụ; công khai kết quả trong cơ quan",
          "12 kỳ đánh giá tháng; xếp loại cuối năm khớp với số liệu trên phần mềm", 12,
          "Chi ủy; Chủ tịch UBND xã"),
    remedy("Khắc phục việc công chức từ các xã cũ chưa thạo những nhiệm vụ trước đây do cấp huyện giải quyết: phân công kèm cặp, tập huấn tại chỗ",
           "Từ quý III không còn hồ sơ bị trả lại do sai nghiệp vụ; mỗi công chức có người kèm cặp", 9,
           "Chi ủy; lãnh đạo các phòng chuyên môn"),
    example("Đảng viên là công chức đeo thẻ, công khai số điện thoại công vụ, không hẹn người dân quá thời hạn; trực giải quyết hồ sơ sáng thứ Bảy theo lịch",
            "Không có phản ánh về thái độ phục vụ; chỉ số hài lòng của người dân từ 90% trở lên", 12,
            "Các đảng viên là cán bộ, công chức"),
    duty("Lãnh đạo hoàn thành dự toán thu ngân sách năm 2026 và giải ngân vốn đầu tư công các công trình do xã làm chủ đầu tư",
         "Thu ngân sách đạt 100% dự toán; giải ngân từ 95% vốn được giao trước 31/12", 12,
         "Chi bộ; UBND xã; Ban quản lý dự án"),
];

#[rustfmt::skip]
static CELL_PARTY_AGENCIES_2026: [UnitPledge; 6] = [
    duty("Tham mưu Đảng ủy kiện toàn, sắp xếp các chi bộ trực thuộc sau hợp nhất; chuẩn hóa hồ sơ đảng viên chuyển về từ các đảng bộ xã cũ",
         "100% hồ sơ đảng viên được bàn giao, cập nhật vào cơ sở dữ liệu đảng viên; không còn chi bộ sinh hoạt ghép trái quy định", 6,
         "Chi bộ; Ban Xây dựng Đảng").key(),
    duty("Tham mưu đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2026 theo Quy định 366-QĐ/TW: hướng dẫn chi bộ chấm điểm, lưu minh chứng",
         "100% chi bộ nộp hồ sơ đánh giá đúng hạn; không có chi bộ phải làm lại do sai quy trình", 12,
         "Chi bộ; Ban Xây dựng Đảng; Ủy ban Kiểm tra Đảng ủy").key(),
    theme("Phát hành văn bản của Đảng ủy trên hệ thống quản lý văn bản điện tử, ký số; giảm số cuộc họp và giấy tờ",
          "100% văn bản đi không thuộc danh mục mật được ký số; số cuộc họp của Đảng ủy giảm ít nhất 20% so với 6 tháng cuối năm 2025", 12,
          "Chi ủy; Văn phòng Đảng ủy").key(),
    theme("Tham mưu học tập, quán triệt Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I kết hợp trực tiếp và trực tuyến đến các chi bộ",
          "Từ 95% đảng viên tham gia học tập; bài thu hoạch nộp qua môi trường số", 4,
          "Chi ủy; Ban Xây dựng Đảng"),
    remedy("Khắc phục việc một số công chức chuyển từ cơ quan huyện cũ về chưa sâu sát cơ sở: mỗi người phụ trách {n} chi bộ, dự sinh hoạt định kỳ",
           "Mỗi công chức dự sinh hoạt ít nhất 01 lần mỗi quý tại chi bộ phụ trách, có báo cáo sau mỗi lần dự", 12,
           "Chi ủy"),
    example("Đảng viên cơ quan nêu gương ở nơi cư trú mới sau sáp nhập thôn, khu phố: tham gia sinh hoạt, hoạt động cộng đồng ở khu dân cư",
            "100% đảng viên có nhận xét của chi ủy nơi cư trú từ mức hoàn thành trách nhiệm trở lên", 12,
            "Các đảng viên"),
];

#[rustfmt::skip]
static CELL_PROVINCIAL_2026: [UnitPledge; 6] = [
    duty("Lãnh đạo phòng hợp nhất dữ liệu, hồ sơ chuyên ngành của hai tỉnh cũ trên một hệ thống; bãi bỏ các quy trình nội bộ trùng lặp",
         "Cơ sở dữ liệu chuyên ngành thống nhất trước 30/6; {n} quy trình nội bộ mới được ban hành thay thế", 6,
         "Chi bộ; lãnh đạo phòng").key(),
    duty("Hướng dẫn chuyên môn cho cấp xã đối với các nhiệm vụ được phân cấp, phân quyền từ cấp huyện cũ; lập nhóm hỗ trợ trực tuyến",
         "Mỗi tháng có bản tổng hợp vướng mắc của xã; 100% câu hỏi của xã được trả lời trong 5 ngày làm việc", 12,
         "Chi bộ; các công chức theo dõi địa bàn").key(),
    theme("Cung cấp trực tuyến toàn trình các thủ tục hành chính thuộc lĩnh vực chi bộ phụ trách; cắt giảm thời gian giải quyết",
          "Ít nhất {n} thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình; tỷ lệ hồ sơ đúng hẹn 100%", 12,
          "Chi ủy; lãnh đạo Sở").key(),
    theme("Dùng họp trực tuyến, ký số và phần mềm quản lý nhiệm vụ để giảm đi lại giữa Đồng Hới và Đông Hà",
          "Từ 70% cuộc họp nội bộ giữa hai cơ sở làm việc được tổ chức trực tuyến; chi phí công tác phí giảm so với năm 2025", 12,
          "Chi ủy; Văn phòng Sở"),
    remedy("Nắm tâm tư của công chức chuyển từ Đông Hà ra Đồng Hới làm việc; đề xuất giải quyết nhà ở công vụ, xe đưa đón, không để ảnh hưởng đến công việc",
           "Danh sách các trường hợp khó khăn và kiến nghị gửi lãnh đạo Sở trước 31/3; kiến nghị được trả lời bằng văn bản", 3,
           "Chi ủy; Công đoàn cơ quan"),
    example("Đảng viên đăng ký sản phẩm công việc hằng tháng và công khai tiến độ trên phần mềm quản lý nhiệm vụ",
            "12 tháng có bảng sản phẩm; không có nhiệm vụ quá hạn mà không giải trình", 12,
            "Các đảng viên"),
];

#[rustfmt::skip]
static CELL_MILITARY_2026: [UnitPledge; 6] = [
    duty("Lãnh đạo tuyển chọn và gọi công dân nhập ngũ năm 2026 ở các xã thuộc khu vực phòng thủ được giao phụ trách",
         "Giao quân đạt 100% chỉ tiêu, đúng thời gian; không có trường hợp bị trả về do sai sót", 3,
         "Chi bộ; Ban Chỉ huy Phòng thủ khu vực; Ban Chỉ huy Quân sự các xã").key(),
    duty("Lãnh đạo kiện toàn, huấn luyện Ban Chỉ huy Quân sự xã và lực lượng dân quân sau sắp xếp đơn vị hành chính",
         "100% Ban Chỉ huy Quân sự xã được kiện toàn đủ chức danh; kết quả huấn luyện đạt yêu cầu, trong đó khá, giỏi từ 60%", 9,
         "Chi bộ; Ban Chỉ huy Phòng thủ khu vực").key(),
    theme("Số hóa hồ sơ quân nhân dự bị động viên và công dân sẵn sàng nhập ngũ trên phần mềm quản lý; đối chiếu với cơ sở dữ liệu dân cư",
          "100% hồ sơ dự bị động viên được cập nhật trên phần mềm trước 30/9; sai lệch thông tin được sửa trong tháng phát hiện", 9,
          "Chi ủy; các ban nghiệp vụ").key(),
    theme("Hướng dẫn {n} xã tổ chức diễn tập khu vực phòng thủ cấp xã theo tổ chức chính quyền hai cấp",
          "Các cuộc diễn tập đạt loại khá trở lên, an toàn tuyệt đối; văn kiện diễn tập soạn đúng hướng dẫn", 10,
          "Chi ủy; Ban Chỉ huy Phòng thủ khu vực"),
    remedy("Khắc phục chồng chéo nhiệm vụ giữa Ban Chỉ huy Phòng thủ khu vực và Ban Chỉ huy Quân sự xã: tham mưu ban hành quy chế phối hợp",
           "Quy chế phối hợp ban hành trước 31/3; không có nhiệm vụ bị bỏ sót trong các đợt kiểm tra", 3,
           "Chi ủy"),
    example("Đảng viên làm nòng cốt cứu hộ, cứu nạn, giúp dân trong mùa mưa bão và tham gia tìm kiếm, quy tập hài cốt liệt sĩ",
            "{n} ngày công giúp dân có xác nhận của UBND xã; không để chậm trễ khi có lệnh", 12,
            "Các đảng viên"),
];

#[rustfmt::skip]
static CELL_POLICE_2026: [UnitPledge; 6] = [
    duty("Lãnh đạo Công an xã giải quyết thủ tục cấp căn cước, đăng ký xe, đăng ký cư trú đúng hạn, kể cả phần việc trước đây do Công an huyện thực hiện",
         "100% hồ sơ trả đúng hẹn; không có phản ánh có cơ sở về gây phiền hà", 12,
         "Chi bộ; Trưởng Công an xã").key(),
    duty("Phòng, chống lừa đảo qua mạng, tội phạm sử dụng công nghệ cao: tuyên truyền đến từng thôn, tiếp nhận và xử lý tin báo",
         "Số vụ lừa đảo qua mạng trên địa bàn giảm so với năm 2025; 100% tin báo được tiếp nhận và phản hồi", 12,
         "Chi bộ; các tổ công tác địa bàn").key(),
    theme("Làm sạch dữ liệu dân cư, hỗ trợ người dân sử dụng tài khoản định danh điện tử mức 2 và các tiện ích tích hợp",
          "Dữ liệu dân cư đúng, đủ, sạch, sống; từ 90% người từ 14 tuổi trở lên có tài khoản định danh điện tử mức 2", 12,
          "Chi ủy; tổ Đề án 06 của Công an xã").key(),
    theme("Bồi dưỡng {n} cán bộ trẻ nghiệp vụ điều tra ban đầu và xử phạt vi phạm hành chính trên môi trường điện tử",
          "Cán bộ được bồi dưỡng tự lập được hồ sơ xử phạt điện tử đúng quy trình; không có quyết định xử phạt bị hủy do sai sót", 10,
          "Chi ủy; Trưởng Công an xã"),
    remedy("Khắc phục việc cán bộ mới điều động về chưa thông thạo địa bàn xã sau hợp nhất: phân công mỗi người phụ trách thôn, nắm đến từng hộ",
           "Mỗi cán bộ có sổ địa bàn; 100% hộ thuộc diện quản lý được cập nhật trước 30/6", 6,
           "Chi ủy"),
    example("Đảng viên gương mẫu khi tiếp dân: hướng dẫn một lần đầy đủ, không yêu cầu giấy tờ đã có trên cơ sở dữ liệu, không nhận quà",
            "Không có phản ánh về thái độ; {n} lượt hỗ trợ người dân làm thủ tục tại nhà được ghi sổ", 12,
            "Các đảng viên"),
];

#[rustfmt::skip]
static CELL_BORDER_2026: [UnitPledge; 7] = [
    duty("Lãnh đạo quản lý, bảo vệ đoạn biên giới {place} phụ trách; phối hợp Công an xã, Ban Chỉ huy Quân sự xã theo cơ chế phối hợp mới sau sắp xếp",
         "Không để xảy ra vi phạm đường biên, mốc quốc giới; tuần tra {n} lượt mỗi tháng, có báo cáo sau từng lượt", 12,
         "Chi bộ; Ban Chỉ huy đồn").key(),
    duty("Đấu tranh với tội phạm ma túy, xuất nhập cảnh trái phép qua biên giới; giáo dục người có nguy cơ bị dụ dỗ sang nước ngoài lao động chui",
         "Phát hiện, bắt giữ kịp thời các vụ việc; không để hình thành đường dây đưa người xuất cảnh trái phép", 12,
         "Chi bộ; đội trinh sát; tổ công tác").key(),
    theme("Hướng dẫn đồng bào thôn giáp biên kích hoạt tài khoản định danh điện tử và nộp hồ sơ trực tuyến; mở lớp “Bình dân học vụ số” tại {place}",
          "{n} buổi học có danh sách; từ 70% người trưởng thành ở các thôn phụ trách có tài khoản định danh điện tử mức 2", 10,
          "Chi ủy; đội vận động quần chúng").key(),
    theme("Cập nhật dữ liệu người, phương tiện qua lại biên giới trên phần mềm quản lý; thực hiện thủ tục biên phòng điện tử nơi có cửa khẩu",
          "100% lượt qua lại được cập nhật trong ngày; không có sai sót phải điều chỉnh", 12,
          "Chi ủy; trạm kiểm soát biên phòng"),
    remedy("Khắc phục việc thông tin từ cơ sở chậm sau khi xã biên giới sáp nhập, địa bàn rộng hơn: giao mỗi đảng viên phụ trách thôn cụ thể, báo cáo hằng tuần",
           "Mỗi thôn có đảng viên phụ trách; báo cáo tuần đủ 52 kỳ", 12,
           "Chi ủy"),
    example("Duy trì chương trình “Con nuôi đồn Biên phòng” và “Nâng bước em tới trường” với học sinh nghèo ở thôn giáp biên",
            "Mỗi đảng viên đỡ đầu 01 học sinh; không có em được đỡ đầu bỏ học", 12,
            "Các đảng viên"),
    duty("Phối hợp chính quyền xã tổ chức “Ngày hội Biên phòng toàn dân” ở các thôn giáp biên",
         "Ngày hội tổ chức trước 3/3 với sự tham gia của ít nhất {n} thôn; có biên bản tổng kết", 3,
         "Chi bộ; UBND xã"),
];

#[rustfmt::skip]
static CELL_ENTERPRISE_2026: [UnitPledge; 6] = [
    duty("Lãnh đạo bộ phận hoàn thành kế hoạch sản xuất, kinh doanh năm 2026 mà {place} giao; giữ việc làm ổn định cho người lao động",
         "Sản lượng, doanh thu đạt từ 100% kế hoạch; không có người lao động mất việc do bộ phận thu hẹp sản xuất", 12,
         "Chi bộ; quản đốc; các tổ trưởng").key(),
    duty("Chấp hành quy trình an toàn, vệ sinh lao động, phòng cháy chữa cháy; diễn tập phương án chữa cháy tại bộ phận",
         "Không xảy ra tai nạn lao động nặng, không xảy ra cháy nổ; diễn tập ít nhất 01 lần có biên bản", 12,
         "Chi bộ; an toàn vệ sinh viên").key(),
    theme("Ứng dụng phần mềm quản lý sản xuất, chấm công điện tử tại bộ phận; mỗi tổ có ít nhất 01 đề xuất ứng dụng công nghệ số để giảm giấy tờ",
          "Phần mềm vận hành từ quý II; {n} đề xuất được Hội đồng sáng kiến công ty xem xét", 6,
          "Chi ủy; bộ phận kỹ thuật").key(),
    theme("Trả lương qua tài khoản và công khai phiếu lương điện tử cho người lao động của bộ phận",
          "100% người lao động nhận lương qua tài khoản; phiếu lương xem được trên điện thoại", 6,
          "Chi ủy; phòng tổ chức – lao động"),
    remedy("Khắc phục tình trạng lãng phí điện, nước, vật tư ở các ca làm việc mà chi bộ đã tự chỉ ra khi kiểm điểm năm 2025",
           "Định mức tiêu hao điện, nước trên đơn vị sản phẩm giảm ít nhất 3% so với năm 2025", 12,
           "Chi ủy; các tổ trưởng"),
    example("Đảng viên đi đầu học và làm chủ thiết bị, công nghệ mới của dây chuyền; kèm cặp công nhân mới",
            "Mỗi đảng viên kèm cặp ít nhất 01 công nhân; {n} công nhân mới làm việc độc lập sau 3 tháng", 12,
            "Các đảng viên"),
];

// ---------------------------------------------------------------------------------------
// Grassroots organisations' plans (đảng bộ cơ sở)
// ---------------------------------------------------------------------------------------

#[rustfmt::skip]
static TCCS_COMMUNE_2017: [UnitPledge; 7] = [
    duty("Lãnh đạo xã đạt thêm các tiêu chí nông thôn mới theo lộ trình đã đăng ký với huyện; huy động nhân dân đóng góp theo đúng quy chế dân chủ ở cơ sở",
         "Xã đạt thêm ít nhất 02 tiêu chí nông thôn mới; không phát sinh nợ đọng xây dựng cơ bản mới", 12,
         "Đảng ủy; UBND xã; Ban quản lý xây dựng nông thôn mới xã").key(),
    theme("Ban hành Bộ tiêu chí đánh giá cán bộ, công chức xã và cán bộ thôn cụ thể hóa Bộ tiêu chí của Huyện ủy; đánh giá hằng quý, có lấy ý kiến nhân dân",
          "Bộ tiêu chí ban hành trước 30/4; 100% cán bộ, công chức xã được đánh giá 4 quý, kết quả công khai tại trụ sở", 12,
          "Ban Thường vụ Đảng ủy; Văn phòng Đảng ủy").key(),
    theme("Rà soát, bổ sung quy hoạch cán bộ chủ chốt xã giai đoạn 2020–2025; cử cán bộ trong quy hoạch đi đào tạo chuẩn hóa",
          "Quy hoạch bổ sung được Ban Thường vụ Huyện ủy phê duyệt; ít nhất 03 cán bộ trẻ, cán bộ nữ được bổ sung vào quy hoạch", 10,
          "Ban Thường vụ Đảng ủy"),
    remedy("Chỉ đạo các chi bộ ra nghị quyết khắc phục những hạn chế đã chỉ ra tại Diễn đàn sinh hoạt chi bộ; Đảng ủy kiểm tra việc thực hiện",
           "100% chi bộ có nghị quyết khắc phục trước 30/6; Đảng ủy kiểm tra, giám sát ít nhất 1/3 số chi bộ trong năm", 12,
           "Đảng ủy; Ủy ban Kiểm tra Đảng ủy").key(),
    duty("Giải quyết dứt điểm đơn thư, tranh chấp đất đai tồn đọng; Bí thư Đảng ủy tiếp công dân định kỳ mỗi tháng một ngày",
         "Không có khiếu kiện vượt cấp lên huyện, tỉnh; 12 kỳ tiếp công dân có sổ ghi chép và thông báo kết quả", 12,
         "Bí thư Đảng ủy; UBND xã; Ủy ban MTTQ xã"),
    example("Ủy viên Ban Chấp hành Đảng bộ xã trực tiếp phụ trách thôn khó khăn, dự sinh hoạt chi bộ thôn hằng quý; không tổ chức liên hoan, tiếp khách bằng ngân sách xã trái quy định",
            "Mỗi ủy viên dự ít nhất 4 kỳ sinh hoạt ở chi bộ phụ trách; không có khoản chi tiếp khách bị kiểm tra xuất toán", 12,
            "Ban Chấp hành Đảng bộ xã"),
    duty("Phát triển đảng viên, xóa thôn chưa có chi bộ độc lập",
         "Kết nạp ít nhất 08 đảng viên mới; 100% thôn có chi bộ độc lập trước 31/12", 12,
         "Ban Thường vụ Đảng ủy; các chi bộ thôn"),
];

#[rustfmt::skip]
static TCCS_WARD_2017: [UnitPledge; 7] = [
    duty("Lãnh đạo chỉnh trang đô thị, xây dựng tuyến phố văn minh; xử lý lấn chiếm vỉa hè, xây dựng không phép trên địa bàn phường",
         "Có ít nhất 02 tuyến phố được công nhận tuyến phố văn minh; 100% công trình xây dựng không phép được lập biên bản, xử lý trong tháng", 12,
         "Đảng ủy; UBND phường; đội trật tự đô thị").key(),
    duty("Nâng chất lượng giải quyết thủ tục hành chính tại bộ phận một cửa phường; rút ngắn thời gian chứng thực, hộ tịch",
         "Từ 98% hồ sơ đúng hẹn; chứng thực, khai sinh trả trong ngày", 12,
         "Đảng ủy; Chủ tịch UBND phường"),
    theme("Lấy phiếu tín nhiệm của nhân dân đối với cán bộ, công chức phường phụ trách địa bàn khu phố; kết quả là một căn cứ đánh giá cuối năm",
          "Phiếu lấy ở 100% khu phố trước 30/11; cán bộ có trên 30% phiếu không hài lòng phải kiểm điểm, có biện pháp khắc phục", 11,
          "Ban Thường vụ Đảng ủy; Ủy ban MTTQ phường").key(),
    theme("Điều động, bố trí lại công chức phường giữ một vị trí từ 5 năm trở lên ở lĩnh vực địa chính, tư pháp, tài chính",
          "Có quyết định chuyển đổi vị trí đối với 100% trường hợp đến hạn; công khai kế hoạch trước khi thực hiện", 9,
          "Ban Thường vụ Đảng ủy; UBND phường"),
    remedy("Khắc phục tình trạng chi bộ khu phố sinh hoạt hình thức, tỷ lệ đảng viên dự họp thấp mà Diễn đàn sinh hoạt chi bộ đã chỉ ra",
           "Tỷ lệ đảng viên dự sinh hoạt bình quân từ 90% trở lên; mỗi chi bộ khu phố có ít nhất 4 kỳ sinh hoạt chuyên đề", 12,
           "Đảng ủy; các chi bộ khu phố").key(),
    example("Đảng viên đang công tác ở cơ quan cư trú tại phường gương mẫu thực hiện Quy định 76-QĐ/TW; Đảng ủy gửi nhận xét về cơ quan quản lý đúng hạn",
            "100% phiếu nhận xét gửi cơ quan trước 31/12; trường hợp không giữ mối liên hệ được thông báo cho cơ quan", 12,
            "Đảng ủy; các chi bộ khu phố"),
    duty("Lãnh đạo thu ngân sách, chống thất thu thuế đối với hộ kinh doanh trên các tuyến phố chính",
         "Thu ngân sách đạt từ 105% dự toán; số hộ kinh doanh đăng ký thuế tăng so với năm 2016", 12,
         "Đảng ủy; UBND phường; đội thuế liên phường"),
];

#[rustfmt::skip]
static TCCS_AGENCY_2017: [UnitPledge; 7] = [
    duty("Lãnh đạo Sở cải thiện chỉ số cải cách hành chính của Sở; rút ngắn thời gian giải quyết thủ tục cho doanh nghiệp và công khai tiến độ xử lý hồ sơ",
         "Chỉ số cải cách hành chính của Sở tăng ít nhất 3 bậc trong khối sở, ngành; không có hồ sơ trễ hẹn không có văn bản xin lỗi", 12,
         "Đảng ủy; Ban Giám đốc Sở").key(),
    theme("Lãnh đạo xây dựng Đề án vị trí việc làm và Bộ tiêu chí đánh giá công chức, viên chức của Sở; đánh giá theo sản phẩm công việc hằng quý",
          "Đề án được phê duyệt trước 30/9; Bộ tiêu chí áp dụng từ quý III cho 100% công chức, viên chức", 9,
          "Đảng ủy; Văn phòng Sở; Công đoàn Sở").key(),
    theme("Lãnh đạo tinh giản biên chế năm 2017 và sắp xếp các đơn vị sự nghiệp trực thuộc Sở theo lộ trình của tỉnh",
          "Tinh giản đúng số lượng được giao; phương án sắp xếp đơn vị sự nghiệp trình UBND tỉnh đúng hạn", 12,
          "Đảng ủy; Ban Giám đốc Sở").key(),
    remedy("Khắc phục tình trạng nể nang trong kiểm điểm, đánh giá công chức mà Diễn đàn sinh hoạt chi bộ đã chỉ ra: xếp loại căn cứ sản phẩm, không cào bằng",
           "Kết quả xếp loại cuối năm có bảng sản phẩm của từng người; số công chức xếp loại hoàn thành xuất sắc không vượt 20% tổng số", 12,
           "Đảng ủy; các chi bộ trực thuộc"),
    duty("Cử tổ công tác giúp xã được phân công xây dựng nông thôn mới; hỗ trợ kinh phí, tài liệu thuộc lĩnh vực của Sở",
         "Xã được giúp đạt thêm ít nhất 01 tiêu chí thuộc lĩnh vực của Sở; tổ công tác làm việc với xã mỗi quý", 12,
         "Đảng ủy; tổ công tác của Sở"),
    example("Cấp ủy viên, lãnh đạo Sở công khai lịch tiếp doanh nghiệp, số điện thoại đường dây nóng; không nhận quà của doanh nghiệp có hồ sơ đang giải quyết",
            "Lịch tiếp doanh nghiệp công khai hằng tháng trên Cổng thông tin của Sở; không có phản ánh có cơ sở", 12,
            "Ban Chấp hành Đảng bộ Sở"),
    duty("Phát triển đảng viên trong công chức, viên chức trẻ, nhất là ở các đơn vị sự nghiệp trực thuộc",
         "Kết nạp ít nhất 05 đảng viên mới; không còn đơn vị sự nghiệp trực thuộc chưa có đảng viên", 11,
         "Đảng ủy; các chi bộ trực thuộc"),
];

#[rustfmt::skip]
static TCCS_ENTERPRISE_2017: [UnitPledge; 7] = [
    duty("Lãnh đạo hoàn thành kế hoạch sản xuất, kinh doanh năm 2017; nộp ngân sách đầy đủ, đúng hạn",
         "Doanh thu, lợi nhuận đạt từ 100% kế hoạch Đại hội đồng cổ đông hoặc chủ sở hữu giao; không nợ thuế", 12,
         "Đảng ủy; Hội đồng thành viên hoặc Hội đồng quản trị; Ban Giám đốc").key(),
    duty("Lãnh đạo thực hiện phương án sắp xếp, đổi mới doanh nghiệp theo Nghị quyết Trung ương 5 khóa XII về doanh nghiệp nhà nước; công khai với người lao động",
         "Phương án trình cấp có thẩm quyền đúng tiến độ; không để thất thoát vốn, tài sản nhà nước; người lao động được thông báo tại hội nghị", 12,
         "Đảng ủy; Ban Giám đốc; Công đoàn công ty").key(),
    theme("Quy hoạch cán bộ quản lý công ty giai đoạn 2017–2020; đánh giá người quản lý theo kết quả sản xuất, kinh doanh của bộ phận do mình phụ trách",
          "Quy hoạch được Đảng ủy Khối Doanh nghiệp thẩm định trước 30/9; 100% cán bộ quản lý có bảng đánh giá gắn với chỉ tiêu", 9,
          "Ban Thường vụ Đảng ủy; phòng tổ chức – hành chính").key(),
    remedy("Khắc phục việc chậm đóng bảo hiểm xã hội cho người lao động đã được nêu tại Diễn đàn sinh hoạt chi bộ",
           "Không còn nợ bảo hiểm xã hội quá 3 tháng từ tháng 6/2017; kết quả đóng thông báo hằng quý", 6,
           "Đảng ủy; Ban Giám đốc; kế toán trưởng"),
    duty("Bảo đảm việc làm, thu nhập và an toàn lao động; đối thoại định kỳ với người lao động",
         "Không có người lao động mất việc do thiếu việc làm; không xảy ra tai nạn lao động chết người; đối thoại ít nhất 2 lần trong năm", 12,
         "Đảng ủy; Ban Giám đốc; Công đoàn công ty"),
    example("Cán bộ quản lý công khai chi phí tiếp khách, hội nghị; tiết kiệm chi phí quản lý doanh nghiệp",
            "Chi phí quản lý giảm ít nhất 5% so với năm 2016; số liệu công khai tại hội nghị người lao động", 12,
            "Ban Chấp hành Đảng bộ; Ban Giám đốc"),
    duty("Kết nạp đảng viên là công nhân trực tiếp sản xuất ở các đội, xưởng còn ít đảng viên",
         "Kết nạp ít nhất 04 đảng viên, trong đó ít nhất 02 công nhân trực tiếp sản xuất", 11,
         "Đảng ủy; Công đoàn; Đoàn thanh niên"),
];

#[rustfmt::skip]
static TCCS_ARMED_2017: [UnitPledge; 7] = [
    duty("Lãnh đạo đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến đấu, trực ban; xử lý kịp thời các tình huống phức tạp về an ninh, trật tự trên địa bàn",
         "Không để bị động, bất ngờ; 100% tình huống được báo cáo và xử lý đúng quy định", 12,
         "Đảng ủy; chỉ huy đơn vị").key(),
    duty("Bảo đảm tuyệt đối an toàn các hoạt động kỷ niệm 70 năm Ngày Thương binh – Liệt sĩ trên địa bàn đơn vị phụ trách",
         "Không để xảy ra sự cố về an ninh, trật tự; phương án bảo đảm được cấp trên phê duyệt trước 30/6", 7,
         "Đảng ủy; chỉ huy đơn vị").key(),
    theme("Thực hiện quy trình nhận xét, đánh giá, quy hoạch cán bộ đúng hướng dẫn của cấp trên; công khai tiêu chuẩn và kết quả",
          "100% cán bộ diện quy hoạch được nhận xét, đánh giá; danh sách quy hoạch được cấp trên phê duyệt đúng hạn", 10,
          "Ban Thường vụ Đảng ủy; cơ quan cán bộ").key(),
    remedy("Khắc phục vi phạm kỷ luật, điều lệnh, sử dụng rượu bia của cán bộ, chiến sĩ mà đơn vị đã tự chỉ ra khi kiểm điểm năm 2016",
           "Không có cán bộ, chiến sĩ vi phạm đến mức phải kỷ luật; giảm ít nhất 50% số trường hợp bị nhắc nhở so với năm 2016", 12,
           "Đảng ủy; các chi bộ"),
    duty("Làm tốt công tác dân vận: giúp đỡ một xã khó khăn xây dựng nông thôn mới, xóa nhà tạm cho gia đình chính sách",
         "Xây dựng hoặc sửa chữa ít nhất 02 nhà cho gia đình chính sách; ngày công giúp dân có xác nhận của UBND xã", 12,
         "Đảng ủy; tổ công tác dân vận"),
    example("Cán bộ chủ trì gương mẫu thực hiện Quy định 101-QĐ/TW; không sử dụng xe công, phương tiện của đơn vị vào việc riêng",
            "Không có phản ánh có cơ sở; kiểm tra của cấp trên không phát hiện vi phạm", 12,
            "Ban Chấp hành Đảng bộ; chỉ huy đơn vị"),
    study("Học tập Nghị quyết Trung ương 4 khóa XII và chuyên đề năm 2017 cho 100% cán bộ, đảng viên; kiểm tra nhận thức bằng bài viết",
          "Từ 95% đảng viên dự học tập; kết quả kiểm tra nhận thức đạt khá trở lên từ 80%", 6,
          "Ban Thường vụ Đảng ủy; cơ quan chính trị"),
];

#[rustfmt::skip]
static TCCS_COMMUNE_2026: [UnitPledge; 7] = [
    duty("Lãnh đạo tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026–2031, lần đầu bầu Hội đồng nhân dân của xã mới",
         "Bầu đủ số đại biểu HĐND xã theo cơ cấu; tỷ lệ cử tri đi bầu từ 98% trở lên; không có khiếu nại kéo dài", 3,
         "Đảng ủy; Ủy ban bầu cử xã; Ủy ban MTTQ xã").key(),
    theme("Vận hành Trung tâm Phục vụ hành chính công xã thông suốt: đủ công chức, đủ thiết bị, thủ tục trực tuyến toàn trình và điểm tiếp nhận ở các xã cũ",
          "Từ 98% hồ sơ đúng hẹn; tỷ lệ hồ sơ trực tuyến toàn trình từ 60% trở lên; chỉ số hài lòng của người dân từ 90%", 12,
          "Đảng ủy; UBND xã; Trung tâm Phục vụ hành chính công xã").key(),
    duty("Cụ thể hóa Nghị quyết Đại hội Đảng bộ xã lần thứ I bằng chương trình hành động theo tinh thần “rõ việc, rõ thẩm quyền, rõ trách nhiệm, rõ thời gian, rõ nguồn lực, rõ kết quả”",
         "Chương trình hành động ban hành trước 31/3; mỗi chỉ tiêu có cơ quan chủ trì, thời hạn và sản phẩm", 3,
         "Ban Thường vụ Đảng ủy; Văn phòng Đảng ủy").key(),
    remedy("Khắc phục tình trạng chi bộ thôn sau sáp nhập có quá nhiều đảng viên hoặc sinh hoạt chưa nền nếp: sắp xếp lại, tổ chức tổ đảng, hướng dẫn nội dung sinh hoạt",
           "100% chi bộ có quy chế làm việc mới trước 30/6; tỷ lệ đảng viên dự sinh hoạt bình quân từ 90% trở lên", 6,
           "Ban Thường vụ Đảng ủy; Ban Xây dựng Đảng"),
    duty("Lập phương án sử dụng, xử lý trụ sở và tài sản công dôi dư của các xã cũ; ưu tiên làm nhà văn hóa, điểm trường, trạm y tế",
         "Phương án từng trụ sở được cấp có thẩm quyền phê duyệt trước 30/6; không để trụ sở bỏ trống xuống cấp", 6,
         "Đảng ủy; UBND xã"),
    example("Ủy viên Ban Thường vụ Đảng ủy phụ trách từng cụm thôn của các xã cũ, dự sinh hoạt chi bộ và đối thoại với nhân dân mỗi quý",
            "Mỗi ủy viên dự ít nhất 4 kỳ sinh hoạt chi bộ; 4 buổi đối thoại có biên bản và kết quả trả lời kiến nghị", 12,
            "Ban Thường vụ Đảng ủy"),
    theme("Đánh giá cán bộ, công chức xã hằng tháng theo sản phẩm trên phần mềm quản lý nhiệm vụ; làm căn cứ xếp loại và bố trí lại người không đáp ứng yêu cầu",
          "12 kỳ đánh giá có số liệu; các trường hợp không hoàn thành nhiệm vụ 2 quý liên tiếp được xem xét bố trí lại", 12,
          "Ban Thường vụ Đảng ủy; UBND xã"),
];

#[rustfmt::skip]
static TCCS_WARD_2026: [UnitPledge; 7] = [
    duty("Lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và Hội đồng nhân dân các cấp tại phường; quản lý chặt danh sách cử tri tạm trú, lưu trú",
         "Danh sách cử tri chính xác; tỷ lệ cử tri đi bầu từ 98% trở lên; bầu đủ số đại biểu HĐND phường", 3,
         "Đảng ủy; Ủy ban bầu cử phường").key(),
    theme("Xây dựng phường số: 100% thủ tục đủ điều kiện được tiếp nhận trực tuyến toàn trình; phí, lệ phí thanh toán không dùng tiền mặt",
          "Tỷ lệ hồ sơ trực tuyến toàn trình từ 70% trở lên; từ 90% giao dịch phí, lệ phí thanh toán điện tử", 12,
          "Đảng ủy; UBND phường; Trung tâm Phục vụ hành chính công phường").key(),
    duty("Quản lý trật tự xây dựng, đất đai theo thẩm quyền mới được giao cho phường; cấp giấy phép xây dựng đúng hạn",
         "100% giấy phép xây dựng cấp đúng hạn; 100% công trình vi phạm bị xử lý trong 30 ngày kể từ khi phát hiện", 12,
         "Đảng ủy; UBND phường").key(),
    remedy("Khắc phục việc chi bộ khu phố chưa nắm hết đảng viên cư trú sau thay đổi địa giới, tên khu phố: rà soát, cập nhật danh sách và nhận xét theo quy định",
           "Danh sách đảng viên cư trú cập nhật xong trước 30/4; 100% đảng viên cư trú được nhận xét cuối năm", 4,
           "Ban Thường vụ Đảng ủy; các chi bộ khu phố"),
    duty("Phân loại rác tại nguồn, giữ vệ sinh đô thị; xử lý dứt điểm các điểm ngập úng cục bộ khi mưa lớn",
         "Từ 70% hộ phân loại rác tại nguồn; xử lý xong ít nhất 03 điểm ngập úng trước mùa mưa", 9,
         "Đảng ủy; UBND phường; các khu phố"),
    example("Cán bộ chủ chốt phường công khai số điện thoại, trả lời phản ánh của người dân trên kênh trực tuyến trong 3 ngày làm việc",
            "100% phản ánh được trả lời đúng hạn; kết quả tổng hợp hằng tháng báo cáo Ban Thường vụ", 12,
            "Ban Thường vụ Đảng ủy; UBND phường"),
    theme("Sử dụng tài liệu sinh hoạt điện tử, cơ sở dữ liệu đảng viên trong toàn Đảng bộ phường; hướng dẫn đảng viên cao tuổi sử dụng",
          "100% chi bộ nhận tài liệu qua môi trường số; từ 85% đảng viên tự truy cập được tài liệu sinh hoạt", 9,
          "Ban Thường vụ Đảng ủy; Văn phòng Đảng ủy"),
];

#[rustfmt::skip]
static TCCS_AGENCY_2026: [UnitPledge; 7] = [
    duty("Lãnh đạo Sở sau hợp nhất ổn định tổ chức: hoàn thành đề án vị trí việc làm mới, bố trí công chức hai tỉnh cũ đúng năng lực",
         "Đề án vị trí việc làm được phê duyệt trước 30/6; 100% công chức có quyết định bố trí theo vị trí việc làm", 6,
         "Đảng ủy; Ban Giám đốc Sở").key(),
    theme("Cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục thuộc thẩm quyền của Sở; số hóa kết quả giải quyết thủ tục hành chính",
          "Từ 80% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình; 100% kết quả giải quyết được số hóa", 12,
          "Đảng ủy; Ban Giám đốc; Văn phòng Sở").key(),
    duty("Hướng dẫn, kiểm tra cấp xã thực hiện các nhiệm vụ thuộc lĩnh vực của Sở được phân cấp, phân quyền từ 1/7/2025",
         "Ban hành tài liệu hướng dẫn nghiệp vụ trước 31/3; kiểm tra ít nhất 20 xã, phường, có thông báo kết quả", 12,
         "Đảng ủy; các phòng chuyên môn").key(),
    remedy("Khắc phục việc chậm xử lý hồ sơ do thay đổi địa điểm làm việc và quy trình sau hợp nhất mà doanh nghiệp đã phản ánh",
           "Không có hồ sơ trễ hẹn do lỗi của Sở từ quý II; doanh nghiệp được thông báo đầu mối xử lý từng lĩnh vực", 6,
           "Đảng ủy; Văn phòng Sở"),
    example("Cấp ủy viên, lãnh đạo Sở gương mẫu xử lý văn bản trên môi trường điện tử, ký số 100%; không yêu cầu trình hồ sơ giấy song song",
            "100% văn bản do lãnh đạo Sở ký được ký số, trừ văn bản mật", 12,
            "Ban Chấp hành Đảng bộ Sở"),
    theme("Thực hiện Nghị quyết 57-NQ/TW ở Sở: xây dựng cơ sở dữ liệu chuyên ngành dùng chung, kết nối với hệ thống của tỉnh",
          "Cơ sở dữ liệu chuyên ngành vận hành trước 30/9; chia sẻ được cho cấp xã khai thác", 9,
          "Đảng ủy; bộ phận chuyển đổi số của Sở"),
    duty("Đánh giá, xếp loại đảng viên và tổ chức đảng năm 2026 theo Quy định 366-QĐ/TW, gắn với sản phẩm công việc của từng người",
         "100% đảng viên có bảng điểm và minh chứng; không có chi bộ phải đánh giá lại", 12,
         "Ban Thường vụ Đảng ủy; các chi bộ"),
];

#[rustfmt::skip]
static TCCS_ENTERPRISE_2026: [UnitPledge; 6] = [
    duty("Lãnh đạo hoàn thành kế hoạch sản xuất, kinh doanh năm 2026; bảo toàn và phát triển vốn",
         "Doanh thu, lợi nhuận đạt từ 100% kế hoạch; không nợ thuế, không nợ bảo hiểm xã hội", 12,
         "Đảng ủy; Hội đồng quản trị; Ban Giám đốc").key(),
    theme("Chuyển đổi số trong quản trị doanh nghiệp: phần mềm quản trị tổng thể, hợp đồng và hóa đơn điện tử, chữ ký số cho các bộ phận",
          "Phần mềm quản trị vận hành ở tất cả phòng, xưởng trước 30/9; 100% hóa đơn, hợp đồng với khách hàng thực hiện điện tử", 9,
          "Đảng ủy; Ban Giám đốc; bộ phận công nghệ thông tin").key(),
    duty("Sản xuất xanh, tiết kiệm năng lượng: kiểm toán năng lượng, lắp điện mặt trời mái nhà tự dùng, xử lý chất thải đạt chuẩn",
         "Tiêu thụ điện trên đơn vị sản phẩm giảm ít nhất 5% so với năm 2025; không bị xử phạt về môi trường", 12,
         "Đảng ủy; Ban Giám đốc; phòng kỹ thuật"),
    remedy("Khắc phục việc tổ chức đảng chưa tham gia đầy đủ vào các quyết định lớn của doanh nghiệp: rà soát, sửa đổi quy chế phối hợp giữa Đảng ủy và Hội đồng quản trị",
           "Quy chế sửa đổi ban hành trước 30/4; các quyết định về đầu tư, nhân sự chủ chốt đều có ý kiến của Đảng ủy", 4,
           "Ban Thường vụ Đảng ủy; Hội đồng quản trị"),
    example("Cán bộ quản lý là đảng viên công khai thu nhập, chi phí tiếp khách; đối thoại với người lao động mỗi 6 tháng",
            "2 buổi đối thoại có biên bản; chi phí quản lý công khai tại hội nghị người lao động", 12,
            "Ban Chấp hành Đảng bộ; Ban Giám đốc"),
    duty("Kết nạp đảng viên trong kỹ sư, công nhân lành nghề trẻ",
         "Kết nạp ít nhất 03 đảng viên; mỗi chi bộ có ít nhất 01 quần chúng ưu tú được bồi dưỡng", 11,
         "Đảng ủy; Công đoàn; Đoàn thanh niên").key(),
];

#[rustfmt::skip]
static TCCS_ARMED_2026: [UnitPledge; 7] = [
    duty("Bảo đảm tuyệt đối an ninh, an toàn cuộc bầu cử đại biểu Quốc hội khóa XVI và Hội đồng nhân dân các cấp, dịp Tết Nguyên đán Bính Ngọ 2026",
         "Không để xảy ra sự cố về an ninh, trật tự; phương án bảo vệ được phê duyệt trước 31/1", 3,
         "Đảng ủy; chỉ huy đơn vị").key(),
    theme("Chuyển đổi số trong đơn vị: số hóa hồ sơ, quản lý văn bản điện tử, ký số đối với văn bản không mật; chấp hành nghiêm quy định bảo mật trên không gian mạng",
          "100% văn bản không mật được ký số; không để xảy ra lộ, lọt bí mật qua mạng", 12,
          "Đảng ủy; chỉ huy đơn vị; bộ phận công nghệ thông tin").key(),
    duty("Bố trí lực lượng tại chỗ làm nòng cốt cho các xã, phường mới trong phòng thủ dân sự, cứu hộ, cứu nạn",
         "Mỗi xã, phường được giao phụ trách có phương án phối hợp; lực lượng có mặt trong 2 giờ khi có lệnh", 9,
         "Đảng ủy; chỉ huy đơn vị").key(),
    remedy("Khắc phục việc nắm tình hình ở cơ sở bị gián đoạn do thay đổi địa bàn, đầu mối sau sắp xếp: cập nhật đầu mối liên lạc ở từng xã, phường",
           "Danh bạ đầu mối cập nhật xong trước 31/3; báo cáo tình hình cơ sở đủ hằng tuần", 3,
           "Đảng ủy; các chi bộ"),
    example("Cán bộ chủ trì nêu gương thực hiện Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng; kê khai tài sản, thu nhập trung thực",
            "Không có phản ánh có cơ sở về đạo đức, lối sống; bản kê khai nộp đúng hạn", 12,
            "Ban Chấp hành Đảng bộ; chỉ huy đơn vị"),
    study("Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng và nghị quyết đại hội đảng bộ cấp trên cho 100% cán bộ, đảng viên",
          "Từ 98% đảng viên dự học tập; 100% có bài thu hoạch, được chi bộ nhận xét", 4,
          "Ban Thường vụ Đảng ủy; cơ quan chính trị"),
    duty("Đánh giá, xếp loại chất lượng đảng viên năm 2026 theo Quy định 366-QĐ/TW, gắn với kết quả thực hiện nhiệm vụ được giao",
         "100% đảng viên được chấm điểm có minh chứng; tỷ lệ hoàn thành xuất sắc không vượt tỷ lệ quy định", 12,
         "Đảng ủy; các chi bộ"),
];

// ---------------------------------------------------------------------------------------
// Standing committees' commitments with the provincial standing committee, 2017
// ---------------------------------------------------------------------------------------

#[rustfmt::skip]
static ST_DONGHA_2017: [UnitPledge; 6] = [
    issue("Lập lại trật tự vỉa hè, lòng đường trên các tuyến Lê Duẩn, Hùng Vương, Trần Hưng Đạo; xử lý dứt điểm các điểm kinh doanh lấn chiếm cố định",
          "Không còn điểm lấn chiếm cố định trên 03 tuyến trước 30/9; quy chế phối hợp giữa Công an thành phố và UBND các phường ban hành trước 31/3", 9,
          "Ban Thường vụ Thành ủy; UBND thành phố; Đảng ủy các phường"),
    issue("Tháo gỡ giải phóng mặt bằng các dự án hạ tầng đô thị chậm tiến độ; kiến nghị thu hồi các dự án nhà đầu tư không triển khai",
          "Bàn giao mặt bằng đúng tiến độ đã cam kết với nhà đầu tư; 100% dự án quá hạn không triển khai được kiến nghị UBND tỉnh thu hồi", 12,
          "Ban Thường vụ Thành ủy; UBND thành phố; Hội đồng bồi thường, hỗ trợ và tái định cư"),
    issue("Nâng tỷ lệ thu gom rác thải sinh hoạt ở các khu dân cư mới và kiệt, hẻm; chấm dứt điểm ô nhiễm kéo dài ở khu vực chợ Đông Hà",
          "Tỷ lệ thu gom rác thải sinh hoạt đô thị từ 95% trở lên; không còn điểm rác tồn đọng quá 24 giờ; khu vực chợ được nghiệm thu cải tạo rãnh thoát nước", 12,
          "UBND thành phố; Công ty Cổ phần Môi trường và Công trình đô thị Đông Hà; Đảng ủy các phường"),
    issue("Cải thiện chỉ số cải cách hành chính của thành phố: đưa toàn bộ thủ tục cấp thành phố vào bộ phận một cửa hiện đại, trả kết quả đúng hẹn",
          "Tỷ lệ hồ sơ đúng hẹn từ 98% trở lên; thành phố đứng trong 3 đơn vị dẫn đầu chỉ số cải cách hành chính cấp huyện của tỉnh", 12,
          "Ban Thường vụ Thành ủy; UBND thành phố; Phòng Nội vụ"),
    issue("Chấn chỉnh việc đảng viên đang công tác chưa giữ mối liên hệ với chi bộ nơi cư trú; nâng chất lượng sinh hoạt các chi bộ khu phố",
          "100% đảng viên đang công tác cư trú tại thành phố được chi bộ khu phố nhận xét theo Quy định 76-QĐ/TW; không có chi bộ khu phố xếp loại yếu kém", 12,
          "Ban Thường vụ Thành ủy; Ban Tổ chức Thành ủy; Đảng ủy các phường"),
    theme("Thí điểm thi tuyển chức danh trưởng phòng, phó trưởng phòng thuộc UBND thành phố; công khai đề án, đề thi và kết quả",
          "Thi tuyển ít nhất 02 chức danh trong năm 2017; quy trình được Ban Tổ chức Tỉnh ủy kiểm tra, không phát hiện sai sót", 10,
          "Ban Thường vụ Thành ủy; Ban Tổ chức Thành ủy; Phòng Nội vụ thành phố"),
];

#[rustfmt::skip]
static ST_QUANGTRI_2017: [UnitPledge; 6] = [
    issue("Bảo đảm an ninh, trật tự, vệ sinh môi trường và phục vụ chu đáo các hoạt động kỷ niệm 70 năm Ngày Thương binh – Liệt sĩ tại Thành cổ Quảng Trị và lễ thả hoa đăng trên sông Thạch Hãn",
          "Chỉnh trang khu vực Thành cổ và bến thả hoa đăng xong trước 20/7; các hoạt động diễn ra an toàn, không để xảy ra sự cố", 7,
          "Ban Thường vụ Thị ủy; UBND thị xã; Công an thị xã"),
    issue("Quản lý chặt chẽ đất đai, xây dựng trong vùng bảo vệ Di tích quốc gia đặc biệt Thành cổ Quảng Trị và những địa điểm lưu niệm sự kiện 81 ngày đêm năm 1972",
          "Không phát sinh công trình xây dựng trái phép mới trong vùng bảo vệ di tích; 100% trường hợp đã lập biên bản được xử lý dứt điểm", 12,
          "Ban Thường vụ Thị ủy; UBND thị xã; Đảng ủy các phường"),
    issue("Phát triển du lịch về nguồn, kéo dài thời gian lưu trú của du khách; liên kết tuyến tham quan Thành cổ – sông Thạch Hãn – các di tích lân cận",
          "Lượt khách lưu trú qua đêm tăng ít nhất 10% so với năm 2016; có ít nhất 01 sản phẩm du lịch buổi tối được đưa vào khai thác", 12,
          "UBND thị xã; Phòng Văn hóa và Thông tin; các doanh nghiệp du lịch"),
    issue("Chủ động phòng, chống lũ lụt và sạt lở bờ sông Thạch Hãn ở các khu dân cư ven sông của phường An Đôn, Phường 2 và xã Hải Lệ",
          "Phương án sơ tán dân vùng thấp trũng được phê duyệt trước 31/8; lập hồ sơ đề nghị tỉnh đầu tư kè các đoạn sạt lở nguy hiểm; không có thiệt hại về người", 11,
          "Ban Thường vụ Thị ủy; Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn thị xã"),
    issue("Giải quyết dứt điểm các vụ khiếu nại về đất đai, bồi thường kéo dài ở xã Hải Lệ và các phường",
          "Giải quyết dứt điểm ít nhất 80% số vụ tồn đọng; không có đoàn đông người khiếu kiện lên tỉnh", 12,
          "Ban Thường vụ Thị ủy; UBND thị xã; Ban Tiếp công dân"),
    theme("Điều động, luân chuyển cán bộ đã giữ một vị trí từ 5 năm trở lên ở các lĩnh vực đất đai, tài chính, xây dựng giữa các phòng, ban thị xã và xã, phường",
          "Có quyết định điều động, luân chuyển ít nhất 05 cán bộ; kế hoạch luân chuyển được Ban Thường vụ Thị ủy thông qua và công khai trước 30/6", 10,
          "Ban Thường vụ Thị ủy; Ban Tổ chức Thị ủy"),
];

#[rustfmt::skip]
static ST_VINHLINH_2017: [UnitPledge; 6] = [
    issue("Hoàn thành chi trả bồi thường thiệt hại do sự cố môi trường biển năm 2016 cho ngư dân và người lao động ở các xã, thị trấn ven biển; hỗ trợ chuyển đổi nghề",
          "Danh sách chi trả niêm yết công khai tại thôn; chi trả đúng đối tượng, không có khiếu kiện đông người; ít nhất 100 lao động được hỗ trợ học nghề, chuyển nghề", 9,
          "Ban Thường vụ Huyện ủy; UBND huyện; Đảng ủy các xã, thị trấn ven biển"),
    issue("Phục hồi các vườn hồ tiêu bị bệnh chết nhanh, chết chậm; xây dựng vùng tiêu sạch gắn với liên kết tiêu thụ",
          "Trồng mới, thay thế ít nhất 50 ha tiêu bằng giống sạch bệnh; có 01 mô hình tiêu hữu cơ được cấp giấy chứng nhận", 12,
          "UBND huyện; Phòng Nông nghiệp và Phát triển nông thôn; Đảng ủy các xã vùng gò đồi"),
    issue("Nâng chất lượng phục vụ khách tại Địa đạo Vịnh Mốc, Đôi bờ Hiền Lương – Bến Hải và bãi tắm Cửa Tùng; chấn chỉnh dịch vụ, giá cả trong mùa du lịch",
          "Lượng khách tham quan tăng ít nhất 10% so với năm 2016; không có phản ánh có cơ sở về nâng giá, chèo kéo khách", 8,
          "UBND huyện; Ban Quản lý các di tích; Đảng ủy thị trấn Cửa Tùng"),
    issue("Quản lý chặt chẽ đất rừng, đất cao su do các công ty nông, lâm nghiệp trả về địa phương; giao đất cho hộ thiếu đất sản xuất",
          "Hoàn thành đo đạc, lập phương án sử dụng diện tích đất trả về trước 30/11; không để xảy ra lấn chiếm, mua bán trái phép", 11,
          "Ban Thường vụ Huyện ủy; UBND huyện; Phòng Tài nguyên và Môi trường"),
    issue("Tháo gỡ giải phóng mặt bằng, thu hút nhà đầu tư vào Khu công nghiệp Tây Bắc Hồ Xá",
          "Bàn giao mặt bằng đúng tiến độ tỉnh giao; có thêm ít nhất 02 dự án được cấp chủ trương đầu tư", 12,
          "UBND huyện; Hội đồng bồi thường huyện; Đảng ủy thị trấn Hồ Xá"),
    theme("Đánh giá, sàng lọc đội ngũ cán bộ chủ chốt xã, thị trấn theo Bộ tiêu chí mới; kiên quyết thay thế người yếu năng lực, uy tín thấp",
          "100% cán bộ chủ chốt cấp xã được đánh giá theo Bộ tiêu chí; các trường hợp xếp loại không hoàn thành nhiệm vụ được kiện toàn, thay thế trong năm", 12,
          "Ban Thường vụ Huyện ủy; Ban Tổ chức Huyện ủy"),
];

#[rustfmt::skip]
static ST_GIOLINH_2017: [UnitPledge; 6] = [
    issue("Chấm dứt tình trạng khai thác cát, sỏi trái phép trên sông Bến Hải, sông Cánh Hòm và khai thác titan trái phép ở vùng cát ven biển",
          "Không để hình thành điểm khai thác trái phép kéo dài quá 07 ngày; 100% vụ vi phạm phát hiện được xử lý, tịch thu phương tiện theo quy định", 12,
          "Ban Thường vụ Huyện ủy; UBND huyện; Công an huyện; Đảng ủy các xã ven sông, ven biển"),
    issue("Phát triển dịch vụ hậu cần nghề cá ở khu vực cảng Cửa Việt; hỗ trợ ngư dân vay vốn đóng mới tàu công suất lớn theo chính sách phát triển thủy sản của Chính phủ",
          "Có thêm ít nhất 05 tàu công suất lớn đi vào hoạt động; không có tàu được hỗ trợ vay vốn phải nằm bờ do thiếu quản lý", 12,
          "UBND huyện; Phòng Nông nghiệp và Phát triển nông thôn; Đảng ủy thị trấn Cửa Việt"),
    issue("Hoàn thành giải phóng mặt bằng các lô đất còn lại và hỗ trợ nhà đầu tư vào Khu công nghiệp Quán Ngang",
          "Bàn giao mặt bằng đúng tiến độ; có thêm ít nhất 02 dự án được cấp chủ trương đầu tư; không có khiếu kiện đông người về bồi thường", 12,
          "Ban Thường vụ Huyện ủy; UBND huyện; Hội đồng bồi thường huyện"),
    issue("Đẩy nhanh xây dựng nông thôn mới ở các xã bãi ngang ven biển Trung Giang, Gio Hải, Gio Việt, Gio Mai",
          "Mỗi xã bãi ngang đạt thêm ít nhất 02 tiêu chí nông thôn mới; tỷ lệ hộ nghèo các xã này giảm ít nhất 2%", 12,
          "UBND huyện; Văn phòng điều phối nông thôn mới huyện; Đảng ủy các xã bãi ngang"),
    issue("Củng cố các tổ chức cơ sở đảng có nội bộ mất đoàn kết, đơn thư kéo dài; mỗi cơ sở có một ủy viên Ban Thường vụ trực tiếp chỉ đạo",
          "Không còn tổ chức cơ sở đảng xếp loại yếu kém cuối năm 2017; các đơn thư liên quan được giải quyết dứt điểm, có kết luận", 12,
          "Ban Thường vụ Huyện ủy; Ủy ban Kiểm tra Huyện ủy"),
    theme("Ban hành Bộ tiêu chí đánh giá cán bộ thuộc diện Ban Thường vụ Huyện ủy Gio Linh quản lý; tổ chức đánh giá hằng quý và công khai kết quả đánh giá cuối năm",
          "Bộ tiêu chí ban hành trước 30/6/2017; 100% cán bộ diện Ban Thường vụ Huyện ủy quản lý được đánh giá, xếp loại theo Bộ tiêu chí", 12,
          "Ban Thường vụ Huyện ủy; Ban Tổ chức Huyện ủy"),
];

#[rustfmt::skip]
static ST_CAMLO_2017: [UnitPledge; 6] = [
    issue("Duy trì chợ phiên nông sản an toàn của huyện hằng tháng; mở rộng liên kết tiêu thụ rau, thịt, trứng an toàn với doanh nghiệp, bếp ăn tập thể",
          "12 phiên chợ được tổ chức; có ít nhất 03 hợp đồng liên kết tiêu thụ mới; 100% hộ bán hàng tại chợ phiên có cam kết sản xuất an toàn", 12,
          "UBND huyện; Hội Nông dân huyện; Phòng Nông nghiệp và Phát triển nông thôn"),
    issue("Xây dựng nhãn hiệu, truy xuất nguồn gốc hồ tiêu Cam Lộ; tổ chức lại sản xuất tiêu theo tổ hợp tác ở vùng đất đỏ bazan",
          "Hồ sơ đăng ký nhãn hiệu tập thể nộp Cục Sở hữu trí tuệ trước 30/11; thành lập ít nhất 03 tổ hợp tác trồng tiêu", 11,
          "UBND huyện; Phòng Nông nghiệp và Phát triển nông thôn; Đảng ủy các xã trồng tiêu"),
    issue("Lấp đầy các cụm công nghiệp của huyện; xử lý dứt điểm bụi, nước thải ở các cơ sở chế biến gỗ dọc Quốc lộ 9",
          "Tỷ lệ lấp đầy cụm công nghiệp tăng ít nhất 15%; 100% cơ sở chế biến gỗ có hệ thống xử lý bụi, nước thải được nghiệm thu trước 31/10", 10,
          "Ban Thường vụ Huyện ủy; UBND huyện; Phòng Tài nguyên và Môi trường"),
    issue("Kiềm chế tai nạn giao thông trên Quốc lộ 9 và đường Hồ Chí Minh nhánh Đông qua địa bàn huyện; xóa các lối mở tự phát ra quốc lộ",
          "Tai nạn giao thông giảm ít nhất 10% trên cả 3 tiêu chí so với năm 2016; xóa 100% lối mở tự phát đã được thống kê", 12,
          "UBND huyện; Công an huyện; Ban An toàn giao thông huyện"),
    issue("Đưa thêm xã về đích nông thôn mới, không để xã nào dưới 15 tiêu chí; làm nền tảng để huyện đạt chuẩn huyện nông thôn mới",
          "Có thêm ít nhất 01 xã đạt chuẩn nông thôn mới; không còn xã dưới 15 tiêu chí cuối năm 2017", 12,
          "Ban Thường vụ Huyện ủy; UBND huyện; Đảng ủy các xã"),
    theme("Ban hành Bộ tiêu chí đánh giá cán bộ thuộc diện Ban Thường vụ Huyện ủy Cam Lộ quản lý; tổ chức đánh giá hằng quý và công khai kết quả đánh giá cuối năm",
          "Bộ tiêu chí ban hành trước 30/6/2017; 100% cán bộ diện Ban Thường vụ Huyện ủy quản lý được đánh giá, xếp loại theo Bộ tiêu chí", 12,
          "Ban Thường vụ Huyện ủy; Ban Tổ chức Huyện ủy"),
];

#[rustfmt::skip]
static ST_TRIEUPHONG_2017: [UnitPledge; 6] = [
    issue("Tái cơ cấu sản xuất lúa: mở rộng cánh đồng mẫu lớn, liên kết tiêu thụ lúa chất lượng cao; không để đất lúa bỏ hoang ở vùng cát",
          "Diện tích lúa có liên kết tiêu thụ đạt ít nhất 1.500 ha; diện tích bỏ hoang vụ Hè Thu dưới 50 ha", 9,
          "UBND huyện; Phòng Nông nghiệp và Phát triển nông thôn; Đảng ủy các xã"),
    issue("Chủ động phòng, chống lũ lụt vùng hạ lưu sông Thạch Hãn; củng cố đê bao, cống tiêu úng ở các xã vùng trũng",
          "Phương án phòng, chống thiên tai của 100% xã, thị trấn được phê duyệt trước 31/8; sửa chữa xong các đoạn đê bao xung yếu trước mùa lũ; không có thiệt hại về người", 11,
          "Ban Thường vụ Huyện ủy; UBND huyện; Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện"),
    issue("Lập lại trật tự quản lý đất đai, xây dựng ở thị trấn Ái Tử và các khu dân cư dọc Quốc lộ 1; xử lý hồ sơ đất giao sai thẩm quyền tồn đọng",
          "Xử lý dứt điểm ít nhất 70% hồ sơ đất giao sai thẩm quyền tồn đọng; không phát sinh công trình xây dựng trái phép mới dọc Quốc lộ 1", 12,
          "UBND huyện; Phòng Tài nguyên và Môi trường; Đảng ủy thị trấn Ái Tử"),
    issue("Quản lý nuôi tôm trên cát ở các xã ven biển Triệu Vân, Triệu An, Triệu Lăng theo quy hoạch; buộc các hồ nuôi có hệ thống xử lý nước thải",
          "100% hồ nuôi nằm trong vùng quy hoạch; không có hồ nuôi xả thải trực tiếp ra biển; hồ nuôi ngoài quy hoạch bị xử lý", 12,
          "UBND huyện; Đảng ủy các xã ven biển; Phòng Tài nguyên và Môi trường"),
    issue("Chấn chỉnh kỷ luật, kỷ cương ở các xã có nội bộ mất đoàn kết, đơn thư tố cáo người đứng đầu kéo dài",
          "Ủy ban Kiểm tra Huyện ủy kiểm tra ít nhất 05 người đứng đầu có dấu hiệu vi phạm; kết luận được công khai; không còn đơn thư tố cáo đông người", 12,
          "Ban Thường vụ Huyện ủy; Ủy ban Kiểm tra Huyện ủy"),
    theme("Rà soát đội ngũ công chức xã chưa đạt chuẩn trình độ; bố trí, thay thế bằng người được đào tạo đúng chuyên ngành qua thi tuyển công khai",
          "100% công chức xã đạt chuẩn hoặc có quyết định cử đi đào tạo; các vị trí còn trống được tuyển qua thi tuyển, công khai kết quả", 12,
          "Ban Thường vụ Huyện ủy; Ban Tổ chức Huyện ủy; Phòng Nội vụ huyện"),
];

#[rustfmt::skip]
static ST_HAILANG_2017: [UnitPledge; 6] = [
    issue("Giải phóng mặt bằng, di dời mồ mả và tái định cư phục vụ Khu kinh tế Đông Nam Quảng Trị; bảo đảm người dân tái định cư có nơi ở mới bằng hoặc tốt hơn nơi ở cũ",
          "Bàn giao mặt bằng đúng tiến độ tỉnh giao; 100% hộ phải di dời được bố trí tái định cư; không có khiếu kiện đông người", 12,
          "Ban Thường vụ Huyện ủy; UBND huyện; Hội đồng bồi thường huyện; Đảng ủy các xã ven biển"),
    issue("Ngăn chặn việc xây dựng, trồng cây trái phép để đón bồi thường trong vùng quy hoạch Khu kinh tế",
          "Không phát sinh công trình, cây trồng trái phép sau thời điểm công bố quy hoạch; 100% trường hợp vi phạm bị lập biên bản, không được bồi thường", 12,
          "UBND huyện; Đảng ủy các xã ven biển; Phòng Tài nguyên và Môi trường"),
    issue("Nâng năng lực ứng phó lũ cho các thôn thường bị chia cắt ở vùng trũng: xây nhà cộng đồng tránh lũ, trang bị thuyền cứu hộ",
          "Mỗi thôn bị chia cắt có ít nhất 01 điểm tránh lũ và 01 thuyền cứu hộ trước 30/9; không có thiệt hại về người", 9,
          "UBND huyện; Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện"),
    issue("Bảo đảm an ninh, trật tự và làm tốt công tác tôn giáo tại khu vực Trung tâm hành hương Đức Mẹ La Vang trong các dịp lễ lớn",
          "Các dịp lễ diễn ra an toàn, trật tự; không phát sinh điểm nóng về đất đai, xây dựng liên quan đến tôn giáo", 12,
          "Ban Thường vụ Huyện ủy; Công an huyện; Ban Dân vận Huyện ủy"),
    issue("Di dời các trang trại chăn nuôi lợn ra khỏi khu dân cư; buộc các trang trại tập trung có hệ thống xử lý chất thải",
          "Di dời xong các trang trại nằm trong khu dân cư trước 31/10; 100% trang trại tập trung có hầm biogas hoặc hệ thống xử lý được nghiệm thu", 10,
          "UBND huyện; Phòng Tài nguyên và Môi trường; Đảng ủy các xã"),
    theme("Bố trí cán bộ có năng lực, bản lĩnh vào các tổ công tác giải phóng mặt bằng; đánh giá cán bộ các xã có dự án bằng kết quả bàn giao mặt bằng",
          "Kết quả đánh giá cuối năm của cán bộ các xã có dự án gắn với tiến độ bàn giao mặt bằng; điều chuyển người không hoàn thành nhiệm vụ", 12,
          "Ban Thường vụ Huyện ủy; Ban Tổ chức Huyện ủy"),
];

#[rustfmt::skip]
static ST_HUONGHOA_2017: [UnitPledge; 7] = [
    issue("Giảm nghèo bền vững vùng đồng bào Vân Kiều, Pa Kô, tập trung các xã đặc biệt khó khăn phía Nam huyện (A Túc, A Xing, A Dơi, Xy, Ba Tầng)",
          "Tỷ lệ hộ nghèo toàn huyện giảm ít nhất 3%, các xã đặc biệt khó khăn giảm ít nhất 5%; vốn hỗ trợ sản xuất giải ngân đúng đối tượng", 12,
          "Ban Thường vụ Huyện ủy; UBND huyện; Đảng ủy các xã vùng đồng bào dân tộc thiểu số"),
    issue("Đấu tranh ngăn chặn tội phạm ma túy qua biên giới Việt Nam – Lào; quản lý chặt người nghiện ở Khe Sanh, Lao Bảo",
          "Triệt phá ít nhất 03 đường dây mua bán, vận chuyển ma túy; 100% người nghiện có hồ sơ quản lý; không hình thành tụ điểm sử dụng ma túy", 12,
          "Ban Thường vụ Huyện ủy; Công an huyện; các đồn Biên phòng trên địa bàn"),
    issue("Nâng hiệu quả hoạt động ở Cửa khẩu Quốc tế Lao Bảo: chấn chỉnh tình trạng “cò” hàng, phiền hà người và phương tiện qua lại",
          "Không có phản ánh có cơ sở về nhũng nhiễu tại cửa khẩu; kim ngạch xuất nhập khẩu qua cửa khẩu tăng ít nhất 10% so với năm 2016", 12,
          "UBND huyện; Đảng ủy thị trấn Lao Bảo; các lực lượng chức năng tại cửa khẩu"),
    issue("Tái canh cà phê già cỗi; quản lý chặt chẽ đất đai, bồi thường khi triển khai các dự án điện gió trên địa bàn",
          "Tái canh ít nhất 200 ha cà phê; không có khiếu kiện kéo dài về đất đai, bồi thường liên quan đến dự án điện gió", 12,
          "UBND huyện; Phòng Nông nghiệp và Phát triển nông thôn; Đảng ủy các xã có dự án"),
    issue("Giảm tình trạng tảo hôn và kết hôn không đăng ký với công dân Lào ở các xã biên giới",
          "Số trường hợp tảo hôn giảm ít nhất 50% so với năm 2016; các cặp vợ chồng có yếu tố nước ngoài đủ điều kiện được hướng dẫn đăng ký kết hôn", 12,
          "UBND huyện; Phòng Tư pháp; Đảng ủy các xã biên giới"),
    issue("Tăng cường quan hệ hữu nghị với các huyện giáp biên của tỉnh Savannakhet trong Năm Đoàn kết hữu nghị Việt Nam – Lào 2017",
          "Ký kết và triển khai biên bản hợp tác năm 2017 với huyện bạn; tổ chức ít nhất 02 đoàn trao đổi; không để xảy ra vụ việc phức tạp trên biên giới", 12,
          "Ban Thường vụ Huyện ủy; UBND huyện; Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo"),
    theme("Đào tạo, bố trí cán bộ người dân tộc thiểu số; đưa cán bộ trẻ người Vân Kiều, Pa Kô vào quy hoạch chủ chốt các xã vùng đồng bào",
          "Cán bộ người dân tộc thiểu số chiếm ít nhất 40% quy hoạch chủ chốt các xã vùng đồng bào; cử ít nhất 15 người học trung cấp lý luận chính trị – hành chính", 10,
          "Ban Thường vụ Huyện ủy; Ban Tổ chức Huyện ủy"),
];

#[rustfmt::skip]
static ST_DAKRONG_2017: [UnitPledge; 6] = [
    issue("Chấm dứt khai thác vàng trái phép ở thượng nguồn sông Đakrông và vùng giáp ranh xã A Vao",
          "Không để hình thành bãi vàng trái phép; 100% lán trại, máy móc khai thác bị phát hiện được tháo dỡ, xử lý trong 07 ngày", 12,
          "Ban Thường vụ Huyện ủy; UBND huyện; Công an huyện; Đảng ủy xã A Vao"),
    issue("Ngăn chặn phá rừng, khai thác gỗ trái phép trong Khu bảo tồn thiên nhiên Đakrông và rừng phòng hộ đầu nguồn",
          "Không để xảy ra vụ phá rừng trên 0,5 ha; diện tích rừng bị thiệt hại giảm ít nhất 30% so với năm 2016; xử lý 100% vụ vi phạm", 12,
          "UBND huyện; Hạt Kiểm lâm; Ban Quản lý Khu bảo tồn thiên nhiên Đakrông; Đảng ủy các xã có rừng"),
    issue("Sử dụng hiệu quả vốn Chương trình 30a, Chương trình 135 ở huyện nghèo nhất tỉnh; chấm dứt tình trạng cấp bò giống chết, cấp không đúng đối tượng",
          "Tỷ lệ hộ nghèo giảm ít nhất 5%; bò giống hỗ trợ có tỷ lệ sống từ 95%; không có sai phạm bị cơ quan thanh tra kết luận", 12,
          "Ban Thường vụ Huyện ủy; UBND huyện; Phòng Lao động – Thương binh và Xã hội"),
    issue("Phòng, chống sạt lở đất, lũ quét dọc Quốc lộ 9, đường Hồ Chí Minh nhánh Tây và các khu dân cư ven sông Đakrông",
          "Lập danh sách 100% hộ trong vùng nguy cơ trước 31/7; di dời các hộ ở vùng sạt lở nguy hiểm theo kế hoạch; không có thiệt hại về người", 10,
          "UBND huyện; Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện; Đảng ủy các xã"),
    issue("Xóa phòng học tạm, duy trì sĩ số học sinh bán trú ở các xã vùng cao",
          "Không còn phòng học tạm trước năm học 2017–2018; tỷ lệ học sinh bỏ học dưới 1%", 9,
          "UBND huyện; Phòng Giáo dục và Đào tạo; Đảng ủy các xã vùng cao"),
    theme("Tạo nguồn cán bộ người Pa Kô, Vân Kiều tại chỗ; cử cán bộ huyện tăng cường về các xã có đội ngũ chủ chốt yếu",
          "Tăng cường ít nhất 05 cán bộ huyện về xã; mỗi xã vùng đồng bào có ít nhất 01 cán bộ chủ chốt là người dân tộc thiểu số", 9,
          "Ban Thường vụ Huyện ủy; Ban Tổ chức Huyện ủy"),
];

#[rustfmt::skip]
static ST_CONCO_2017: [UnitPledge; 6] = [
    issue("Thu hút, ổn định dân cư trên đảo: bố trí nhà ở, đất sản xuất và chính sách hỗ trợ cho hộ gia đình trẻ ra định cư lâu dài",
          "Có thêm ít nhất 05 hộ ra định cư lâu dài; 100% hộ mới được nhận hỗ trợ đúng chính sách", 12,
          "Ban Thường vụ Huyện ủy; UBND huyện"),
    issue("Nâng năng lực dịch vụ hậu cần nghề cá và neo đậu tránh trú bão cho tàu cá tại đảo; bảo đảm nước ngọt, nhiên liệu, đá lạnh cho ngư dân",
          "Khu neo đậu tiếp nhận an toàn tàu cá trong các đợt áp thấp nhiệt đới, bão; không có tàu cá bị thiệt hại khi neo đậu tại đảo", 11,
          "UBND huyện; các lực lượng trên đảo; doanh nghiệp dịch vụ hậu cần"),
    issue("Phối hợp chặt chẽ giữa dân và các lực lượng vũ trang trên đảo trong bảo vệ chủ quyền, an ninh vùng biển; xây dựng khu vực phòng thủ huyện đảo",
          "Diễn tập phòng thủ, chống đổ bộ đạt loại khá trở lên; không để phương tiện lạ xâm nhập vùng biển quanh đảo mà không phát hiện", 12,
          "Ban Thường vụ Huyện ủy; Ban Chỉ huy Quân sự huyện; Đồn Biên phòng Cồn Cỏ"),
    issue("Phát triển du lịch sinh thái biển đảo gắn với di tích chiến tranh: xây dựng sản phẩm lặn ngắm san hô, lưu trú tại nhà dân",
          "Đón ít nhất 1.000 lượt khách trong năm; có ít nhất 03 hộ được hướng dẫn làm dịch vụ lưu trú đạt yêu cầu", 12,
          "UBND huyện; Phòng Văn hóa – Thông tin; Đoàn thanh niên huyện"),
    issue("Bảo vệ nguồn lợi thủy sản và rạn san hô quanh đảo; ngăn chặn khai thác bằng chất nổ, xung điện",
          "Không để xảy ra vụ khai thác hủy diệt trong vùng biển của huyện; 100% vi phạm phát hiện được xử lý", 12,
          "UBND huyện; Đồn Biên phòng Cồn Cỏ; Công an huyện"),
    theme("Xây dựng chính sách luân phiên, thu hút cán bộ từ đất liền ra đảo; bố trí đủ công chức chuyên môn cho các cơ quan huyện đảo",
          "Các phòng chuyên môn có đủ công chức theo đề án; 100% cán bộ luân phiên có thời hạn rõ ràng và được hưởng chế độ theo quy định", 12,
          "Ban Thường vụ Huyện ủy; Ban Tổ chức Huyện ủy"),
];

#[rustfmt::skip]
static ST_KHOICQ_2017: [UnitPledge; 6] = [
    issue("Nâng chất lượng sinh hoạt chi bộ ở các cơ quan, đơn vị sự nghiệp; khắc phục tình trạng sinh hoạt chỉ thông báo công việc chuyên môn",
          "100% chi bộ có ít nhất 01 kỳ sinh hoạt chuyên đề mỗi quý; Đảng ủy Khối kiểm tra sinh hoạt ít nhất 30% chi bộ", 12,
          "Ban Thường vụ Đảng ủy Khối; Ban Tổ chức Đảng ủy Khối"),
    issue("Lãnh đạo các cơ quan trong khối hoàn thành đề án vị trí việc làm, tinh giản biên chế và sắp xếp đơn vị sự nghiệp công lập theo lộ trình",
          "100% cơ quan có đề án vị trí việc làm được phê duyệt; tinh giản đúng số lượng được giao năm 2017", 12,
          "Ban Thường vụ Đảng ủy Khối; đảng ủy, chi bộ cơ sở các sở, ngành"),
    issue("Chấn chỉnh kỷ luật, kỷ cương hành chính; xử lý nghiêm công chức gây phiền hà, nhũng nhiễu doanh nghiệp, người dân",
          "Phối hợp kiểm tra công vụ đột xuất ít nhất 10 cơ quan; 100% trường hợp vi phạm được kiểm điểm, xử lý và công khai", 12,
          "Ban Thường vụ Đảng ủy Khối; Ủy ban Kiểm tra Đảng ủy Khối"),
    issue("Phát triển đảng viên trong viên chức trẻ, trí thức ở bệnh viện, trường học và các đơn vị sự nghiệp trực thuộc sở",
          "Kết nạp ít nhất 150 đảng viên mới; không còn đơn vị sự nghiệp trên 30 người lao động mà chưa có chi bộ", 11,
          "Ban Thường vụ Đảng ủy Khối; các đảng bộ cơ sở"),
    issue("Giám sát việc thực hiện Quy định 101-QĐ/TW về trách nhiệm nêu gương và kê khai tài sản, thu nhập của người đứng đầu các cơ quan trong khối",
          "Giám sát ít nhất 15 người đứng đầu; kết luận giám sát được thông báo; bản kê khai nộp đúng hạn 100%", 12,
          "Ủy ban Kiểm tra Đảng ủy Khối"),
    theme("Hướng dẫn đảng ủy, chi bộ cơ sở tham gia xây dựng Bộ tiêu chí đánh giá công chức của từng sở, ngành; lấy sản phẩm công việc làm thước đo",
          "100% cơ quan trong khối ban hành Bộ tiêu chí trước 30/6; Đảng ủy Khối kiểm tra việc áp dụng ở ít nhất 10 cơ quan", 6,
          "Ban Thường vụ Đảng ủy Khối; Ban Tổ chức Đảng ủy Khối"),
];

#[rustfmt::skip]
static ST_KHOIDN_2017: [UnitPledge; 6] = [
    issue("Lãnh đạo sắp xếp, cổ phần hóa, thoái vốn nhà nước ở các doanh nghiệp trong khối theo Nghị quyết Trung ương 5 khóa XII về doanh nghiệp nhà nước",
          "100% doanh nghiệp thuộc diện sắp xếp năm 2017 hoàn thành phương án trình UBND tỉnh; không để thất thoát vốn, tài sản nhà nước", 12,
          "Ban Thường vụ Đảng ủy Khối; đảng ủy các doanh nghiệp"),
    issue("Chấm dứt nợ đóng bảo hiểm xã hội, nợ lương kéo dài ở một số doanh nghiệp trong khối",
          "Không có doanh nghiệp nợ bảo hiểm xã hội quá 3 tháng; người đứng đầu doanh nghiệp để nợ kéo dài phải kiểm điểm trước Đảng ủy Khối", 12,
          "Ban Thường vụ Đảng ủy Khối; Ủy ban Kiểm tra Đảng ủy Khối"),
    issue("Thành lập tổ chức đảng, tổ chức công đoàn ở các doanh nghiệp ngoài nhà nước đủ điều kiện",
          "Thành lập mới ít nhất 03 tổ chức cơ sở đảng ở doanh nghiệp ngoài nhà nước; kết nạp ít nhất 30 đảng viên là người lao động", 12,
          "Ban Thường vụ Đảng ủy Khối; Ban Tổ chức Đảng ủy Khối"),
    issue("Quản lý, sử dụng đúng mục đích đất đai của các công ty nông, lâm nghiệp; lập hồ sơ giao trả diện tích không sử dụng cho địa phương",
          "Hoàn thành rà soát và hồ sơ giao trả đất của các công ty nông, lâm nghiệp trước 30/11; không để đất bị lấn chiếm", 11,
          "Ban Thường vụ Đảng ủy Khối; đảng ủy các công ty nông, lâm nghiệp"),
    issue("Thực hiện quy chế phối hợp giữa đảng ủy và hội đồng quản trị ở doanh nghiệp cổ phần; bảo đảm tổ chức đảng cho ý kiến trước các quyết định lớn",
          "100% đảng bộ cơ sở ở doanh nghiệp cổ phần có quy chế phối hợp trước 30/9; không có doanh nghiệp quyết định đầu tư, nhân sự chủ chốt mà không qua cấp ủy", 9,
          "Ban Thường vụ Đảng ủy Khối; đảng ủy các doanh nghiệp cổ phần"),
    theme("Đánh giá người quản lý doanh nghiệp theo hiệu quả sản xuất, kinh doanh và bảo toàn vốn; đề xuất thay thế người quản lý để doanh nghiệp thua lỗ hai năm liên tiếp",
          "100% người quản lý doanh nghiệp nhà nước trong khối được đánh giá gắn với chỉ tiêu lợi nhuận; có văn bản đề xuất xử lý các trường hợp không hoàn thành", 12,
          "Ban Thường vụ Đảng ủy Khối; Ban Tổ chức Đảng ủy Khối"),
];

#[rustfmt::skip]
static ST_QUANSU_2017: [UnitPledge; 6] = [
    issue("Xây dựng khu vực phòng thủ tỉnh vững chắc; chỉ đạo diễn tập khu vực phòng thủ cấp huyện theo kế hoạch năm 2017",
          "Các cuộc diễn tập khu vực phòng thủ đạt loại khá trở lên, an toàn tuyệt đối", 10,
          "Thường vụ Đảng ủy Quân sự tỉnh; Bộ Chỉ huy Quân sự tỉnh"),
    issue("Tìm kiếm, quy tập hài cốt liệt sĩ trong tỉnh và tại Lào; xác minh thông tin của nhân dân, cựu chiến binh cung cấp",
          "Hoàn thành 2 đợt tìm kiếm mùa khô theo kế hoạch; 100% thông tin được xác minh thực địa; hồ sơ từng hài cốt lập đầy đủ", 12,
          "Thường vụ Đảng ủy Quân sự tỉnh; đội tìm kiếm, quy tập hài cốt liệt sĩ"),
    issue("Rà phá, xử lý bom mìn, vật nổ sau chiến tranh phục vụ sản xuất và các dự án; phối hợp các chương trình hành động bom mìn trên địa bàn",
          "Rà phá an toàn toàn bộ diện tích theo kế hoạch năm; không để xảy ra tai nạn bom mìn trên diện tích đã bàn giao", 12,
          "Bộ Chỉ huy Quân sự tỉnh; các đơn vị công binh"),
    issue("Nâng chất lượng tuyển quân: hạn chế thanh niên bị loại do nghiện ma túy, sức khỏe; không để quân nhân đào ngũ, bỏ ngũ",
          "Giao quân đủ 100% chỉ tiêu; không có quân nhân trả về do nghiện ma túy; không có quân nhân đào ngũ trong năm đầu", 12,
          "Thường vụ Đảng ủy Quân sự tỉnh; Ban Chỉ huy Quân sự các huyện, thị xã, thành phố"),
    issue("Kiện toàn lực lượng dân quân biển ở các xã ven biển và huyện đảo Cồn Cỏ; gắn dân quân biển với tổ đoàn kết trên biển",
          "100% xã ven biển có lực lượng dân quân biển được huấn luyện; ít nhất 20 tổ đoàn kết trên biển có dân quân nòng cốt", 12,
          "Bộ Chỉ huy Quân sự tỉnh; Ban Chỉ huy Quân sự các huyện ven biển"),
    theme("Rà soát, bổ sung quy hoạch cán bộ chủ trì cơ quan quân sự các huyện, thị xã, thành phố; luân chuyển cán bộ giữa cơ quan Bộ Chỉ huy và cơ sở",
          "Quy hoạch được Đảng ủy Quân khu thẩm định đúng hạn; luân chuyển ít nhất 06 cán bộ theo kế hoạch", 10,
          "Thường vụ Đảng ủy Quân sự tỉnh; Phòng Chính trị"),
];

#[rustfmt::skip]
static ST_CONGAN_2017: [UnitPledge; 6] = [
    issue("Đấu tranh với tội phạm ma túy trên tuyến biên giới Việt Nam – Lào và Quốc lộ 9; triệt phá các đường dây vận chuyển lớn",
          "Triệt phá ít nhất 05 đường dây mua bán, vận chuyển ma túy; không để hình thành tụ điểm phức tạp về ma túy", 12,
          "Ban Thường vụ Đảng ủy Công an tỉnh; Phòng Cảnh sát điều tra tội phạm về ma túy"),
    issue("Kiềm chế tai nạn giao thông trên Quốc lộ 1 và Quốc lộ 9; xử lý nghiêm xe quá tải, vi phạm nồng độ cồn",
          "Tai nạn giao thông giảm ít nhất 5% trên cả 3 tiêu chí so với năm 2016", 12,
          "Ban Thường vụ Đảng ủy Công an tỉnh; Phòng Cảnh sát giao thông"),
    issue("Bảo đảm tuyệt đối an toàn các hoạt động kỷ niệm 70 năm Ngày Thương binh – Liệt sĩ có lãnh đạo Đảng, Nhà nước tham dự",
          "Không để xảy ra sự cố về an ninh, trật tự; phương án bảo vệ từng sự kiện được phê duyệt trước 10 ngày", 7,
          "Ban Thường vụ Đảng ủy Công an tỉnh; các đơn vị được giao bảo vệ"),
    issue("Chấm dứt phản ánh về thái độ, gây phiền hà khi cấp chứng minh nhân dân, hộ khẩu, đăng ký xe; mở rộng dịch vụ công trực tuyến mức độ 3",
          "100% hồ sơ trả đúng hẹn; ít nhất 05 thủ tục được cung cấp trực tuyến mức độ 3; không có phản ánh có cơ sở", 12,
          "Ban Thường vụ Đảng ủy Công an tỉnh; Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
    issue("Nắm chắc tình hình, giải quyết từ cơ sở các vụ khiếu kiện đông người liên quan đến bồi thường sự cố môi trường biển; không để bị lợi dụng kích động",
          "Không để xảy ra tụ tập đông người gây rối trật tự; 100% vụ việc phát sinh được giải quyết tại cơ sở", 12,
          "Ban Thường vụ Đảng ủy Công an tỉnh; Công an các huyện ven biển"),
    theme("Luân chuyển, điều động cán bộ cấp đội giữa các phòng nghiệp vụ và Công an huyện; tăng cường cán bộ có năng lực cho Công an các huyện miền núi",
          "Điều động, luân chuyển ít nhất 30 cán bộ theo kế hoạch; Công an Hướng Hóa và Đakrông được bổ sung đủ cán bộ chủ chốt cấp đội", 12,
          "Ban Thường vụ Đảng ủy Công an tỉnh; Phòng Tổ chức cán bộ"),
];

#[rustfmt::skip]
static ST_BIENPHONG_2017: [UnitPledge; 6] = [
    issue("Quản lý, bảo vệ tuyến biên giới Việt Nam – Lào của tỉnh và hệ thống mốc quốc giới sau khi hoàn thành tăng dày, tôn tạo mốc",
          "Hệ thống mốc giữ nguyên trạng; 100% vụ việc vi phạm quy chế biên giới được giải quyết qua cơ chế phối hợp hai bên", 12,
          "Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh; các đồn Biên phòng tuyến biên giới"),
    issue("Triển khai các hoạt động của lực lượng Biên phòng trong Năm Đoàn kết hữu nghị Việt Nam – Lào 2017: kết nghĩa cụm dân cư, giúp lực lượng bảo vệ biên giới bạn",
          "Ký kết ít nhất 03 cặp kết nghĩa cụm dân cư hai bên biên giới; duy trì hội đàm định kỳ với lực lượng bảo vệ biên giới Lào", 12,
          "Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh; Phòng Chính trị"),
    issue("Chủ trì đấu tranh với ma túy, buôn lậu, mua bán người ở các địa bàn trọng điểm khu vực biên giới và cửa khẩu",
          "Bắt giữ, xử lý kịp thời các vụ việc; không để tội phạm lợi dụng lối mòn, đường tắt qua biên giới hoạt động kéo dài", 12,
          "Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh; Đoàn Đặc nhiệm phòng, chống ma túy và tội phạm"),
    issue("Quản lý an ninh vùng biển, cửa lạch Cửa Tùng, Cửa Việt; kiểm soát tàu cá xuất, nhập bến",
          "100% tàu cá ra, vào cửa lạch được kiểm soát; không có tàu cá của tỉnh vi phạm vùng biển nước ngoài", 12,
          "Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh; các đồn Biên phòng tuyến biển"),
    issue("Củng cố hệ thống chính trị cơ sở ở xã biên giới: đưa đảng viên biên phòng về sinh hoạt tại chi bộ thôn, bản; phát triển đảng viên người dân tộc thiểu số",
          "Xóa thôn, bản khu vực biên giới chưa có đảng viên; kết nạp ít nhất 10 đảng viên là người dân tộc thiểu số", 12,
          "Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh; đảng ủy các đồn"),
    theme("Quy hoạch cán bộ chỉ huy đồn Biên phòng gắn với yêu cầu thông thạo tiếng dân tộc và tiếng Lào; bồi dưỡng ngôn ngữ cho cán bộ trong quy hoạch",
          "100% cán bộ trong quy hoạch chỉ huy đồn tuyến biên giới giao tiếp được ít nhất một tiếng dân tộc; ít nhất 20 cán bộ đạt yêu cầu kiểm tra tiếng Lào", 11,
          "Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh; Phòng Chính trị"),
];

#[rustfmt::skip]
static ST_HAIQUAN_2017: [UnitPledge; 6] = [
    issue("Rút ngắn thời gian thông quan hàng hóa tại Cửa khẩu Quốc tế Lao Bảo, Cửa khẩu Quốc tế La Lay và cảng Cửa Việt; thực hiện Cơ chế một cửa quốc gia",
          "Thời gian thông quan giảm ít nhất 20% so với năm 2016; 100% tờ khai được xử lý điện tử", 12,
          "Ban Thường vụ Đảng ủy Cục Hải quan; các chi cục hải quan cửa khẩu"),
    issue("Chống buôn lậu, gian lận thương mại và vận chuyển trái phép hàng cấm qua cửa khẩu; phối hợp chặt với Biên phòng, Công an",
          "Số vụ vi phạm được phát hiện, xử lý tăng so với năm 2016; không có công chức hải quan tiếp tay cho buôn lậu", 12,
          "Ban Thường vụ Đảng ủy Cục Hải quan; Đội Kiểm soát hải quan"),
    issue("Hoàn thành chỉ tiêu thu ngân sách nhà nước từ hoạt động xuất nhập khẩu được giao năm 2017; giảm nợ thuế",
          "Thu ngân sách đạt 100% chỉ tiêu; nợ thuế có khả năng thu giảm ít nhất 10% so với cuối năm 2016", 12,
          "Ban Thường vụ Đảng ủy Cục Hải quan; Phòng Nghiệp vụ"),
    issue("Chấm dứt tình trạng gây phiền hà doanh nghiệp khi làm thủ tục hải quan; khảo sát mức độ hài lòng của doanh nghiệp",
          "Không có phản ánh có cơ sở về nhũng nhiễu; mức độ hài lòng của doanh nghiệp qua khảo sát đạt từ 85% trở lên", 12,
          "Ban Thường vụ Đảng ủy Cục Hải quan; Ủy ban Kiểm tra Đảng ủy"),
    issue("Hỗ trợ doanh nghiệp địa phương xuất khẩu qua Hành lang kinh tế Đông – Tây; đối thoại định kỳ với cộng đồng doanh nghiệp",
          "Tổ chức ít nhất 02 hội nghị đối thoại; 100% vướng mắc doanh nghiệp nêu được trả lời bằng văn bản trong 15 ngày", 12,
          "Ban Thường vụ Đảng ủy Cục Hải quan; Văn phòng Cục"),
    theme("Chuyển đổi vị trí công tác định kỳ đối với công chức làm ở khâu kiểm tra, giám sát tại cửa khẩu; công khai kế hoạch chuyển đổi",
          "100% công chức đến thời hạn được chuyển đổi vị trí; kế hoạch chuyển đổi được công khai trong toàn Cục trước 31/3", 12,
          "Ban Thường vụ Đảng ủy Cục Hải quan; Phòng Tổ chức cán bộ"),
];

// ---------------------------------------------------------------------------------------
// Standing committees' commitments with the provincial standing committee, 2026
// (merged Quảng Trị, two-tier local government: commune, ward and special-zone committees
// and the committees directly under the province sign directly with the province)
// ---------------------------------------------------------------------------------------

#[rustfmt::skip]
static ST_P_DONGHA_2026: [UnitPledge; 6] = [
    issue("Đề xuất phương án sử dụng các trụ sở của cơ quan cấp tỉnh và thành phố Đông Hà cũ đang bỏ trống trên địa bàn phường; phối hợp trông coi, không để xuống cấp, bị lấn chiếm trong thời gian chờ xử lý",
          "Danh mục và đề xuất phương án cho 100% trụ sở dôi dư gửi UBND tỉnh trước 30/4; ít nhất 03 trụ sở được đưa vào sử dụng làm trường học, cơ sở y tế, nhà văn hóa hoặc không gian công cộng trong năm", 12,
          "Ban Thường vụ Đảng ủy phường; UBND phường; Phòng Kinh tế, Hạ tầng và Đô thị phường"),
    issue("Giữ nhịp thương mại, dịch vụ của Đông Hà khi không còn là trung tâm hành chính của tỉnh: hỗ trợ hộ kinh doanh quanh các trụ sở cũ và khu vực chợ Đông Hà chuyển đổi mô hình; mời gọi dự án vào các cơ sở nhà, đất được giải phóng",
          "Số hộ kinh doanh đang hoạt động không giảm so với 31/12/2025; thu ngân sách trên địa bàn đạt 100% dự toán tỉnh giao; tổ chức ít nhất 02 hội nghị đối thoại với doanh nghiệp, hộ kinh doanh, có văn bản trả lời kiến nghị", 12,
          "Ban Thường vụ Đảng ủy phường; UBND phường; Ủy ban MTTQ Việt Nam phường"),
    issue("Lập lại trật tự đô thị trên các tuyến Lê Duẩn, Hùng Vương, Trần Hưng Đạo sau khi phường tiếp nhận nhiệm vụ của Đội Quản lý trật tự đô thị thành phố cũ; xử lý lấn chiếm vỉa hè, lòng đường, biển quảng cáo sai phép",
          "Tổ kiểm tra trật tự đô thị của phường có quyết định thành lập trước 31/3; không còn điểm lấn chiếm cố định trên 03 tuyến trước 30/9; 100% vi phạm phát hiện được xử lý trong 15 ngày", 9,
          "Ban Thường vụ Đảng ủy phường; UBND phường; Công an phường"),
    issue("Kiềm chế tai nạn, ùn tắc giao thông trên đoạn Quốc lộ 1 và Quốc lộ 9 qua phường, nơi xe tải nặng đi Cửa khẩu Quốc tế Lao Bảo tập trung; xóa lối mở tự phát, chấn chỉnh dừng đỗ, buôn bán dọc quốc lộ",
          "Số vụ tai nạn giao thông giảm ít nhất 5% trên cả 3 tiêu chí so với năm 2025; xóa 100% lối mở tự phát đã thống kê; không có ùn tắc kéo dài quá 30 phút tại các nút giao trên quốc lộ", 12,
          "UBND phường; Công an phường; các khu phố dọc quốc lộ"),
    issue("Quản lý đảng viên là cán bộ, công chức đã chuyển công tác ra Đồng Hới nhưng gia đình vẫn cư trú tại phường; bảo đảm chi bộ khu phố nắm được và nhận xét đầy đủ theo Quy định 213-QĐ/TW",
          "Danh sách đảng viên công tác xa cập nhật xong trước 31/3; 100% được chi bộ nơi cư trú nhận xét, gửi cơ quan quản lý trước 15/12; mỗi đảng viên dự ít nhất 02 kỳ sinh hoạt tại khu phố trong năm", 12,
          "Ban Thường vụ Đảng ủy phường; Ban Xây dựng Đảng phường; các chi bộ khu phố"),
    theme("Vận hành Trung tâm Phục vụ hành chính công phường theo mô hình một cửa số: tiếp nhận hồ sơ không phụ thuộc địa giới, trả kết quả điện tử, có kiosk tra cứu và công chức hướng dẫn tại chỗ cho người cao tuổi",
          "Từ 75% hồ sơ được tiếp nhận trực tuyến toàn trình; từ 98% hồ sơ trả đúng hẹn; chỉ số hài lòng của người dân từ 95% trở lên; kết quả công khai hằng tháng trên trang thông tin điện tử của phường", 12,
          "Ban Thường vụ Đảng ủy phường; UBND phường; Trung tâm Phục vụ hành chính công phường"),
];

#[rustfmt::skip]
static ST_P_QUANGTRI_2026: [UnitPledge; 6] = [
    issue("Quản lý chặt đất đai, xây dựng trong khu vực bảo vệ I, II của Di tích quốc gia đặc biệt Thành cổ Quảng Trị và những địa điểm lưu niệm sự kiện 81 ngày đêm năm 1972, nay do phường trực tiếp cấp phép và xử lý theo thẩm quyền",
          "Quy chế phối hợp với đơn vị quản lý di tích ký trước 31/3; không phát sinh công trình xây dựng trái phép mới trong khu vực bảo vệ; 100% vi phạm được lập biên bản và xử lý trong 30 ngày", 12,
          "Ban Thường vụ Đảng ủy phường; UBND phường; Phòng Kinh tế, Hạ tầng và Đô thị phường"),
    issue("Phục vụ chu đáo, an toàn các hoạt động tri ân dịp kỷ niệm 79 năm Ngày Thương binh – Liệt sĩ: lễ thắp nến tại Thành cổ, thả hoa đăng trên sông Thạch Hãn, đón các đoàn cựu chiến binh và thân nhân liệt sĩ về viếng",
          "Chỉnh trang khu vực Thành cổ và bến thả hoa đăng xong trước 15/7; bố trí đủ điểm gửi xe, nhà vệ sinh công cộng, điểm sơ cứu; không xảy ra đuối nước, mất an ninh, trật tự", 7,
          "Ban Thường vụ Đảng ủy phường; UBND phường; Công an phường; Đoàn Thanh niên phường"),
    issue("Giữ gìn đoạn sông Thạch Hãn qua phường, được nhân dân coi là nghĩa trang không nấm mộ: chấm dứt khai thác cát trái phép, xả rác, lấn chiếm bờ sông làm quán xá",
          "Không để tồn tại điểm khai thác cát trái phép trên đoạn sông qua phường; 100% vi phạm phát hiện được xử lý trong 07 ngày; tổ chức làm sạch bờ sông ít nhất mỗi tháng 01 lần", 12,
          "UBND phường; Công an phường; Ủy ban MTTQ Việt Nam phường; các khu phố ven sông"),
    issue("Kéo dài thời gian lưu trú của khách về nguồn: khai thác chương trình tham quan Thành cổ về đêm và dọc bờ sông Thạch Hãn; liên kết với doanh nghiệp lữ hành ở Đồng Hới, Huế đưa khách nghỉ lại tại phường",
          "Lượt khách lưu trú qua đêm tăng ít nhất 10% so với năm 2025; có ít nhất 01 chương trình du lịch đêm hoạt động hằng tuần từ tháng 6; ký hợp tác với ít nhất 03 doanh nghiệp lữ hành", 12,
          "UBND phường; Phòng Văn hóa – Xã hội phường; các cơ sở lưu trú, dịch vụ trên địa bàn"),
    issue("Chủ động ứng phó lũ lớn cho các khu dân cư thấp trũng và các đoạn bờ sông Thạch Hãn đang sạt lở, đe dọa nhà dân; ưu tiên sơ tán sớm người cao tuổi, trẻ em, người khuyết tật",
          "Phương án phòng thủ dân sự của phường có danh sách từng hộ phải sơ tán và điểm tránh trú, được phê duyệt trước 31/8; hồ sơ đề nghị tỉnh đầu tư kè các đoạn sạt lở nguy hiểm hoàn thành trước 30/6; không có thiệt hại về người", 11,
          "Ban Thường vụ Đảng ủy phường; Ban Chỉ huy phòng thủ dân sự phường; Ban Chỉ huy Quân sự phường"),
    theme("Lập bản đồ số khu vực bảo vệ di tích, dùng chung giữa phường và đơn vị quản lý di tích để đối chiếu khi cấp phép xây dựng; số hóa hồ sơ đất đai còn lưu bằng giấy của các đơn vị hành chính cũ nhập về phường",
          "Bản đồ số vận hành trước 30/9; 100% hồ sơ cấp phép xây dựng từ tháng 10 được đối chiếu trên bản đồ số; số hóa xong hồ sơ đất đai bằng giấy của các đơn vị cũ trước 31/12", 12,
          "Ban Thường vụ Đảng ủy phường; UBND phường; Trung tâm Phục vụ hành chính công phường"),
];

#[rustfmt::skip]
static ST_X_VINHLINH_2026: [UnitPledge; 6] = [
    issue("Phát triển vùng hồ tiêu của xã theo hướng hữu cơ, có mã số vùng trồng và truy xuất nguồn gốc; trồng thay thế các vườn tiêu già cỗi, nhiễm bệnh chết nhanh, chết chậm",
          "Có thêm ít nhất 20 ha tiêu được cấp mã số vùng trồng; trồng thay thế ít nhất 10 ha bằng giống sạch bệnh; ít nhất 01 hợp tác xã ký hợp đồng bao tiêu với doanh nghiệp", 11,
          "UBND xã; Phòng Kinh tế xã; các hợp tác xã nông nghiệp"),
    issue("Đưa khu vực trung tâm Hồ Xá cũ thành điểm dừng chân, ăn nghỉ cho khách tham quan tuyến Địa đạo Vịnh Mốc – Đôi bờ Hiền Lương – Bến Hải – biển Cửa Tùng; chấn chỉnh vệ sinh, niêm yết giá ở cơ sở dịch vụ",
          "Ít nhất 05 cơ sở lưu trú, ăn uống được hướng dẫn đạt chuẩn phục vụ khách du lịch; quy chế phối hợp với các xã có di tích trên tuyến ký trước 30/4; không có phản ánh có cơ sở về ép giá, đeo bám khách", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Phòng Văn hóa – Xã hội xã"),
    issue("Hoàn thành bồi thường, giải phóng mặt bằng phần diện tích còn lại của Khu công nghiệp Tây Bắc Hồ Xá; đào tạo, giới thiệu việc làm cho người dân bị thu hồi đất sản xuất",
          "Bàn giao mặt bằng đúng tiến độ tỉnh giao; ít nhất 200 lao động của xã được giới thiệu việc làm tại khu công nghiệp; không có khiếu kiện đông người về bồi thường", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Hội đồng bồi thường, hỗ trợ và tái định cư xã"),
    issue("Rà soát lại các tiêu chí nông thôn mới của xã mới hợp nhất từ thị trấn Hồ Xá và các xã lân cận; lập lộ trình cho các thôn còn thiếu tiêu chí, tránh để thôn xa trung tâm bị bỏ lại",
          "Kết quả rà soát theo Bộ tiêu chí của xã mới hoàn thành trước 31/5; mỗi thôn còn thiếu tiêu chí đạt thêm ít nhất 01 tiêu chí; xây dựng thêm ít nhất 02 khu dân cư kiểu mẫu", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Ban phát triển các thôn"),
    issue("Bảo đảm an toàn các hồ chứa, đập thủy lợi nhỏ được giao xã quản lý sau phân cấp; cắm mốc hành lang bảo vệ, lập phương án vận hành mùa mưa",
          "100% hồ chứa do xã quản lý có phương án ứng phó thiên tai được phê duyệt trước 31/8; cắm mốc hành lang bảo vệ xong trước 30/9; không xảy ra sự cố mất an toàn đập", 9,
          "UBND xã; Ban Chỉ huy phòng thủ dân sự xã; tổ quản lý hồ chứa"),
    theme("Công chức Trung tâm Phục vụ hành chính công xã nhận hồ sơ lưu động theo lịch cố định tại nhà văn hóa các thôn xa trung tâm xã; mỗi thôn có tổ công nghệ số cộng đồng hướng dẫn người dân tự nộp hồ sơ trực tuyến",
          "Lịch nhận hồ sơ lưu động ít nhất 02 buổi mỗi tháng ở các thôn xa, công khai từ 31/1; tỷ lệ hồ sơ trực tuyến toàn trình từ 60% trở lên; không có hồ sơ trễ hẹn do lỗi của công chức", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Trung tâm Phục vụ hành chính công xã"),
];

#[rustfmt::skip]
static ST_X_GIOLINH_2026: [UnitPledge; 5] = [
    issue("Ngăn chặn dứt điểm khai thác cát, sỏi trái phép trên sông Cánh Hòm và đoạn sông Bến Hải giáp xã; xã chủ động xử lý theo thẩm quyền, không chờ lực lượng cấp trên",
          "Không để điểm khai thác trái phép tồn tại quá 03 ngày kể từ khi phát hiện; tuần tra đột xuất ít nhất 02 lần mỗi tháng; 100% phương tiện vi phạm bị tạm giữ, xử lý theo quy định", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Công an xã"),
    issue("Phòng cháy rừng trồng mùa khô ở vùng gò đồi phía Tây xã; nâng diện tích rừng trồng gỗ lớn có chứng chỉ quản lý rừng bền vững, trồng lại rừng ngay sau khai thác",
          "Không để xảy ra cháy rừng trên 01 ha; có thêm ít nhất 100 ha rừng trồng được cấp chứng chỉ FSC; 100% diện tích khai thác trong năm được trồng lại", 12,
          "UBND xã; Hạt Kiểm lâm khu vực; Ban Chỉ huy Quân sự xã"),
    issue("Xử lý các công trình dở dang, chưa quyết toán do huyện Gio Linh cũ làm chủ đầu tư nay bàn giao về xã; không để phát sinh nợ đọng xây dựng cơ bản mới",
          "Tiếp nhận đủ hồ sơ 100% công trình được bàn giao trước 31/3; quyết toán xong ít nhất 80% công trình đã hoàn thành; không có công trình khởi công mới khi chưa bố trí đủ vốn", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Phòng Kinh tế xã"),
    issue("Chuyển đổi đất lúa một vụ kém hiệu quả và đất cát bạc màu sang trồng rau, màu, dược liệu có liên kết tiêu thụ; khôi phục diện tích bỏ hoang",
          "Chuyển đổi ít nhất 30 ha; có ít nhất 02 hợp đồng liên kết tiêu thụ với doanh nghiệp, hợp tác xã; diện tích bỏ hoang vụ Hè Thu giảm ít nhất một nửa so với năm 2025", 10,
          "UBND xã; Phòng Kinh tế xã; Hội Nông dân xã"),
    theme("Dùng ảnh vệ tinh, camera và nhóm điều hành trực tuyến của xã để phát hiện sớm điểm cháy rừng, điểm khai thác cát; cảnh báo được chuyển ngay đến công an xã, kiểm lâm và trưởng thôn để xử lý tại chỗ",
          "Hệ thống cảnh báo vận hành trước 30/4; lắp ít nhất 04 camera tại các bến bãi trọng điểm; 100% cảnh báo được kiểm tra thực địa trong 24 giờ, có biên bản", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Công an xã; Hạt Kiểm lâm khu vực"),
];

#[rustfmt::skip]
static ST_X_CAMLO_2026: [UnitPledge; 6] = [
    issue("Khắc phục ngập úng, hư hỏng đường dân sinh, kênh mương ở khu vực nút giao cuối tuyến cao tốc Vạn Ninh – Cam Lộ và đầu tuyến Cam Lộ – La Sơn; đề nghị chủ đầu tư hoàn trả công trình",
          "Danh mục điểm ngập, công trình hư hỏng lập xong trước 31/3; ít nhất 80% điểm được khắc phục trước 30/9; không có khu dân cư dọc tuyến bị ngập kéo dài quá 24 giờ", 9,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Phòng Kinh tế xã"),
    issue("Tận dụng vị trí giao nhau của hai tuyến cao tốc với Quốc lộ 9 để thu hút dự án kho bãi, dịch vụ vận tải phục vụ hàng hóa qua Cửa khẩu Quốc tế Lao Bảo; bàn giao mặt bằng cụm công nghiệp mở rộng",
          "Ít nhất 01 dự án kho bãi, dịch vụ vận tải được chấp thuận chủ trương đầu tư; bàn giao mặt bằng phần cụm công nghiệp mở rộng đúng tiến độ tỉnh giao", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Hội đồng bồi thường, hỗ trợ và tái định cư xã"),
    issue("Duy trì phiên chợ nông sản an toàn hằng tháng; đưa hồ tiêu, rau, thịt đạt chứng nhận và sản phẩm OCOP của xã lên sàn thương mại điện tử",
          "12 phiên chợ được tổ chức; ít nhất 05 sản phẩm OCOP của xã được bán trên sàn thương mại điện tử; 100% hộ bán hàng tại chợ phiên có mã QR truy xuất nguồn gốc", 12,
          "UBND xã; Hội Nông dân xã; Hội Liên hiệp Phụ nữ xã"),
    issue("Kiềm chế tai nạn giao thông trên Quốc lộ 9 qua trung tâm xã, nơi lưu lượng xe tải từ cao tốc và từ Lao Bảo về tăng mạnh; xử lý điểm đen và lối mở tự phát",
          "Số vụ tai nạn giảm ít nhất 10% so với năm 2025; có văn bản kiến nghị lắp đèn tín hiệu, biển cảnh báo tại 100% điểm đen đã xác định trước 30/4; xóa 100% lối mở tự phát", 12,
          "UBND xã; Công an xã; các thôn dọc Quốc lộ 9"),
    issue("Buộc các cơ sở chế biến gỗ, dăm gỗ dọc Quốc lộ 9 và trong cụm công nghiệp xử lý bụi, tiếng ồn, nước thải mà nhân dân các thôn lân cận phản ánh nhiều năm",
          "100% cơ sở được kiểm tra hồ sơ môi trường trước 30/6; cơ sở vi phạm được xử lý và có kết quả khắc phục trước 31/10; không còn phản ánh có cơ sở kéo dài", 10,
          "UBND xã; Phòng Kinh tế xã; Công an xã"),
    theme("Giải quyết hoàn toàn trên môi trường điện tử các thủ tục đất đai, xây dựng, môi trường thuộc thẩm quyền mới của xã đối với doanh nghiệp; mỗi dự án có một công chức đầu mối theo dõi",
          "100% hồ sơ của doanh nghiệp thuộc thẩm quyền xã được tiếp nhận, trả kết quả điện tử; thời gian giải quyết ngắn hơn quy định ít nhất 30%; danh sách công chức đầu mối công khai trên trang thông tin điện tử của xã", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Trung tâm Phục vụ hành chính công xã"),
];

#[rustfmt::skip]
static ST_X_TRIEUPHONG_2026: [UnitPledge; 6] = [
    issue("Chống hạn, xâm nhập mặn cho vùng lúa ven hạ lưu sông Thạch Hãn: nạo vét kênh tưới, vận hành cống ngăn mặn đúng lịch, chuyển đổi chân ruộng nhiễm mặn nặng",
          "Kênh tưới chính nạo vét xong trước 31/5; không có diện tích lúa mất trắng do mặn; chuyển đổi ít nhất 20 ha đất lúa nhiễm mặn sang cây trồng, vật nuôi phù hợp", 8,
          "UBND xã; Phòng Kinh tế xã; các hợp tác xã nông nghiệp"),
    issue("Mở rộng vùng lúa hữu cơ, lúa chất lượng cao có hợp đồng bao tiêu; đẩy mạnh cấy máy, thu hoạch bằng máy ở các hợp tác xã",
          "Diện tích lúa có liên kết tiêu thụ đạt ít nhất 800 ha; lúa hữu cơ tăng ít nhất 30 ha so với năm 2025; từ 90% diện tích được thu hoạch bằng máy", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; các hợp tác xã nông nghiệp"),
    issue("Đưa đất cát bỏ hoang vào sản xuất: mô hình dược liệu, chăn nuôi tập trung xa khu dân cư; trồng bổ sung phi lao chắn cát bay bảo vệ đồng ruộng",
          "Ít nhất 15 ha đất cát bỏ hoang được giao, cho thuê sản xuất có hợp đồng; trồng bổ sung ít nhất 10 ha phi lao, tỷ lệ sống từ 85% trở lên", 11,
          "UBND xã; Phòng Kinh tế xã; Đoàn Thanh niên xã"),
    issue("Rà soát quỹ đất công ích của các xã cũ sau hợp nhất; thu hồi diện tích bị lấn chiếm, sử dụng sai mục đích; cho thuê bằng đấu giá công khai",
          "Rà soát xong 100% quỹ đất công ích trước 30/6; 100% diện tích sử dụng sai mục đích được thu hồi hoặc ký lại hợp đồng; diện tích cho thuê mới đều qua đấu giá", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Ủy ban Kiểm tra Đảng ủy xã"),
    issue("Bảo đảm an ninh, trật tự, an toàn giao thông trên Quốc lộ 1 qua trung tâm xã dịp lễ Đức Mẹ Lên Trời tại Trung tâm hành hương Đức Mẹ La Vang; làm tốt công tác vận động đồng bào Công giáo ở các giáo xứ trên địa bàn",
          "Phương án phân luồng, bảo vệ được phê duyệt trước 31/7; không xảy ra tai nạn nghiêm trọng, mất an ninh trên địa bàn; gặp gỡ chức sắc các giáo xứ ít nhất 02 lần trong năm", 8,
          "Ban Thường vụ Đảng ủy xã; Công an xã; Ủy ban MTTQ Việt Nam xã"),
    theme("Mở kênh tiếp nhận, trả lời phản ánh, kiến nghị của người dân trên tài khoản chính thức của UBND xã trên mạng xã hội và ứng dụng của tỉnh, để người dân các xã cũ không phải đến trụ sở mới",
          "Kênh tiếp nhận hoạt động trước 31/3; 100% phản ánh được trả lời trong 05 ngày làm việc; kết quả xử lý công khai hằng quý tại hội nghị giao ban của Đảng ủy", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Văn phòng HĐND và UBND xã"),
];

#[rustfmt::skip]
static ST_X_HAILANG_2026: [UnitPledge; 6] = [
    issue("Hoàn thành bồi thường, giải phóng mặt bằng phần diện tích trên địa bàn xã phục vụ các tuyến giao thông kết nối Khu kinh tế Đông Nam Quảng Trị và dự án Nhà máy điện khí LNG Hải Lăng; chi trả đúng, đủ, công khai",
          "Bàn giao 100% mặt bằng theo tiến độ tỉnh giao; phương án bồi thường niêm yết tại nhà văn hóa thôn đúng thời hạn luật định; không có khiếu kiện đông người", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Hội đồng bồi thường, hỗ trợ và tái định cư xã"),
    issue("Ổn định đời sống các hộ tái định cư: hoàn thiện điện, nước, đường ở khu tái định cư trước khi dân vào ở; hỗ trợ chuyển đổi nghề, ưu tiên lao động địa phương vào làm việc tại các dự án",
          "100% hộ tái định cư có điện, nước sạch, đường bê tông khi nhận đất; ít nhất 150 lao động được đào tạo, giới thiệu việc làm tại các dự án trong Khu kinh tế", 12,
          "UBND xã; Phòng Văn hóa – Xã hội xã; Hội Liên hiệp Phụ nữ xã"),
    issue("Quản lý cư trú, an ninh, trật tự ở khu vực lán trại có đông công nhân, chuyên gia nước ngoài làm việc tại các dự án; phòng ngừa tệ nạn, tranh chấp giữa công nhân và người dân",
          "100% người đến lưu trú được khai báo trên hệ thống quản lý cư trú; không hình thành tụ điểm tệ nạn xã hội quanh khu lán trại; quy chế phối hợp với các nhà thầu ký trước 31/3", 12,
          "Ban Thường vụ Đảng ủy xã; Công an xã; Ban Chỉ huy Quân sự xã"),
    issue("Bảo vệ dân ở vùng trũng ven sông Ô Lâu, sông Vĩnh Định trong lũ lớn: rà soát các thôn thường bị chia cắt nhiều ngày, bố trí điểm tránh trú, dự trữ lương thực, phân công người phụ trách từng nhóm hộ",
          "Mỗi thôn bị chia cắt có điểm tránh trú an toàn, phương tiện cứu hộ và lương thực dự trữ tối thiểu 07 ngày trước 31/8; không có thiệt hại về người trong mùa mưa lũ", 11,
          "UBND xã; Ban Chỉ huy phòng thủ dân sự xã; Ban Chỉ huy Quân sự xã"),
    issue("Giữ vững vùng lúa hữu cơ, lúa chất lượng cao trên phần đất nông nghiệp còn lại sau thu hồi; tổ chức sản xuất tập trung qua hợp tác xã",
          "Diện tích lúa hữu cơ của xã đạt ít nhất 150 ha; 100% hợp tác xã có hợp đồng tiêu thụ lúa chất lượng cao; không để đất lúa chưa thu hồi bị bỏ hoang", 12,
          "UBND xã; Phòng Kinh tế xã; các hợp tác xã nông nghiệp"),
    theme("Công khai phương án bồi thường, giá đất, danh sách hộ được hỗ trợ trên trang thông tin điện tử của xã, tra cứu bằng mã QR dán tại nhà văn hóa thôn; tiếp nhận và trả lời kiến nghị về bồi thường trên môi trường điện tử",
          "100% phương án bồi thường phê duyệt trong năm 2026 được công khai điện tử; 100% kiến nghị gửi trực tuyến được trả lời trong 10 ngày làm việc", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Trung tâm Phục vụ hành chính công xã"),
];

#[rustfmt::skip]
static ST_X_HUONGPHUNG_2026: [UnitPledge; 7] = [
    issue("Giảm nghèo bền vững cho đồng bào Vân Kiều: hỗ trợ sinh kế bằng cà phê chè, chăn nuôi bò, trồng rừng; bình xét công khai, giải ngân đúng đối tượng vốn các chương trình mục tiêu quốc gia",
          "Tỷ lệ hộ nghèo giảm ít nhất 4% so với cuối năm 2025; giải ngân từ 95% vốn hỗ trợ sản xuất được giao; không có sai phạm bị cơ quan có thẩm quyền kết luận", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Phòng Văn hóa – Xã hội xã"),
    issue("Nâng giá trị cà phê Arabica Hướng Phùng: tái canh vườn già cỗi, hướng dẫn thu hái chín, sơ chế ướt; liên kết với doanh nghiệp để bán cà phê nhân thay vì bán quả tươi giá thấp",
          "Tái canh ít nhất 50 ha; ít nhất 01 hợp tác xã ký hợp đồng tiêu thụ cà phê đã sơ chế; giá bán bình quân của hộ liên kết cao hơn bán quả tươi ít nhất 15%", 12,
          "UBND xã; Phòng Kinh tế xã; các hợp tác xã cà phê"),
    issue("Phòng, chống sạt lở đất, lũ quét ở các thôn dưới taluy, ven khe suối và dọc đường Hồ Chí Minh nhánh Tây qua xã; di dời các hộ ở điểm nguy hiểm",
          "Danh sách 100% hộ trong vùng nguy cơ lập xong trước 31/7; di dời xong các hộ ở điểm nguy hiểm đã được phê duyệt trước 30/9; không có thiệt hại về người do sạt lở, lũ quét", 10,
          "Ban Thường vụ Đảng ủy xã; Ban Chỉ huy phòng thủ dân sự xã; Đồn Biên phòng Hướng Phùng"),
    issue("Bảo vệ rừng tự nhiên, rừng phòng hộ đầu nguồn giáp biên giới; chấm dứt phát rừng làm rẫy, lấn rừng trồng cà phê, sắn",
          "Không để xảy ra vụ phá rừng tự nhiên; 100% diện tích rừng giao khoán cho cộng đồng có tổ tuần tra và sổ ghi chép; 100% vụ vi phạm được xử lý", 12,
          "UBND xã; Hạt Kiểm lâm khu vực; Đồn Biên phòng Hướng Phùng"),
    issue("Cùng Đồn Biên phòng giữ ổn định tuyến biên giới Việt Nam – Lào qua xã: quản lý người qua lại, ngăn chặn vận chuyển ma túy, hàng lậu; củng cố tổ tự quản đường biên, cột mốc",
          "Không để xảy ra vụ việc phức tạp trên tuyến biên giới; 100% thôn biên giới có tổ tự quản đường biên, cột mốc hoạt động; tổ chức ít nhất 02 hoạt động giao lưu với bản đối diện bên Lào", 12,
          "Ban Thường vụ Đảng ủy xã; Đồn Biên phòng Hướng Phùng; Công an xã"),
    issue("Yêu cầu chủ đầu tư các dự án điện gió trên địa bàn hoàn trả đường dân sinh, kênh mương bị hư hỏng do vận chuyển thiết bị; giải quyết dứt điểm kiến nghị về bồi thường đất sản xuất",
          "100% đoạn đường dân sinh hư hỏng đã thống kê được hoàn trả trước 30/9; không có khiếu nại kéo dài quá 30 ngày về bồi thường", 9,
          "UBND xã; Phòng Kinh tế xã; Ủy ban MTTQ Việt Nam xã"),
    theme("Đưa dịch vụ hành chính công đến các cụm thôn cách xa trung tâm xã mới: công chức nhận hồ sơ lưu động theo lịch, hướng dẫn bằng tiếng Vân Kiều; đề nghị doanh nghiệp viễn thông phủ sóng các thôn còn lõm sóng",
          "100% cụm thôn xa có lịch nhận hồ sơ lưu động ít nhất 02 buổi mỗi tháng; ít nhất 03 thôn hiện còn lõm sóng được phủ sóng di động 4G; không có hồ sơ trễ hẹn vì người dân không liên lạc được", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Trung tâm Phục vụ hành chính công xã"),
];

#[rustfmt::skip]
static ST_X_DAKRONG_2026: [UnitPledge; 6] = [
    issue("Bảo đảm thông suốt Quốc lộ 9 và đường Hồ Chí Minh nhánh Tây qua xã trong mùa mưa: phối hợp đơn vị quản lý đường bố trí người, máy móc tại các điểm thường xuyên sạt lở; cảnh báo, chốt chặn khi mưa lớn",
          "Phương án chốt chặn tại 100% điểm sạt lở đã thống kê được phê duyệt trước 31/8; giao thông được khôi phục không quá 24 giờ sau mỗi đợt sạt lở; không có thiệt hại về người", 11,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Ban Chỉ huy phòng thủ dân sự xã"),
    issue("Bố trí đất ở, hạ tầng cho các hộ Vân Kiều, Pa Kô phải di dời khỏi vùng nguy cơ sạt lở, lũ quét ven sông Đakrông; vận động người dân không quay lại nơi ở cũ",
          "Hoàn thành hạ tầng ít nhất 01 khu tái định cư tập trung; di dời xong ít nhất 30 hộ trước 30/9; 100% hộ đã di dời được hỗ trợ đúng chính sách", 9,
          "UBND xã; Phòng Kinh tế xã; Ủy ban MTTQ Việt Nam xã"),
    issue("Giảm nghèo ở địa bàn có tỷ lệ hộ nghèo thuộc nhóm cao nhất tỉnh: hỗ trợ trồng rừng gỗ lớn, chăn nuôi trâu bò, dược liệu dưới tán rừng; chấm dứt cấp giống không đúng đối tượng",
          "Tỷ lệ hộ nghèo giảm ít nhất 5%; giải ngân từ 95% vốn được giao; 100% danh sách hộ được hỗ trợ bình xét công khai tại thôn; con giống hỗ trợ có tỷ lệ sống từ 95%", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Phòng Văn hóa – Xã hội xã"),
    issue("Giảm tảo hôn và hôn nhân cận huyết thống trong đồng bào Pa Kô, Vân Kiều; phối hợp nhà trường theo dõi học sinh nữ có nguy cơ bỏ học lấy chồng sớm",
          "Số trường hợp tảo hôn giảm ít nhất 50% so với năm 2025; 100% trường hợp phát hiện được can thiệp kịp thời; tỷ lệ học sinh trung học cơ sở bỏ học dưới 1%", 12,
          "UBND xã; Phòng Văn hóa – Xã hội xã; Hội Liên hiệp Phụ nữ xã; các trường học"),
    issue("Ngăn chặn khai thác gỗ, săn bắt động vật hoang dã, đào đãi vàng trái phép trong Khu bảo tồn thiên nhiên Đakrông và rừng phòng hộ đầu nguồn trên địa bàn xã",
          "Không để hình thành điểm đào đãi vàng trái phép; mỗi thôn có rừng duy trì tổ tuần tra cộng đồng ít nhất 04 lần mỗi tháng; số vụ vi phạm lâm luật giảm ít nhất 20% so với năm 2025, 100% vụ được xử lý", 12,
          "UBND xã; Ban Quản lý Khu bảo tồn thiên nhiên Đakrông; Hạt Kiểm lâm khu vực; Công an xã"),
    theme("Chi trả tiền dịch vụ môi trường rừng, trợ cấp xã hội và hỗ trợ hộ nghèo qua tài khoản; cập nhật hồ sơ hộ nghèo, cận nghèo trên phần mềm để bình xét và theo dõi thoát nghèo",
          "Từ 80% khoản chi trả chính sách và dịch vụ môi trường rừng thực hiện qua tài khoản; 100% hồ sơ hộ nghèo, cận nghèo cập nhật trên phần mềm trước 30/9; không có khiếu nại về chi trả", 12,
          "Ban Thường vụ Đảng ủy xã; UBND xã; Trung tâm Phục vụ hành chính công xã"),
];

#[rustfmt::skip]
static ST_DK_CONCO_2026: [UnitPledge; 7] = [
    issue("Xây dựng thế trận quốc phòng toàn dân, an ninh nhân dân trên đảo sau khi thành lập đặc khu: hiệp đồng giữa chính quyền đặc khu và các đơn vị đóng quân, duy trì dân quân thường trực",
          "Quy chế phối hợp giữa UBND đặc khu và các đơn vị đóng quân ký trước 31/3; diễn tập phòng thủ đạt loại khá trở lên; 100% phương tiện lạ trong vùng biển quanh đảo được phát hiện, báo cáo kịp thời", 12,
          "Ban Thường vụ Đảng ủy đặc khu; Ban Chỉ huy Quân sự đặc khu; Đồn Biên phòng Cồn Cỏ"),
    issue("Hỗ trợ ngư dân chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU): kiểm tra tàu cá vào neo đậu tại đảo, nhắc duy trì thiết bị giám sát hành trình và nhật ký khai thác",
          "100% tàu cá vào neo đậu tại đảo được kiểm tra giấy tờ, thiết bị giám sát hành trình; không có tàu cá, ngư dân vào đảo vi phạm vùng biển nước ngoài; mọi trường hợp mất kết nối được báo cáo trong ngày", 12,
          "UBND đặc khu; Đồn Biên phòng Cồn Cỏ; Công an đặc khu"),
    issue("Bảo đảm dịch vụ hậu cần và neo đậu tránh trú bão an toàn cho tàu cá tại đảo: nước ngọt, nhiên liệu, đá lạnh, sơ cứu y tế cho ngư dân",
          "Khu neo đậu tiếp nhận an toàn tàu cá trong 100% đợt bão, áp thấp nhiệt đới; 100% ngư dân gặp nạn đưa vào đảo được sơ cứu, chuyển viện kịp thời", 11,
          "UBND đặc khu; cơ sở y tế quân dân y trên đảo; các doanh nghiệp dịch vụ hậu cần"),
    issue("Bảo đảm đủ nước ngọt sinh hoạt mùa khô: vận hành, bảo dưỡng hồ chứa và hệ thống xử lý nước, tích trữ nước mưa; ưu tiên cho dân, các đơn vị và tàu cá tránh trú",
          "Không có ngày nào thiếu nước sinh hoạt cho hộ dân; nước cấp được xét nghiệm hằng quý, đạt quy chuẩn; hệ thống xử lý nước được bảo dưỡng xong trước 30/4", 12,
          "UBND đặc khu; đơn vị vận hành công trình cấp nước; các đơn vị đóng quân"),
    issue("Duy trì cấp điện ổn định 24/24 giờ trên đảo; sử dụng điện tiết kiệm, an toàn; khuyến khích lắp điện mặt trời mái nhà cho cơ quan, hộ dân",
          "Không có sự cố mất điện kéo dài quá 04 giờ do lỗi vận hành; ít nhất 05 cơ quan, hộ dân lắp điện mặt trời mái nhà tự dùng; không xảy ra tai nạn điện", 12,
          "UBND đặc khu; đơn vị quản lý, vận hành điện trên đảo"),
    issue("Phát triển du lịch biển đảo gắn với Khu bảo tồn biển Cồn Cỏ và di tích lịch sử trên đảo; quản lý vùng lặn ngắm san hô, an toàn cho khách đi tàu từ Cửa Việt ra đảo",
          "Lượt khách tăng ít nhất 10% so với năm 2025; quy định về vùng lặn, số khách tối đa được ban hành trước 31/3; 100% tàu chở khách đủ trang bị an toàn; không để xảy ra sự cố với du khách", 12,
          "UBND đặc khu; Ban Quản lý Khu bảo tồn biển Cồn Cỏ; Đồn Biên phòng Cồn Cỏ"),
    theme("Vận hành chính quyền đặc khu để người dân, ngư dân trên đảo không phải vào đất liền làm thủ tục: tiếp nhận, trả kết quả trực tuyến; họp, giao ban với tỉnh qua hệ thống trực tuyến",
          "100% thủ tục thuộc thẩm quyền đặc khu được giải quyết tại đảo hoặc trực tuyến; từ 70% hồ sơ tiếp nhận trực tuyến toàn trình; 100% cuộc họp của tỉnh có thành phần đặc khu được dự trực tuyến", 12,
          "Ban Thường vụ Đảng ủy đặc khu; UBND đặc khu; Trung tâm Phục vụ hành chính công đặc khu"),
];

#[rustfmt::skip]
static ST_CQD_2026: [UnitPledge; 6] = [
    issue("Hoàn thành sắp xếp, bố trí cán bộ, công chức các cơ quan Đảng tỉnh hợp nhất từ hai tỉnh cũ theo vị trí việc làm; giải quyết chế độ cho người nghỉ hưu trước tuổi, nghỉ thôi việc theo Nghị định 178/2024/NĐ-CP",
          "Đề án vị trí việc làm của 100% cơ quan được phê duyệt trước 30/6; 100% trường hợp có quyết định nghỉ được chi trả chế độ đúng hạn; số cấp phó vượt quy định giảm theo lộ trình Ban Thường vụ Tỉnh ủy phê duyệt", 12,
          "Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh; Ban Tổ chức Tỉnh ủy; cấp ủy các cơ quan Đảng tỉnh"),
    issue("Ổn định nơi ở, đi lại cho cán bộ, công chức chuyển công tác từ Đông Hà ra Đồng Hới: bố trí nhà công vụ, hỗ trợ thuê nhà, duy trì xe đưa đón hằng tuần",
          "100% cán bộ có nhu cầu được bố trí chỗ ở hoặc hỗ trợ tiền thuê nhà trước 31/3; xe đưa đón tuyến Đông Hà – Đồng Hới chạy đầu và cuối mỗi tuần; tổ chức ít nhất 02 buổi đối thoại về khó khăn nơi ở, đi lại", 12,
          "Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh; Văn phòng Tỉnh ủy; Công đoàn các cơ quan Đảng tỉnh"),
    issue("Kiện toàn tổ chức đảng trong các cơ quan sau hợp nhất: sáp nhập, thành lập chi bộ; chuyển sinh hoạt đảng cho đảng viên từ các đảng bộ khối của hai tỉnh cũ",
          "100% đảng viên được chuyển sinh hoạt và cập nhật trên cơ sở dữ liệu đảng viên trước 31/3; mỗi chi bộ có cấp ủy được chỉ định hoặc bầu bổ sung đủ số lượng trước 31/3", 3,
          "Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh; Ban Xây dựng Đảng, Đảng ủy các cơ quan Đảng tỉnh"),
    issue("Giữ đoàn kết nội bộ giữa cán bộ đến từ hai tỉnh cũ: phân công công việc công khai, đánh giá bằng sản phẩm; nắm bắt, giải quyết kịp thời tâm tư của cán bộ",
          "Không có phản ánh có cơ sở về thiên vị trong bố trí, đánh giá cán bộ; khảo sát tư tưởng cán bộ, đảng viên 02 lần trong năm, có báo cáo và giải pháp cho từng vấn đề nêu ra", 12,
          "Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh; Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    issue("Siết chặt kỷ luật, kỷ cương công vụ: chấm dứt đi muộn, về sớm, bỏ vị trí làm việc với lý do đi lại xa; không để chậm trễ văn bản do thay đổi đầu mối",
          "Kiểm tra đột xuất ít nhất 02 lần mỗi quý; 100% trường hợp vi phạm được nhắc nhở, kiểm điểm và công khai trong cơ quan; không có văn bản tham mưu trễ hạn quá 05 ngày làm việc", 12,
          "Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh; Ủy ban Kiểm tra Đảng ủy các cơ quan Đảng tỉnh"),
    theme("Xử lý văn bản Đảng hoàn toàn trên hệ thống điện tử, ký số đối với văn bản không mật; họp trực tuyến để giảm đi lại giữa Đông Hà và Đồng Hới; số hóa hồ sơ lưu trữ của các cơ quan Đảng hai tỉnh cũ",
          "100% văn bản không mật được ký số, gửi nhận trên hệ thống; từ 80% cuộc họp có thành phần ở xa được tổ chức trực tuyến; số hóa xong hồ sơ lưu trữ giai đoạn 2020–2025 của hai tỉnh cũ trước 31/12", 12,
          "Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh; Văn phòng Tỉnh ủy; cấp ủy các cơ quan Đảng tỉnh"),
];

// ---------------------------------------------------------------------------------------
// Return comments
// ---------------------------------------------------------------------------------------

/// Comments a provincial reviewer writes when returning a standing committee's commitment
/// for revision.
pub const COMMITMENT_RETURN_COMMENTS: &[&str] = &[
    "Một số nội dung còn dùng các cụm từ “tăng cường”, “từng bước nâng cao” mà chưa có chỉ tiêu định lượng. Đề nghị Ban Thường vụ bổ sung con số cụ thể và mốc so sánh với kết quả năm 2025 để cuối năm có căn cứ đánh giá.",
    "Đề nghị Ban Thường vụ ghi rõ thời hạn hoàn thành cho từng nội dung; các nội dung thực hiện cả năm cần bổ sung mốc kiểm điểm giữa năm (30/6) để Ban Thường vụ Tỉnh ủy theo dõi.",
    "Nội dung lãnh đạo hoàn thành dự toán thu ngân sách và học tập, quán triệt nghị quyết là nhiệm vụ thường xuyên của cấp ủy, chưa phải vấn đề nổi lên cần tập trung giải quyết. Đề nghị Ban Thường vụ thay bằng vấn đề bức xúc, tồn đọng đặc thù của địa phương mà nhân dân đang quan tâm.",
    "Đề nghị Ban Thường vụ xác định rõ cơ quan chủ trì và người chịu trách nhiệm đối với từng nội dung, không ghi chung là “các cấp, các ngành” hoặc “cả hệ thống chính trị”.",
    "Chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình đăng ký thấp hơn kết quả đơn vị đã đạt trong 6 tháng cuối năm 2025. Đề nghị Ban Thường vụ rà soát, nâng chỉ tiêu ít nhất bằng mức đã đạt.",
    "Nội dung thực hiện chủ đề năm mới nêu “đẩy mạnh chuyển đổi số trong toàn Đảng bộ”, chưa đo được kết quả. Đề nghị Ban Thường vụ chọn một việc cụ thể gắn với vận hành chính quyền hai cấp tại địa phương, có sản phẩm và thời hạn rõ ràng.",
    "Một số nội dung thuộc thẩm quyền của UBND tỉnh hoặc các sở, ngành như bố trí vốn đầu tư kè, nâng cấp quốc lộ. Đề nghị Ban Thường vụ chỉ cam kết phần việc thuộc trách nhiệm của địa phương như hoàn thành hồ sơ đề xuất, bàn giao mặt bằng, vận động nhân dân.",
    "Nhiều nội dung trùng gần nguyên văn với bản cam kết của đơn vị khác. Đề nghị Ban Thường vụ xây dựng lại trên cơ sở tình hình thực tế của địa phương, nêu rõ địa bàn, công trình, vấn đề cụ thể cần giải quyết.",
];

/// Comments a grassroots committee writes when returning a cell's or grassroots
/// organisation's collective action plan.
pub const COLLECTIVE_RETURN_COMMENTS: &[&str] = &[
    "Kế hoạch chưa xác định nội dung trọng tâm của năm. Đề nghị chi bộ chọn 02 đến 03 nội dung trọng tâm và đánh dấu để Đảng ủy theo dõi, đánh giá.",
    "Cột kết quả, sản phẩm còn ghi “hoàn thành tốt”, “đạt kết quả cao”. Đề nghị chi bộ ghi rõ sản phẩm cụ thể (số hộ, số buổi, tỷ lệ, văn bản ban hành) để cuối năm có căn cứ đánh giá, xếp loại.",
    "Nhiều nội dung giữ nguyên như kế hoạch năm 2025, có nội dung đã hoàn thành từ năm trước. Đề nghị chi bộ rà soát, bổ sung các nhiệm vụ mới phát sinh sau khi sắp xếp thôn, khu phố và đơn vị hành chính.",
    "Kế hoạch chưa có nội dung thực hiện chủ đề năm 2026 của Tỉnh ủy. Đề nghị chi bộ đăng ký ít nhất 01 việc cụ thể gắn với vận hành chính quyền hai cấp hoặc chuyển đổi số ở địa bàn, đơn vị mình.",
    "Một số nội dung chưa ghi người hoặc bộ phận thực hiện. Đề nghị chi bộ phân công cụ thể cho chi ủy viên, tổ đảng hoặc đảng viên phụ trách từng nội dung.",
    "Một số chỉ tiêu vượt quá khả năng thực hiện trong năm và phụ thuộc nguồn vốn chưa được bố trí. Đề nghị chi bộ điều chỉnh cho phù hợp với nguồn lực thực tế, chỉ đăng ký phần việc chi bộ chủ động thực hiện được.",
    "Tất cả nội dung đều để thời hạn 31/12. Đề nghị chi bộ xác định mốc hoàn thành cụ thể cho những việc làm xong được trong quý, nhất là các việc phục vụ bầu cử và chuẩn bị mùa mưa bão.",
    "Kế hoạch chưa có giải pháp khắc phục những hạn chế đã được chỉ ra trong kiểm điểm tập thể cuối năm 2025. Đề nghị chi bộ bổ sung nội dung khắc phục cụ thể, có thời hạn và người chịu trách nhiệm.",
];
// ---------------------------------------------------------------------------------------
// Secretaries' personal commitments with the provincial standing committee, 2017
// ---------------------------------------------------------------------------------------

#[rustfmt::skip]
static SEC_DONGHA_2017: [UnitPledge; 8] = [
    own_example("Giữ mối liên hệ với chi bộ khu phố nơi cư trú theo Quy định 76-QĐ/TW; gương mẫu chấp hành trật tự đô thị, gia đình không lấn chiếm vỉa hè, không xây dựng sai phép",
                "Dự ít nhất 02 kỳ sinh hoạt của chi bộ khu phố nơi cư trú; có nhận xét của chi ủy và Đảng ủy phường nơi cư trú cuối năm; gia đình không có vi phạm về trật tự đô thị", 12),
    own_example("Kê khai trung thực tài sản, thu nhập năm 2017; không nhận quà biếu, không nhận lời mời ăn uống, du lịch của nhà đầu tư, doanh nghiệp đang có dự án hoặc hồ sơ tại thành phố",
                "Bản kê khai nộp đúng hạn và được niêm yết công khai tại cơ quan Thành ủy; không có phản ánh có cơ sở về việc nhận quà, nhận ưu đãi của nhà đầu tư, doanh nghiệp", 12),
    own_study("Học chương trình bồi dưỡng ngạch chuyên viên cao cấp; chọn đề tài tiểu luận cuối khóa về giải pháp lập lại trật tự đô thị ở thành phố Đông Hà",
              "Có chứng chỉ chuyên viên cao cấp trước 31/10; tiểu luận đạt loại khá trở lên, các giải pháp khả thi được đưa vào chương trình công tác quý IV của Ban Thường vụ Thành ủy", 10),
    own_study("Nghiên cứu chuyên đề năm 2017 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong phòng, chống suy thoái, “tự diễn biến”, “tự chuyển hóa”; trực tiếp quán triệt cho cán bộ chủ chốt thành phố",
              "Trực tiếp báo cáo chuyên đề tại hội nghị cán bộ chủ chốt thành phố trước 30/6; có bài viết liên hệ thực tiễn Đảng bộ thành phố đăng trên Báo Quảng Trị", 6),
    own_remedy("Khắc phục hạn chế đã nêu trong kiểm điểm năm 2016: giao việc giải phóng mặt bằng cho UBND thành phố nhưng chưa kiểm tra, đôn đốc đến cùng, để một số dự án kéo dài",
               "Chủ trì giao ban giải phóng mặt bằng mỗi tháng một lần; 100% dự án chậm tiến độ có kết luận ghi rõ người chịu trách nhiệm, thời hạn và được kiểm tra lại ở kỳ giao ban sau", 12),
    own_remedy("Khắc phục việc tiếp công dân định kỳ chưa đều, có tháng ủy quyền cho Phó Bí thư tiếp thay",
               "Trực tiếp tiếp công dân đủ 12 kỳ, mỗi tháng ít nhất 01 ngày; 100% kiến nghị có văn bản giao xử lý và được theo dõi đến khi trả lời công dân", 12),
    own_duty("Trực tiếp chỉ đạo giải tỏa lấn chiếm vỉa hè, lòng đường quanh chợ Đông Hà; kiểm tra đột xuất các phường sau 03 tháng và 06 tháng ra quân",
             "Khu vực quanh chợ không còn điểm lấn chiếm cố định trước 30/9; có ít nhất 02 thông báo kết luận kiểm tra gửi UBND thành phố và Đảng ủy các phường", 9),
    own_duty("Làm Trưởng Ban Chỉ đạo thí điểm thi tuyển lãnh đạo cấp phòng của thành phố; không giới thiệu, gợi ý người dự tuyển; công bố đề án và kết quả trên Trang thông tin điện tử thành phố",
             "Kỳ thi tuyển hoàn thành trước 31/10; người trúng tuyển được bổ nhiệm đúng kết quả thi; không có khiếu nại có cơ sở về quy trình", 10),
];

#[rustfmt::skip]
static SEC_QUANGTRI_2017: [UnitPledge; 8] = [
    own_example("Không tặng quà, không nhận quà trái quy định nhân dịp lễ, Tết; không để cơ quan Thị ủy dùng ngân sách mua quà biếu cấp trên hoặc tổ chức đoàn đi chúc Tết",
                "Quyết toán năm 2017 của cơ quan Thị ủy không có khoản chi quà biếu cấp trên; việc thực hiện được báo cáo công khai tại hội nghị Ban Chấp hành Đảng bộ thị xã cuối năm", 12),
    own_example("Trực tiếp thăm hỏi thương binh nặng, gia đình liệt sĩ và cựu chiến binh từng chiến đấu ở Thành cổ nhân 70 năm Ngày Thương binh – Liệt sĩ; đóng góp từ tiền lương vào Quỹ Đền ơn đáp nghĩa thị xã",
                "Thăm ít nhất 15 gia đình chính sách ở các phường và xã Hải Lệ trước 27/7; đóng góp ít nhất 01 ngày lương vào Quỹ Đền ơn đáp nghĩa", 7),
    own_study("Học tiếng Anh để trực tiếp tiếp xúc, làm việc với các đoàn cựu chiến binh và khách quốc tế đến thăm Thành cổ Quảng Trị",
              "Đạt trình độ tiếng Anh bậc 3 (B1) theo Khung năng lực ngoại ngữ 6 bậc dùng cho Việt Nam trước 30/11", 11),
    own_study("Nghiên cứu tác phẩm “Sửa đổi lối làm việc” của Chủ tịch Hồ Chí Minh, phần “Vấn đề cán bộ”; đối chiếu với Nghị quyết Trung ương 4 khóa XII",
              "Có bài thu hoạch liên hệ công tác cán bộ của thị xã; trực tiếp nói chuyện chuyên đề tại hội nghị cán bộ, đảng viên thị xã trước 30/9", 9),
    own_remedy("Khắc phục hạn chế còn nể nang, né tránh khi phê bình các đồng chí trong Ban Thường vụ và người đứng đầu phòng, ban để xảy ra khuyết điểm",
               "Kiểm điểm giữa năm và cuối năm chỉ rõ ít nhất 01 hạn chế và trách nhiệm của từng ủy viên Ban Thường vụ; 100% người đứng đầu để xảy ra sai phạm được kiểm điểm, kết quả thông báo trong Đảng bộ", 12),
    own_remedy("Khắc phục việc chỉ đạo giải quyết khiếu nại đất đai ở xã Hải Lệ còn chậm, có vụ giao đi giao lại giữa các cơ quan",
               "Trực tiếp chủ trì đối thoại với các hộ có khiếu nại tồn đọng; mỗi vụ có một cơ quan chủ trì và một thời hạn; không vụ nào quá hạn trên 30 ngày mà chưa có văn bản trả lời", 12),
    own_duty("Làm Trưởng Ban Chỉ đạo các hoạt động kỷ niệm 70 năm Ngày Thương binh – Liệt sĩ và 45 năm sự kiện 81 ngày đêm bảo vệ Thành cổ Quảng Trị trên địa bàn thị xã; tổ chức trang trọng, tiết kiệm",
             "Các hoạt động diễn ra đúng kế hoạch, an toàn; quyết toán kinh phí kỷ niệm được công khai trước 31/10", 10),
    own_duty("Trực tiếp chịu trách nhiệm về kế hoạch luân chuyển cán bộ lĩnh vực đất đai, tài chính, xây dựng; gặp, trao đổi với từng cán bộ trước khi Ban Thường vụ quyết định luân chuyển",
             "100% cán bộ luân chuyển được gặp trước khi có quyết định; sau 06 tháng ở vị trí mới, mỗi người có bản nhận xét của người đứng đầu nơi đến", 12),
];

#[rustfmt::skip]
static SEC_VINHLINH_2017: [UnitPledge; 8] = [
    own_example("Trực tiếp đối thoại với ngư dân, người lao động các xã, thị trấn ven biển về chi trả bồi thường sự cố môi trường biển; công khai số điện thoại của Bí thư Huyện ủy để người dân phản ánh",
                "Đối thoại ít nhất 02 buổi ở các xã, thị trấn ven biển; 100% phản ánh qua điện thoại được chuyển xử lý và trả lời người dân trong 15 ngày", 9),
    own_example("Không giới thiệu, gợi ý, can thiệp để người thân được tuyển dụng, đưa vào quy hoạch, bổ nhiệm trong các cơ quan, đơn vị, xã, thị trấn của huyện",
                "Báo cáo Ban Thường vụ Huyện ủy danh sách người thân đang công tác trong hệ thống chính trị huyện trước 31/3; không có người thân được tuyển dụng, bổ nhiệm trái quy trình", 12),
    own_study("Nghiên cứu Nghị quyết Trung ương 5 khóa XII về phát triển kinh tế tư nhân; vận dụng vào tổ chức lại sản xuất, tiêu thụ hồ tiêu và dịch vụ du lịch biển của huyện",
              "Chương trình hành động của Huyện ủy thực hiện Nghị quyết do bản thân trực tiếp chỉ đạo xây dựng được ban hành trước 30/9, có nội dung riêng về hồ tiêu và du lịch Cửa Tùng", 9),
    own_study("Nghiên cứu tác phẩm “Dân vận” của Chủ tịch Hồ Chí Minh; liên hệ công tác dân vận ở vùng biển sau sự cố môi trường năm 2016",
              "Bài thu hoạch được chi bộ cơ quan Huyện ủy nhận xét đạt yêu cầu; trực tiếp nói chuyện chuyên đề tại hội nghị cán bộ làm công tác dân vận của huyện nhân Ngày truyền thống công tác dân vận 15/10", 10),
    own_remedy("Khắc phục hạn chế chưa dành nhiều thời gian đi cơ sở, nhất là các xã vùng gò đồi trồng hồ tiêu, cao su phía Tây huyện",
               "Làm việc tại cơ sở ít nhất 05 ngày mỗi tháng; đến đủ 100% xã, thị trấn trong năm; mỗi chuyến công tác có thông báo ý kiến chỉ đạo", 12),
    own_remedy("Khắc phục việc kết luận của Ban Thường vụ có nội dung còn chung chung, chưa rõ cơ quan chủ trì và thời hạn thực hiện",
               "100% thông báo kết luận của Ban Thường vụ ghi rõ cơ quan chủ trì, thời hạn; hằng quý tự kiểm điểm trước Ban Thường vụ về việc đôn đốc thực hiện các kết luận", 12),
    own_duty("Trực tiếp tiếp và làm việc với các nhà đầu tư có đề xuất dự án vào Khu công nghiệp Tây Bắc Hồ Xá; theo dõi từng hồ sơ đến khi được cấp chủ trương đầu tư",
             "Mỗi đề xuất của nhà đầu tư được huyện trả lời trong 10 ngày làm việc; có ít nhất 01 dự án khởi công trong năm 2017", 12),
    own_duty("Trực tiếp chủ trì đánh giá, sàng lọc Bí thư Đảng ủy, Chủ tịch UBND các xã, thị trấn; làm việc riêng với từng người có kết quả đánh giá thấp trước khi Ban Thường vụ quyết định",
             "Hoàn thành đánh giá trước 30/11; 100% trường hợp không hoàn thành nhiệm vụ được Ban Thường vụ xem xét kiện toàn, thay thế trước 31/12", 12),
];

#[rustfmt::skip]
static SEC_GIOLINH_2017: [UnitPledge; 8] = [
    own_example("Bảo đảm người thân trong gia đình không tham gia, không góp vốn, không bao che hoạt động khai thác cát, sỏi, titan trái phép; trực tiếp chuyển tin báo của nhân dân cho Công an huyện",
                "Không có người thân nào liên quan đến các vụ khai thác trái phép bị phát hiện; 100% tin báo nhận được chuyển Công an huyện xác minh trong 24 giờ và có phản hồi cho người báo tin", 12),
    own_example("Thực hiện Quy định 55-QĐ/TW về nêu gương: công khai bản cam kết tu dưỡng, rèn luyện, phấn đấu tại chi bộ và tại hội nghị Ban Chấp hành Đảng bộ huyện",
                "Bản cam kết được công khai trước 31/3; tự đánh giá việc thực hiện trước Ban Chấp hành Đảng bộ huyện vào giữa năm và cuối năm", 12),
    own_study("Học và thi chứng chỉ ứng dụng công nghệ thông tin cơ bản; xử lý văn bản, cho ý kiến chỉ đạo trên phần mềm quản lý văn bản và điều hành của Huyện ủy",
              "Có chứng chỉ trước 30/9; từ quý IV, 100% văn bản đến được cho ý kiến chỉ đạo trên phần mềm, không chuyển bản giấy", 12),
    own_study("Nghiên cứu Nghị quyết Trung ương 4 khóa XII, liên hệ 27 biểu hiện suy thoái với tình hình các tổ chức cơ sở đảng có nội bộ mất đoàn kết của huyện",
              "Bài thu hoạch nộp chi bộ trước 30/4; trực tiếp dự Diễn đàn sinh hoạt chi bộ ở ít nhất 03 chi bộ thuộc các cơ sở mất đoàn kết trước 30/6", 6),
    own_remedy("Khắc phục việc xem xét, xử lý cán bộ sai phạm ở các cơ sở có đơn thư còn chậm, còn muốn giữ “êm” nội bộ",
               "Mỗi vụ việc được Ban Thường vụ kết luận trong 60 ngày kể từ khi có báo cáo xác minh; cá nhân sai phạm bị xử lý, không để vụ việc nào kéo sang năm 2018", 12),
    own_remedy("Khắc phục việc nắm tình hình các xã bãi ngang ven biển chủ yếu qua báo cáo của cơ sở",
               "Mỗi quý làm việc trực tiếp với chi bộ thôn ở ít nhất 01 xã trong các xã Trung Giang, Gio Hải, Gio Việt, Gio Mai; kiến nghị của đảng viên được giải quyết hoặc trả lời trong 30 ngày", 12),
    own_duty("Trực tiếp đôn đốc giải phóng mặt bằng Khu công nghiệp Quán Ngang; đối thoại với các hộ chưa nhận tiền bồi thường, chưa bàn giao đất",
             "100% hộ còn vướng mắc được đối thoại trực tiếp; mặt bằng bàn giao đúng tiến độ tỉnh giao; không có khiếu kiện vượt cấp", 12),
    own_duty("Tự chấm điểm trước theo Bộ tiêu chí đánh giá cán bộ của huyện; trực tiếp đánh giá hằng quý các ủy viên Ban Thường vụ và người đứng đầu các ban, ngành huyện",
             "Đủ 04 kỳ đánh giá quý; bản tự đánh giá của Bí thư được công khai trước Ban Thường vụ mỗi kỳ; kết quả cuối năm có phân loại rõ, không xếp loại đồng loạt", 12),
];

#[rustfmt::skip]
static SEC_CAMLO_2017: [UnitPledge; 8] = [
    own_example("Đi đầu tiêu dùng nông sản an toàn của huyện: dự chợ phiên nông sản an toàn hằng tháng, trực tiếp mua hàng và trao đổi với hộ sản xuất về khó khăn tiêu thụ",
                "Dự ít nhất 10/12 phiên chợ; kiến nghị của hộ sản xuất được tổng hợp, chuyển UBND huyện giải quyết ngay trong tháng", 12),
    own_example("Không sử dụng xe công vào việc riêng; đi công tác cơ sở gần thì kết hợp nhiều nội dung trong một chuyến để tiết kiệm chi phí",
                "Nhật trình xe phục vụ Bí thư được công khai hằng quý tại cơ quan Huyện ủy; không có chuyến xe sử dụng sai mục đích", 12),
    own_study("Tham gia lớp bồi dưỡng kiến thức quốc phòng và an ninh dành cho cán bộ diện Ban Thường vụ Tỉnh ủy quản lý",
              "Có giấy chứng nhận hoàn thành khóa học; bài thu hoạch liên hệ xây dựng khu vực phòng thủ huyện Cam Lộ đạt yêu cầu", 9),
    own_study("Nghiên cứu tư tưởng Hồ Chí Minh về “việc gì có lợi cho dân phải hết sức làm, việc gì có hại cho dân phải hết sức tránh”; liên hệ chương trình xây dựng nông thôn mới của huyện",
              "Có bài tham luận tại hội nghị sơ kết một năm thực hiện Chỉ thị 05-CT/TW của huyện, đề xuất ít nhất 03 việc Huyện ủy làm ngay", 6),
    own_remedy("Khắc phục tác phong điều hành đôi lúc nóng vội, kết luận khi chưa lắng nghe đủ ý kiến của các thành viên Ban Thường vụ",
               "Các vấn đề thuộc thẩm quyền Ban Thường vụ đều được đưa ra tập thể thảo luận trước khi kết luận; không có kết luận phải điều chỉnh vì thiếu căn cứ", 12),
    own_remedy("Khắc phục việc hội họp còn nhiều, kéo dài; lồng ghép các hội nghị có cùng thành phần dự",
               "Số cuộc họp do Huyện ủy chủ trì giảm ít nhất 15% so với năm 2016; hội nghị thường kỳ không quá một buổi", 12),
    own_duty("Trực tiếp chỉ đạo xử lý bụi, nước thải ở các cơ sở chế biến gỗ dọc Quốc lộ 9; chủ trì đối thoại giữa chủ cơ sở và người dân bị ảnh hưởng",
             "Tổ chức ít nhất 01 buổi đối thoại trước 30/6; cơ sở không hoàn thành xử lý bụi, nước thải đúng hạn bị đề nghị đình chỉ hoạt động", 10),
    own_duty("Trực tiếp chỉ đạo rà soát văn bằng, chứng chỉ của cán bộ, công chức, viên chức trong hệ thống chính trị huyện và xã; xử lý nghiêm trường hợp sử dụng văn bằng không hợp pháp",
             "Rà soát 100% hồ sơ trước 30/9, báo cáo Ban Tổ chức Tỉnh ủy; 100% trường hợp vi phạm được xử lý theo quy định và công khai", 9),
];

#[rustfmt::skip]
static SEC_TRIEUPHONG_2017: [UnitPledge; 8] = [
    own_example("Không nhận quà, không gặp riêng ngoài cơ quan người đang trong diện xem xét quy hoạch, bổ nhiệm để bàn về nhân sự; kiên quyết từ chối mọi sự nhờ vả trong công tác cán bộ",
                "Mọi trao đổi về nhân sự đều diễn ra tại cơ quan, có thành viên Ban Thường vụ cùng dự; không có phản ánh có cơ sở về chạy chức, chạy quy hoạch liên quan đến bản thân", 12),
    own_example("Trực tiếp dự sinh hoạt định kỳ của chi bộ thôn ở các xã ven biển Triệu Vân, Triệu An, Triệu Lăng; nghe ý kiến đảng viên về quản lý nuôi tôm trên cát",
                "Dự ít nhất 03 kỳ sinh hoạt, mỗi xã ít nhất 01 kỳ; ý kiến của đảng viên được trả lời tại kỳ sinh hoạt tiếp theo", 12),
    own_study("Tham gia lớp tập huấn quản lý rủi ro thiên tai dựa vào cộng đồng theo Đề án 1002 dành cho cán bộ chủ chốt cấp huyện; nghiên cứu bản đồ ngập lụt vùng hạ lưu sông Thạch Hãn",
              "Có giấy chứng nhận trước 31/7; chỉ đạo bổ sung phương án sơ tán dân theo cấp độ rủi ro cho các xã vùng trũng trước 31/8", 8),
    own_study("Nghiên cứu Nghị quyết Trung ương 6 khóa XII về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
              "Viết bài thu hoạch nêu những việc Huyện ủy cần làm ngay; dự thảo kế hoạch thực hiện của Huyện ủy được trình Ban Thường vụ trước 31/12", 12),
    own_remedy("Khắc phục hạn chế giao nhiệm vụ cho người đứng đầu cấp xã nhưng chưa kiểm tra thường xuyên việc thực hiện",
               "Trực tiếp làm việc với Ban Thường vụ Đảng ủy ít nhất 06 xã, thị trấn; mỗi buổi có thông báo kết luận và được kiểm tra lại sau 03 tháng", 12),
    own_remedy("Khắc phục việc còn ngại va chạm khi xem xét trách nhiệm cán bộ, kể cả người đã nghỉ hưu, trong các vụ giao đất sai thẩm quyền",
               "100% trường hợp có kết luận sai phạm được Ủy ban Kiểm tra xem xét trách nhiệm; kết quả thông báo đến chi bộ nơi đảng viên sinh hoạt", 12),
    own_duty("Trực tiếp kiểm tra các đoạn đê bao, cống tiêu úng xung yếu trước mùa lũ; có mặt chỉ đạo tại vùng trũng trong các đợt lũ lớn",
             "Kiểm tra thực địa xong trước 31/8; trực tiếp có mặt tại các xã vùng trũng trong mỗi đợt lũ từ báo động III trở lên", 11),
    own_duty("Lãnh đạo kỳ tuyển dụng công chức xã năm 2017; giao Ban Tổ chức Huyện ủy giám sát từng khâu, công khai điểm thi và kết quả",
             "Kỳ tuyển dụng hoàn thành trước 30/10; người trúng tuyển đúng chuyên ngành của vị trí cần tuyển; không có khiếu nại có cơ sở về kết quả", 10),
];

#[rustfmt::skip]
static SEC_HAILANG_2017: [UnitPledge; 8] = [
    own_example("Bảo đảm người thân trong gia đình không mua bán, chuyển nhượng đất, không trồng cây, xây dựng đón bồi thường trong vùng quy hoạch Khu kinh tế Đông Nam Quảng Trị",
                "Báo cáo Ban Thường vụ về đất đai của người thân trong vùng quy hoạch trước 30/4; không có trường hợp nào của người thân bị lập biên bản", 12),
    own_example("Không dự tiệc chiêu đãi, không sử dụng phương tiện, dịch vụ do nhà đầu tư vào Khu kinh tế cung cấp; làm việc với nhà đầu tư tại trụ sở, có biên bản",
                "Không có phản ánh có cơ sở về quan hệ không trong sáng với nhà đầu tư; 100% buổi làm việc với nhà đầu tư có thông báo kết luận lưu tại Văn phòng Huyện ủy", 12),
    own_study("Nghiên cứu Luật Đất đai năm 2013 và các quy định của tỉnh về bồi thường, hỗ trợ, tái định cư để trực tiếp giải đáp cho người dân vùng dự án",
              "Chủ trì biên soạn tài liệu hỏi – đáp về chính sách bồi thường, tái định cư phát đến các hộ vùng dự án; trực tiếp giải đáp chính sách tại ít nhất 02 buổi đối thoại ở các xã ven biển trước 30/6", 6),
    own_study("Nghiên cứu Luật Tín ngưỡng, tôn giáo năm 2016 và tư tưởng Hồ Chí Minh về đoàn kết lương – giáo; vận dụng vào công tác vận động đồng bào Công giáo ở Hải Lăng",
              "Trực tiếp quán triệt Luật cho cán bộ chủ chốt huyện, xã trước 30/11, trước khi Luật có hiệu lực; có bài viết liên hệ thực tiễn gửi Ban Tuyên giáo Tỉnh ủy", 11),
    own_remedy("Khắc phục hạn chế ít tiếp xúc trực tiếp với các hộ phải di dời, tái định cư, còn nghe qua báo cáo của Hội đồng bồi thường",
               "Trực tiếp gặp ít nhất 20 hộ còn băn khoăn, không hứa hẹn ngoài chính sách; 100% kiến nghị được trả lời bằng văn bản trong 15 ngày", 9),
    own_remedy("Khắc phục việc chỉ đạo xử lý ô nhiễm từ các trang trại chăn nuôi lợn chưa dứt điểm, để người dân kiến nghị nhiều lần",
               "Mỗi kiến nghị về ô nhiễm trang trại được xử lý, trả lời trong 30 ngày; không còn kiến nghị lặp lại quá 02 lần đối với cùng một trang trại", 12),
    own_duty("Làm Trưởng Ban Chỉ đạo giải phóng mặt bằng Khu kinh tế Đông Nam trên địa bàn huyện; chủ trì giao ban hằng tuần với Hội đồng bồi thường",
             "Giao ban hằng tuần được duy trì cả năm; vướng mắc vượt thẩm quyền được báo cáo UBND tỉnh trong 07 ngày", 12),
    own_duty("Trực tiếp lựa chọn cán bộ trẻ có năng lực đưa vào các tổ công tác giải phóng mặt bằng để thử thách; đánh giá qua kết quả vận động nhân dân",
             "Ít nhất 05 cán bộ trẻ được thử thách; người hoàn thành tốt nhiệm vụ được đề xuất bổ sung quy hoạch cán bộ lãnh đạo, quản lý của huyện trước 31/12", 12),
];

#[rustfmt::skip]
static SEC_HUONGHOA_2017: [UnitPledge; 8] = [
    own_example("Mỗi quý ở lại qua đêm tại một thôn đặc biệt khó khăn ở các xã phía Nam huyện; ăn cùng, trò chuyện với già làng, trưởng bản, người có uy tín",
                "Ít nhất 04 lần ở lại thôn trong năm; kiến nghị của người dân được ghi chép, giao xử lý và trả lời trong 30 ngày", 12),
    own_example("Nhận đỡ đầu 02 hộ nghèo đồng bào Vân Kiều, Pa Kô ở xã A Dơi bằng nguồn đóng góp cá nhân; hướng dẫn hộ trồng, chăm sóc cà phê và chăn nuôi",
                "Ít nhất 01 trong 02 hộ ra khỏi danh sách hộ nghèo qua rà soát cuối năm 2017; con em trong độ tuổi đi học của 02 hộ không bỏ học", 12),
    own_study("Học tiếng Lào giao tiếp để làm việc trực tiếp với lãnh đạo các huyện giáp biên của tỉnh Savannakhet",
              "Hoàn thành lớp tiếng Lào giao tiếp, đạt yêu cầu kiểm tra cuối khóa trước 30/11; giao tiếp được trong các buổi gặp thông thường mà không cần phiên dịch", 11),
    own_study("Nghiên cứu Thư Chủ tịch Hồ Chí Minh gửi Đại hội các dân tộc thiểu số miền Nam tại Plây Cu (19/4/1946) và tư tưởng của Người về đại đoàn kết dân tộc",
              "Bài viết thu hoạch được Ban Tuyên giáo Huyện ủy in làm tài liệu sinh hoạt chi bộ; trực tiếp nói chuyện chuyên đề tại lớp bồi dưỡng cán bộ chủ chốt các xã vùng đồng bào dân tộc thiểu số trước 30/9", 9),
    own_remedy("Khắc phục hạn chế chỉ đạo phòng, chống ma túy còn dàn trải, chưa tập trung vào các địa bàn trọng điểm ở thị trấn Khe Sanh, thị trấn Lao Bảo",
               "Chủ trì giao ban hằng quý với Công an huyện và các đồn Biên phòng; mỗi địa bàn trọng điểm có kế hoạch chuyển hóa, người chịu trách nhiệm và được kiểm tra lại sau 06 tháng", 12),
    own_remedy("Khắc phục việc còn e ngại bố trí cán bộ trẻ người dân tộc thiểu số vào vị trí chủ chốt vì lo thiếu kinh nghiệm",
               "Đề xuất Ban Thường vụ bố trí ít nhất 03 cán bộ trẻ người Vân Kiều, Pa Kô giữ chức danh chủ chốt xã; mỗi người có một ủy viên Ban Chấp hành Đảng bộ huyện kèm cặp", 12),
    own_duty("Trực tiếp chỉ đạo vận động giảm tảo hôn ở các xã biên giới; làm việc với già làng, trưởng bản và người có uy tín trong đồng bào",
             "Tổ chức ít nhất 03 hội nghị với người có uy tín; 100% thôn, bản các xã biên giới bổ sung quy định không tảo hôn vào hương ước, quy ước", 12),
    own_duty("Trực tiếp dẫn đoàn Huyện ủy làm việc với huyện Sê Pôn, tỉnh Savannakhet; ký biên bản hợp tác năm 2017 nhân Năm Đoàn kết hữu nghị Việt Nam – Lào",
             "Biên bản hợp tác được ký trước 30/6; ít nhất 02 nội dung hợp tác về y tế, giáo dục vùng biên được triển khai trong năm", 12),
];

#[rustfmt::skip]
static SEC_DAKRONG_2017: [UnitPledge; 8] = [
    own_example("Sống giản dị, gần dân; bảo đảm người thân trong gia đình không buôn bán gỗ, lâm sản, không thu mua vàng khai thác trái phép",
                "Công khai cam kết tại chi bộ nơi sinh hoạt trước 31/3; không có người thân vi phạm pháp luật về rừng, khoáng sản", 12),
    own_example("Đỡ đầu 03 học sinh nghèo người Pa Kô, Vân Kiều ở trường phổ thông dân tộc bán trú vùng cao bằng tiền cá nhân trong năm học 2017–2018",
                "Hỗ trợ đủ các tháng học từ tháng 9; cả 03 em duy trì đi học, không bỏ học giữa chừng", 12),
    own_study("Học tiếng Pa Kô giao tiếp để làm việc trực tiếp với người dân các xã vùng cao không qua phiên dịch",
              "Hoàn thành lớp bồi dưỡng tiếng Pa Kô dành cho cán bộ công tác ở vùng đồng bào, đạt yêu cầu kiểm tra cuối khóa trước 31/10; giao tiếp được khi làm việc ở thôn", 10),
    own_study("Nghiên cứu bài “Thực hành tiết kiệm, chống tham ô, lãng phí, chống bệnh quan liêu” của Chủ tịch Hồ Chí Minh; liên hệ việc quản lý vốn Chương trình 30a, Chương trình 135",
              "Hoàn thành bài thu hoạch; trình bày liên hệ tại hội nghị Ban Chấp hành Đảng bộ huyện giữa năm, đề xuất ít nhất 03 biện pháp chống thất thoát vốn hỗ trợ", 7),
    own_remedy("Khắc phục việc kiểm tra kết quả hỗ trợ bò giống, cây giống còn chủ yếu nghe báo cáo, ít xuống tận hộ",
               "Trực tiếp kiểm tra thực tế ít nhất 30 hộ được hỗ trợ ở 05 xã; sai phạm phát hiện được xử lý trách nhiệm người đứng đầu đơn vị cấp giống và xã", 12),
    own_remedy("Khắc phục hạn chế chưa nắm sâu tâm tư, điều kiện sinh hoạt của cán bộ huyện tăng cường về xã, để một số người nản lòng xin về",
               "Gặp, đối thoại với cán bộ tăng cường ít nhất 02 lần trong năm; 100% kiến nghị về nhà công vụ, phụ cấp được giải quyết hoặc trả lời bằng văn bản trong 30 ngày", 12),
    own_duty("Trực tiếp chỉ đạo chấm dứt khai thác vàng trái phép ở vùng giáp ranh xã A Vao; tham gia các đợt kiểm tra thực địa",
             "Tham gia ít nhất 02 đợt kiểm tra thực địa; bãi vàng tái diễn quá 07 ngày thì kiểm điểm trách nhiệm người đứng đầu xã và lực lượng chức năng", 12),
    own_duty("Trực tiếp chỉ đạo phát triển đảng viên là người Pa Kô, Vân Kiều, ưu tiên thanh niên đã hoàn thành nghĩa vụ quân sự; xóa thôn chưa có đảng viên",
             "Kết nạp ít nhất 40 đảng viên là người dân tộc thiểu số; không còn thôn chưa có đảng viên cuối năm 2017", 12),
];

#[rustfmt::skip]
static SEC_CONCO_2017: [UnitPledge; 8] = [
    own_example("Làm việc thường xuyên trên đảo, không chỉ đạo từ xa qua điện thoại; công khai lịch công tác tại đảo và đất liền",
                "Có mặt làm việc tại đảo ít nhất 15 ngày mỗi tháng, trừ những ngày biển động hoặc họp tại tỉnh; lịch công tác công khai hằng tuần", 12),
    own_example("Cùng cán bộ, chiến sĩ và nhân dân ra quân làm sạch bờ biển quanh đảo; không dùng chai nhựa, đồ nhựa dùng một lần tại các hội nghị của Huyện ủy",
                "Tham gia ít nhất 10 đợt ra quân trong năm; hội nghị của Huyện ủy không dùng đồ nhựa dùng một lần từ quý II", 12),
    own_study("Nghiên cứu Luật Biển Việt Nam năm 2012 và Công ước Liên hợp quốc về Luật Biển năm 1982 để trực tiếp tuyên truyền cho ngư dân neo đậu tại đảo",
              "Trực tiếp tuyên truyền ít nhất 02 buổi cho ngư dân trước 31/10; có bài viết về bảo vệ chủ quyền biển, đảo gửi Báo Quảng Trị", 10),
    own_study("Nghiên cứu lời căn dặn của Chủ tịch Hồ Chí Minh với bộ đội Hải quân năm 1961 “Bờ biển ta dài, tươi đẹp, ta phải biết giữ gìn lấy nó”; liên hệ nhiệm vụ huyện đảo",
              "Bài thu hoạch được chi bộ nơi sinh hoạt góp ý; nói chuyện chuyên đề cho cán bộ, chiến sĩ, đoàn viên thanh niên trên đảo trước 30/9", 9),
    own_remedy("Khắc phục việc phối hợp với các lực lượng vũ trang đóng quân trên đảo còn chủ yếu qua văn bản, thiếu gặp gỡ trực tiếp",
               "Duy trì giao ban hằng tháng với Đồn Biên phòng Cồn Cỏ, Ban Chỉ huy Quân sự huyện và các đơn vị trên đảo; mỗi kỳ có kết luận phân công rõ việc", 12),
    own_remedy("Khắc phục hạn chế chưa quan tâm tạo nguồn cán bộ tại chỗ, còn trông chờ cán bộ từ đất liền ra đảo",
               "Lập danh sách nguồn từ thanh niên, đảng viên trẻ đang sống trên đảo trước 30/6; cử ít nhất 02 người đi học trung cấp lý luận chính trị – hành chính trong năm", 12),
    own_duty("Trực tiếp gặp, vận động các hộ trẻ ở các xã ven biển đất liền có nguyện vọng ra đảo định cư; theo dõi hồ sơ hỗ trợ của từng hộ",
             "Trực tiếp gặp ít nhất 10 hộ; hồ sơ hỗ trợ của mỗi hộ ra định cư được giải quyết trong 30 ngày", 12),
    own_duty("Chủ trì rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý huyện đảo; đề xuất với tỉnh cơ chế luân phiên cán bộ từ các sở, ngành ra đảo có thời hạn",
             "Văn bản đề xuất cơ chế luân phiên gửi Ban Tổ chức Tỉnh ủy trước 30/6; quy hoạch bổ sung trình Ban Thường vụ Tỉnh ủy thẩm định trước 31/10", 10),
];
// ---------------------------------------------------------------------------------------
// Secretaries' personal commitments with the provincial standing committee, 2026: the
// commune, ward and special-zone committees directly under the merged province (two-tier
// local government from 1/7/2025), each the successor of a former district's committee.
// Eight items each: two "example", two "study", two "remedy", two "assigned_duty".
// ---------------------------------------------------------------------------------------

// Bí thư Đảng ủy phường Đông Hà: the former provincial capital, after the provincial centre
// moved to Đồng Hới.
#[rustfmt::skip]
static SEC_P_DONGHA_2026: [UnitPledge; 8] = [
    own_example("Trực tiếp tiếp công dân định kỳ ngày 15 hằng tháng tại trụ sở Đảng ủy, HĐND, UBND phường; tiếp đột xuất khi phát sinh vụ việc đông người về đất đai, trật tự đô thị",
                "12 kỳ tiếp công dân có sổ theo dõi; 100% kiến nghị được giao cơ quan xử lý bằng văn bản và trả lời trong 15 ngày làm việc", 12),
    own_example("Không để vợ, con, người thân tham gia thuê, mua, đấu giá trụ sở, nhà, đất công dôi dư sau khi các cơ quan tỉnh và thành phố Đông Hà cũ chuyển đi; kê khai tài sản, thu nhập trung thực, đúng hạn",
                "Bản kê khai nộp trước 31/12 và được công khai theo quy định; không có phản ánh có cơ sở về người thân liên quan đến tài sản công dôi dư trên địa bàn phường", 12),
    own_study("Học tập Luật Quy hoạch đô thị và nông thôn năm 2024 và các quy định phân cấp cho cấp xã về quản lý quy hoạch, cấp phép xây dựng; dự lớp bồi dưỡng quản lý đô thị do tỉnh tổ chức",
              "Có giấy chứng nhận hoàn thành lớp bồi dưỡng; chuyên đề “Phát triển phường Đông Hà khi không còn là trung tâm hành chính của tỉnh” trình Ban Chấp hành Đảng bộ phường trước 30/6", 6),
    own_study("Hoàn thành chương trình “Bình dân học vụ số” dành cho cán bộ lãnh đạo; sử dụng thành thạo chữ ký số trên điện thoại, hệ thống quản lý văn bản và điều hành, phòng họp không giấy của phường",
              "Có chứng nhận hoàn thành trước 31/3; từ tháng 4, 100% văn bản do Bí thư ký được phát hành điện tử và 100% cuộc họp Ban Thường vụ dùng tài liệu điện tử", 3),
    own_remedy("Sửa hạn chế tự nhận trong bản kiểm điểm cuối năm 2025: nắm tình hình các khu phố chủ yếu qua báo cáo, ít trực tiếp đến cơ sở ở các phường cũ ngoài khu vực trung tâm",
               "Đến làm việc tại tất cả các khu phố của phường, mỗi khu phố ít nhất 01 lần; dự sinh hoạt tại ít nhất 12 chi bộ khu phố, có ghi chép và thông báo kết luận", 12),
    own_remedy("Khắc phục sự nể nang khi chỉ đạo xử lý lấn chiếm vỉa hè, lòng đường trên các tuyến Lê Duẩn, Hùng Vương, Quốc lộ 9; thiếu kiểm tra sau xử lý nên vi phạm tái diễn",
               "Mỗi quý trực tiếp kiểm tra ít nhất 01 tuyến phố; 100% trường hợp tái lấn chiếm bị xử lý và công khai trên trang thông tin điện tử của phường", 12),
    own_duty("Trực tiếp chỉ đạo rà soát, đề xuất phương án sử dụng các trụ sở, nhà công vụ bỏ trống sau khi trung tâm hành chính tỉnh chuyển về Đồng Hới; kiến nghị ưu tiên chuyển thành trường học, cơ sở y tế, nhà văn hóa, không gian công cộng",
             "Danh mục 100% trụ sở bỏ trống trên địa bàn kèm đề xuất sử dụng gửi UBND tỉnh trước 30/6; không trụ sở nào bị lấn chiếm hoặc xuống cấp do không có người trông coi", 6),
    own_duty("Chỉ đạo quản lý trật tự đô thị trên nền tảng số: camera giám sát ở các nút giao chính, ứng dụng để người dân gửi phản ánh hiện trường, tổ phản ứng nhanh của phường xử lý trong ngày",
             "Hệ thống vận hành trước 30/9; từ 90% phản ánh hiện trường được xử lý trong 24 giờ; kết quả xử lý công khai trên ứng dụng", 9),
];

// Bí thư Đảng ủy phường Quảng Trị: the former town (thị xã) Quảng Trị with Hải Lệ; Thành cổ,
// sông Thạch Hãn, floods.
#[rustfmt::skip]
static SEC_P_QUANGTRI_2026: [UnitPledge; 8] = [
    own_example("Tiếp công dân định kỳ ngày 10 hằng tháng tại trụ sở phường; mỗi quý chuyển 01 kỳ tiếp về nhà văn hóa ở khu vực Hải Lệ cũ để người dân vùng ven không phải đi xa",
                "12 kỳ tiếp công dân, trong đó 04 kỳ tại khu vực Hải Lệ cũ; 100% vụ việc có văn bản trả lời hoặc hướng dẫn", 12),
    own_example("Sinh hoạt đều đặn tại chi bộ khu phố nơi cư trú; cùng gia đình tham gia các đợt ra quân ngày chủ nhật làm sạch bờ sông Thạch Hãn và khu vực Thành cổ",
                "Không vắng kỳ sinh hoạt nào ở chi bộ nơi cư trú mà không báo cáo; tham gia ít nhất 06 đợt ra quân; chi bộ nơi cư trú nhận xét cuối năm ở mức tốt", 12),
    own_study("Học tập Luật Di sản văn hóa năm 2024 và quy định về quản lý di tích quốc gia đặc biệt; nghiên cứu kinh nghiệm quản lý xây dựng trong vùng bảo vệ di tích của cố đô Huế",
              "Nộp bài thu hoạch trước 30/6; dự thảo quy chế quản lý xây dựng trong vùng bảo vệ Thành cổ Quảng Trị, nay do phường cấp phép, trình UBND phường trước 30/9", 9),
    own_study("Hoàn thành khóa bồi dưỡng kỹ năng số cho lãnh đạo cấp xã; học khai thác dữ liệu dân cư và số liệu lượt khách du lịch để điều hành, báo cáo trên môi trường điện tử",
              "Có chứng nhận hoàn thành trước 30/6; báo cáo quý của Đảng ủy phường lập từ số liệu trên hệ thống, không tổng hợp thủ công", 6),
    own_remedy("Khắc phục khuyết điểm được Ban Thường vụ góp ý khi kiểm điểm năm 2025: chỉ đạo phòng, chống lũ còn nặng về ứng phó, chưa sát từng hộ ở vùng trũng ven sông Thạch Hãn thuộc An Đôn, Hải Lệ cũ",
               "Trước 31/8 trực tiếp kiểm tra phương án sơ tán của 100% khu dân cư vùng trũng; lập xong danh sách người già, người khuyết tật cần hỗ trợ khi sơ tán; không có thiệt hại về người trong mùa lũ", 8),
    own_remedy("Khắc phục việc chậm giải quyết các vụ khiếu nại đất đai, bồi thường tồn đọng chuyển từ thị xã Quảng Trị cũ về phường; còn giao việc mà chưa theo dõi đến cùng",
               "Trực tiếp chủ trì đối thoại 100% vụ việc tồn đọng trước 30/9; giải quyết dứt điểm ít nhất 3/4 số vụ; mỗi vụ có người chịu trách nhiệm và thời hạn ghi trong thông báo kết luận", 9),
    own_duty("Trực tiếp chỉ đạo tổ chức các hoạt động tri ân kỷ niệm 79 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2026) tại Thành cổ Quảng Trị và lễ thả hoa đăng trên sông Thạch Hãn",
             "Chỉnh trang khu vực Thành cổ, bến thả hoa đăng xong trước 20/7; các hoạt động diễn ra trang nghiêm, an toàn; không có phản ánh có cơ sở về giá cả, chèo kéo khách", 7),
    own_duty("Chỉ đạo số hóa điểm đến về nguồn: thuyết minh qua mã QR tại các di tích của phường, bản đồ số tuyến Thành cổ – Trường Bồ Đề – bến thả hoa đăng; vận động cơ sở dịch vụ nhận thanh toán không dùng tiền mặt",
             "Ít nhất 10 điểm di tích có thuyết minh qua mã QR bằng tiếng Việt và tiếng Anh trước 30/6; từ 80% cơ sở lưu trú, ăn uống trên địa bàn nhận thanh toán không dùng tiền mặt", 6),
];

// Bí thư Đảng ủy xã Vĩnh Linh: the former town of Hồ Xá with Vĩnh Long and Vĩnh Chấp.
#[rustfmt::skip]
static SEC_X_VINHLINH_2026: [UnitPledge; 8] = [
    own_example("Tiếp công dân định kỳ ngày 20 hằng tháng tại trụ sở xã ở Hồ Xá; mỗi quý tổ chức 01 buổi đối thoại lưu động, luân phiên ở Vĩnh Long cũ và Vĩnh Chấp cũ",
                "12 kỳ tiếp định kỳ và 04 buổi đối thoại lưu động có biên bản; kiến nghị được trả lời trong 10 ngày làm việc", 12),
    own_example("Công tâm, khách quan khi sắp xếp cán bộ, công chức, người hoạt động không chuyên trách dôi dư sau khi hợp nhất thị trấn Hồ Xá với hai xã: công khai tiêu chí, lấy ý kiến tập thể, không bố trí người thân vào cơ quan xã",
                "Phương án sắp xếp công khai trước 31/3; 100% trường hợp nghỉ việc được giải quyết chế độ đúng quy định; không có đơn thư có cơ sở về việc Bí thư thiếu khách quan", 3),
    own_study("Nghiên cứu Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; học cách sử dụng mã số vùng trồng, truy xuất nguồn gốc cho nông sản chủ lực",
              "Chuyên đề “Ứng dụng dữ liệu số trong sản xuất nông nghiệp của xã Vĩnh Linh” báo cáo Ban Thường vụ Đảng ủy trước 30/9", 9),
    own_study("Dự lớp bồi dưỡng bí thư cấp ủy cấp xã do Tỉnh ủy mở sau hợp nhất; học kỹ năng chủ trì hội nghị, xử lý tình huống trong vận hành chính quyền địa phương hai cấp",
              "Hoàn thành lớp với kết quả đạt yêu cầu; vận dụng vào việc sửa đổi quy chế làm việc của Ban Chấp hành Đảng bộ xã trước 30/6", 6),
    own_remedy("Khắc phục hạn chế đã nhận trong kiểm điểm năm 2025: dành phần lớn thời gian cho khu vực Hồ Xá, ít xuống các thôn của Vĩnh Long, Vĩnh Chấp cũ",
               "Đến làm việc tại 100% thôn của hai xã cũ, mỗi thôn ít nhất 01 lần; dự sinh hoạt chi bộ ở ít nhất 06 thôn; kiến nghị thu được có sổ theo dõi giải quyết", 12),
    own_remedy("Khắc phục việc còn xử lý song song bản giấy và bản điện tử, có văn bản chậm chuyển do chờ ký tay",
               "Từ 01/3 xử lý 100% văn bản trên hệ thống quản lý văn bản và điều hành, ký số 100% văn bản thuộc thẩm quyền; không có văn bản trễ hạn ở khâu Bí thư", 3),
    own_duty("Chủ trì phối hợp với Đảng ủy xã Cửa Tùng xây dựng chuỗi dịch vụ cho khách tham quan Địa đạo Vịnh Mốc, đôi bờ Hiền Lương – Bến Hải: khu trung tâm Hồ Xá làm điểm lưu trú, ẩm thực và giới thiệu nông sản",
             "Quy chế phối hợp giữa hai Đảng ủy ký trước 30/4; ít nhất 01 điểm giới thiệu, bán nông sản và sản phẩm OCOP tại trung tâm Hồ Xá hoạt động trước mùa du lịch hè", 5),
    own_duty("Chỉ đạo thí điểm “thôn số” ở 03 thôn: mỗi hộ có ít nhất 01 người dùng tài khoản định danh điện tử mức 2, tổ công nghệ số cộng đồng hướng dẫn nộp hồ sơ trực tuyến, thông báo của thôn gửi qua nhóm trực tuyến",
             "03 thôn đạt tiêu chí thôn số trước 31/10; tỷ lệ hồ sơ nộp trực tuyến của người dân 03 thôn từ 70% trở lên; có kế hoạch nhân rộng ra toàn xã từ năm 2027", 10),
];

// Bí thư Đảng ủy xã Gio Linh: the former town of Gio Linh and neighbouring communes; forest,
// sand.
#[rustfmt::skip]
static SEC_X_GIOLINH_2026: [UnitPledge; 8] = [
    own_example("Tiếp công dân định kỳ ngày 25 hằng tháng tại trụ sở xã ở thị trấn Gio Linh cũ; tiếp ngay trong ngày khi có tranh chấp ranh giới đất rừng, đất sản xuất giữa các thôn sau hợp nhất",
                "Đủ 12 kỳ tiếp công dân trong năm; 100% vụ tranh chấp đất rừng được hòa giải hoặc chuyển xử lý đúng thẩm quyền trong 30 ngày", 12),
    own_example("Kê khai trung thực tài sản, thu nhập, kể cả diện tích rừng trồng của gia đình; không để người thân nhận khoán, mua bán đất rừng hoặc tham gia khai thác, vận chuyển cát trên địa bàn xã",
                "Bản kê khai nộp đúng hạn, công khai tại cơ quan; không có phản ánh có cơ sở về người thân liên quan đến mua bán đất rừng, khai thác cát", 12),
    own_study("Dự lớp bồi dưỡng quản lý rừng bền vững và chứng chỉ rừng FSC do ngành nông nghiệp tỉnh tổ chức; nghiên cứu mô hình liên kết trồng rừng gỗ lớn của các hộ đã được cấp chứng chỉ",
              "Có giấy chứng nhận hoàn thành; đề án phát triển rừng gỗ lớn có chứng chỉ của xã trình Ban Chấp hành Đảng bộ xã trước 30/9", 9),
    own_study("Hoàn thành các học phần kỹ năng số cho cán bộ chủ chốt trên nền tảng “Bình dân học vụ số”; học sử dụng bản đồ số, ảnh vệ tinh để theo dõi biến động rừng và bãi cát",
              "Có chứng nhận hoàn thành trước 31/5; trực tiếp dùng bản đồ số trong ít nhất 02 đợt kiểm tra thực địa về rừng và khai thác cát", 5),
    own_remedy("Khắc phục hạn chế đã tự phê bình tại hội nghị kiểm điểm năm 2025: chỉ đạo xử lý khai thác cát trái phép chưa quyết liệt, ít kiểm tra hiện trường nên vi phạm tái diễn",
               "Mỗi quý trực tiếp kiểm tra hiện trường ít nhất 01 lần; không để điểm khai thác cát trái phép tồn tại quá 03 ngày; 100% vụ phát hiện được lập biên bản, xử lý", 12),
    own_remedy("Khắc phục việc ít đối thoại trực tiếp với hộ trồng rừng và đoàn viên thanh niên; nắm dư luận chủ yếu qua báo cáo của các thôn",
               "Chủ trì ít nhất 02 buổi đối thoại với hộ trồng rừng và 01 buổi với đoàn viên thanh niên; kiến nghị được trả lời tại chỗ hoặc bằng văn bản trong 10 ngày", 11),
    own_duty("Trực tiếp chỉ đạo bảo vệ và trồng bổ sung rừng phi lao chắn cát ở các thôn vùng cát; xử lý dứt điểm việc lấn chiếm đất rừng phòng hộ để làm trang trại, ao nuôi",
             "Trồng bổ sung ít nhất 20 ha rừng phòng hộ; không phát sinh vụ lấn chiếm mới; 100% vụ lấn chiếm cũ có phương án xử lý trước 30/11", 11),
    own_duty("Chỉ đạo hoàn thiện cơ sở dữ liệu đất đai số của xã, trước hết là đất rừng sản xuất đã giao cho hộ gia đình; tiếp nhận trực tuyến hồ sơ đăng ký biến động, cấp đổi giấy chứng nhận",
             "100% thửa đất rừng đã giao được cập nhật vào cơ sở dữ liệu trước 31/10; từ 60% hồ sơ đăng ký biến động đất đai được nộp trực tuyến", 10),
];

// Bí thư Đảng ủy xã Cam Lộ: Quốc lộ 9, wood processing and the industrial cluster, pepper on
// red basalt soil.
#[rustfmt::skip]
static SEC_X_CAMLO_2026: [UnitPledge; 8] = [
    own_example("Tiếp công dân vào thứ Năm tuần đầu mỗi tháng tại Trung tâm Phục vụ hành chính công xã; công khai lịch tiếp và kết quả giải quyết trên trang thông tin của xã và nhóm trực tuyến các thôn",
                "12 kỳ tiếp công dân có thông báo trước; 100% đơn thuộc thẩm quyền của xã được giải quyết đúng hạn", 12),
    own_example("Gương mẫu trong quan hệ với doanh nghiệp ở cụm công nghiệp và các cơ sở chế biến gỗ dọc Quốc lộ 9: không nhận quà, không nhận lời mời ăn uống, không giới thiệu người thân làm nhà thầu, nhà cung cấp",
                "Mọi buổi làm việc với doanh nghiệp có biên bản và thông báo kết luận; không có phản ánh có cơ sở về vi phạm", 12),
    own_study("Học tập Nghị quyết 68-NQ/TW về phát triển kinh tế tư nhân; dự lớp bồi dưỡng về xúc tiến đầu tư, hỗ trợ doanh nghiệp dành cho lãnh đạo cấp xã",
              "Bài thu hoạch được cơ sở bồi dưỡng đánh giá đạt; danh mục việc cụ thể tháo gỡ cho doanh nghiệp trên địa bàn được Ban Thường vụ Đảng ủy thông qua trước 30/6", 6),
    own_study("Hoàn thành khóa học về thương mại điện tử và truy xuất nguồn gốc nông sản; trực tiếp hướng dẫn hợp tác xã đưa hồ tiêu, chè xanh Cam Lộ lên sàn thương mại điện tử",
              "Có chứng nhận hoàn thành khóa học trước 30/6; ít nhất 03 sản phẩm của xã có gian hàng trên sàn thương mại điện tử trước 30/9", 9),
    own_remedy("Sửa thói quen làm việc đã được tập thể góp ý năm 2025: chủ trì hội nghị còn dài, kết luận chung chung, nhiều việc không ghi rõ người chủ trì và thời hạn",
               "Mỗi thông báo kết luận của Bí thư ghi rõ việc, người chủ trì, thời hạn hoàn thành; hội nghị thường kỳ của Ban Thường vụ không quá nửa ngày", 12),
    own_remedy("Khắc phục việc chỉ đạo xử lý bụi, mùi, nước thải ở các cơ sở chế biến dọc Quốc lộ 9 còn chậm, để người dân phản ánh nhiều lần về cùng một cơ sở",
               "100% phản ánh về môi trường được kiểm tra trong 05 ngày làm việc; không có cơ sở bị phản ánh lặp lại quá 02 lần mà chưa bị xử lý", 12),
    own_duty("Trực tiếp chỉ đạo phát triển vùng hồ tiêu trên đất đỏ bazan theo hướng sạch bệnh, hữu cơ: cấp mã số vùng trồng, thay thế vườn tiêu già cỗi, liên kết tiêu thụ với doanh nghiệp",
             "Ít nhất 60 ha hồ tiêu được cấp mã số vùng trồng; thay thế ít nhất 20 ha vườn già cỗi; có thêm 01 hợp đồng liên kết tiêu thụ", 12),
    own_duty("Chỉ đạo số hóa sổ hộ tịch, hồ sơ đất đai lưu trữ của thị trấn Cam Lộ cũ và các xã cũ; giải quyết thủ tục không yêu cầu người dân nộp lại giấy tờ đã có trong cơ sở dữ liệu",
             "100% sổ hộ tịch lưu trữ được số hóa trước 30/9; từ 90% hồ sơ không phải nộp lại giấy tờ đã được số hóa", 9),
];

// Bí thư Đảng ủy xã Triệu Phong: rice on the lower Thạch Hãn, sand, saltwater intrusion.
#[rustfmt::skip]
static SEC_X_TRIEUPHONG_2026: [UnitPledge; 8] = [
    own_example("Tiếp công dân định kỳ ngày 18 hằng tháng tại trụ sở Đảng ủy xã; trong thời vụ Đông Xuân và Hè Thu tiếp ngay tại đồng ruộng, trạm bơm khi người dân kiến nghị về nước tưới, thủy lợi",
                "12 kỳ tiếp định kỳ có sổ theo dõi; kiến nghị về nước tưới được xử lý trong 03 ngày; không có ruộng bỏ vụ do chậm giải quyết", 12),
    own_example("Gương mẫu thực hiện nếp sống văn minh trong việc cưới, việc tang của gia đình; không nhận phong bì của cấp dưới, doanh nghiệp; vận động dòng họ thực hiện hương ước thôn",
                "Việc cưới, việc tang của gia đình (nếu có) làm đúng hương ước và báo cáo Ban Thường vụ; không có phản ánh có cơ sở", 12),
    own_study("Dự lớp tập huấn nông nghiệp thích ứng với biến đổi khí hậu và quản lý nước ở vùng nhiễm mặn; tìm hiểu mô hình luân canh lúa với cây trồng cạn trên chân ruộng nhiễm mặn và đất cát",
              "Báo cáo đề xuất chuyển đổi cơ cấu cây trồng trên diện tích nhiễm mặn trình Ban Thường vụ Đảng ủy trước 31/7", 7),
    own_study("Nghiên cứu Luật Tổ chức chính quyền địa phương năm 2025 và các văn bản phân cấp cho cấp xã về thủy lợi, đê điều, phòng thủ dân sự; viết bài thu hoạch",
              "Hoàn thành bài thu hoạch trước 28/2; các nhiệm vụ thủy lợi, đê điều xã nhận từ cấp huyện cũ được phân công đến từng cơ quan trước 31/3", 3),
    own_remedy("Khắc phục điểm yếu đã nhận khi kiểm điểm cuối năm 2025: còn ngại va chạm khi chỉ đạo xử lý sai phạm trong cho thuê, sử dụng quỹ đất công ích ở các thôn",
               "100% diện tích đất công ích của xã được rà soát, công khai hợp đồng cho thuê trước 30/9; các trường hợp sai phạm được kiểm điểm, thu hồi", 9),
    own_remedy("Khắc phục việc chậm trả lời kiến nghị của cử tri sau các kỳ tiếp xúc, có kiến nghị lặp lại qua nhiều kỳ",
               "100% kiến nghị của cử tri qua đợt bầu cử và các kỳ tiếp xúc năm 2026 được trả lời bằng văn bản trong 30 ngày; không có kiến nghị lặp lại do chưa trả lời", 12),
    own_duty("Trực tiếp chỉ đạo phòng, chống xâm nhập mặn cho lúa vụ Hè Thu: vận hành các cống ngăn mặn vùng hạ lưu sông Thạch Hãn, sông Vĩnh Định; nạo vét kênh mương, bố trí trạm bơm dã chiến",
             "Nạo vét xong các tuyến kênh chính trước 30/4; không có diện tích lúa mất trắng do mặn; diện tích bỏ vụ Hè Thu vì thiếu nước dưới 2%", 8),
    own_duty("Chỉ đạo mô hình cánh đồng số: hộ và hợp tác xã ghi nhật ký sản xuất điện tử, gắn mã truy xuất nguồn gốc cho gạo; hợp tác xã nông nghiệp dùng hóa đơn điện tử, thanh toán không dùng tiền mặt",
             "Ít nhất 200 ha lúa có nhật ký sản xuất điện tử và mã truy xuất; 100% hợp tác xã nông nghiệp trên địa bàn dùng hóa đơn điện tử", 12),
];

// Bí thư Đảng ủy xã Hải Lăng: rice, land clearance for the Southeast Economic Zone, floods.
#[rustfmt::skip]
static SEC_X_HAILANG_2026: [UnitPledge; 8] = [
    own_example("Tiếp công dân ngày 12 hằng tháng tại trụ sở xã ở thị trấn Diên Sanh cũ; trực tiếp đối thoại với các hộ có đất bị thu hồi cho dự án khi có kiến nghị",
                "Không bỏ kỳ tiếp định kỳ nào trong 12 tháng; ít nhất 03 buổi đối thoại với hộ bị thu hồi đất có biên bản; không có đoàn đông người khiếu kiện vượt cấp", 12),
    own_example("Không để người thân nhận chuyển nhượng đất, tài sản trong vùng quy hoạch dự án trước khi thu hồi; yêu cầu niêm yết công khai phương án bồi thường của từng dự án tại thôn",
                "Không có phản ánh có cơ sở về người thân trục lợi bồi thường; 100% phương án bồi thường được niêm yết tại nhà văn hóa thôn và trụ sở xã", 12),
    own_study("Học Luật Đất đai năm 2024 và các nghị định về bồi thường, hỗ trợ, tái định cư; dự lớp tập huấn nghiệp vụ thu hồi đất cho lãnh đạo cấp xã sau khi thẩm quyền của cấp huyện cũ chuyển về xã",
              "Hoàn thành lớp tập huấn, có bài thu hoạch; trực tiếp giải thích chính sách tại ít nhất 03 hội nghị với người dân vùng dự án", 6),
    own_study("Học chương trình Cao cấp lý luận chính trị hệ không tập trung theo quyết định cử đi học của Ban Thường vụ Tỉnh ủy",
              "Hoàn thành các học phần của năm 2026 với kết quả từ khá trở lên; không vắng buổi học không có lý do", 12),
    own_remedy("Rút kinh nghiệm hạn chế đã nêu trong bản kiểm điểm năm 2025: thông tin chỉ đạo ứng phó lũ đến các thôn bị chia cắt còn chậm, có lúc chỉ gọi điện thoại cho từng người",
               "Trước 31/8 lập nhóm chỉ huy trực tuyến kết nối 100% trưởng thôn, bí thư chi bộ; trong lũ cập nhật tình hình ít nhất 02 lần mỗi ngày; không có thiệt hại về người", 8),
    own_remedy("Khắc phục việc phân công nhiệm vụ cho ủy viên Ban Thường vụ sau hợp nhất còn chồng chéo, có việc không rõ người chịu trách nhiệm chính",
               "Quy chế làm việc và bảng phân công mới ban hành trước 28/2; mỗi đầu việc có một ủy viên chịu trách nhiệm chính, được đánh giá hằng quý", 2),
    own_duty("Trực tiếp làm Trưởng Ban Chỉ đạo giải phóng mặt bằng các dự án thuộc Khu kinh tế Đông Nam Quảng Trị và tuyến giao thông kết nối qua địa bàn xã; bảo đảm có nơi tái định cư trước khi thu hồi đất ở",
             "Bàn giao 100% mặt bằng theo kế hoạch tỉnh giao; khu tái định cư có hạ tầng trước khi hộ dân di dời; không có khiếu kiện đông người", 12),
    own_duty("Chỉ đạo xây dựng bản đồ số vùng ngập và hệ thống tin nhắn cảnh báo lũ, lịch thời vụ lúa gửi đến từng hộ vùng trũng; đánh dấu mức ngập lịch sử trên cột báo lũ ở các thôn",
             "Bản đồ ngập lụt số của xã hoàn thành trước 31/8; 100% hộ vùng trũng đăng ký nhận tin cảnh báo; lịch thời vụ Đông Xuân 2026–2027 gửi đến hộ trước khi gieo sạ", 9),
];

// Bí thư Đảng ủy xã Hướng Phùng: mountain border commune, Vân Kiều people, coffee,
// landslides.
#[rustfmt::skip]
static SEC_X_HUONGPHUNG_2026: [UnitPledge; 8] = [
    own_example("Tiếp công dân ngày 08 hằng tháng tại trụ sở xã; mỗi quý có 01 buổi tiếp tại nhà văn hóa một thôn xa trung tâm, có người phiên dịch tiếng Vân Kiều khi cần",
                "12 kỳ tiếp định kỳ, trong đó 04 buổi tại thôn; 100% kiến nghị được trả lời trực tiếp hoặc bằng văn bản", 12),
    own_example("Thực hiện “ba cùng” với đồng bào: mỗi quý ở lại ít nhất 02 ngày tại một thôn đồng bào Vân Kiều để nắm tình hình; không nhận quà, không để thôn đón tiếp tốn kém",
                "Ít nhất 08 ngày ở lại thôn trong năm, có ghi chép; mỗi chuyến có ít nhất 01 việc của thôn được giải quyết", 12),
    own_study("Học tiếng Vân Kiều giao tiếp theo chương trình bồi dưỡng tiếng dân tộc thiểu số cho cán bộ công tác ở vùng đồng bào",
              "Có chứng chỉ tiếng Vân Kiều trước 30/11; trực tiếp nói chuyện với người dân không qua phiên dịch ở hội nghị đối thoại cuối năm", 11),
    own_study("Nghiên cứu Hiệp định về quy chế quản lý biên giới và cửa khẩu biên giới trên đất liền Việt Nam – Lào và các quy định về khu vực biên giới; học tiếng Lào cơ bản để giao lưu với bản kết nghĩa bên kia biên giới",
              "Bài thu hoạch về trách nhiệm của xã biên giới trong quản lý, bảo vệ biên giới; giao tiếp được bằng tiếng Lào trong các buổi giao lưu kết nghĩa", 10),
    own_remedy("Khắc phục hạn chế đã nêu trong kiểm điểm năm 2025 sau mùa mưa lũ: đánh giá nguy cơ sạt lở đất còn dựa vào báo cáo, chưa trực tiếp kiểm tra các điểm xung yếu trước mùa mưa",
               "Trực tiếp kiểm tra 100% điểm có nguy cơ sạt lở đã thống kê trước 31/8; 100% hộ ở điểm nguy hiểm có phương án di dời hoặc sơ tán tạm thời", 8),
    own_remedy("Khắc phục việc chưa đến đủ các thôn của các xã cũ sáp nhập vào Hướng Phùng, nhất là các thôn sát biên giới, đường sá khó khăn",
               "Đến làm việc tại 100% thôn của xã; dự ít nhất 01 kỳ sinh hoạt ở mỗi chi bộ thôn giáp biên giới; có báo cáo nắm tình hình gửi Ban Thường vụ", 12),
    own_duty("Trực tiếp chỉ đạo tái canh và nâng chất lượng cà phê: hướng dẫn hộ đồng bào Vân Kiều trồng, thu hái quả chín, sơ chế đúng kỹ thuật; kết nối hợp tác xã, doanh nghiệp bao tiêu để không bị ép giá",
             "Tái canh ít nhất 50 ha cà phê; ít nhất 150 hộ đồng bào có hợp đồng tiêu thụ; tỷ lệ thu hái quả chín đạt từ 70% trở lên", 12),
    own_duty("Chỉ đạo xóa vùng lõm sóng di động và đưa dịch vụ công trực tuyến đến thôn: tổ công nghệ số cộng đồng song ngữ Việt – Vân Kiều hướng dẫn người dân dùng định danh điện tử, nộp hồ sơ qua điện thoại",
             "Kiến nghị doanh nghiệp viễn thông phủ sóng ít nhất 03 thôn còn lõm sóng trước 30/9; từ 70% người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức 2", 9),
];

// Bí thư Đảng ủy xã Đakrông: Vân Kiều and Pa Kô people, poverty, child marriage, the
// Đakrông nature reserve.
#[rustfmt::skip]
static SEC_X_DAKRONG_2026: [UnitPledge; 8] = [
    own_example("Tiếp công dân ngày 05 hằng tháng tại trụ sở xã; công khai số điện thoại của Bí thư ở tất cả các thôn để người dân báo tin, phản ánh khi mưa lũ chia cắt không xuống được trung tâm",
                "12 kỳ tiếp công dân tại xã có sổ ghi chép; 100% tin phản ánh qua điện thoại được ghi sổ, giao xử lý và báo lại cho người phản ánh", 12),
    own_example("Trực tiếp nhận giúp đỡ ít nhất 01 hộ nghèo người Pa Kô hoặc Vân Kiều: cùng gia đình xây dựng kế hoạch sinh kế, vận động con em đi học đầy đủ",
                "Hộ được giúp đỡ thoát nghèo hoặc có thu nhập tăng rõ rệt cuối năm 2026; con em trong hộ không bỏ học", 12),
    own_study("Học tiếng Pa Kô giao tiếp để trực tiếp tuyên truyền, vận động phòng, chống tảo hôn và hôn nhân cận huyết thống ở các thôn đồng bào",
              "Có chứng chỉ tiếng Pa Kô trước 31/10; trực tiếp nói chuyện bằng tiếng Pa Kô tại ít nhất 02 buổi sinh hoạt cộng đồng về hôn nhân và gia đình", 10),
    own_study("Nghiên cứu cơ chế quản lý, thanh quyết toán vốn các chương trình mục tiêu quốc gia khi xã trực tiếp làm chủ đầu tư; dự lớp tập huấn của tỉnh về giảm nghèo đa chiều",
              "Có giấy chứng nhận tập huấn; trực tiếp kiểm tra ít nhất 05 công trình, dự án sử dụng vốn chương trình mục tiêu quốc gia trên địa bàn", 9),
    own_remedy("Khắc phục hạn chế mà đảng viên, nhân dân góp ý qua kiểm điểm năm 2025: chỉ đạo phòng, chống tảo hôn mới dừng ở tuyên truyền, chưa xử lý nghiêm đảng viên, cán bộ để con, cháu tảo hôn",
               "100% đảng viên có con tảo hôn bị kiểm điểm tại chi bộ; số cặp tảo hôn giảm ít nhất 50% so với năm 2025", 12),
    own_remedy("Khắc phục việc chậm chỉ đạo cấp giống, vật tư hỗ trợ sản xuất, để hộ nghèo nhận trễ thời vụ",
               "Giống, vật tư hỗ trợ đến hộ trước thời vụ ít nhất 15 ngày; không có vật nuôi hỗ trợ bị chết do cấp sai thời điểm", 12),
    own_duty("Trực tiếp chỉ đạo bảo vệ rừng trong Khu bảo tồn thiên nhiên Đakrông và rừng phòng hộ đầu nguồn sông Đakrông; giao khoán bảo vệ rừng cho cộng đồng thôn, chi trả tiền dịch vụ môi trường rừng công khai",
             "Không để xảy ra vụ phá rừng trên 0,3 ha; 100% tiền dịch vụ môi trường rừng được chi trả đúng hạn, công khai tại thôn", 12),
    own_duty("Chỉ đạo chi trả trợ cấp, hỗ trợ cho hộ nghèo, người có công qua tài khoản; hướng dẫn người dân mở tài khoản, dùng điện thoại thông minh để nhận tiền và tra cứu chính sách",
             "Từ 80% khoản chi trả không dùng tiền mặt; mỗi thôn có ít nhất 02 thành viên tổ công nghệ số cộng đồng biết tiếng đồng bào; tỷ lệ hộ nghèo giảm ít nhất 4%", 12),
];

// Bí thư Đảng ủy đặc khu Cồn Cỏ: the island special zone (the former island district).
#[rustfmt::skip]
static SEC_DK_CONCO_2026: [UnitPledge; 8] = [
    own_example("Trực tiếp tiếp công dân ngày 28 hằng tháng tại trụ sở đặc khu; tiếp ngư dân ngay tại khu neo đậu khi tàu cá vào tránh trú bão, gió mùa",
                "12 kỳ tiếp công dân tại đặc khu; 100% kiến nghị của ngư dân được ghi nhận, chuyển cơ quan có thẩm quyền và thông tin lại kết quả", 12),
    own_example("Bám đảo, có mặt tại Cồn Cỏ ít nhất 20 ngày mỗi tháng, trừ khi được triệu tập công tác; gương mẫu tiết kiệm nước ngọt, điện trong cơ quan và gia đình",
                "Có sổ theo dõi ngày có mặt tại đảo; lượng điện, nước ngọt sử dụng ở trụ sở cơ quan Đảng ủy giảm ít nhất 10% so với năm 2025", 12),
    own_study("Học tập các quy định về đặc khu trong Luật Tổ chức chính quyền địa phương năm 2025 và Luật Biển Việt Nam; dự lớp bồi dưỡng kiến thức quốc phòng và an ninh theo đối tượng",
              "Có giấy chứng nhận bồi dưỡng kiến thức quốc phòng và an ninh; bài thu hoạch về tổ chức, vận hành chính quyền đặc khu gửi Ban Tổ chức Tỉnh ủy trước 30/9", 9),
    own_study("Hoàn thành khóa bồi dưỡng về quản lý khu bảo tồn biển và du lịch sinh thái biển đảo; học sử dụng phần mềm giám sát tàu cá để nắm ngư dân hoạt động quanh đảo",
              "Có chứng nhận hoàn thành; kế hoạch bảo vệ rạn san hô gắn với du lịch lặn ngắm năm 2027 trình Ban Thường vụ trước 30/11", 11),
    own_remedy("Khắc phục thiếu sót tự nhận trong kiểm điểm năm 2025: chưa chủ động kiến nghị giải pháp dự trữ nước ngọt cho mùa khô, để có thời điểm hộ dân thiếu nước sinh hoạt",
               "Trước 31/3 có phương án dự trữ, điều phối nước ngọt mùa khô; không hộ dân nào thiếu nước sinh hoạt quá 02 ngày", 3),
    own_remedy("Khắc phục việc chậm hoàn thiện quy chế phối hợp giữa Đảng ủy đặc khu với các đơn vị quân đội, Đồn Biên phòng Cồn Cỏ sau khi chuyển sang mô hình đặc khu",
               "Ký quy chế phối hợp với các lực lượng trên đảo trước 31/3; duy trì giao ban hằng quý, có thông báo kết luận", 3),
    own_duty("Trực tiếp chỉ đạo bảo đảm điện, nước ngọt cho dân và các lực lượng trên đảo: vận hành an toàn nguồn điện máy phát và điện mặt trời, nạo vét giếng, bể chứa; kiến nghị tỉnh đẩy nhanh dự án cấp điện lưới quốc gia ra đảo",
             "Cấp điện ổn định 24/24 giờ cho khu dân cư; giếng, bể chứa nước ngọt được nạo vét, sửa chữa xong trước mùa khô; văn bản kiến nghị về dự án cấp điện lưới gửi UBND tỉnh trước 30/6", 6),
    own_duty("Chỉ đạo cùng các lực lượng trên đảo tuyên truyền chủ quyền biển, đảo và chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định: kiểm tra thiết bị giám sát hành trình, nhật ký khai thác điện tử của tàu cá vào neo đậu",
             "100% tàu cá neo đậu tại đảo được kiểm tra thiết bị giám sát hành trình; không có tàu cá xuất phát từ khu neo đậu Cồn Cỏ vi phạm vùng biển nước ngoài; ít nhất 04 đợt tuyên truyền cho ngư dân", 12),
];
// ---------------------------------------------------------------------------------------
// Members' actions for the 2026 theme (illustrative): "Năm nâng cao hiệu quả vận hành chính
// quyền địa phương hai cấp và đẩy mạnh chuyển đổi số"
//
// `{place}` only where `texts::places` still names something that exists in 2026: villages,
// neighbourhoods, schools, border posts, enterprises, and for commune officials the former
// commune ("trụ sở {place} cũ"). Health stations, district-level units, the district
// military commands and district police are gone or renamed, so those profiles use none.
// ---------------------------------------------------------------------------------------

#[rustfmt::skip]
static THEME_VILLAGE_FARMER: [ThemeTemplate; 4] = [
    tt("Kích hoạt tài khoản định danh điện tử mức 2 cho các thành viên gia đình từ 14 tuổi trở lên; hướng dẫn {n} hộ lân cận ở {place} cài đặt, đăng nhập ứng dụng VNeID",
       "Mọi thành viên gia đình từ 14 tuổi có tài khoản mức 2; ít nhất {n} hộ được hướng dẫn đăng nhập được VNeID, có danh sách gửi chi bộ", 6),
    tt("Tự nộp trực tuyến trên Cổng Dịch vụ công quốc gia các thủ tục của gia đình (đăng ký biến động đất đai, khai sinh cho cháu, xác nhận thông tin cư trú) thay vì mang hồ sơ giấy lên trung tâm xã mới",
       "Ít nhất 02 thủ tục của gia đình được nộp trực tuyến trong năm, có mã hồ sơ; không phải lên trung tâm xã quá 01 lần cho mỗi hồ sơ", 12),
    tt("Ghi nhật ký sản xuất trên điện thoại cho ruộng lúa liên kết và dán tem truy xuất nguồn gốc mã QR lên gạo bán qua hợp tác xã; thử bán nông sản của gia đình qua sàn thương mại điện tử",
       "Nhật ký ghi đủ các khâu của vụ Đông Xuân và Hè Thu trên {n} sào; có ít nhất 01 đơn hàng bán qua sàn thương mại điện tử hoặc trang bán hàng của hợp tác xã", 9),
    tt("Nêu tại sinh hoạt chi bộ những vướng mắc của bà con khi làm thủ tục ở xã mới (đường xa, phải bổ sung hồ sơ nhiều lần, không biết nộp trực tuyến) để chi bộ tổng hợp gửi Đảng ủy xã",
       "Có ít nhất {n} ý kiến cụ thể được ghi vào biên bản sinh hoạt chi bộ {place}; theo dõi đến khi xã trả lời", 12),
];

#[rustfmt::skip]
static THEME_MOUNTAIN_VILLAGER: [ThemeTemplate; 4] = [
    tt("Theo học lớp “Bình dân học vụ số” do chi đoàn mở ở thôn; tập dùng điện thoại để tra cứu chính sách hỗ trợ đồng bào và xem tin cảnh báo mưa lũ, sạt lở",
       "Dự đủ {n} buổi, có tên trong danh sách lớp; tự mở được VNeID và đọc được tin cảnh báo thiên tai của xã trên điện thoại", 10),
    tt("Mở tài khoản ngân hàng cho gia đình để nhận tiền hỗ trợ chính sách, tiền khoán bảo vệ rừng qua tài khoản thay cho nhận tiền mặt ở thôn",
       "Gia đình nhận toàn bộ tiền hỗ trợ, tiền khoán bảo vệ rừng năm 2026 qua tài khoản; giúp {n} hộ trong nhóm phụ trách cùng mở tài khoản", 9),
    tt("Phiên dịch tiếng Vân Kiều, Pa Kô cho tổ công tác của công an xã khi về {place} thu nhận căn cước, kích hoạt định danh điện tử cho người già, phụ nữ chưa thạo tiếng Việt",
       "Giúp được ít nhất {n} người kích hoạt tài khoản định danh điện tử mức 2; có xác nhận của công an xã phụ trách thôn", 8),
    tt("Dẫn bà con trong nhóm hộ phụ trách đi làm thủ tục lần đầu ở Trung tâm Phục vụ hành chính công xã mới; chỉ cách lấy số thứ tự và tra cứu kết quả bằng mã hồ sơ",
       "{n} hộ làm xong thủ tục trong năm mà không phải đi lại lần thứ hai; những chỗ vướng được báo lại với chi bộ {place}", 12),
];

#[rustfmt::skip]
static THEME_VILLAGE_CELL_SECRETARY: [ThemeTemplate; 4] = [
    tt("Hướng dẫn đảng viên của chi bộ {place} cài đặt Sổ tay đảng viên điện tử; từ quý II gửi tài liệu sinh hoạt, thông báo của chi bộ qua Sổ tay thay cho bản giấy",
       "Từ {pct}% đảng viên sử dụng được Sổ tay đảng viên điện tử; tài liệu sinh hoạt hằng tháng đến đảng viên trước kỳ họp ít nhất 3 ngày", 6),
    tt("Đưa chỉ tiêu chuyển đổi số vào nghị quyết chi bộ hằng quý; giao mỗi đảng viên hướng dẫn {n} hộ sử dụng dịch vụ công trực tuyến và kiểm điểm việc này cuối quý",
       "4 nghị quyết quý có chỉ tiêu chuyển đổi số ghi rõ người thực hiện; kết quả hướng dẫn của từng đảng viên được nêu trong biên bản kỳ sinh hoạt cuối quý", 12),
    tt("Dự đủ các cuộc giao ban trực tuyến của Đảng ủy xã với bí thư chi bộ; gửi báo cáo tháng của chi bộ {place} qua hệ thống điện tử thay cho mang báo cáo giấy lên xã",
       "12 báo cáo tháng gửi điện tử đúng hạn; không phải lên trung tâm xã mới chỉ để nộp báo cáo", 12),
    tt("Phối hợp công an xã đối chiếu danh sách hộ, nhân khẩu của {place} với dữ liệu dân cư; báo kịp thời người chuyển đi, chuyển đến, người đã mất để làm sạch dữ liệu",
       "Danh sách đối chiếu gửi công an xã trước 30/6; các sai lệch phát hiện được công an xã xác nhận đã chỉnh sửa", 6),
];

#[rustfmt::skip]
static THEME_WARD_RESIDENT: [ThemeTemplate; 4] = [
    tt("Làm các thủ tục của gia đình trên ứng dụng VNeID và Cổng Dịch vụ công quốc gia: cấp phiếu lý lịch tư pháp, đăng ký tạm trú, cấp đổi giấy phép lái xe",
       "Ít nhất {n} thủ tục nộp trực tuyến toàn trình trong năm, có mã hồ sơ; gia đình không nộp hồ sơ giấy cho những thủ tục đã làm được trực tuyến", 12),
    tt("Tham gia tổ công nghệ số cộng đồng của {place}: giúp người cao tuổi cài ứng dụng ngân hàng, VNeID và nhận biết tin nhắn, đường link lạ mạo danh cơ quan nhà nước",
       "Giúp được ít nhất {n} người cao tuổi; không có người được giúp bị lừa chuyển tiền qua mạng trong năm", 12),
    tt("Thanh toán tiền điện, nước, thu gom rác, học phí của gia đình bằng chuyển khoản hoặc mã QR; vận động {n} hộ kinh doanh trên tuyến phố nhận thanh toán không dùng tiền mặt",
       "Gia đình không còn trả các khoản này bằng tiền mặt từ tháng 6; {n} hộ kinh doanh niêm yết mã QR thanh toán tại quầy", 6),
    tt("Gửi phản ánh về hư hỏng hạ tầng, lấn chiếm vỉa hè ở {place} qua kênh tiếp nhận phản ánh trực tuyến của Ủy ban nhân dân phường; theo dõi việc phường trả lời và xử lý",
       "Có ít nhất 02 phản ánh gửi trực tuyến, tra cứu được kết quả; báo lại việc xử lý tại kỳ sinh hoạt chi bộ gần nhất", 12),
];

#[rustfmt::skip]
static THEME_WARD_CELL_SECRETARY: [ThemeTemplate; 4] = [
    tt("Số hóa sổ sách của chi bộ {place}: danh sách đảng viên, đảng viên đang công tác cư trú tại khu phố, sổ theo dõi đảng phí được lập trên máy tính và sao lưu hằng tháng",
       "Sổ điện tử khớp với sổ giấy qua kiểm tra của Đảng ủy phường; biến động đảng viên được cập nhật trong 07 ngày", 9),
    tt("Mời công an phường cùng tổ chức buổi giải đáp tại nhà văn hóa {place} về địa chỉ mới sau sắp xếp: khi nào cần cập nhật trên VNeID, giấy tờ xe, hợp đồng điện, nước, giấy tờ còn hạn không phải đổi",
       "01 buổi giải đáp có danh sách từ {n} hộ tham dự; vướng mắc chưa giải đáp được gửi phường bằng văn bản trong tuần", 5),
    tt("Cùng công an phường rà soát các hộ cho thuê trọ ở {place}; hướng dẫn chủ nhà khai báo tạm trú cho người thuê qua ứng dụng VNeID",
       "Mọi hộ cho thuê trọ trên địa bàn khai báo tạm trú trực tuyến; {n} chủ nhà trọ được hướng dẫn trực tiếp, có danh sách", 8),
    tt("Đăng lên nhóm thông tin của khu phố lịch tiếp công dân, số đường dây nóng của phường mới và danh mục thủ tục nộp được trực tuyến; cập nhật mỗi khi phường thay đổi",
       "Thông tin đăng trước 31/3 và được cập nhật trong năm; không có hộ phản ánh tại hội nghị khu phố là không biết liên hệ ở đâu", 12),
];

#[rustfmt::skip]
static THEME_TEACHER: [ThemeTemplate; 4] = [
    tt("Số hóa kế hoạch bài dạy các môn được phân công; đưa ít nhất {n} bài giảng điện tử lên kho học liệu số của {place} sau khi tổ chuyên môn thẩm định",
       "Kế hoạch bài dạy cả năm học được lưu trên hệ thống và ký số; {n} bài giảng được duyệt, đăng tải trước 31/12", 12),
    tt("Nhập điểm, nhận xét học sinh trên phần mềm quản lý trường học đúng hạn; ký số học bạ số của lớp chủ nhiệm, cập nhật hồ sơ học sinh trên cơ sở dữ liệu ngành giáo dục",
       "100% học sinh lớp chủ nhiệm có học bạ số được ký số cuối năm học 2025–2026; thông tin học sinh trên cơ sở dữ liệu ngành khớp số định danh cá nhân", 6),
    tt("Lồng ghép nội dung năng lực số theo Khung năng lực số cho người học (Thông tư 02/2025/TT-BGDĐT) vào bài dạy; hướng dẫn học sinh sử dụng mạng an toàn, có trách nhiệm",
       "Ít nhất {n} tiết dạy có nội dung năng lực số thể hiện trong kế hoạch bài dạy; học sinh lớp chủ nhiệm không vi phạm quy định về sử dụng mạng xã hội", 12),
    tt("Hoàn thành khóa bồi dưỡng kỹ năng số và ứng dụng trí tuệ nhân tạo trong dạy học trên nền tảng học tập trực tuyến của ngành; chia sẻ lại trong sinh hoạt tổ chuyên môn",
       "Có chứng nhận hoàn thành trước tháng {month}; trình bày {n} chuyên đề trong sinh hoạt tổ chuyên môn của {place}", 12),
];

#[rustfmt::skip]
static THEME_SCHOOL_PRINCIPAL: [ThemeTemplate; 4] = [
    tt("Chỉ đạo triển khai học bạ số, sổ điểm điện tử ở tất cả các khối lớp của {place}; ký số học bạ và hồ sơ chuyên môn thay cho bản giấy",
       "Học bạ số của 100% học sinh được ký số khi kết thúc năm học 2025–2026; nhà trường thôi in sổ điểm giấy từ học kỳ I năm học 2026–2027", 12),
    tt("Tổ chức tuyển sinh đầu cấp năm học 2026–2027 trực tuyến: công khai kế hoạch, hướng dẫn phụ huynh đăng ký trên hệ thống tuyển sinh, bố trí người hỗ trợ tại trường",
       "Từ {pct}% hồ sơ tuyển sinh được nộp trực tuyến; kết quả công bố đúng lịch, không có khiếu nại về tuyển sinh", 8),
    tt("Trao đổi văn bản, báo cáo với cơ quan quản lý trực tiếp (Ủy ban nhân dân xã, phường hoặc Sở Giáo dục và Đào tạo) hoàn toàn qua hệ thống điện tử; công khai thông tin nhà trường trên trang điện tử của {place}",
       "Văn bản đi, đến của nhà trường được xử lý trên hệ thống điện tử và ký số; nội dung công khai được cập nhật đúng thời điểm quy định", 12),
    tt("Xây dựng kế hoạch chuyển đổi số của nhà trường giai đoạn 2026–2030; phân công giáo viên cốt cán kèm {n} giáo viên lớn tuổi soạn giảng trên máy tính",
       "Kế hoạch được hội đồng trường thông qua trước 30/9; mọi giáo viên được kèm tự soạn và trình chiếu được bài giảng", 9),
];

#[rustfmt::skip]
static THEME_HEALTH_WORKER: [ThemeTemplate; 4] = [
    tt("Hướng dẫn người dân đến khám tại trạm mở sổ sức khỏe điện tử trên VNeID; nhập kết quả khám, tiêm chủng của người dân vào hồ sơ sức khỏe điện tử ngay trong ngày",
       "Ít nhất {n} trăm người được hướng dẫn mở sổ sức khỏe điện tử; kết quả khám tại trạm do mình thực hiện được cập nhật trong ngày", 12),
    tt("Kê đơn điện tử và liên thông đơn thuốc lên Hệ thống đơn thuốc quốc gia cho mọi lượt khám bảo hiểm y tế do mình thực hiện; chỉ cho người bệnh cách xem đơn thuốc trên điện thoại",
       "100% đơn thuốc do mình kê có mã liên thông; không có đơn thuốc bị cơ quan bảo hiểm xã hội từ chối do sai thông tin", 12),
    tt("Khám, cấp thuốc tại điểm trạm y tế ở xã cũ theo lịch luân phiên; tư vấn cho người dân qua điện thoại, nhóm tin nhắn của thôn trong những ngày không trực ở đó",
       "Trực đủ các buổi theo lịch tại điểm trạm được phân công; {n} lượt tư vấn từ xa mỗi tháng được ghi vào sổ theo dõi", 12),
    tt("Cập nhật mũi tiêm của trẻ trên Hệ thống thông tin tiêm chủng quốc gia ngay sau buổi tiêm; nhắn tin nhắc lịch tiêm cho cha mẹ thay cho gửi giấy mời",
       "100% mũi tiêm tại trạm được cập nhật trong ngày; từ {pct}% cha mẹ nhận được tin nhắn nhắc lịch trước buổi tiêm", 12),
];

#[rustfmt::skip]
static THEME_COMMUNE_OFFICIAL: [ThemeTemplate; 4] = [
    tt("Trực tiếp nhận hồ sơ tại điểm tiếp nhận ở trụ sở {place} cũ theo lịch phân công; hướng dẫn người dân nộp trực tuyến để lần sau không phải lên trung tâm xã mới",
       "Trực đủ các buổi theo lịch; ít nhất {n} người dân được hướng dẫn nộp hồ sơ trực tuyến thành công ngay tại điểm tiếp nhận", 12),
    tt("Số hóa hồ sơ khi tiếp nhận và kết quả giải quyết thủ tục thuộc lĩnh vực mình phụ trách; không yêu cầu người dân nộp lại giấy tờ đã có trong kho dữ liệu điện tử",
       "Từ {pct}% hồ sơ tiếp nhận trong năm được số hóa, kết quả được ký số; không có phản ánh về việc đòi lại giấy tờ đã số hóa", 12),
    tt("Xử lý văn bản, hồ sơ công việc trên hệ thống quản lý văn bản và điều hành, ký số; báo cáo kết quả nhiệm vụ hằng tháng trên phần mềm quản lý nhiệm vụ của Ủy ban nhân dân xã",
       "100% văn bản do mình soạn được ký số, phát hành điện tử; không có nhiệm vụ quá hạn trên phần mềm mà không giải trình", 12),
    tt("Nắm chắc quy trình các thủ tục thuộc lĩnh vực mình phụ trách trước đây do cấp huyện giải quyết, nay chuyển về xã; soạn phiếu hướng dẫn một lần cho từng thủ tục",
       "Có phiếu hướng dẫn cho {n} thủ tục nhận từ cấp huyện, niêm yết tại Trung tâm Phục vụ hành chính công xã; không có hồ sơ bị trả lại do hướng dẫn sai", 6),
];

#[rustfmt::skip]
static THEME_DISTRICT_OFFICIAL: [ThemeTemplate; 4] = [
    tt("Rà soát thông tin của đảng viên các chi bộ được phân công trong Cơ sở dữ liệu đảng viên (ngày sinh, số định danh cá nhân, ngày vào Đảng) so với hồ sơ gốc; sửa các sai lệch",
       "Rà soát xong trước 30/9; mọi sai lệch phát hiện được sửa, có danh sách báo cáo Ban Xây dựng Đảng", 9),
    tt("Số hóa hồ sơ lưu trữ của các đảng ủy xã cũ bàn giao về (nghị quyết, biên bản, hồ sơ kiểm tra, giám sát); lập mục lục tra cứu trên máy tính",
       "{n} hộp hồ sơ được số hóa, lập mục lục trước 30/11; tra cứu được theo tên chi bộ và năm ban hành", 11),
    tt("Hướng dẫn bí thư các chi bộ được phân công theo dõi đăng ký kế hoạch làm theo, cập nhật tiến độ và kết quả đánh giá đảng viên trên phần mềm; dự sinh hoạt để hỗ trợ tại chỗ",
       "Các chi bộ phụ trách nộp kế hoạch trên phần mềm đúng hạn; dự sinh hoạt ít nhất {n} chi bộ trong năm, có ghi chép", 12),
    tt("Tham gia tổ giám sát của Đảng ủy về việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công: đối chiếu số liệu trên hệ thống, làm rõ nguyên nhân hồ sơ trễ hẹn",
       "Báo cáo giám sát nêu rõ từng hồ sơ trễ hẹn và nguyên nhân, trình Thường trực Đảng ủy trước 30/10", 10),
];

#[rustfmt::skip]
static THEME_DISTRICT_LEADER: [ThemeTemplate; 4] = [
    tt("Chỉ đạo, xử lý công việc và ký văn bản trên hệ thống điện tử kể cả khi đi cơ sở; giao việc qua phần mềm quản lý nhiệm vụ, không giao việc miệng không có thời hạn",
       "100% văn bản thuộc thẩm quyền được ký số; mọi nhiệm vụ giao cho cấp dưới có thời hạn và người chịu trách nhiệm trên phần mềm", 12),
    tt("Trực tiếp phụ trách {n} thôn, khu phố xa trung tâm xã, phường mới; mỗi quý đối thoại với nhân dân về việc làm thủ tục, đi lại sau sắp xếp và giải quyết ngay kiến nghị thuộc thẩm quyền",
       "4 buổi đối thoại có biên bản; mọi kiến nghị được trả lời bằng văn bản trong 15 ngày", 12),
    tt("Mỗi tháng kiểm tra đột xuất Trung tâm Phục vụ hành chính công của xã, phường: xem hồ sơ trễ hẹn trên hệ thống, hỏi ý kiến người dân đang chờ làm thủ tục",
       "12 lần kiểm tra có ghi chép; tỷ lệ hồ sơ trễ hẹn dưới 2%, mỗi hồ sơ trễ hẹn có văn bản xin lỗi gửi người dân", 12),
    tt("Đề xuất bố trí lại công chức giữa lĩnh vực quá tải và lĩnh vực ít việc sau sáp nhập, căn cứ số hồ sơ, số nhiệm vụ thực tế trên phần mềm",
       "Đề xuất trình Ban Thường vụ Đảng ủy trước 30/6, có số liệu từng lĩnh vực; không còn lĩnh vực trễ hẹn kéo dài do thiếu người", 6),
];

#[rustfmt::skip]
static THEME_PROVINCIAL_OFFICIAL: [ThemeTemplate; 4] = [
    tt("Rà soát quy trình nội bộ, quy trình điện tử của {n} thủ tục hành chính do mình tham mưu; đề xuất cắt giảm thành phần hồ sơ, thời gian giải quyết để cung cấp trực tuyến toàn trình",
       "Tờ trình sửa đổi các quy trình trình lãnh đạo Sở trước 30/6; thời gian giải quyết của các thủ tục được rà soát giảm ít nhất 20%", 6),
    tt("Phụ trách hỗ trợ {n} xã, phường về các nhiệm vụ thuộc ngành được phân cấp từ cấp huyện cũ; trả lời câu hỏi của công chức xã trong 3 ngày làm việc",
       "Sổ theo dõi ghi đủ câu hỏi và ngày trả lời; mỗi quý có ít nhất 01 buổi làm việc trực tiếp tại xã gặp nhiều vướng mắc nhất", 12),
    tt("Chuẩn hóa dữ liệu chuyên ngành do mình quản lý của hai tỉnh cũ theo một danh mục, một bộ mã; đưa lên cơ sở dữ liệu dùng chung của tỉnh",
       "Dữ liệu được cập nhật lên hệ thống trước 30/9; không còn bản ghi trùng giữa dữ liệu của Quảng Bình cũ và Quảng Trị cũ", 9),
    tt("Hoàn thành các khóa kỹ năng số dành cho cán bộ, công chức trên nền tảng “Bình dân học vụ số”; dùng bảng tính, phần mềm tổng hợp số liệu để lập báo cáo định kỳ",
       "Có chứng nhận hoàn thành trước tháng {month}; báo cáo định kỳ do mình lập rút thời gian tổng hợp xuống không quá {n} ngày", 12),
];

#[rustfmt::skip]
static THEME_SOLDIER: [ThemeTemplate; 4] = [
    tt("Hướng dẫn Ban Chỉ huy Quân sự xã, phường nhận đăng ký nghĩa vụ quân sự lần đầu qua dịch vụ công trực tuyến; đối chiếu danh sách công dân với Cơ sở dữ liệu quốc gia về dân cư",
       "Hướng dẫn được {n} Ban Chỉ huy Quân sự xã, phường; danh sách công dân trong độ tuổi sẵn sàng nhập ngũ khớp với dữ liệu dân cư", 6),
    tt("Cập nhật trên phần mềm hồ sơ quân nhân dự bị động viên thuộc đơn vị được giao; rà soát người chuyển nơi cư trú sau khi các xã sáp nhập để sắp xếp lại vào đơn vị dự bị",
       "Hồ sơ cập nhật xong trước 30/9; không có quân nhân dự bị chuyển đi mà đơn vị không nắm được", 9),
    tt("Soạn thảo, trình ký văn bản không thuộc danh mục mật trên phần mềm quản lý văn bản, ký số; giao ban với Ban Chỉ huy Quân sự các xã qua hội nghị trực tuyến để giảm đi lại",
       "100% văn bản không mật do mình soạn được ký số; giao ban tháng với các xã tổ chức trực tuyến, có biên bản", 12),
    tt("Bồi dưỡng chỉ huy trưởng, chính trị viên Ban Chỉ huy Quân sự xã mới kiện toàn cách soạn kế hoạch huấn luyện dân quân, văn kiện diễn tập theo tổ chức chính quyền hai cấp",
       "{n} cán bộ quân sự xã được bồi dưỡng tự soạn được kế hoạch huấn luyện dân quân năm 2027", 10),
];

#[rustfmt::skip]
static THEME_POLICE: [ThemeTemplate; 4] = [
    tt("Tổ chức thu nhận hồ sơ cấp căn cước, kích hoạt định danh điện tử lưu động tại thôn cho người già, người khuyết tật, học sinh không tự đến trụ sở Công an xã được",
       "Ít nhất {n} đợt lưu động trong năm; mọi người có nhu cầu ở địa bàn phụ trách được thu nhận hồ sơ, không phải đi lại", 12),
    tt("Rà soát, làm sạch dữ liệu cư trú của các thôn, tổ dân phố được phân công: kiểm tra địa chỉ theo tên đơn vị hành chính mới, xóa đăng ký của người đã mất, đã chuyển đi",
       "Dữ liệu dân cư địa bàn phụ trách bảo đảm đúng, đủ, sạch, sống; sai lệch phát hiện được cập nhật trong 07 ngày", 9),
    tt("Hướng dẫn người dân đăng ký cư trú, đăng ký xe, yêu cầu phiếu lý lịch tư pháp trực tuyến qua VNeID; hỗ trợ nộp ngay tại trụ sở cho người không tự làm được",
       "Từ {pct}% hồ sơ cư trú của Công an xã được nộp trực tuyến; {n} lượt hỗ trợ trực tiếp mỗi tháng được ghi sổ", 12),
    tt("Tuyên truyền cho người cao tuổi cách nhận biết cuộc gọi giả danh công an yêu cầu “cập nhật định danh điện tử”, cài ứng dụng lạ; tiếp nhận, xác minh tin báo lừa đảo qua mạng",
       "{n} buổi tuyên truyền tại thôn, khu phố; mọi tin báo được xác minh và phản hồi cho người báo", 12),
];

#[rustfmt::skip]
static THEME_BORDER_GUARD: [ThemeTemplate; 4] = [
    tt("Cùng công an xã đến từng nhà ở các thôn giáp biên do {place} phụ trách kích hoạt tài khoản định danh điện tử cho đồng bào; hướng dẫn bằng tiếng dân tộc",
       "Giúp được ít nhất {n} người kích hoạt tài khoản mức 2, có danh sách xác nhận của công an xã", 9),
    tt("Nhập thông tin người, phương tiện qua lại biên giới vào phần mềm quản lý ngay trong ca kiểm soát; không để tồn phiếu giấy chưa nhập khi giao ca",
       "Mọi lượt kiểm soát trong ca được nhập đủ trước khi giao ca; không có sai sót phải điều chỉnh qua các đợt kiểm tra của {place}", 12),
    tt("Là đảng viên đồn biên phòng tham gia sinh hoạt với chi bộ thôn giáp biên của xã mới sáp nhập; giúp chi bộ ghi nghị quyết, biên bản và nhận tài liệu qua Sổ tay đảng viên điện tử",
       "Dự đủ {n} kỳ sinh hoạt của chi bộ thôn trong năm; đảng viên của chi bộ thôn mở được tài liệu sinh hoạt trên điện thoại", 12),
    tt("Mỗi lần xuống địa bàn mang theo thông tin về thủ tục và lịch tiếp dân của Trung tâm Phục vụ hành chính công xã; giúp bà con ở xa nộp hồ sơ bằng điện thoại",
       "Hỗ trợ {n} hồ sơ nộp trực tuyến thành công cho bà con thôn giáp biên, có mã hồ sơ", 12),
];

#[rustfmt::skip]
static THEME_ENTERPRISE_WORKER: [ThemeTemplate; 4] = [
    tt("Sử dụng thành thạo phần mềm giao việc, chấm công, ghi sản lượng mà {place} đưa vào vận hành; kèm {n} công nhân lớn tuổi trong tổ cùng sử dụng",
       "Từ quý III tổ không còn dùng sổ giấy để giao việc, chấm công; {n} công nhân lớn tuổi tự thao tác được trên điện thoại", 9),
    tt("Đề xuất 01 sáng kiến ứng dụng công nghệ số ở khâu mình làm: theo dõi thiết bị bằng mã QR, ghi số liệu vận hành trên máy tính bảng hoặc báo sự cố qua điện thoại",
       "Sáng kiến được Hội đồng sáng kiến của {place} xem xét, áp dụng thử tại tổ trước 31/10", 10),
    tt("Cài ứng dụng VssID để tự theo dõi quá trình đóng bảo hiểm xã hội, bảo hiểm y tế; hướng dẫn đồng nghiệp trong tổ kiểm tra việc đóng bảo hiểm cho mình",
       "Mọi người lao động của tổ tra cứu được quá trình đóng bảo hiểm trên VssID; sai lệch phát hiện được báo phòng tổ chức – lao động trong tháng", 6),
    tt("Hoàn thành khóa kỹ năng số cơ bản trên nền tảng “Bình dân học vụ số”; lập và gửi báo cáo ca, báo cáo sự cố bằng điện thoại thay cho ghi sổ",
       "Có chứng nhận hoàn thành trước tháng {month}; báo cáo ca của mình gửi qua hệ thống đúng giờ, không phải chép lại trên giấy", 12),
];

#[rustfmt::skip]
static THEME_RETIRED_VETERAN: [ThemeTemplate; 4] = [
    tt("Chuyển sang nhận lương hưu, trợ cấp qua tài khoản ngân hàng; hướng dẫn {n} hội viên Cựu chiến binh cao tuổi mở tài khoản, rút tiền và giữ mã bảo mật an toàn",
       "Gia đình nhận lương hưu, trợ cấp qua tài khoản từ tháng 6; {n} hội viên chuyển sang nhận qua tài khoản, không ai bị lừa chiếm đoạt tiền", 6),
    tt("Tham gia Ban thanh tra nhân dân xã, phường: giám sát việc niêm yết thủ tục, trả kết quả đúng hẹn tại Trung tâm Phục vụ hành chính công; thu thập ý kiến của bà con ở {place}",
       "Có báo cáo giám sát 6 tháng và cả năm; {n} kiến nghị được Ủy ban nhân dân xã, phường trả lời bằng văn bản", 12),
    tt("Đọc tài liệu sinh hoạt trên Sổ tay đảng viên điện tử và tin tức trên trang thông tin chính thống của tỉnh; giải thích lại cho bà con khi nghe thông tin sai về sắp xếp đơn vị hành chính",
       "Tự mở được tài liệu sinh hoạt trước mỗi kỳ họp; nêu và giải thích ít nhất {n} thông tin sai lệch tại buổi sinh hoạt Chi hội Cựu chiến binh {place}", 12),
    tt("Cung cấp thông tin về nơi hy sinh, nơi chôn cất đồng đội để cập nhật vào cơ sở dữ liệu về liệt sĩ, mộ liệt sĩ; giúp thân nhân liệt sĩ tra cứu trực tuyến",
       "Cung cấp {n} thông tin có ghi chép, gửi qua Ủy ban nhân dân xã, phường; giúp ít nhất 01 gia đình thân nhân tra cứu được thông tin mộ", 12),
];

// ---------------------------------------------------------------------------------------
// Tests for the whole text bank
// ---------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    const YEARS: [i32; 2] = [2017, 2026];
    const PLAN_KINDS: [&str; 5] = [
        "assigned_duty",
        "study",
        "example",
        "remedy",
        "theme_action",
    ];
    const GRASSROOTS_KINDS: [&str; 5] = ["commune", "ward", "agency", "enterprise", "armed"];
    const SECRETARY_ORDER: [&str; 8] = [
        "example",
        "example",
        "study",
        "study",
        "remedy",
        "remedy",
        "assigned_duty",
        "assigned_duty",
    ];
    const DISTRICTS_2017: [&str; 10] = [
        "dongha",
        "quangtri",
        "vinhlinh",
        "giolinh",
        "camlo",
        "trieuphong",
        "hailang",
        "huonghoa",
        "dakrong",
        "conco",
    ];
    const LOCAL_2026: [&str; 10] = [
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
    /// Profiles whose `texts::places` list names nothing that still exists in 2026.
    const NO_PLACE_IN_2026: [Profile; 6] = [
        Profile::HealthWorker,
        Profile::DistrictOfficial,
        Profile::DistrictLeader,
        Profile::ProvincialOfficial,
        Profile::Soldier,
        Profile::Police,
    ];

    /// The names between braces, in order; panics on unbalanced or nested braces.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut names = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            assert!(!rest[..open].contains('}'), "stray '}}' in {text:?}");
            let after = &rest[open + 1..];
            let close = after
                .find('}')
                .unwrap_or_else(|| panic!("unclosed '{{' in {text:?}"));
            let name = &after[..close];
            assert!(!name.contains('{'), "nested '{{' in {text:?}");
            names.push(name);
            rest = &after[close + 1..];
        }
        assert!(!rest.contains('}'), "stray '}}' in {text:?}");
        names
    }

    /// Non-empty, trimmed, composed (no combining marks), no control characters, and only
    /// the allowed placeholders.
    fn check_text(origin: &str, text: &str, allowed: &[&str]) {
        assert!(!text.is_empty(), "{origin}: empty text");
        assert_eq!(text, text.trim(), "{origin}: untrimmed {text:?}");
        if let Some(c) = text.chars().find(|c| ('\u{300}'..='\u{36f}').contains(c)) {
            panic!(
                "{origin}: combining mark U+{:04X} (not NFC) in {text:?}",
                c as u32
            );
        }
        if let Some(c) = text.chars().find(|c| c.is_control()) {
            panic!("{origin}: control character U+{:04X} in {text:?}", c as u32);
        }
        for name in placeholders(text) {
            assert!(
                allowed.contains(&name),
                "{origin}: placeholder {{{name}}} not allowed here (allowed: {allowed:?}) in {text:?}"
            );
        }
    }

    /// Every (origin, item) of the cells' and grassroots organisations' plans.
    fn collective_plans() -> Vec<(String, &'static [UnitPledge], bool)> {
        let mut plans = Vec::new();
        for year in YEARS {
            for p in Profile::ALL {
                plans.push((
                    format!("cell_plan({p:?}, {year})"),
                    cell_plan(p, year),
                    true,
                ));
            }
            for kind in GRASSROOTS_KINDS {
                plans.push((
                    format!("grassroots_plan({kind:?}, {year})"),
                    grassroots_plan(kind, year),
                    false,
                ));
            }
        }
        plans
    }

    /// Every (code, year) that the two commitment functions are asked about.
    fn commitment_units() -> Vec<(&'static str, i32)> {
        COMMITMENT_CODES
            .iter()
            .flat_map(|(code, years)| years.iter().map(move |y| (*code, *y)))
            .collect()
    }

    fn theme_item(code: &str, year: i32) -> UnitPledge {
        let items: Vec<_> = standing_commitment(code, year)
            .iter()
            .filter(|i| i.kind == "theme_action")
            .collect();
        assert_eq!(items.len(), 1, "{code} {year}: theme items {items:?}");
        *items[0]
    }

    #[test]
    fn profile_all_lists_every_variant_in_declaration_order() {
        for (i, p) in Profile::ALL.into_iter().enumerate() {
            assert_eq!(p as usize, i);
        }
    }

    #[test]
    fn collective_plans_are_tidy_and_use_only_their_placeholders() {
        for (origin, items, is_cell) in collective_plans() {
            let allowed: &[&str] = if is_cell { &["place", "n"] } else { &[] };
            for (i, item) in items.iter().enumerate() {
                let origin = format!("{origin}[{i}]");
                check_text(&origin, item.content, allowed);
                check_text(&origin, item.result, allowed);
                check_text(&origin, item.responsible, allowed);
                check_text(&origin, item.kind, &[]);
            }
        }
    }

    #[test]
    fn commitments_are_tidy_and_hold_no_placeholders() {
        for (code, year) in commitment_units() {
            for item in standing_commitment(code, year) {
                let origin = format!("standing_commitment({code:?}, {year})");
                check_text(&origin, item.content, &[]);
                check_text(&origin, item.result, &[]);
                check_text(&origin, item.responsible, &[]);
            }
            for item in secretary_commitment(code, year) {
                let origin = format!("secretary_commitment({code:?}, {year})");
                check_text(&origin, item.content, &[]);
                check_text(&origin, item.result, &[]);
                assert!(
                    item.responsible.is_empty(),
                    "{origin}: responsible {:?} should be empty",
                    item.responsible
                );
            }
        }
    }

    #[test]
    fn comments_and_theme_are_tidy_and_hold_no_placeholders() {
        for (name, list) in [
            (
                "COMMITMENT_RETURN_COMMENTS",
                COMMITMENT_RETURN_COMMENTS.iter(),
            ),
            (
                "COLLECTIVE_RETURN_COMMENTS",
                COLLECTIVE_RETURN_COMMENTS.iter(),
            ),
        ] {
            let mut seen = HashSet::new();
            for c in list {
                let c: &str = c;
                check_text(name, c, &[]);
                seen.insert(c);
            }
            assert!(
                seen.len() >= 6,
                "{name} has {} distinct entries",
                seen.len()
            );
        }
        check_text("THEME_2026", THEME_2026, &[]);
    }

    #[test]
    fn theme_templates_are_tidy_and_use_only_the_four_placeholders() {
        for p in Profile::ALL {
            for (i, t) in theme_2026(p).iter().enumerate() {
                let origin = format!("theme_2026({p:?})[{i}]");
                for text in [t.content, t.result] {
                    check_text(&origin, text, &["place", "n", "pct", "month"]);
                }
                if t.content.contains("{month}") || t.result.contains("{month}") {
                    assert_eq!(t.month, 12, "{origin}: {{month}} only in whole-year items");
                }
            }
        }
    }

    /// `{place}` is drawn from `texts::places`, a 2017 list: in 2026 texts it may only name
    /// what still exists, and a commune official's commune only as the former one.
    fn check_place_2026(origin: &str, p: Profile, text: &str) {
        if NO_PLACE_IN_2026.contains(&p) {
            assert!(
                !text.contains("{place}"),
                "{origin}: {{place}} names a 2017 unit: {text:?}"
            );
        }
        if p == Profile::CommuneOfficial {
            let uses = text.matches("{place}").count();
            let as_former = text.matches("trụ sở {place} cũ").count();
            assert_eq!(
                uses, as_former,
                "{origin}: {{place}} is a former commune: {text:?}"
            );
        }
    }

    #[test]
    fn texts_for_2026_use_place_only_where_it_still_exists() {
        for p in Profile::ALL {
            for t in theme_2026(p) {
                for text in [t.content, t.result] {
                    check_place_2026(&format!("theme_2026({p:?})"), p, text);
                }
            }
            for item in cell_plan(p, 2026) {
                for text in [item.content, item.result, item.responsible] {
                    check_place_2026(&format!("cell_plan({p:?}, 2026)"), p, text);
                }
            }
        }
    }

    #[test]
    fn months_are_within_the_year() {
        for (origin, items, _) in collective_plans() {
            for item in items {
                assert!(
                    (1..=12).contains(&item.month),
                    "{origin}: month {}",
                    item.month
                );
            }
        }
        for (code, year) in commitment_units() {
            for item in standing_commitment(code, year)
                .iter()
                .chain(secretary_commitment(code, year))
            {
                assert!(
                    (1..=12).contains(&item.month),
                    "{code} {year}: month {} for {}",
                    item.month,
                    item.content
                );
            }
        }
        for p in Profile::ALL {
            for t in theme_2026(p) {
                assert!((1..=12).contains(&t.month), "{p:?}: month {}", t.month);
            }
        }
    }

    #[test]
    fn collective_plans_have_the_right_kinds_sizes_and_keys() {
        for (origin, items, _) in collective_plans() {
            assert!(
                (5..=8).contains(&items.len()),
                "{origin} has {} items",
                items.len()
            );
            for item in items {
                assert!(
                    PLAN_KINDS.contains(&item.kind),
                    "{origin}: kind {:?}",
                    item.kind
                );
            }
            let keys = items.iter().filter(|i| i.key).count();
            assert!((1..=5).contains(&keys), "{origin} has {keys} key items");
            assert!(
                items.iter().any(|i| i.kind == "theme_action"),
                "{origin} has no theme action"
            );
        }
    }

    #[test]
    fn standing_commitments_have_issues_and_exactly_one_theme_action() {
        for (code, year) in commitment_units() {
            let items = standing_commitment(code, year);
            if items.is_empty() {
                continue;
            }
            assert!(
                (5..=7).contains(&items.len()),
                "{code} {year} has {} items",
                items.len()
            );
            for item in items {
                assert!(
                    ["pressing_issue", "theme_action"].contains(&item.kind),
                    "{code} {year}: kind {:?}",
                    item.kind
                );
                assert!(!item.key, "{code} {year}: key is for collective plans only");
            }
            let themes = items.iter().filter(|i| i.kind == "theme_action").count();
            assert_eq!(themes, 1, "{code} {year} has {themes} theme actions");
        }
    }

    #[test]
    fn secretary_commitments_have_two_items_of_each_part_in_order() {
        for (code, year) in commitment_units() {
            let items = secretary_commitment(code, year);
            if items.is_empty() {
                continue;
            }
            let kinds: Vec<_> = items.iter().map(|i| i.kind).collect();
            assert_eq!(kinds, SECRETARY_ORDER, "{code} {year}");
            assert!(items.iter().all(|i| !i.key), "{code} {year}: key item");
        }
    }

    #[test]
    fn the_commitments_that_must_exist_do() {
        let listed: HashSet<(&str, i32)> = commitment_units().into_iter().collect();
        let required = DISTRICTS_2017
            .iter()
            .chain(&["khoicq"])
            .map(|c| (*c, 2017))
            .chain(LOCAL_2026.iter().chain(&["cqd"]).map(|c| (*c, 2026)));
        for unit in required {
            assert!(
                listed.contains(&unit),
                "{unit:?} missing from COMMITMENT_CODES"
            );
        }
        // COMMITMENT_CODES lists what standing_commitment has texts for.
        for &(code, year) in &listed {
            let n = standing_commitment(code, year).len();
            assert!((5..=7).contains(&n), "standing {code} {year}: {n} items");
        }
        // Secretaries' commitments: the districts (2017) and the communes, wards and special
        // zone (2026) only.
        let secretaries: HashSet<(&str, i32)> = DISTRICTS_2017
            .iter()
            .map(|c| (*c, 2017))
            .chain(LOCAL_2026.iter().map(|c| (*c, 2026)))
            .collect();
        for &(code, year) in &listed {
            let n = secretary_commitment(code, year).len();
            if secretaries.contains(&(code, year)) {
                assert_eq!(n, 8, "secretary {code} {year}: {n} items");
            } else {
                assert_eq!(n, 0, "secretary {code} {year} should be empty");
            }
        }
    }

    #[test]
    fn unknown_codes_and_years_give_empty_slices() {
        for (code, years) in COMMITMENT_CODES {
            for year in 2010..=2030 {
                if years.contains(&year) {
                    continue;
                }
                assert!(standing_commitment(code, year).is_empty(), "{code} {year}");
                assert!(secretary_commitment(code, year).is_empty(), "{code} {year}");
            }
        }
        for code in ["", "xyz", "DONGHA", "dong ha", "x.dongha", "gio linh"] {
            for year in [2016, 2017, 2018, 2025, 2026] {
                assert!(
                    standing_commitment(code, year).is_empty(),
                    "{code:?} {year}"
                );
                assert!(
                    secretary_commitment(code, year).is_empty(),
                    "{code:?} {year}"
                );
            }
        }
        for p in Profile::ALL {
            for year in [2016, 2018, 2025, 2027] {
                assert!(cell_plan(p, year).is_empty(), "{p:?} {year}");
            }
        }
        for kind in GRASSROOTS_KINDS {
            for year in [2016, 2018, 2025, 2027] {
                assert!(grassroots_plan(kind, year).is_empty(), "{kind} {year}");
            }
        }
        for kind in ["", "district", "village", "Commune"] {
            for year in YEARS {
                assert!(grassroots_plan(kind, year).is_empty(), "{kind:?} {year}");
            }
        }
    }

    #[test]
    fn giolinh_and_camlo_share_their_2017_theme_item_but_for_the_name() {
        let gio = theme_item("giolinh", 2017);
        let cam = theme_item("camlo", 2017);
        const MARK: &str = "\u{0}DISTRICT\u{0}";
        assert_eq!(
            gio.content.replace("Gio Linh", MARK),
            cam.content.replace("Cam Lộ", MARK),
            "the deliberate near-copy differs in more than the name"
        );
        assert_eq!(
            gio.result.replace("Gio Linh", MARK),
            cam.result.replace("Cam Lộ", MARK)
        );
    }

    #[test]
    fn no_two_units_share_a_commitment_item_except_the_deliberate_copy() {
        let gio = theme_item("giolinh", 2017).content;
        let cam = theme_item("camlo", 2017).content;
        let allowed: HashSet<&str> = [gio, cam].into_iter().collect();
        let mut owner: HashMap<&str, (&str, i32)> = HashMap::new();
        for (code, year) in commitment_units() {
            for item in standing_commitment(code, year)
                .iter()
                .chain(secretary_commitment(code, year))
            {
                match owner.get(item.content) {
                    Some(&(other, other_year)) if (other, other_year) != (code, year) => {
                        let pair: HashSet<_> = [other, code].into_iter().collect();
                        let deliberate = allowed.contains(item.content)
                            && year == 2017
                            && other_year == 2017
                            && pair == ["giolinh", "camlo"].into_iter().collect::<HashSet<_>>();
                        assert!(
                            deliberate,
                            "{code} {year} repeats an item of {other} {other_year}: {}",
                            item.content
                        );
                    }
                    Some(_) => {}
                    None => {
                        owner.insert(item.content, (code, year));
                    }
                }
            }
        }
    }

    #[test]
    fn every_profile_has_three_or_four_theme_templates_and_none_is_shared() {
        let mut seen: HashMap<&str, Profile> = HashMap::new();
        for p in Profile::ALL {
            let list = theme_2026(p);
            assert!(
                (3..=4).contains(&list.len()),
                "{p:?} has {} theme templates",
                list.len()
            );
            for t in list {
                for text in [t.content, t.result] {
                    if let Some(other) = seen.insert(text, p) {
                        panic!("{p:?} repeats a text of {other:?}: {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_2026_theme_is_set() {
        assert!(!THEME_2026.trim().is_empty());
    }
}
