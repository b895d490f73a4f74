//! Vietnamese text bank for the Quảng Trị 2017 demo: pledge templates per member profile,
//! shortcomings, reviewers' comments, names and place names, all in official register (NFC).
//!
//! Templates may hold four placeholders that the seeder fills per member, so no two members
//! get the same text: `{place}` (the name from [`places`] for the profile), `{n}` (a small
//! number, 2–15: households, sessions, cases, shifts), `{pct}` (a percentage, 80–100) and
//! `{month}` (a month number; used only in whole-year items). [`fill`] does the filling.
//!
//! Some profiles cover several positions whose assigned duties differ (a commune's cadastral
//! officer and its justice officer). For those, [`positions`] lists each position with its
//! own duties, [`common_pledges`] holds what fits every holder of the profile, and
//! [`pledges`] is the union of both; a seeder that picks one position per member gets a plan
//! that fits that member.

use std::sync::OnceLock;

/// Who a member is, as far as what they can plausibly pledge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// Farmer in a lowland rural commune (rice, livestock, new-countryside roads).
    VillageFarmer,
    /// Vân Kiều or Pa Kô villager in a mountain commune of Hướng Hóa or Đakrông.
    MountainVillager,
    /// Secretary of a village party cell in a rural commune.
    VillageCellSecretary,
    /// Resident of an urban ward neighbourhood ("khu phố"): retired cadres, small traders.
    WardResident,
    /// Secretary of a ward neighbourhood party cell.
    WardCellSecretary,
    /// Teacher at a primary, lower or upper secondary school.
    Teacher,
    /// School principal (hiệu trưởng).
    SchoolPrincipal,
    /// Staff of a commune health station: doctor, nurse, midwife.
    HealthWorker,
    /// Commune people's committee staff: cadastral, justice, finance, culture officer, commune police.
    CommuneOfficial,
    /// Staff of a district-level party agency: office, organisation, propaganda, inspection.
    DistrictOfficial,
    /// District party secretary or standing committee member (personal plan, not the commitment).
    DistrictLeader,
    /// Civil servant of a provincial department.
    ProvincialOfficial,
    /// Officer of the provincial military command or a district military command.
    Soldier,
    /// Officer of the provincial public security or a district police unit.
    Police,
    /// Officer of a border guard post on the Việt Nam – Lào border.
    BorderGuard,
    /// Worker of a state-owned or joint-stock company.
    EnterpriseWorker,
    /// Retired war veteran living in a village or neighbourhood.
    RetiredVeteran,
}

impl Profile {
    /// Every profile, in declaration order (so `profile as usize` indexes this array).
    pub const ALL: [Profile; 17] = [
        Profile::VillageFarmer,
        Profile::MountainVillager,
        Profile::VillageCellSecretary,
        Profile::WardResident,
        Profile::WardCellSecretary,
        Profile::Teacher,
        Profile::SchoolPrincipal,
        Profile::HealthWorker,
        Profile::CommuneOfficial,
        Profile::DistrictOfficial,
        Profile::DistrictLeader,
        Profile::ProvincialOfficial,
        Profile::Soldier,
        Profile::Police,
        Profile::BorderGuard,
        Profile::EnterpriseWorker,
        Profile::RetiredVeteran,
    ];
}

/// One pledge item a member may register, before placeholders are filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PledgeTemplate {
    /// "assigned_duty", "study", "example", "remedy" or "theme_action".
    pub kind: &'static str,
    /// What the member will do.
    pub content: &'static str,
    /// The measurable result or product ("sản phẩm cụ thể").
    pub result: &'static str,
    /// Deadline month in 2017; 12 means the whole year.
    pub month: u32,
    /// For remedies: the code (A1–B9) of the manifestation it remedies.
    pub manifestation: Option<&'static str>,
}

/// A position inside a profile, with the assigned duties that belong to it alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Title as written in a plan ("Công chức Địa chính – Xây dựng").
    pub title: &'static str,
    /// Assigned-duty templates of this position.
    pub duties: &'static [PledgeTemplate],
}

const fn item(
    kind: &'static str,
    content: &'static str,
    result: &'static str,
    month: u32,
) -> PledgeTemplate {
    PledgeTemplate {
        kind,
        content,
        result,
        month,
        manifestation: None,
    }
}
const fn duty(content: &'static str, result: &'static str, month: u32) -> PledgeTemplate {
    item("assigned_duty", content, result, month)
}
const fn study(content: &'static str, result: &'static str, month: u32) -> PledgeTemplate {
    item("study", content, result, month)
}
const fn example(content: &'static str, result: &'static str, month: u32) -> PledgeTemplate {
    item("example", content, result, month)
}
const fn theme(content: &'static str, result: &'static str, month: u32) -> PledgeTemplate {
    item("theme_action", content, result, month)
}
const fn remedy(
    code: &'static str,
    content: &'static str,
    result: &'static str,
    month: u32,
) -> PledgeTemplate {
    PledgeTemplate {
        kind: "remedy",
        content,
        result,
        month,
        manifestation: Some(code),
    }
}

/// Every template of a profile: its common templates followed by every position's duties.
pub fn pledges(profile: Profile) -> &'static [PledgeTemplate] {
    static JOINED: [OnceLock<Vec<PledgeTemplate>>; Profile::ALL.len()] =
        [const { OnceLock::new() }; Profile::ALL.len()];
    let (common, positions) = parts(profile);
    if positions.is_empty() {
        return common;
    }
    JOINED[profile as usize].get_or_init(|| {
        let duties = positions.iter().flat_map(|p| p.duties.iter());
        common.iter().chain(duties).copied().collect()
    })
}

/// Templates that fit every holder of the profile, whatever their position.
pub fn common_pledges(profile: Profile) -> &'static [PledgeTemplate] {
    parts(profile).0
}

/// The positions of a profile whose duties differ; empty when one set of duties fits all.
pub fn positions(profile: Profile) -> &'static [Position] {
    parts(profile).1
}

fn parts(profile: Profile) -> (&'static [PledgeTemplate], &'static [Position]) {
    use Profile::*;
    match profile {
        VillageFarmer => (&VILLAGE_FARMER, &[]),
        MountainVillager => (&MOUNTAIN_VILLAGER, &[]),
        VillageCellSecretary => (&VILLAGE_CELL_SECRETARY, &[]),
        WardResident => (&WARD_RESIDENT, &[]),
        WardCellSecretary => (&WARD_CELL_SECRETARY, &[]),
        Teacher => (&TEACHER, &[]),
        SchoolPrincipal => (&SCHOOL_PRINCIPAL, &[]),
        HealthWorker => (&HEALTH_COMMON, &HEALTH_POSITIONS),
        CommuneOfficial => (&COMMUNE_COMMON, &COMMUNE_POSITIONS),
        DistrictOfficial => (&DISTRICT_COMMON, &DISTRICT_POSITIONS),
        DistrictLeader => (&DISTRICT_LEADER, &[]),
        ProvincialOfficial => (&PROVINCIAL_COMMON, &PROVINCIAL_POSITIONS),
        Soldier => (&SOLDIER, &[]),
        Police => (&POLICE, &[]),
        BorderGuard => (&BORDER_GUARD, &[]),
        EnterpriseWorker => (&ENTERPRISE_WORKER, &[]),
        RetiredVeteran => (&RETIRED_VETERAN, &[]),
    }
}

/// The list `{place}` is drawn from for a profile. A retired veteran lives in a village or a
/// khu phố; the village list is returned, and [`NEIGHBOURHOODS`] fits the templates as well.
pub fn places(profile: Profile) -> &'static [&'static str] {
    use Profile::*;
    match profile {
        VillageFarmer | VillageCellSecretary | RetiredVeteran => VILLAGES_PLAINS,
        MountainVillager => VILLAGES_MOUNTAIN,
        WardResident | WardCellSecretary => NEIGHBOURHOODS,
        Teacher | SchoolPrincipal => SCHOOLS,
        HealthWorker => HEALTH_STATIONS,
        // A provincial official's `{place}` is the commune their department is assigned to help.
        CommuneOfficial | ProvincialOfficial => COMMUNES,
        DistrictOfficial | DistrictLeader => DISTRICTS,
        Soldier => MILITARY_UNITS,
        Police => POLICE_UNITS,
        BorderGuard => BORDER_POSTS,
        EnterpriseWorker => ENTERPRISES,
    }
}

/// A place name as it reads inside a sentence: administrative units lose their capital
/// ("Thôn Phú Hưng" → "thôn Phú Hưng"), organisations keep theirs ("Trường THCS Nguyễn Trãi").
pub fn in_sentence(place: &str) -> String {
    const UNITS: [&str; 10] = [
        "Thôn ",
        "Bản ",
        "Khu phố ",
        "Khóm ",
        "Xã ",
        "Phường ",
        "Thị trấn ",
        "Huyện ",
        "Thị xã ",
        "Thành phố ",
    ];
    let mut chars = place.chars();
    match chars.next() {
        Some(first) if UNITS.iter().any(|u| place.starts_with(u)) => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => place.to_string(),
    }
}

/// Fills the four placeholders of a template text.
pub fn fill(text: &str, place: &str, n: u32, pct: u32, month: u32) -> String {
    let body = text
        .replace("{n}", &n.to_string())
        .replace("{pct}", &pct.to_string())
        .replace("{month}", &month.to_string());
    let inside = in_sentence(place);
    match body.strip_prefix("{place}") {
        Some(rest) => format!("{place}{}", rest.replace("{place}", &inside)),
        None => body.replace("{place}", &inside),
    }
}

#[rustfmt::skip]
static VILLAGE_FARMER: [PledgeTemplate; 14] = [
    duty("Gieo cấy {n} sào lúa vụ Đông Xuân 2016–2017 bằng giống chất lượng cao theo lịch thời vụ của hợp tác xã; bón phân cân đối, chỉ phun thuốc khi có khuyến cáo",
         "Thu hoạch xong trước 10/5; năng suất đạt từ 55 tạ/ha trở lên trên {n} sào; ruộng không bị rầy nâu gây hại", 5),
    duty("Tiêm phòng lở mồm long móng, tụ huyết trùng cho toàn bộ đàn trâu bò của gia đình trong hai đợt tiêm phòng của xã",
         "100% trâu bò có tên trong sổ theo dõi tiêm phòng của thú y viên {place}; gia đình không có gia súc mắc bệnh", 10),
    duty("Đóng góp kinh phí và {n} ngày công làm đường bê tông nội đồng của {place} theo mức hội nghị thôn đã thống nhất",
         "Nộp đủ kinh phí theo từng đợt thôn thu; tham gia đủ {n} ngày công; tuyến đường có biên bản nghiệm thu của Ban giám sát cộng đồng", 9),
    duty("Vận động {n} hộ cùng xóm hiến đất, dỡ bỏ hàng rào để mở rộng đường liên xóm theo tiêu chí giao thông nông thôn mới",
         "{n} hộ ký giấy tự nguyện hiến đất; mặt đường đoạn qua xóm mở rộng đủ 3,5 m, không phát sinh khiếu nại", 8),
    duty("Chuyển {n} sào ruộng cao, thiếu nước tưới sang trồng lạc, đậu xanh vụ Hè Thu theo kế hoạch chuyển đổi cây trồng của xã",
         "Thu nhập trên diện tích chuyển đổi cao hơn trồng lúa ít nhất 20%; có sổ ghi chép chi phí, thu nhập", 9),
    duty("Xây hầm khí sinh học và rãnh thoát nước thải cho chuồng lợn, không xả chất thải ra mương chung của {place}",
         "Hầm khí sinh học đưa vào sử dụng trước 30/7; không còn phản ánh của hộ liền kề về mùi hôi chuồng trại", 7),
    duty("Phấn đấu đạt hộ sản xuất, kinh doanh giỏi cấp xã: nuôi {n} con lợn thịt mỗi lứa, kết hợp trồng rau màu quanh năm",
         "Thu nhập bình quân từ 35 triệu đồng/người/năm trở lên; được Hội Nông dân xã công nhận hộ sản xuất, kinh doanh giỏi năm 2017", 12),
    study("Tham gia lớp tập huấn kỹ thuật trồng rau an toàn do Trạm Khuyến nông huyện mở tại {place}",
          "Có giấy chứng nhận hoàn thành lớp tập huấn; áp dụng quy trình trên {n} sào rau của gia đình, không dùng thuốc ngoài danh mục", 4),
    study("Đọc, ghi chép tài liệu học tập chuyên đề năm 2017 và các chính sách hỗ trợ sản xuất do chi bộ cung cấp; trao đổi lại với hội viên chi hội nông dân",
          "Sổ ghi chép có đủ nội dung chuyên đề; trình bày lại tại {n} buổi sinh hoạt chi hội nông dân {place}", 6),
    example("Gương mẫu thực hiện hương ước của {place}: không thả rông trâu bò, không phơi rơm rạ trên đường, đổ rác đúng nơi quy định",
            "Gia đình không vi phạm hương ước; được bình xét “Gia đình văn hóa” năm 2017", 12),
    remedy("B8", "Tổ chức đám giỗ, mừng thọ trong gia đình gọn nhẹ, không mời rộng, không kéo dài nhiều ngày; vận động {n} hộ trong họ tộc cùng thực hiện",
           "Không có cỗ bàn kéo dài trong gia đình; {n} hộ ký cam kết thực hiện nếp sống văn minh trong việc cưới, việc tang", 12),
    remedy("A5", "Khắc phục việc ngại phát biểu trong sinh hoạt chi bộ: chuẩn bị trước ý kiến về việc chung của thôn, góp ý thẳng với đảng viên vi phạm hương ước",
           "Dự đủ 12 kỳ sinh hoạt; có ít nhất {n} ý kiến phát biểu được ghi vào biên bản chi bộ", 12),
    theme("Tham gia hội nghị lấy ý kiến nhân dân nhận xét cán bộ, công chức xã; góp ý cụ thể về tinh thần phục vụ của cán bộ phụ trách {place}",
          "Hoàn thành phiếu nhận xét; có ít nhất 01 ý kiến bằng văn bản gửi Ban công tác Mặt trận thôn trước kỳ đánh giá cuối năm", 11),
    theme("Góp ý công khai về người được giới thiệu bầu trưởng thôn tại hội nghị cử tri {place}, đối chiếu với tiêu chuẩn Đảng ủy xã hướng dẫn",
          "Có ý kiến nhận xét về người ứng cử ghi trong biên bản hội nghị; 100% cử tri trong gia đình đi bầu", 12),
];

#[rustfmt::skip]
static MOUNTAIN_VILLAGER: [PledgeTemplate; 14] = [
    duty("Không phát rừng làm rẫy mới; chuyển {n} sào rẫy cũ sang trồng sắn cao sản theo hướng dẫn của khuyến nông viên xã",
         "Ký cam kết không phát rừng với trưởng thôn và kiểm lâm địa bàn; {n} sào sắn cho thu hoạch, năng suất từ 18 tấn/ha", 11),
    duty("Trồng mới {n} trăm cây cà phê chè, trồng cây che bóng; làm cỏ, bón phân cho vườn cà phê của gia đình",
         "Tỷ lệ cây sống từ {pct}% trở lên; vườn cà phê cũ cho thu hoạch, bán quả tươi cho hợp tác xã", 12),
    duty("Trồng {n} trăm gốc chuối trên đất đồi gần nhà theo mô hình liên kết tiêu thụ với doanh nghiệp ở Lao Bảo",
         "Vườn chuối được chăm sóc đúng kỹ thuật, có hợp đồng bao tiêu sản phẩm; lứa đầu cho thu hoạch", 12),
    duty("Nuôi 02 con bò sinh sản được hỗ trợ từ Chương trình 135; làm chuồng cách nhà ở, trồng {n} sào cỏ voi làm thức ăn",
         "Bò được tiêm phòng đủ 2 đợt, không thả rông; đàn bò có thêm ít nhất 01 con bê trong năm", 12),
    duty("Là đảng viên phụ trách {n} hộ, vận động các hộ đưa con trong độ tuổi đến trường đầy đủ, không cho con nghỉ học theo bố mẹ lên rẫy",
         "100% trẻ trong độ tuổi của {n} hộ phụ trách đi học chuyên cần; không có học sinh bỏ học giữa năm", 12),
    duty("Tuyên truyền Luật Hôn nhân và gia đình bằng tiếng dân tộc cho các hộ có con từ 15 tuổi trở lên ở {place}; không để con mình tảo hôn, kết hôn cận huyết thống",
         "Không có trường hợp tảo hôn trong gia đình và {n} hộ được phân công; các hộ ký cam kết với trưởng thôn", 12),
    duty("Vận động bà con tổ chức tang lễ gọn, không kéo dài nhiều ngày, không mổ nhiều trâu bò; chôn cất đúng nơi quy định của thôn",
         "Các đám tang trong {n} hộ phụ trách được tổ chức theo quy ước của {place}, có xác nhận của trưởng thôn", 12),
    example("Làm nhà tiêu hợp vệ sinh, chuyển chuồng trâu bò ra xa nhà ở, không nhốt gia súc dưới gầm nhà sàn",
            "Nhà tiêu đưa vào sử dụng trước 30/6; gầm nhà sàn sạch, gia đình được bình xét “Gia đình văn hóa” của {place}", 6),
    example("Không uống rượu say, không đánh bạc; không tham gia, không tiếp tay vận chuyển hàng lậu, ma túy qua biên giới",
            "Dự 12/12 kỳ sinh hoạt chi bộ; bản thân và gia đình không vi phạm pháp luật, quy ước của {place}", 12),
    study("Theo học lớp xóa mù chữ, chống tái mù chữ buổi tối tại nhà văn hóa {place} do giáo viên trường tiểu học của xã phụ trách",
          "Đọc thông, viết thạo tiếng Việt; tự đọc được nghị quyết chi bộ; có giấy xác nhận hoàn thành chương trình", 12),
    study("Tham gia lớp tập huấn trồng, chăm sóc cà phê và nuôi bò nhốt chuồng do Trạm Khuyến nông huyện mở tại xã",
          "Dự đủ {n} buổi; tự ủ chua được cỏ, thân cây ngô làm thức ăn cho bò mùa rét", 4),
    remedy("A3", "Khắc phục việc ngại học nghị quyết: mỗi tháng nhờ cán bộ xã, giáo viên cắm bản giải thích lại nghị quyết chi bộ rồi phổ biến cho bà con bằng tiếng dân tộc",
           "Phổ biến nghị quyết tại {n} buổi họp thôn; trả lời được câu hỏi của bà con về chính sách hỗ trợ giống, vốn", 12),
    remedy("A5", "Mạnh dạn nhắc nhở người trong dòng họ uống rượu gây mất trật tự, thả rông gia súc phá hoa màu, không nể vì là người lớn tuổi",
           "Nhắc nhở, hòa giải {n} trường hợp; báo cáo kết quả với chi bộ tại kỳ sinh hoạt hằng tháng", 12),
    theme("Tham gia hội nghị lấy ý kiến nhân dân nhận xét cán bộ xã; phiên dịch cho bà con chưa thạo tiếng Việt để ai cũng góp ý được",
          "Ghi lại ý kiến của {n} hộ về cán bộ phụ trách {place}, gửi Ban công tác Mặt trận thôn", 11),
];

#[rustfmt::skip]
static VILLAGE_CELL_SECRETARY: [PledgeTemplate; 12] = [
    duty("Duy trì sinh hoạt chi bộ {place} vào ngày 5 hằng tháng; mỗi quý tổ chức 01 kỳ sinh hoạt chuyên đề về một việc cụ thể của thôn (làm đường, tiêm phòng, vệ sinh môi trường)",
         "12/12 kỳ sinh hoạt thường kỳ và 4 kỳ chuyên đề có biên bản, nghị quyết; tỷ lệ đảng viên dự họp từ {pct}% trở lên", 12),
    duty("Lãnh đạo {place} hoàn thành tiêu chí giao thông, môi trường trong xây dựng nông thôn mới theo kế hoạch của xã",
         "Bê tông hóa thêm {n} trăm mét đường thôn, xóm; 100% hộ có hố rác hoặc đăng ký thu gom; thôn giữ danh hiệu “Thôn văn hóa”", 12),
    duty("Phân công {n} đảng viên phụ trách nhóm hộ; hằng tháng nắm tình hình, giải quyết ngay mâu thuẫn nhỏ trong dân",
         "Mỗi đảng viên có sổ theo dõi nhóm hộ; không có đơn thư vượt cấp; 100% vụ việc được hòa giải tại thôn", 12),
    duty("Theo dõi, bồi dưỡng {n} quần chúng ưu tú là đoàn viên, hội viên nông dân; giới thiệu đi học lớp bồi dưỡng nhận thức về Đảng",
         "Ít nhất 01 quần chúng được Đảng ủy xã kết nạp trong năm; hồ sơ hoàn chỉnh, đúng quy trình", 11),
    duty("Phối hợp thú y viên tổ chức tiêm phòng gia súc, gia cầm đợt 1 và đợt 2 trên địa bàn {place}",
         "Tỷ lệ trâu bò được tiêm phòng đạt {pct}% tổng đàn; không để dịch bệnh lây lan", 10),
    duty("Chỉ đạo thu, nộp đảng phí đúng quy định; công khai thu chi quỹ thôn tại hội nghị thôn cuối năm",
         "100% đảng viên nộp đảng phí hằng tháng; báo cáo thu chi quỹ thôn được niêm yết tại nhà văn hóa {place}", 12),
    study("Tham gia lớp bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ do Trung tâm Bồi dưỡng chính trị huyện tổ chức",
          "Có giấy chứng nhận; sổ nghị quyết, sổ biên bản của chi bộ {place} ghi đúng hướng dẫn, được Đảng ủy xã kiểm tra xếp loại đạt yêu cầu", 6),
    example("Gương mẫu đi đầu hiến đất, dỡ hàng rào mở rộng đường qua nhà; nộp các khoản đóng góp của thôn đầu tiên",
            "Gia đình hiến phần đất mặt tiền dài {n} m, có biên bản; nộp đủ khoản đóng góp trong tuần đầu thôn thu", 8),
    remedy("A5", "Khắc phục nể nang khi kiểm điểm: nêu đích danh, nhắc nhở đảng viên vắng sinh hoạt không lý do, chậm nộp đảng phí",
           "Mỗi trường hợp vắng 2 kỳ liên tiếp được nhắc nhở tại chi bộ, ghi biên bản; không còn đảng viên vắng 3 kỳ liên tiếp", 12),
    remedy("A8", "Khắc phục việc tự quyết một số khoản chi của thôn: đưa ra chi bộ bàn, họp dân lấy ý kiến trước khi quyết định các khoản đóng góp",
           "100% khoản đóng góp có biên bản họp dân; không có ý kiến thắc mắc về thu chi tại hội nghị cuối năm", 12),
    theme("Chủ trì hội nghị chi bộ {place} giới thiệu nhân sự bầu trưởng thôn; công khai tiêu chuẩn, quy trình và lấy ý kiến đảng viên trước khi giới thiệu",
          "Hội nghị có từ {pct}% đại diện hộ tham dự; biên bản và hồ sơ nhân sự gửi Đảng ủy xã đúng hạn", 9),
    theme("Triển khai Bộ tiêu chí đánh giá cán bộ của Đảng ủy xã đến cán bộ thôn (trưởng thôn, công an viên, chi hội trưởng); tổ chức nhận xét hằng quý tại chi bộ",
          "4 kỳ nhận xét có biên bản; kết quả đánh giá cuối năm của {n} cán bộ thôn gửi Đảng ủy xã trước 15/12", 12),
];

#[rustfmt::skip]
static WARD_RESIDENT: [PledgeTemplate; 13] = [
    duty("Tham gia tổng vệ sinh, khơi thông cống rãnh trên tuyến đường trước nhà vào sáng Chủ nhật cuối tháng theo lịch của {place}",
         "Tham gia đủ 12 đợt; đoạn đường trước nhà và {n} hộ liền kề không còn rác tồn đọng, cống không bị tắc", 12),
    duty("Tham gia tổ an ninh tự quản của {place}, tuần tra ban đêm theo lịch phân công của Công an phường",
         "Tham gia ít nhất {n} ca tuần tra mỗi quý; báo tin kịp thời các trường hợp lưu trú không khai báo", 12),
    duty("Là thành viên tổ hòa giải, tham gia hòa giải các mâu thuẫn về ranh giới đất, lối đi chung, tiếng ồn trong {place}",
         "Tham gia hòa giải {n} vụ việc, tỷ lệ hòa giải thành từ {pct}% trở lên; không có vụ việc phát sinh thành đơn thư vượt cấp", 12),
    duty("Vận động {n} hộ kinh doanh trên tuyến đường thuộc {place} không lấn chiếm vỉa hè, không để hàng hóa, biển quảng cáo ra lòng đường",
         "{n} hộ ký cam kết với Ban điều hành khu phố; vỉa hè thông thoáng, không bị phường nhắc nhở trong các đợt kiểm tra", 9),
    duty("Cùng Ban điều hành khu phố vận động các hộ ủng hộ Quỹ Vì người nghèo, Quỹ Đền ơn đáp nghĩa năm 2017",
         "{pct}% số hộ của {place} tham gia ủng hộ; gia đình ủng hộ không thấp hơn mức khu phố vận động", 10),
    duty("Tham gia giám sát thi công tuyến kiệt và hệ thống thoát nước do phường đầu tư trên địa bàn {place}",
         "Có {n} lần kiểm tra ghi vào sổ giám sát; sai sót phát hiện được báo Ban giám sát đầu tư của cộng đồng trong ngày", 10),
    study("Tham gia lớp tập huấn kỹ năng hòa giải ở cơ sở do Phòng Tư pháp tổ chức; nghiên cứu Luật Hòa giải ở cơ sở",
          "Có giấy chứng nhận tập huấn; vận dụng vào {n} vụ hòa giải trong năm", 5),
    study("Học sử dụng điện thoại thông minh để đọc tài liệu sinh hoạt chi bộ, Báo Quảng Trị điện tử và trang thông tin của Đảng bộ tỉnh",
          "Tự tra cứu được văn bản, nghị quyết mới; giới thiệu thông tin chính thống tại {n} buổi sinh hoạt chi hội người cao tuổi", 6),
    example("Gương mẫu thực hiện nếp sống văn minh đô thị: không đốt vàng mã trên vỉa hè, không để xe, vật liệu xây dựng ra lòng đường; tổ chức việc hiếu, việc hỷ gọn nhẹ",
            "Gia đình đạt “Gia đình văn hóa” năm 2017; không bị Ban điều hành {place} nhắc nhở về trật tự đô thị", 12),
    remedy("A6", "Khắc phục việc thấy sai phạm ở khu phố nhưng ngại nói: phản ánh kịp thời các trường hợp xây dựng trái phép, lấn chiếm đất công với chi bộ và Ban điều hành khu phố",
           "Phản ánh {n} trường hợp, có ghi nhận tại biên bản sinh hoạt chi bộ; theo dõi đến khi được xử lý", 12),
    remedy("A3", "Khắc phục việc ít nghiên cứu nghị quyết: dành ít nhất 2 buổi mỗi tháng đọc tài liệu sinh hoạt chi bộ, ghi chép và chuẩn bị ý kiến",
           "Có sổ ghi chép; phát biểu ít nhất {n} lần trong các kỳ sinh hoạt chi bộ năm 2017", 12),
    theme("Góp ý về tác phong phục vụ của cán bộ bộ phận một cửa phường qua hội nghị đối thoại và phiếu lấy ý kiến người dân {place}",
          "Có ít nhất 01 ý kiến góp ý bằng văn bản; tham dự đủ các buổi đối thoại, tiếp xúc cử tri do phường tổ chức", 11),
    theme("Tham gia nhận xét đảng viên đang công tác ở cơ quan nhưng cư trú tại {place} khi chi bộ khu phố lấy ý kiến",
          "Có ý kiến nhận xét cụ thể về việc thực hiện nghĩa vụ công dân nơi cư trú của {n} đảng viên", 12),
];

#[rustfmt::skip]
static WARD_CELL_SECRETARY: [PledgeTemplate; 12] = [
    duty("Duy trì sinh hoạt chi bộ {place} vào ngày 5 hằng tháng; mỗi kỳ dành thời gian bàn 01 việc cụ thể của khu phố (rác thải, vỉa hè, hộ nghèo)",
         "12 kỳ sinh hoạt có nghị quyết; tỷ lệ đảng viên tham dự từ {pct}% trở lên; mỗi kỳ có ít nhất 01 việc giao người thực hiện", 12),
    duty("Nhận xét đảng viên đang công tác ở cơ quan, đơn vị nhưng cư trú tại khu phố theo Quy định 76-QĐ/TW",
         "{n} phiếu nhận xét gửi cơ quan quản lý đảng viên trước 15/12; phiếu có nội dung cụ thể, không ghi chung chung", 12),
    duty("Lãnh đạo Ban điều hành khu phố vận động các hộ trả lại vỉa hè trên {n} tuyến đường, kiệt của {place}",
         "Không còn điểm lấn chiếm vỉa hè cố định trên {n} tuyến; khu phố được Ủy ban nhân dân phường biểu dương", 9),
    duty("Chỉ đạo xây dựng mô hình “Khu phố an toàn về an ninh trật tự”; phối hợp Công an phường nắm số người tạm trú, thuê trọ",
         "Không xảy ra tội phạm nghiêm trọng trên địa bàn {place}; 100% hộ cho thuê trọ đăng ký tạm trú cho người thuê", 12),
    duty("Lãnh đạo rà soát hộ nghèo, cận nghèo năm 2017 của {place} đúng quy trình, bình xét công khai tại hội nghị khu phố",
         "Danh sách niêm yết đủ 7 ngày, không có khiếu nại; {n} hộ nghèo được giới thiệu việc làm hoặc vay vốn", 11),
    duty("Thu, nộp đảng phí theo Quyết định 342-QĐ/TW; cập nhật sổ đảng phí, sổ đảng viên kịp thời",
         "100% đảng viên nộp đảng phí đúng hạn; sổ sách khớp với Đảng ủy phường qua kiểm tra", 12),
    study("Tham gia bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ; học sử dụng máy tính để soạn nghị quyết, biên bản chi bộ",
          "Có giấy chứng nhận; từ tháng 7 nghị quyết chi bộ {place} được đánh máy, lưu trữ đầy đủ", 7),
    example("Gương mẫu trong việc hiếu, hỷ của gia đình: không mời khách tràn lan, không dựng rạp lấn đường",
            "Không có phản ánh về việc cưới, việc tang của gia đình; vận động {n} hộ cùng thực hiện", 12),
    remedy("A5", "Khắc phục nể nang khi góp ý đảng viên lớn tuổi, từng giữ chức vụ: góp ý trực tiếp, có lý lẽ khi vi phạm quy định của chi bộ",
           "Các trường hợp vi phạm đều được góp ý tại chi bộ, ghi biên bản; kiểm điểm cuối năm phân loại rõ từng đảng viên", 12),
    remedy("A4", "Khắc phục việc có lúc chậm triển khai văn bản, chậm báo cáo Đảng ủy phường: lập sổ theo dõi văn bản đến và hạn báo cáo",
           "Báo cáo tháng, quý gửi Đảng ủy phường đúng hạn; văn bản mới được triển khai ngay tại kỳ sinh hoạt gần nhất", 12),
    theme("Tổ chức lấy ý kiến nhân dân {place} nhận xét cán bộ, công chức phường phụ trách địa bàn theo Bộ tiêu chí đánh giá cán bộ của Đảng ủy phường",
          "Tổng hợp ý kiến của {n} đại diện hộ gia đình, gửi Đảng ủy phường trước kỳ đánh giá cuối năm", 11),
    theme("Góp ý dự thảo Bộ tiêu chí đánh giá cán bộ của Đảng ủy phường, đề xuất thêm tiêu chí về mối liên hệ với nhân dân nơi cư trú",
          "Văn bản góp ý của chi bộ gửi Đảng ủy phường đúng hạn, có ít nhất {n} đề xuất cụ thể", 4),
];

#[rustfmt::skip]
static TEACHER: [PledgeTemplate; 14] = [
    duty("Giảng dạy các lớp được phân công bám sát chuẩn kiến thức, kỹ năng; kiểm tra, đánh giá học sinh đúng quy chế",
         "Tỷ lệ học sinh đạt yêu cầu môn học cuối năm học 2016–2017 từ {pct}% trở lên; không có sai sót khi vào điểm", 5),
    duty("Phụ đạo học sinh yếu mỗi tuần 02 buổi chiều cho {n} em học lực yếu của lớp chủ nhiệm",
         "Ít nhất 2/3 số em được phụ đạo đạt yêu cầu, lên lớp thẳng; không có học sinh bỏ học", 5),
    duty("Thiết kế {n} bài giảng có ứng dụng công nghệ thông tin, đưa vào kho học liệu dùng chung của {place}",
         "{n} bài giảng được tổ chuyên môn thẩm định; ít nhất 01 bài dự thi thiết kế bài giảng điện tử cấp tỉnh", 12),
    duty("Bồi dưỡng đội tuyển học sinh giỏi bộ môn theo phân công của nhà trường",
         "Có ít nhất {n} học sinh đạt giải học sinh giỏi cấp huyện hoặc cấp tỉnh năm học 2016–2017", 3),
    duty("Làm tốt công tác chủ nhiệm: thăm gia đình {n} học sinh có hoàn cảnh khó khăn, liên lạc thường xuyên với phụ huynh qua sổ liên lạc",
         "Thăm đủ {n} gia đình, có ghi chép; lớp chủ nhiệm đạt lớp tiên tiến, không có học sinh vi phạm an toàn giao thông", 5),
    duty("Viết 01 sáng kiến kinh nghiệm về phương pháp dạy học tích cực ở bộ môn phụ trách, áp dụng thử tại {place}",
         "Sáng kiến được Hội đồng khoa học ngành xếp loại C trở lên", 4),
    study("Hoàn thành chương trình bồi dưỡng thường xuyên năm học 2016–2017 (120 tiết), chọn nội dung tự chọn về đổi mới kiểm tra, đánh giá",
          "Được {place} đánh giá hoàn thành kế hoạch bồi dưỡng thường xuyên, xếp loại khá trở lên", 5),
    study("Học và thi lấy chứng chỉ ứng dụng công nghệ thông tin cơ bản theo Thông tư 03/2014/TT-BTTTT",
          "Có chứng chỉ trước tháng {month}; tự làm được bài giảng trình chiếu và sổ điểm điện tử", 12),
    study("Học tiếng Anh, thi chứng chỉ bậc 2 theo Khung năng lực ngoại ngữ 6 bậc dùng cho Việt Nam",
          "Có chứng chỉ bậc 2 (A2) do đơn vị được Bộ Giáo dục và Đào tạo cho phép cấp", 11),
    example("Không dạy thêm trái quy định, không nhận quà, phong bì của phụ huynh; lên lớp đúng giờ, không dùng điện thoại trong giờ dạy",
            "Không có phản ánh của phụ huynh, học sinh; không bị nhắc nhở qua các đợt kiểm tra nội bộ của {place}", 12),
    remedy("A5", "Khắc phục nể nang khi dự giờ đồng nghiệp: góp ý thẳng thắn, ghi nhận xét cụ thể vào phiếu dự giờ cả ưu điểm và điều cần sửa",
           "Dự ít nhất {n} tiết mỗi học kỳ; 100% phiếu dự giờ có nhận xét cụ thể, không ghi chung chung", 12),
    remedy("B4", "Không để Ban đại diện cha mẹ học sinh lớp chủ nhiệm thu các khoản ngoài quy định; công khai thu chi của lớp",
           "Không có khoản thu ngoài danh mục {place} đã công bố; không có phản ánh của phụ huynh về lạm thu", 10),
    theme("Rà soát, bổ sung hồ sơ viên chức: nộp bản sao có chứng thực văn bằng, chứng chỉ theo yêu cầu rà soát bằng cấp của tỉnh",
          "Hồ sơ đầy đủ, khớp với lý lịch; nộp bộ phận tổ chức của {place} trước 30/6", 6),
    theme("Tham gia góp ý Bộ tiêu chí đánh giá viên chức của nhà trường; tự đánh giá hằng quý theo Bộ tiêu chí và nộp chi bộ",
          "Có văn bản góp ý; 4 bản tự đánh giá quý có minh chứng kèm theo", 12),
];

#[rustfmt::skip]
static SCHOOL_PRINCIPAL: [PledgeTemplate; 13] = [
    duty("Chỉ đạo hoàn thành hồ sơ tự đánh giá, đề nghị kiểm định chất lượng giáo dục và công nhận {place} đạt chuẩn quốc gia",
         "Báo cáo tự đánh giá hoàn thành trước 30/9; đoàn đánh giá ngoài công nhận đạt kiểm định chất lượng cấp độ 2", 12),
    duty("Thực hiện “ba công khai” theo Thông tư 09/2009/TT-BGDĐT: chất lượng giáo dục, điều kiện cơ sở vật chất và đội ngũ, thu chi tài chính",
         "Niêm yết công khai đúng thời điểm tháng 6 và tháng 12, đăng trên trang thông tin của {place}; không có đơn thư về thu chi", 12),
    duty("Chỉ đạo duy trì sĩ số, phân công giáo viên theo dõi từng học sinh có nguy cơ bỏ học",
         "Tỷ lệ học sinh bỏ học dưới 0,5%; vận động được {n} học sinh đã nghỉ học trở lại lớp", 12),
    duty("Dự giờ, thăm lớp và kiểm tra chuyên đề giáo viên theo kế hoạch kiểm tra nội bộ năm học",
         "Dự ít nhất {n} tiết mỗi tháng; kiểm tra toàn diện từ 1/3 số giáo viên trở lên, có biên bản", 12),
    duty("Đưa phần mềm quản lý trường học và sổ điểm điện tử vào sử dụng ở tất cả các lớp của {place}",
         "100% giáo viên nhập điểm trên phần mềm đúng hạn; phụ huynh tra cứu được kết quả học tập từ học kỳ I năm học 2017–2018", 12),
    duty("Tham mưu cấp có thẩm quyền đầu tư sửa chữa {n} phòng học xuống cấp và công trình vệ sinh cho học sinh",
         "Tờ trình, dự toán được phê duyệt; {n} phòng học sửa chữa xong trước khai giảng năm học 2017–2018", 8),
    study("Hoàn thành chương trình trung cấp lý luận chính trị – hành chính hệ không tập trung tại Trường Chính trị Lê Duẩn",
          "Có bằng tốt nghiệp, xếp loại khá trở lên", 12),
    study("Tham gia lớp bồi dưỡng nghiệp vụ quản lý giáo dục dành cho hiệu trưởng do Sở Giáo dục và Đào tạo tổ chức",
          "Có giấy chứng nhận; xây dựng lại kế hoạch chiến lược phát triển {place} giai đoạn 2017–2022", 8),
    example("Thực hành tiết kiệm: không dùng kinh phí nhà trường tổ chức liên hoan, tiếp khách ngoài quy định; có mặt tại trường trong các kỳ thi, kiểm tra",
            "Tiết kiệm ít nhất 10% chi thường xuyên của {place} để tăng thu nhập cho viên chức; công khai kết quả tại hội nghị viên chức", 12),
    remedy("A8", "Khắc phục việc một số quyết định còn áp đặt: đưa phân công chuyên môn, bình xét thi đua ra bàn ở chi bộ và hội đồng sư phạm trước khi quyết định",
           "Các quyết định về phân công, thi đua, khen thưởng đều có biên bản họp hội đồng sư phạm {place}; không có ý kiến thắc mắc kéo dài", 12),
    remedy("B4", "Chấn chỉnh các khoản thu đầu năm học: rà soát, bãi bỏ khoản thu không đúng quy định, chỉ vận động tài trợ theo đúng hướng dẫn",
           "Danh mục các khoản thu được niêm yết tại {place}; không có khoản thu ngoài quy định, không có phản ánh của phụ huynh", 9),
    theme("Chủ trì xây dựng Bộ tiêu chí đánh giá viên chức của {place} trên cơ sở Bộ tiêu chí đánh giá cán bộ của tỉnh; đánh giá viên chức theo quý",
          "Bộ tiêu chí được hội đồng sư phạm thông qua trước 30/6; 100% viên chức được đánh giá hằng quý có biên bản", 6),
    theme("Đề xuất quy hoạch tổ trưởng chuyên môn, phó hiệu trưởng giai đoạn 2017–2020; kèm cặp 01 giáo viên trẻ trong diện quy hoạch",
          "Danh sách quy hoạch của {place} được chi bộ thông qua, công khai; giáo viên được kèm cặp đảm nhiệm tổ phó chuyên môn từ năm học 2017–2018", 9),
];

#[rustfmt::skip]
static HEALTH_COMMON: [PledgeTemplate; 8] = [
    duty("Lập và cập nhật hồ sơ quản lý sức khỏe cá nhân cho người dân ở {n} thôn được trạm phân công phụ trách",
         "{pct}% người dân các thôn phụ trách có hồ sơ sức khỏe; dữ liệu nhập đầy đủ vào phần mềm của {place}", 12),
    duty("Trực cấp cứu, trực đêm, ngày nghỉ theo lịch của {place}; sơ cứu và chuyển tuyến kịp thời",
         "Không để xảy ra sai sót chuyên môn; 100% ca chuyển tuyến có giấy chuyển tuyến, ghi sổ đầy đủ", 12),
    study("Hoàn thành ít nhất 24 tiết đào tạo liên tục trong năm về cấp cứu ban đầu và kê đơn thuốc hợp lý",
          "Có giấy chứng nhận đào tạo liên tục do Trung tâm Y tế huyện hoặc Sở Y tế cấp", 11),
    example("Thực hiện Quy tắc ứng xử của cán bộ y tế, đổi mới phong cách, thái độ phục vụ theo Quyết định 2151/QĐ-BYT",
            "Không có phản ánh về thái độ phục vụ; tỷ lệ người bệnh hài lòng qua phiếu khảo sát của {place} từ {pct}% trở lên", 12),
    remedy("B2", "Khắc phục việc chờ người bệnh đến trạm: chủ động đến nhà khám, chăm sóc người cao tuổi, người khuyết tật không tự đi được",
           "{n} lượt khám tại nhà mỗi quý, có ghi sổ; không có phản ánh về việc chậm đến khi gia đình người bệnh báo tin", 12),
    remedy("A5", "Góp ý thẳng thắn với đồng nghiệp khi thấy kê đơn, cấp phát thuốc bảo hiểm y tế chưa đúng quy định, không nể nang bỏ qua",
           "Các sai sót được nêu tại giao ban trạm, ghi sổ; không có khoản chi bảo hiểm y tế của trạm bị xuất toán năm 2017", 12),
    theme("Rà soát văn bằng, chứng chỉ hành nghề của bản thân; bổ sung hồ sơ viên chức theo yêu cầu của Trung tâm Y tế huyện",
          "Hồ sơ đầy đủ, khớp lý lịch; nộp bộ phận tổ chức trước 30/6", 6),
    theme("Tham gia góp ý Bộ tiêu chí đánh giá viên chức của Trung tâm Y tế huyện; tự đánh giá hằng quý theo Bộ tiêu chí",
          "Có ý kiến góp ý bằng văn bản; 4 bản tự đánh giá quý được trạm trưởng {place} xác nhận", 12),
];

#[rustfmt::skip]
static HEALTH_POSITIONS: [Position; 3] = [
    Position { title: "Trạm trưởng, bác sĩ", duties: &[
        duty("Chỉ đạo {place} duy trì đạt Bộ tiêu chí quốc gia về y tế xã giai đoạn 2011–2020",
             "Được Trung tâm Y tế huyện thẩm định duy trì đạt chuẩn; không có tiêu chí nào bị đánh giá không đạt", 11),
        duty("Khám, quản lý điều trị ngoại trú người bệnh tăng huyết áp, đái tháo đường tại trạm; khám sàng lọc cho người từ 40 tuổi trở lên",
             "Lập hồ sơ cho 100% người bệnh phát hiện mới; {pct}% người bệnh tái khám, nhận thuốc đúng hẹn hằng tháng", 12),
        duty("Tổ chức khám chữa bệnh bảo hiểm y tế đúng quy định; niêm yết công khai giá dịch vụ, danh mục thuốc tại {place}",
             "Không có hồ sơ thanh toán bảo hiểm y tế bị từ chối do sai sót; số lượt khám tại trạm tăng so với năm 2016", 12),
    ] },
    Position { title: "Y sĩ, điều dưỡng phụ trách tiêm chủng, phòng dịch", duties: &[
        duty("Tổ chức tiêm chủng mở rộng hằng tháng tại {place}: lập danh sách trẻ, gửi giấy mời, theo dõi sau tiêm 30 phút",
             "Tỷ lệ trẻ dưới 1 tuổi tiêm chủng đầy đủ từ {pct}% trở lên; không để xảy ra tai biến nặng sau tiêm", 12),
        duty("Giám sát, xử lý ổ dịch sốt xuất huyết, tay chân miệng; hướng dẫn diệt lăng quăng tại {n} thôn",
             "100% ca bệnh được điều tra, xử lý trong 48 giờ; không để dịch lan rộng", 10),
        duty("Quản lý người bệnh lao, tâm thần phân liệt, động kinh trên địa bàn theo chương trình mục tiêu y tế",
             "{pct}% người bệnh được cấp thuốc, theo dõi hằng tháng; không có người bệnh lao bỏ điều trị", 12),
    ] },
    Position { title: "Nữ hộ sinh", duties: &[
        duty("Quản lý thai nghén: lập sổ theo dõi, khám thai cho phụ nữ có thai trên địa bàn ít nhất 3 lần trong 3 thời kỳ",
             "{pct}% phụ nữ đẻ được khám thai từ 3 lần trở lên; 100% ca đẻ có cán bộ y tế đỡ", 12),
        duty("Chăm sóc bà mẹ, trẻ sơ sinh tại nhà trong tuần đầu sau sinh; tư vấn nuôi con bằng sữa mẹ hoàn toàn trong 6 tháng đầu",
             "Thăm đủ {n} bà mẹ sau sinh tại nhà, ghi sổ theo dõi; không có tử vong mẹ", 12),
        duty("Cân, đo trẻ dưới 5 tuổi hai đợt vào tháng 6 và tháng 12; hướng dẫn bà mẹ chế biến bữa ăn bổ sung",
             "Tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ dưới 5 tuổi giảm ít nhất 1% so với năm 2016", 12),
    ] },
];

#[rustfmt::skip]
static COMMUNE_COMMON: [PledgeTemplate; 7] = [
    study("Theo học trung cấp lý luận chính trị – hành chính hệ vừa làm vừa học tại Trường Chính trị Lê Duẩn",
          "Hoàn thành các học phần năm 2017, điểm trung bình từ 7,0 trở lên", 12),
    study("Học và thi lấy chứng chỉ ứng dụng công nghệ thông tin cơ bản để sử dụng phần mềm một cửa điện tử và quản lý văn bản",
          "Có chứng chỉ; tự xử lý văn bản đi, đến trên phần mềm của UBND {place}", 8),
    example("Chấp hành giờ làm việc, đeo thẻ công chức; không uống rượu bia trong giờ làm việc và giờ nghỉ trưa của ngày làm việc",
            "Không bị nhắc nhở qua kiểm tra công vụ của huyện; bảng chấm công đủ ngày công", 12),
    remedy("B3", "Khắc phục việc chủ yếu làm việc tại trụ sở: mỗi tháng dành ít nhất {n} ngày xuống thôn nắm tình hình, hướng dẫn người dân tại chỗ",
           "Có sổ ghi chép các lần xuống thôn, ý kiến của người dân và kết quả giải quyết", 12),
    remedy("B4", "Khắc phục việc để người dân bổ sung hồ sơ nhiều lần: hướng dẫn một lần, đầy đủ bằng phiếu hướng dẫn",
           "Không có phản ánh về gây phiền hà; 100% hồ sơ phải bổ sung có phiếu hướng dẫn lưu tại bộ phận một cửa {place}", 12),
    theme("Tự đánh giá hằng quý theo Bộ tiêu chí đánh giá cán bộ, công chức của Đảng ủy {place}, kèm số liệu kết quả công việc",
          "4 bản tự đánh giá quý nộp đúng hạn, có số liệu đối chiếu với nhiệm vụ được giao", 12),
    theme("Nộp bản sao chứng thực văn bằng, chứng chỉ và kê khai bổ sung lý lịch công chức theo kế hoạch rà soát bằng cấp của huyện",
          "Hồ sơ công chức đầy đủ, văn bằng hợp lệ; nộp Văn phòng UBND {place} trước 30/6", 6),
];

#[rustfmt::skip]
static COMMUNE_POSITIONS: [Position; 5] = [
    Position { title: "Công chức Địa chính – Xây dựng", duties: &[
        duty("Tiếp nhận, xác minh nguồn gốc đất và chuyển hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng đất lên Chi nhánh Văn phòng đăng ký đất đai đúng thời hạn",
             "100% hồ sơ chuyển đúng hạn, không có hồ sơ trễ hẹn; giải quyết xong {n} hồ sơ cấp lần đầu tồn đọng từ các năm trước", 12),
        duty("Kiểm tra, lập biên bản kịp thời các trường hợp lấn chiếm đất công, xây dựng không phép trên địa bàn {place}",
             "100% trường hợp phát hiện được lập biên bản, báo cáo Chủ tịch UBND xã trong ngày; không có công trình trái phép xây xong", 12),
        duty("Chỉnh lý biến động đất đai vào sổ mục kê, sổ địa chính; hoàn thành thống kê đất đai năm 2016 của {place}",
             "Báo cáo thống kê nộp huyện đúng hạn; {n} trường hợp biến động được chỉnh lý trên sổ và bản đồ", 12),
    ] },
    Position { title: "Công chức Tư pháp – Hộ tịch", duties: &[
        duty("Giải quyết đăng ký khai sinh, kết hôn, khai tử đúng thời hạn Luật Hộ tịch; nhập dữ liệu vào phần mềm đăng ký hộ tịch",
             "100% việc hộ tịch của {place} giải quyết đúng hạn, đa số trả trong ngày; dữ liệu phần mềm khớp với sổ hộ tịch", 12),
        duty("Tuyên truyền pháp luật về hôn nhân, đất đai, phòng chống bạo lực gia đình tại {n} thôn; kiện toàn các tổ hòa giải",
             "{n} buổi tuyên truyền có biên bản; tỷ lệ hòa giải thành của các tổ hòa giải từ {pct}% trở lên", 11),
        duty("Tham mưu xây dựng {place} đạt chuẩn tiếp cận pháp luật năm 2017",
             "Xã được Chủ tịch UBND huyện công nhận đạt chuẩn tiếp cận pháp luật", 12),
    ] },
    Position { title: "Công chức Tài chính – Kế toán", duties: &[
        duty("Lập dự toán, quyết toán ngân sách {place} đúng thời hạn; công khai ngân sách theo Thông tư 343/2016/TT-BTC",
             "Quyết toán năm 2016 được HĐND xã phê chuẩn; dự toán, quyết toán niêm yết công khai đúng thời hạn", 12),
        duty("Đôn đốc thu thuế, phí, lệ phí trên địa bàn {place}; theo dõi, thu hồi các khoản nợ đọng",
             "Thu ngân sách đạt 100% dự toán HĐND xã giao; nợ đọng giảm so với cuối năm 2016", 12),
        duty("Chi đúng định mức, đúng chế độ; không để tồn quỹ tiền mặt vượt mức quy định",
             "Không có khoản chi bị Kho bạc từ chối thanh toán; kiểm tra của Phòng Tài chính – Kế hoạch không phát hiện sai phạm", 12),
    ] },
    Position { title: "Công chức Văn hóa – Xã hội", duties: &[
        duty("Rà soát hộ nghèo, cận nghèo năm 2017 theo chuẩn nghèo tiếp cận đa chiều; hướng dẫn {n} thôn bình xét công khai",
             "Danh sách hộ nghèo được phê duyệt đúng hạn, không có khiếu nại; tỷ lệ hộ nghèo giảm theo chỉ tiêu nghị quyết Đảng ủy", 11),
        duty("Chi trả trợ cấp người có công, đối tượng bảo trợ xã hội của {place} đúng đối tượng, đủ định mức, kịp thời",
             "Đối tượng nhận trợ cấp trước ngày 10 hằng tháng; không có sai sót phải thu hồi", 12),
        duty("Hướng dẫn {n} thôn thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”; bình xét gia đình văn hóa, thôn văn hóa",
             "Tỷ lệ hộ đạt “Gia đình văn hóa” từ {pct}% trở lên; hồ sơ đề nghị công nhận nộp huyện đúng hạn", 12),
    ] },
    Position { title: "Trưởng Công an xã", duties: &[
        duty("Lập hồ sơ quản lý, giáo dục tại cộng đồng {n} người nghiện ma túy, người chấp hành xong án phạt tù về địa phương",
             "Có hồ sơ theo dõi từng người; không có người tái phạm trong năm", 12),
        duty("Xây dựng, duy trì mô hình tổ tự quản về an ninh trật tự ở các thôn của {place}",
             "Không xảy ra tội phạm nghiêm trọng; số vụ việc về trật tự xã hội giảm so với năm 2016", 12),
        duty("Tiếp nhận, xác minh, xử lý kịp thời tin báo về an ninh trật tự; tuần tra bảo đảm trật tự an toàn giao thông dịp Tết và mùa lễ hội",
             "Mỗi tin báo có sổ ghi nhận và kết quả xử lý; không có vụ việc phức tạp kéo dài trên địa bàn {place}", 12),
    ] },
];

#[rustfmt::skip]
static DISTRICT_COMMON: [PledgeTemplate; 8] = [
    study("Học cao cấp lý luận chính trị hệ không tập trung theo quyết định cử đi học của Ban Thường vụ",
          "Hoàn thành các học phần năm 2017, không phải thi lại học phần nào", 12),
    study("Bồi dưỡng kỹ năng soạn thảo văn bản của Đảng theo Hướng dẫn 11-HD/VPTW; dự lớp tập huấn do Văn phòng Tỉnh ủy tổ chức",
          "Có giấy chứng nhận; văn bản do mình soạn thảo không bị trả lại vì sai thể thức", 6),
    example("Giữ mối liên hệ với chi ủy, chính quyền nơi cư trú theo Quy định 76-QĐ/TW; gương mẫu tham gia hoạt động của khu dân cư",
            "Chi bộ nơi cư trú nhận xét tốt; tham gia đủ {n} buổi sinh hoạt, tổng vệ sinh của khu dân cư được mời", 12),
    example("Không sử dụng xe công, điện thoại công vào việc riêng; đi cơ sở không để cơ sở đón tiếp, chiêu đãi",
            "Không có phản ánh của các tổ chức cơ sở đảng thuộc Đảng bộ {place} về việc đón tiếp", 12),
    remedy("B3", "Khắc phục việc nắm tình hình chủ yếu qua báo cáo: mỗi quý xuống ít nhất {n} chi bộ, đảng bộ cơ sở dự sinh hoạt, trao đổi trực tiếp",
           "Có báo cáo sau mỗi đợt đi cơ sở; vướng mắc phát hiện được đề xuất xử lý ngay trong tháng", 12),
    remedy("A5", "Khắc phục nể nang khi thẩm định, kiểm tra: nêu rõ thiếu sót của cơ sở bằng văn bản, không bỏ qua vì quen biết",
           "Báo cáo sau {n} cuộc thẩm định, kiểm tra ghi cụ thể tồn tại; không có kết luận bị cấp trên phát hiện sai sót do nể nang", 12),
    theme("Tham gia góp ý Bộ tiêu chí đánh giá cán bộ của cơ quan; tự đánh giá hằng quý theo Bộ tiêu chí, có minh chứng",
          "Có văn bản góp ý với ít nhất {n} đề xuất; 4 bản tự đánh giá quý nộp lãnh đạo ban đúng hạn", 12),
    theme("Kèm cặp, hướng dẫn 01 chuyên viên trẻ mới tuyển dụng của cơ quan về nghiệp vụ công tác đảng",
          "Chuyên viên được kèm cặp tự đảm nhận được {n} đầu việc chuyên môn; có nhận xét gửi lãnh đạo ban cuối năm", 12),
];

#[rustfmt::skip]
static DISTRICT_POSITIONS: [Position; 4] = [
    Position { title: "Văn phòng cấp ủy", duties: &[
        duty("Tham mưu chương trình công tác tháng, quý của Ban Thường vụ; theo dõi, đôn đốc việc thực hiện các thông báo kết luận",
             "12 chương trình công tác tháng ban hành đúng hạn; {n} thông báo kết luận được theo dõi đến khi hoàn thành", 12),
        duty("Quản lý văn bản đi, đến trên phần mềm quản lý văn bản và mạng thông tin diện rộng của Đảng",
             "100% văn bản đi, đến được cập nhật trong ngày; không để thất lạc văn bản, tài liệu mật", 12),
        duty("Chỉnh lý, lập hồ sơ lưu trữ tài liệu các năm 2015–2016 của Đảng bộ {place}",
             "{n} hộp hồ sơ được chỉnh lý, lập mục lục, nộp lưu đúng quy định", 10),
    ] },
    Position { title: "Ban Tổ chức", duties: &[
        duty("Cập nhật, bổ sung hồ sơ cán bộ thuộc diện Ban Thường vụ quản lý; đối chiếu văn bằng, chứng chỉ với lý lịch",
             "{n} bộ hồ sơ được bổ sung đầy đủ; báo cáo 100% trường hợp văn bằng chưa hợp lệ hoặc không khớp lý lịch", 9),
        duty("Cập nhật biến động đảng viên của Đảng bộ {place} vào cơ sở dữ liệu đảng viên; thẩm định hồ sơ kết nạp, chuyển đảng chính thức",
             "Biến động được cập nhật trong tháng; hồ sơ kết nạp thẩm định trong 10 ngày làm việc, không sai sót", 12),
        duty("Tham mưu rà soát, bổ sung quy hoạch cán bộ diện Ban Thường vụ quản lý giai đoạn 2015–2020 và 2020–2025",
             "Tờ trình và danh sách quy hoạch trình Ban Thường vụ đúng tiến độ; bổ sung {n} cán bộ trẻ, cán bộ nữ vào danh sách", 10),
    ] },
    Position { title: "Ban Tuyên giáo", duties: &[
        duty("Nắm bắt dư luận xã hội, tổng hợp tình hình tư tưởng cán bộ, đảng viên và nhân dân hằng tháng",
             "12 báo cáo dư luận xã hội gửi đúng hạn; kịp thời đề xuất xử lý {n} vấn đề nổi cộm", 12),
        duty("Biên soạn đề cương giới thiệu chuyên đề năm 2017 về Chỉ thị 05-CT/TW; hướng dẫn các chi bộ xây dựng kế hoạch làm theo",
             "Đề cương phát hành đến 100% tổ chức cơ sở đảng trước tháng 4; kiểm tra việc đăng ký tại ít nhất {n} cơ sở", 4),
        duty("Theo dõi, tổng hợp kết quả đăng ký và thực hiện kế hoạch làm theo của các tổ chức cơ sở đảng thuộc Đảng bộ {place}",
             "Báo cáo sơ kết 6 tháng, tổng kết năm đúng hạn; có danh sách gương điển hình đề nghị khen thưởng", 12),
    ] },
    Position { title: "Ủy ban Kiểm tra", duties: &[
        duty("Tham gia đoàn kiểm tra, giám sát chuyên đề {n} tổ chức đảng theo chương trình năm của Ủy ban Kiểm tra",
             "Các cuộc kiểm tra kết thúc đúng thời hạn; báo cáo có kết luận, kiến nghị cụ thể", 11),
        duty("Thẩm tra, xác minh đơn thư tố cáo, khiếu nại đối với đảng viên trong Đảng bộ {place} được phân công giải quyết",
             "100% đơn thư thuộc thẩm quyền giải quyết đúng hạn; không có đơn tồn đọng chuyển sang năm 2018", 12),
        duty("Kiểm tra việc thu, nộp, quản lý đảng phí tại các tổ chức đảng được phân công theo dõi trong Đảng bộ {place}",
             "Kiểm tra {n} tổ chức đảng; sai sót được hướng dẫn khắc phục ngay trong đợt kiểm tra", 9),
    ] },
];

#[rustfmt::skip]
static DISTRICT_LEADER: [PledgeTemplate; 14] = [
    duty("Trực tiếp phụ trách đảng bộ xã, phường được Ban Thường vụ phân công: dự sinh hoạt chi bộ thôn, khu phố, đối thoại với nhân dân mỗi quý một lần",
         "Dự sinh hoạt ít nhất {n} chi bộ thôn, khu phố; 4 buổi đối thoại, các kiến nghị được trả lời bằng văn bản trong 30 ngày", 12),
    duty("Tiếp công dân định kỳ mỗi tháng một ngày; trực tiếp chỉ đạo giải quyết các vụ khiếu nại đông người, kéo dài trên địa bàn {place}",
         "Giải quyết dứt điểm {n} vụ việc tồn đọng; không phát sinh khiếu kiện vượt cấp lên tỉnh, Trung ương", 12),
    duty("Chỉ đạo các xã đăng ký đạt chuẩn nông thôn mới năm 2017 theo Nghị quyết Đại hội Đảng bộ {place}",
         "Có thêm ít nhất 02 xã được công nhận đạt chuẩn nông thôn mới; không xã nào phát sinh nợ đọng xây dựng cơ bản mới", 12),
    duty("Chỉ đạo kiểm tra, giám sát người đứng đầu các cơ quan, đơn vị có dấu hiệu vi phạm; xử lý nghiêm sau kiểm tra",
         "Ban Thường vụ kiểm tra ít nhất {n} người đứng đầu; các kết luận được công khai và theo dõi thực hiện", 12),
    study("Tham gia lớp bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý diện Ban Thường vụ Tỉnh ủy quản lý",
          "Có giấy chứng nhận; vận dụng vào xây dựng ít nhất 01 đề án, chương trình của Đảng bộ {place}", 10),
    study("Nghiên cứu Nghị quyết Trung ương 4 khóa XII, viết bài thu hoạch gắn với thực tiễn Đảng bộ {place}",
          "Bài thu hoạch nộp Ban Tuyên giáo đúng hạn; có 01 bài viết đăng Báo Quảng Trị hoặc bản tin nội bộ", 6),
    example("Thực hiện nghiêm Quy định 101-QĐ/TW về trách nhiệm nêu gương: không dùng xe công vào việc riêng; kê khai tài sản, thu nhập trung thực, đúng hạn",
            "Bản kê khai nộp đúng hạn; không có đơn thư phản ánh có cơ sở về đạo đức, lối sống", 12),
    example("Sinh hoạt đều đặn với chi bộ nơi cư trú, dự họp chi bộ khu dân cư ít nhất 2 lần trong năm; lắng nghe ý kiến người dân về cán bộ địa phương",
            "Có nhận xét của chi bộ nơi cư trú; ghi nhận {n} kiến nghị của người dân, chuyển cơ quan chức năng giải quyết", 12),
    remedy("B9", "Quán triệt vợ, con, người thân không lợi dụng chức vụ của mình để can thiệp vào công việc của cơ quan, đơn vị, không tham gia dự án trên địa bàn {place}",
           "Không có người thân tham gia đấu thầu, nhận thầu dự án trên địa bàn; không có phản ánh về can thiệp, tác động", 12),
    remedy("A8", "Khắc phục việc có lúc kết luận thay tập thể: đưa đầy đủ các vấn đề thuộc thẩm quyền ra Ban Thường vụ bàn, biểu quyết; lắng nghe ý kiến khác",
           "100% nội dung thuộc thẩm quyền tập thể có biên bản biểu quyết; không có ý kiến về vi phạm nguyên tắc tập trung dân chủ", 12),
    remedy("B7", "Không giới thiệu, tác động đưa người thân vào quy hoạch, bổ nhiệm, tuyển dụng; báo cáo Ban Thường vụ danh sách người thân đang công tác trên địa bàn",
           "Có báo cáo bằng văn bản; không có trường hợp bổ nhiệm người thân vi phạm quy định", 6),
    theme("Chủ trì ban hành Bộ tiêu chí đánh giá cán bộ diện Ban Thường vụ quản lý; trực tiếp đánh giá cán bộ cuối năm 2017 theo Bộ tiêu chí",
          "Bộ tiêu chí ban hành trước 30/6; 100% cán bộ diện Ban Thường vụ quản lý được đánh giá, xếp loại theo Bộ tiêu chí", 12),
    theme("Chỉ đạo rà soát bằng cấp của cán bộ, công chức trong hệ thống chính trị Đảng bộ {place}; xử lý các trường hợp văn bằng không hợp pháp",
          "Hoàn thành rà soát trước 30/9; 100% trường hợp vi phạm được xử lý, công khai kết quả", 9),
    theme("Công khai quy trình, kết quả lấy phiếu giới thiệu nhân sự khi điều động, bổ nhiệm; trực tiếp gặp gỡ cán bộ trẻ trong diện quy hoạch",
          "100% quyết định bổ nhiệm có biên bản kiểm phiếu công bố tại hội nghị; tổ chức {n} buổi gặp cán bộ trẻ", 12),
];

#[rustfmt::skip]
static PROVINCIAL_COMMON: [PledgeTemplate; 8] = [
    duty("Tham gia tổ công tác của Sở giúp đỡ {place} xây dựng nông thôn mới; mỗi quý làm việc với xã ít nhất một lần",
         "Có biên bản làm việc hằng quý; xã đạt thêm ít nhất 01 tiêu chí nông thôn mới trong năm", 12),
    study("Hoàn thành năm thứ nhất chương trình thạc sĩ chuyên ngành phù hợp vị trí việc làm theo quyết định cử đi học",
          "Các học phần năm 2017 đạt yêu cầu, không phải học lại", 12),
    study("Học tiếng Anh, thi chứng chỉ bậc 3 theo Khung năng lực ngoại ngữ 6 bậc dùng cho Việt Nam",
          "Có chứng chỉ bậc 3 (B1) trước tháng {month}; tự đọc được tài liệu chuyên môn bằng tiếng Anh", 12),
    example("Chấp hành giờ làm việc; không uống rượu bia trong giờ làm việc, giờ nghỉ trưa; không để doanh nghiệp, người dân đi lại nhiều lần",
            "Không bị nhắc nhở qua kiểm tra công vụ; không có phản ánh trên đường dây nóng của tỉnh", 12),
    remedy("B3", "Khắc phục việc giải quyết công việc chủ yếu trên giấy tờ: đi thực địa trước khi tham mưu các hồ sơ có tranh chấp, vướng mắc",
           "Ít nhất {n} chuyến thực địa có biên bản; không có văn bản tham mưu bị lãnh đạo trả lại vì thiếu thông tin thực tế", 12),
    remedy("A6", "Khắc phục việc ngại nêu ý kiến khác trong họp chuyên môn: khi không đồng tình thì nói rõ lý do và bảo lưu bằng văn bản",
           "Ý kiến khác được ghi vào biên bản họp; báo cáo chi bộ tại kỳ sinh hoạt cuối quý", 12),
    theme("Tham gia góp ý dự thảo Bộ tiêu chí đánh giá cán bộ, công chức của Sở; tự đánh giá hằng quý theo Bộ tiêu chí với số liệu cụ thể",
          "Có văn bản góp ý với ít nhất {n} đề xuất; 4 bản tự đánh giá quý được trưởng phòng nhận xét", 12),
    theme("Tham gia lấy phiếu giới thiệu nhân sự trưởng, phó phòng một cách khách quan; góp ý công khai tại hội nghị về người được giới thiệu",
          "Tham gia đủ các hội nghị lấy phiếu; ý kiến nhận xét được ghi vào biên bản, không góp ý ngoài hội nghị", 12),
];

#[rustfmt::skip]
static PROVINCIAL_POSITIONS: [Position; 4] = [
    Position { title: "Công chức Sở Nội vụ", duties: &[
        duty("Thẩm định Đề án vị trí việc làm của {n} cơ quan, đơn vị được phân công theo dõi",
             "Văn bản thẩm định trình lãnh đạo Sở trước 30/6; không có đề án phải thẩm định lại do sai sót", 6),
        duty("Thẩm định hồ sơ tinh giản biên chế theo Nghị định 108/2014/NĐ-CP của {n} đơn vị được phân công",
             "100% hồ sơ đúng đối tượng, đúng thời hạn; không có trường hợp bị Bộ Nội vụ trả lại", 12),
        duty("Tham gia kiểm tra cải cách hành chính tại {place} và các cơ quan được phân công",
             "Báo cáo kiểm tra có kiến nghị cụ thể; theo dõi đến khi đơn vị khắc phục xong", 11),
    ] },
    Position { title: "Công chức Sở Tài nguyên và Môi trường", duties: &[
        duty("Thẩm định hồ sơ giao đất, cho thuê đất của các tổ chức, doanh nghiệp đúng thời hạn theo bộ thủ tục hành chính",
             "100% hồ sơ trả kết quả đúng hẹn, không phải gửi thư xin lỗi vì trễ hạn; hướng dẫn trực tiếp {n} doanh nghiệp hoàn thiện hồ sơ", 12),
        duty("Kiểm tra việc chấp hành pháp luật bảo vệ môi trường tại {n} cơ sở sản xuất, kinh doanh",
             "Kết luận kiểm tra ban hành đúng hạn; 100% cơ sở vi phạm được kiến nghị xử lý và theo dõi khắc phục", 10),
    ] },
    Position { title: "Công chức Sở Kế hoạch và Đầu tư", duties: &[
        duty("Giải quyết hồ sơ đăng ký doanh nghiệp; hướng dẫn doanh nghiệp đăng ký qua mạng điện tử",
             "Trả kết quả trong 3 ngày làm việc; hướng dẫn {n} hộ kinh doanh chuyển lên doanh nghiệp", 12),
        duty("Tham mưu giải pháp cải thiện các chỉ số thành phần năng lực cạnh tranh cấp tỉnh được Sở giao theo dõi",
             "Báo cáo phân tích, đề xuất trình UBND tỉnh trước tháng 6; tổ chức {n} buổi đối thoại với doanh nghiệp", 6),
    ] },
    Position { title: "Công chức Sở Nông nghiệp và Phát triển nông thôn", duties: &[
        duty("Hướng dẫn {place} hoàn thiện hồ sơ đề nghị công nhận đạt chuẩn nông thôn mới; thẩm tra các tiêu chí thuộc ngành",
             "Biên bản thẩm tra đúng thời hạn; hồ sơ được Hội đồng thẩm định tỉnh chấp thuận", 11),
        duty("Theo dõi phòng chống dịch bệnh gia súc, gia cầm tại các huyện được phân công; kiểm tra tiêm phòng đợt 1, đợt 2",
             "Báo cáo tiêm phòng gửi đúng hạn, có kiểm tra thực tế tại {n} xã; không để dịch lở mồm long móng, cúm gia cầm lây lan diện rộng", 10),
    ] },
];

#[rustfmt::skip]
static SOLDIER: [PledgeTemplate; 13] = [
    duty("Hoàn thành chương trình huấn luyện năm 2017 theo chức trách; luyện tập bắn súng, thể lực, điều lệnh",
         "Kết quả kiểm tra cuối năm đạt khá trở lên; bắn đạn thật bài 1 đạt giỏi", 11),
    duty("Tham gia huấn luyện lực lượng dân quân tự vệ, quân nhân dự bị động viên do {place} tổ chức",
         "Quân số tham gia huấn luyện từ {pct}% trở lên; kết quả kiểm tra đạt yêu cầu, trong đó từ 50% khá, giỏi", 9),
    duty("Tham gia tuyển chọn và gọi công dân nhập ngũ năm 2017: phúc tra, khám tuyển, giao quân",
         "Phụ trách phúc tra tại {n} xã; giao đủ 100% chỉ tiêu, không có thanh niên bị trả về do sai sót khám tuyển", 3),
    duty("Tham gia diễn tập chiến đấu phòng thủ xã theo kế hoạch của {place}",
         "Diễn tập an toàn tuyệt đối, được đánh giá đạt khá trở lên; soạn thảo {n} văn kiện diễn tập đúng hướng dẫn", 8),
    duty("Tham gia tìm kiếm, quy tập hài cốt liệt sĩ trên địa bàn tỉnh và tại nước bạn Lào theo kế hoạch của Bộ Chỉ huy Quân sự tỉnh",
         "Tham gia ít nhất {n} ngày thực địa; hồ sơ từng hài cốt lập đầy đủ, bàn giao đúng quy trình", 12),
    duty("Quản lý, bảo quản vũ khí, trang bị, kho tàng được giao; duy trì ngày kỹ thuật hằng tuần tại kho của {place}",
         "Vũ khí, trang bị đồng bộ, sẵn sàng chiến đấu; không để mất mát, hư hỏng do chủ quan", 12),
    duty("Tham gia giúp dân khắc phục hậu quả mưa lũ và xây dựng nông thôn mới tại các xã trên địa bàn đóng quân",
         "Ít nhất {n} ngày công giúp dân, có xác nhận của UBND xã", 11),
    study("Học và thi lấy chứng chỉ ứng dụng công nghệ thông tin cơ bản để quản lý hồ sơ quân nhân dự bị trên phần mềm",
          "Có chứng chỉ trước tháng {month}; hồ sơ quân nhân dự bị của {place} được cập nhật đầy đủ", 12),
    example("Chấp hành nghiêm điều lệnh, chế độ trực sẵn sàng chiến đấu; không uống rượu bia trong giờ hành chính, khi trực và khi điều khiển phương tiện",
            "Không vi phạm kỷ luật, không vi phạm luật giao thông; {place} được công nhận đơn vị vững mạnh toàn diện", 12),
    remedy("A5", "Khắc phục nể nang trong phê bình: trong sinh hoạt chi bộ, họp đơn vị nêu rõ khuyết điểm của đồng chí, đồng đội, kể cả cấp trên",
           "Biên bản sinh hoạt ghi nhận ý kiến phê bình cụ thể; không có vụ việc vi phạm bị che giấu, báo cáo chậm", 12),
    remedy("A3", "Khắc phục việc học tập lý luận còn đối phó: tự nghiên cứu {n} chuyên đề giáo dục chính trị, viết thu hoạch nghiêm túc",
           "Kiểm tra nhận thức chính trị cuối năm đạt khá trở lên; bài thu hoạch tự viết, không sao chép", 11),
    theme("Kèm cặp 01 trợ lý trẻ trong diện quy hoạch về công tác tham mưu, soạn thảo văn kiện huấn luyện",
          "Trợ lý được kèm cặp tự soạn được kế hoạch huấn luyện của {place}; có nhận xét gửi chi bộ cuối năm", 12),
    theme("Tự đánh giá hằng quý theo Bộ tiêu chí đánh giá cán bộ của Đảng ủy Quân sự tỉnh, có số liệu kết quả huấn luyện, công tác",
          "4 bản tự đánh giá quý được chi bộ nhận xét, xác nhận", 12),
];

#[rustfmt::skip]
static POLICE: [PledgeTemplate; 12] = [
    duty("Nắm tình hình, phòng ngừa tội phạm trên địa bàn được {place} phân công phụ trách",
         "Phạm pháp hình sự giảm so với năm 2016; điều tra làm rõ từ {pct}% số vụ trở lên", 12),
    duty("Giải quyết hồ sơ đăng ký thường trú, tạm trú đúng thời hạn Luật Cư trú quy định; cập nhật sổ hộ khẩu và tàng thư của {place}",
         "100% hồ sơ trả đúng hạn; không có sai sót về thông tin nhân khẩu", 12),
    duty("Tổ chức cấp chứng minh nhân dân lưu động cho người già, người khuyết tật, học sinh ở {n} xã vùng sâu, vùng xa",
         "Cấp đủ cho người có nhu cầu trong các đợt lưu động; không để người dân phải đi lại nhiều lần", 10),
    duty("Tuần tra, kiểm soát trật tự an toàn giao thông; xử lý vi phạm nồng độ cồn, không đội mũ bảo hiểm, chở quá số người quy định",
         "Tham gia ít nhất {n} ca tuần tra mỗi tháng; tai nạn giao thông trên địa bàn giảm cả 3 tiêu chí", 12),
    duty("Phối hợp gia đình, chính quyền quản lý người nghiện, người sau cai nghiện; đưa người nghiện đi cai theo quy định",
         "Lập hồ sơ quản lý {n} người; không có người tái nghiện trong diện quản lý", 12),
    duty("Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tại {n} thôn, khu phố; nhân rộng mô hình tự quản",
         "{n} mô hình hoạt động có quy chế, sơ kết 6 tháng; tin báo của người dân được tiếp nhận và phản hồi", 12),
    study("Hoàn thành các học phần năm 2017 của lớp đại học Cảnh sát hệ vừa làm vừa học",
          "Không phải thi lại học phần nào; điểm trung bình từ 7,0 trở lên", 12),
    example("Thực hiện 6 điều Bác Hồ dạy Công an nhân dân khi tiếp xúc với nhân dân: hướng dẫn tận tình, không hạch sách, không nhận quà",
            "Không có phản ánh của người dân về thái độ; được chi bộ nơi cư trú nhận xét tốt", 12),
    remedy("B4", "Khắc phục việc yêu cầu giấy tờ ngoài quy định khi giải quyết hồ sơ cư trú; niêm yết công khai thủ tục, lệ phí",
           "Không có phản ánh về gây phiền hà; thủ tục niêm yết tại nơi tiếp dân của {place}", 6),
    remedy("B3", "Khắc phục việc ít xuống địa bàn: mỗi tháng có ít nhất {n} ngày bám cơ sở, gặp trưởng thôn, tổ trưởng dân phố nắm tình hình",
           "Sổ công tác ghi đủ các lần xuống cơ sở; tin báo được xử lý và phản hồi cho người cung cấp", 12),
    theme("Góp ý thẳng thắn, công khai về cán bộ được giới thiệu bổ nhiệm đội trưởng, phó đội trưởng tại hội nghị lấy phiếu của {place}",
          "Có ý kiến nhận xét cụ thể ghi trong biên bản hội nghị; không góp ý ngoài hội nghị", 12),
    theme("Tự đánh giá hằng quý theo Bộ tiêu chí đánh giá cán bộ của Đảng ủy Công an tỉnh, kèm số liệu kết quả công tác",
          "4 bản tự đánh giá quý nộp chi bộ đúng hạn, có xác nhận của đội trưởng", 12),
];

#[rustfmt::skip]
static BORDER_GUARD: [PledgeTemplate; 11] = [
    duty("Tuần tra, kiểm soát đường biên, mốc quốc giới Việt Nam – Lào trên đoạn biên giới do {place} quản lý",
         "Tham gia ít nhất {n} chuyến tuần tra mỗi tháng; hệ thống mốc giữ nguyên trạng, có báo cáo sau mỗi chuyến", 12),
    duty("Tham gia tuần tra song phương với lực lượng bảo vệ biên giới Lào theo kế hoạch của {place}",
         "Tham gia đủ các đợt tuần tra song phương; biên bản trao đổi tình hình được lập đầy đủ", 12),
    duty("Nắm tình hình, phòng chống buôn lậu, vận chuyển trái phép ma túy qua biên giới ở các thôn giáp biên",
         "Báo cáo kịp thời 100% dấu hiệu nghi vấn; tham gia xử lý {n} vụ việc theo phân công của chỉ huy đồn", 12),
    duty("Là đảng viên tăng cường về thôn bản, phụ trách {n} hộ đồng bào Vân Kiều, Pa Kô; hướng dẫn làm ăn, giữ vệ sinh môi trường",
         "Các hộ phụ trách có nhà tiêu hợp vệ sinh, không phát rừng làm rẫy; ít nhất 01 hộ thoát nghèo", 12),
    duty("Nhận đỡ đầu 01 học sinh nghèo ở thôn giáp biên; tham gia dạy lớp xóa mù chữ cho đồng bào",
         "Hỗ trợ học sinh đỡ đầu hằng tháng để em không bỏ học; dạy {n} buổi xóa mù chữ có xác nhận của nhà trường", 12),
    study("Học tiếng Vân Kiều, tiếng Pa Kô và tiếng Lào giao tiếp để vận động quần chúng ở các thôn giáp biên do {place} phụ trách",
          "Giao tiếp được bằng tiếng dân tộc khi làm việc ở thôn bản; đạt yêu cầu kiểm tra tiếng Lào do Bộ Chỉ huy tổ chức", 11),
    example("Không uống rượu với dân, không nhận quà khi đi công tác địa bàn; chấp hành nghiêm chế độ trực sẵn sàng chiến đấu",
            "Không vi phạm kỷ luật; không có phản ánh của cấp ủy, chính quyền xã về tác phong", 12),
    remedy("B3", "Khắc phục việc ngại ở lại thôn bản dài ngày: mỗi tháng có ít nhất {n} ngày “ba bám, bốn cùng” với đồng bào ở thôn được phân công",
           "Sổ công tác ghi đủ ngày bám bản, có xác nhận của trưởng thôn", 12),
    remedy("A5", "Khắc phục nể nang với đồng đội cùng tổ công tác khi thực hiện chưa đúng quy trình kiểm soát người, phương tiện",
           "Sai sót được nêu tại họp tổ, ghi sổ; không có vụ việc xuất nhập cảnh sai quy định do nể nang bỏ qua tại trạm kiểm soát của {place}", 12),
    theme("Kèm cặp 01 cán bộ trẻ của {place} trong diện quy hoạch đội trưởng về công tác vận động quần chúng và nắm địa bàn",
          "Cán bộ được kèm cặp tự chủ trì được {n} buổi làm việc với thôn bản; có nhận xét gửi Đảng ủy đồn", 12),
    theme("Tự đánh giá hằng quý theo Bộ tiêu chí đánh giá cán bộ của Đảng ủy Bộ đội Biên phòng tỉnh, có số liệu tuần tra, vận động quần chúng",
          "4 bản tự đánh giá quý được chi bộ nhận xét, xác nhận", 12),
];

#[rustfmt::skip]
static ENTERPRISE_WORKER: [PledgeTemplate; 12] = [
    duty("Hoàn thành định mức sản lượng được giao hằng tháng tại tổ sản xuất của {place}; phấn đấu vượt kế hoạch năm",
         "Sản lượng cả năm đạt từ 105% kế hoạch; sản phẩm đạt chất lượng loại I từ {pct}% trở lên", 12),
    duty("Chấp hành quy trình an toàn lao động; sử dụng đầy đủ trang bị bảo hộ; làm an toàn vệ sinh viên của tổ",
         "Không để xảy ra tai nạn lao động, sự cố thiết bị trong tổ; huấn luyện an toàn lao động do {place} tổ chức đạt yêu cầu", 12),
    duty("Đề xuất sáng kiến cải tiến kỹ thuật, hợp lý hóa sản xuất để giảm tiêu hao vật tư, nhiên liệu",
         "Có ít nhất 01 sáng kiến được Hội đồng sáng kiến của {place} công nhận, làm lợi từ {n} triệu đồng trở lên", 10),
    duty("Kèm cặp {n} công nhân mới vào nghề về tay nghề và quy trình vận hành",
         "{n} công nhân mới làm việc độc lập sau 3 tháng; không ai vi phạm quy trình an toàn", 9),
    duty("Bảo dưỡng máy móc, thiết bị được giao đúng lịch; ghi nhật ký vận hành đầy đủ",
         "Thiết bị không hư hỏng do lỗi vận hành; nhật ký đầy đủ qua các đợt kiểm tra", 12),
    duty("Vận động {n} công nhân trong tổ chưa vào công đoàn gia nhập tổ chức công đoàn; phát hiện, giới thiệu công nhân ưu tú cho chi bộ",
         "{n} công nhân được kết nạp vào công đoàn; ít nhất 01 quần chúng ưu tú được cử học lớp nhận thức về Đảng", 11),
    study("Ôn luyện, thi nâng bậc thợ theo kế hoạch đào tạo của {place}",
          "Được nâng một bậc thợ so với năm 2016, có quyết định nâng bậc", 10),
    study("Học lớp tin học văn phòng để lập bảng theo dõi sản lượng, ngày công của tổ",
          "Tự lập bảng theo dõi sản lượng, ngày công trên máy tính từ tháng {month}", 12),
    example("Đi làm đúng giờ; không uống rượu bia trước và trong ca làm việc; tiết kiệm điện, nước, vật tư ở tổ",
            "Không vi phạm nội quy lao động của {place}; chi phí điện, nước của tổ giảm so với năm 2016", 12),
    remedy("B1", "Khắc phục việc chỉ lo hoàn thành phần việc của mình: chủ động giúp đồng nghiệp chậm tiến độ, chia sẻ kinh nghiệm trong tổ",
           "Tổ hoàn thành kế hoạch chung; có {n} buổi hướng dẫn kỹ thuật cho đồng nghiệp tại chỗ", 12),
    remedy("A6", "Mạnh dạn góp ý với tổ trưởng, quản đốc khi phân công, chấm công chưa công bằng; không bàn tán ngoài cuộc họp",
           "Ý kiến được nêu tại họp tổ, hội nghị người lao động và ghi vào biên bản", 12),
    theme("Góp ý công khai, thẳng thắn về người được giới thiệu làm tổ trưởng, quản đốc tại hội nghị lấy ý kiến của {place}",
          "Tham dự đủ hội nghị lấy ý kiến; có ý kiến nhận xét bằng phiếu hoặc phát biểu trực tiếp", 12),
];

#[rustfmt::skip]
static RETIRED_VETERAN: [PledgeTemplate; 12] = [
    duty("Tham gia Ban chấp hành Chi hội Cựu chiến binh {place}: giúp hội viên khó khăn vay vốn, con giống để phát triển kinh tế",
         "Giúp {n} hội viên được vay vốn Ngân hàng Chính sách xã hội, sử dụng đúng mục đích; giảm số hội viên thuộc hộ nghèo", 12),
    duty("Cung cấp thông tin về nơi chiến đấu, nơi chôn cất đồng đội cho đội tìm kiếm, quy tập hài cốt liệt sĩ; giúp thân nhân liệt sĩ tìm mộ",
         "Cung cấp ít nhất {n} thông tin có ghi chép, sơ đồ; có xác nhận của Ban Chỉ huy Quân sự huyện", 12),
    duty("Nói chuyện truyền thống cho đoàn viên, học sinh ở {place}, nhất là dịp ngày 27/7 và ngày 22/12",
         "{n} buổi nói chuyện, có xác nhận của chi đoàn hoặc nhà trường", 12),
    duty("Tham gia Ban giám sát đầu tư của cộng đồng, giám sát thi công đường giao thông, nhà văn hóa tại {place}",
         "Có {n} biên bản giám sát; sai sót phát hiện được báo chính quyền địa phương và khắc phục", 10),
    duty("Tham gia Ban thanh tra nhân dân, giám sát việc thu chi các quỹ và bình xét hộ nghèo ở địa phương",
         "Có báo cáo giám sát 6 tháng và cả năm; {n} kiến nghị được chính quyền trả lời", 12),
    study("Nghiên cứu Nghị quyết Trung ương 4 khóa XII và chuyên đề năm 2017 để nói chuyện, tuyên truyền trong hội viên",
          "Có đề cương nói chuyện; trình bày tại {n} buổi sinh hoạt Chi hội Cựu chiến binh", 6),
    example("Giữ gìn phẩm chất Bộ đội Cụ Hồ; giáo dục con cháu không vi phạm pháp luật, không mắc tệ nạn xã hội",
            "Con cháu trong gia đình không vi phạm pháp luật; gia đình đạt “Gia đình văn hóa” năm 2017", 12),
    example("Tuổi cao vẫn dự sinh hoạt chi bộ đầy đủ, đóng đảng phí đúng hạn; ủng hộ Quỹ nghĩa tình đồng đội",
            "Dự 12/12 kỳ sinh hoạt chi bộ {place}; ủng hộ quỹ theo mức chi hội vận động", 12),
    remedy("A6", "Khắc phục việc nghe và chia sẻ thông tin chưa kiểm chứng trên mạng xã hội; trao đổi với chi bộ khi có băn khoăn",
           "Không chia sẻ thông tin sai sự thật; nêu băn khoăn của hội viên tại {n} kỳ sinh hoạt chi bộ để được giải đáp", 12),
    remedy("A5", "Khắc phục tâm lý ngại góp ý cán bộ cơ sở trẻ tuổi vì sợ mất lòng: góp ý trực tiếp, đúng nơi, đúng lúc",
           "Có ít nhất {n} ý kiến góp ý ghi trong biên bản sinh hoạt chi bộ, hội nghị thôn, khu phố", 12),
    theme("Tham gia nhận xét đảng viên đang công tác cư trú tại {place}; góp ý người được giới thiệu làm trưởng thôn, trưởng khu phố, chi hội trưởng",
          "Ý kiến nhận xét cụ thể được ghi vào biên bản chi bộ và hội nghị giới thiệu nhân sự", 12),
    theme("Góp ý Bộ tiêu chí đánh giá cán bộ xã, phường từ góc nhìn của người dân: đề xuất tiêu chí về thái độ phục vụ, giải quyết kiến nghị",
          "Văn bản góp ý gửi đảng ủy cơ sở qua chi bộ, có ít nhất {n} đề xuất cụ thể", 5),
];

/// Honest one-sentence shortcomings a member of the profile writes about themself.
pub fn shortcomings(profile: Profile) -> &'static [&'static str] {
    use Profile::*;
    match profile {
        VillageFarmer => &[
            "Trong sinh hoạt chi bộ còn ngại phát biểu, ít đóng góp ý kiến về việc chung của thôn.",
            "Việc tổ chức giỗ chạp, mừng thọ trong gia đình có lúc còn tốn kém.",
            "Chưa mạnh dạn đưa giống mới, kỹ thuật mới vào sản xuất.",
            "Ít thời gian đọc tài liệu nên nắm nghị quyết chưa sâu.",
        ],
        MountainVillager => &[
            "Đọc, viết tiếng Việt còn chậm nên nắm nghị quyết chưa đầy đủ.",
            "Có lúc còn uống rượu quá chén trong các dịp lễ của dòng họ.",
            "Còn nể người lớn tuổi trong họ, chưa nhắc nhở khi họ vi phạm quy ước thôn.",
            "Chuồng trại, vệ sinh quanh nhà chưa gọn gàng.",
        ],
        VillageCellSecretary => &[
            "Có lúc còn nể nang, chưa kiên quyết nhắc nhở đảng viên vắng sinh hoạt.",
            "Một số việc của thôn còn tự quyết, chưa bàn kỹ trong chi bộ.",
            "Ghi chép sổ sách, biên bản chi bộ còn sơ sài.",
            "Nội dung sinh hoạt chi bộ có lúc còn đơn điệu, nặng về thông báo.",
        ],
        WardResident => &[
            "Thấy sai phạm ở khu phố có lúc còn ngại nói vì sợ mất lòng hàng xóm.",
            "Ít đọc tài liệu, chủ yếu nghe qua sinh hoạt chi bộ.",
            "Tham gia hoạt động của khu phố chưa đều vì bận việc gia đình.",
            "Sử dụng điện thoại thông minh, máy tính còn hạn chế.",
        ],
        WardCellSecretary => &[
            "Còn nể nang khi góp ý đảng viên lớn tuổi, từng giữ chức vụ.",
            "Có lúc chậm triển khai văn bản, chậm báo cáo Đảng ủy phường.",
            "Nội dung sinh hoạt chi bộ chưa gắn nhiều với việc cụ thể của khu phố.",
        ],
        Teacher => &[
            "Khi dự giờ đồng nghiệp còn nể nang, nhận xét chung chung.",
            "Ứng dụng công nghệ thông tin trong soạn giảng chưa thường xuyên.",
            "Có lúc chưa sát sao với học sinh yếu và gia đình các em.",
            "Trình độ ngoại ngữ còn hạn chế so với yêu cầu chức danh.",
        ],
        SchoolPrincipal => &[
            "Một số quyết định chuyên môn có lúc còn áp đặt, chưa lắng nghe đủ ý kiến giáo viên.",
            "Quản lý các khoản thu đầu năm học có lúc chưa chặt chẽ.",
            "Dự giờ, kiểm tra nội bộ chưa đủ số lượng theo kế hoạch.",
        ],
        HealthWorker => &[
            "Có lúc còn chờ người bệnh đến trạm, chưa chủ động đến nhà người bệnh không tự đi được.",
            "Thái độ giao tiếp với người bệnh có lúc chưa nhẹ nhàng khi đông việc.",
            "Còn nể nang, chưa góp ý đồng nghiệp khi kê đơn, cấp thuốc chưa đúng quy định.",
            "Cập nhật kiến thức chuyên môn mới chưa thường xuyên.",
        ],
        CommuneOfficial => &[
            "Còn làm việc chủ yếu tại trụ sở, ít xuống thôn nắm tình hình.",
            "Có lúc hướng dẫn thủ tục chưa đầy đủ, để người dân đi lại nhiều lần.",
            "Trình độ lý luận chính trị chưa đạt chuẩn chức danh công chức.",
        ],
        DistrictOfficial => &[
            "Nắm tình hình cơ sở chủ yếu qua báo cáo, ít đi thực tế.",
            "Còn nể nang khi góp ý đồng nghiệp và cán bộ cơ sở quen biết.",
            "Có lúc xử lý công việc chậm do sắp xếp thời gian chưa hợp lý.",
            "Chưa hoàn thành chương trình lý luận chính trị theo yêu cầu quy hoạch.",
        ],
        DistrictLeader => &[
            "Có lúc kết luận thay tập thể khi công việc gấp.",
            "Thời gian xuống cơ sở, đối thoại trực tiếp với nhân dân chưa nhiều.",
            "Chỉ đạo giải quyết một số vụ việc tồn đọng còn chậm.",
            "Chưa thường xuyên nhắc nhở người thân trong gia đình về trách nhiệm nêu gương.",
        ],
        ProvincialOfficial => &[
            "Giải quyết công việc còn nặng về giấy tờ, ít đi thực địa.",
            "Có lúc ngại nêu ý kiến khác trong họp chuyên môn.",
            "Trình độ ngoại ngữ chưa đáp ứng yêu cầu vị trí việc làm.",
            "Có hồ sơ của doanh nghiệp, người dân còn giải quyết chậm so với giấy hẹn.",
        ],
        Soldier => &[
            "Có lúc còn nể nang trong phê bình đồng chí, đồng đội.",
            "Học tập lý luận chính trị có lúc còn mang tính đối phó.",
            "Kỹ năng sử dụng công nghệ thông tin trong quản lý còn hạn chế.",
        ],
        Police => &[
            "Có lúc giải quyết hồ sơ cho người dân còn cứng nhắc, chưa hướng dẫn tận tình.",
            "Thời gian bám địa bàn, nắm tình hình cơ sở chưa nhiều.",
            "Chưa hoàn thành chương trình đại học theo kế hoạch học tập.",
        ],
        BorderGuard => &[
            "Còn ngại ở lại thôn bản dài ngày.",
            "Khả năng sử dụng tiếng dân tộc, tiếng Lào còn hạn chế.",
            "Có lúc nể nang, bỏ qua sai sót nhỏ của đồng đội trong tổ công tác.",
        ],
        EnterpriseWorker => &[
            "Có lúc chỉ lo hoàn thành phần việc của mình, ít giúp đỡ đồng nghiệp.",
            "Ngại góp ý với tổ trưởng, quản đốc khi thấy phân công chưa hợp lý.",
            "Tay nghề chưa theo kịp thiết bị, công nghệ mới.",
            "Có lúc chưa sử dụng đầy đủ trang bị bảo hộ lao động.",
        ],
        RetiredVeteran => &[
            "Có lúc nghe và chia sẻ thông tin trên mạng chưa được kiểm chứng.",
            "Ngại góp ý cán bộ trẻ vì sợ mất lòng.",
            "Sức khỏe hạn chế nên tham gia hoạt động ở khu dân cư chưa đều.",
        ],
    }
}

/// Comments a cell secretary writes when returning a plan for rework.
pub const RETURN_COMMENTS: &[&str] = &[
    "Nội dung “Tham gia đầy đủ các phong trào của địa phương” chưa có kết quả đo được; đề nghị ghi rõ tham gia việc gì, bao nhiêu ngày công, ở đâu.",
    "Một số nội dung chưa ghi thời hạn hoàn thành; đề nghị bổ sung tháng hoàn thành cho từng nội dung.",
    "Phần lớn nội dung chép nguyên văn kế hoạch mẫu của Đảng ủy, chưa gắn với nhiệm vụ được phân công; đề nghị đồng chí xây dựng lại theo công việc thực tế của mình.",
    "Nội dung khắc phục chưa gắn với khuyết điểm đồng chí đã tự nêu tại Diễn đàn sinh hoạt chi bộ về 27 biểu hiện; đề nghị bổ sung giải pháp cụ thể cho khuyết điểm đó.",
    "Nội dung thực hiện chủ đề “Năm công tác cán bộ” chưa phù hợp với vị trí công tác của đồng chí; đề nghị đăng ký việc đồng chí trực tiếp làm được, ví dụ tự đánh giá hằng quý theo Bộ tiêu chí.",
    "Chỉ tiêu đăng ký thấp hơn kết quả đồng chí đã đạt năm 2016 và thấp hơn nghị quyết chi bộ giao; đề nghị điều chỉnh cho tương xứng.",
    "Kế hoạch chưa có nội dung học tập nâng cao trình độ, trong khi đồng chí thuộc diện phải có chứng chỉ tin học trong năm; đề nghị bổ sung.",
    "Nội dung nêu gương còn chung chung (“gương mẫu trong mọi việc”); đề nghị ghi rõ việc gì, ở cơ quan hay ở nơi cư trú.",
    "Có hai nội dung trùng nhau về vệ sinh môi trường; đề nghị gộp lại và bổ sung nội dung về nhiệm vụ chuyên môn được giao.",
    "Kết quả ghi “hoàn thành 100% kế hoạch” nhưng chưa nêu kế hoạch gồm những gì; đề nghị ghi số hồ sơ, số buổi hoặc số hộ cụ thể.",
    "Phần tự nhận khuyết điểm để trống, trong khi chi bộ đã góp ý đồng chí về việc vắng sinh hoạt; đề nghị bổ sung và đăng ký biện pháp khắc phục.",
    "Thời hạn một số nội dung ghi cả năm nhưng công việc gắn với năm học; đề nghị ghi tháng 5 hoặc tháng 12 cho phù hợp.",
    "Nội dung khắc phục chưa chọn biểu hiện tương ứng trong 27 biểu hiện; đề nghị chọn để chi bộ theo dõi khi đánh giá cuối năm.",
];

/// Short comments a cell secretary writes when approving a plan.
pub const APPROVAL_COMMENTS: &[&str] = &[
    "Kế hoạch cụ thể, sát với nhiệm vụ được giao; chi bộ thống nhất thông qua.",
    "Các nội dung có sản phẩm rõ ràng, đo được; đồng ý thông qua.",
    "Đã tiếp thu góp ý của chi bộ, bổ sung thời hạn; thông qua.",
    "Thông qua; đề nghị đồng chí báo cáo tiến độ tại kỳ sinh hoạt chi bộ cuối quý.",
    "Nội dung khắc phục gắn đúng khuyết điểm đã nêu tại diễn đàn; thống nhất thông qua.",
    "Kế hoạch phù hợp vị trí công tác, có nội dung thực hiện chủ đề năm; đồng ý.",
    "Thông qua; đề nghị lưu minh chứng từng nội dung làm căn cứ đánh giá cuối năm.",
    "Chi bộ thống nhất 100% thông qua kế hoạch.",
    "Đồng ý thông qua; lưu ý nội dung học tập phải có chứng chỉ trước tháng 12.",
    "Kế hoạch đã sửa đúng yêu cầu; thông qua.",
];

/// Reasons a member gives for amending an approved plan mid-year.
pub const AMEND_REASONS: &[&str] = &[
    "Được điều động sang bộ phận khác từ tháng 7, nhiệm vụ chuyên môn thay đổi.",
    "Nghị quyết HĐND xã giữa năm điều chỉnh chỉ tiêu làm đường giao thông nông thôn, cần sửa số ngày công đã đăng ký.",
    "Được chi bộ phân công thêm phụ trách nhóm hộ ở xóm mới tách.",
    "Lớp học đã đăng ký không mở trong năm 2017, xin chuyển sang lớp tương đương.",
    "Nghỉ chế độ thai sản từ tháng 8, xin điều chỉnh thời hạn một số nội dung.",
    "Mưa lũ tháng 10 làm hư hại diện tích gieo trồng, xin điều chỉnh chỉ tiêu sản xuất.",
    "Được bổ nhiệm chức vụ mới, xin bổ sung nội dung theo chức trách mới.",
];

/// Family names, most common first (Quảng Trị weighting).
#[rustfmt::skip]
pub const FAMILY: &[&str] = &[
    "Nguyễn", "Lê", "Trần", "Hoàng", "Võ", "Phan", "Phạm", "Hồ", "Đặng", "Bùi", "Ngô", "Đỗ",
    "Dương", "Huỳnh", "Trương", "Mai", "Lương", "Cao", "Đoàn", "Thái", "Hà", "Văn", "Lưu", "Châu",
];
/// Middle names for men, most common first.
#[rustfmt::skip]
pub const MIDDLE_MALE: &[&str] = &[
    "Văn", "Đức", "Hữu", "Minh", "Quang", "Công", "Xuân", "Thanh", "Đình", "Ngọc", "Trọng",
    "Viết", "Quốc", "Tiến", "Duy", "Hồng",
];
/// Middle names for women, most common first.
#[rustfmt::skip]
pub const MIDDLE_FEMALE: &[&str] = &[
    "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh", "Thùy", "Kim", "Hoài", "Diệu", "Mỹ", "Phương",
];
/// Given names for men.
#[rustfmt::skip]
pub const GIVEN_MALE: &[&str] = &[
    "An", "Bình", "Chiến", "Cường", "Dũng", "Đạt", "Định", "Đức", "Hải", "Hiếu", "Hòa", "Hoàng",
    "Hùng", "Huy", "Hưng", "Khánh", "Lâm", "Lộc", "Long", "Lợi", "Mạnh", "Minh", "Nam", "Nghĩa",
    "Nhân", "Phong", "Phúc", "Quang", "Quân", "Quyết", "Sáng", "Sơn", "Tài", "Tâm", "Thắng",
    "Thành", "Thịnh", "Tiến", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ",
];
/// Given names for women.
#[rustfmt::skip]
pub const GIVEN_FEMALE: &[&str] = &[
    "Anh", "Bích", "Châu", "Chi", "Diệp", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng",
    "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Lài", "Lan", "Liên", "Linh", "Loan", "Lý", "Mai",
    "Nga", "Ngân", "Nhàn", "Nhung", "Oanh", "Phương", "Quyên", "Sen", "Tâm", "Thảo", "Thủy",
    "Thúy", "Trang", "Trâm", "Tuyết", "Vân", "Xuân", "Yến",
];
/// Family names of Vân Kiều and Pa Kô people in Quảng Trị, most common first. Many write no
/// middle name ("Hồ Mời"); others use "Văn" or "Thị", some Vân Kiều men "A" ("Hồ A Keng").
#[rustfmt::skip]
pub const ETHNIC_FAMILY: &[&str] = &["Hồ", "Lê", "Kray", "Pả", "Căn", "Hiêng", "Nguyễn"];
/// Given names of Vân Kiều and Pa Kô men as written in official documents.
#[rustfmt::skip]
pub const ETHNIC_GIVEN_MALE: &[&str] = &[
    "Keng", "Mời", "Loang", "Đang", "Khưn", "Ai", "Lía", "Pỏ", "Xoi", "Bôn", "Kinh", "Vai",
    "Ven", "Cưm", "Nhiên", "Chương", "Thắng", "Sơn",
];
/// Given names of Vân Kiều and Pa Kô women as written in official documents.
#[rustfmt::skip]
pub const ETHNIC_GIVEN_FEMALE: &[&str] = &[
    "Nhâm", "Tàu", "Cư", "Khuyên", "Pết", "Hiên", "Xí", "Chắt", "Bé", "Thơm", "Nhinh", "Lìa",
    "Ngọc", "Hoa", "Phương", "Mai",
];

/// Villages of lowland communes (Triệu Phong, Hải Lăng, Gio Linh, Vĩnh Linh, Cam Lộ).
#[rustfmt::skip]
pub const VILLAGES_PLAINS: &[&str] = &[
    "Thôn Phú Hưng", "Thôn An Lợi", "Thôn Nhan Biều", "Thôn Bích La Đông", "Thôn Trà Liên",
    "Thôn Đại Hào", "Thôn Ngô Xá Đông", "Thôn Mai Xá", "Thôn Hà Thượng", "Thôn Cổ Thành",
    "Thôn Câu Nhi", "Thôn Thượng Nguyên", "Thôn Phước Môn", "Thôn Lưỡng Kim", "Thôn Văn Quỹ",
    "Thôn Hội Kỳ", "Thôn An Mô", "Thôn Tiên Mỹ", "Thôn Lam Thủy", "Thôn Mỹ Chánh",
    "Thôn Phương Lang", "Thôn Gia Độ", "Thôn Long Hưng", "Thôn Cam Vũ",
];
/// Vân Kiều and Pa Kô villages of Hướng Hóa and Đakrông.
#[rustfmt::skip]
pub const VILLAGES_MOUNTAIN: &[&str] = &[
    "Thôn A Vao", "Bản Vây", "Bản Doa Cũ", "Bản Cợp", "Bản Choa", "Bản Xa Ry", "Thôn Thuận 2",
    "Bản A Ho", "Thôn La Hót", "Thôn A Đeng", "Thôn Cu Bai", "Thôn Tà Rùng", "Thôn Ba Ngày",
    "Thôn Khe Ngài", "Thôn Pa Tầng", "Thôn Ra Ró", "Thôn Vực Leng", "Thôn A Pun",
];
/// Neighbourhoods of urban wards (Đông Hà, Quảng Trị town).
#[rustfmt::skip]
pub const NEIGHBOURHOODS: &[&str] = &[
    "Khu phố 1", "Khu phố 2", "Khu phố 3", "Khu phố 4", "Khu phố 5", "Khu phố 6", "Khu phố 7",
    "Khu phố 8", "Khu phố Điếu Ngao", "Khu phố Vĩnh Phước", "Khu phố Tân Vĩnh", "Khu phố Hà Trung",
    "Khu phố Đông Lai", "Khu phố Lai Phước",
];
/// Primary, lower and upper secondary schools.
#[rustfmt::skip]
pub const SCHOOLS: &[&str] = &[
    "Trường Tiểu học Kim Đồng", "Trường Tiểu học Lê Văn Tám", "Trường Tiểu học Nguyễn Du",
    "Trường Tiểu học Trần Quốc Toản", "Trường Tiểu học Hướng Phùng", "Trường THCS Nguyễn Trãi",
    "Trường THCS Trần Hưng Đạo", "Trường THCS Phan Đình Phùng", "Trường THCS Lê Thế Hiếu",
    "Trường THCS Gio Mỹ", "Trường THPT Chuyên Lê Quý Đôn", "Trường THPT Đông Hà",
    "Trường THPT Lê Lợi", "Trường THPT Nguyễn Huệ", "Trường THPT Cồn Tiên",
    "Trường THPT Chế Lan Viên", "Trường THPT Hướng Hóa",
];
/// Commune health stations.
#[rustfmt::skip]
pub const HEALTH_STATIONS: &[&str] = &[
    "Trạm Y tế xã Gio An", "Trạm Y tế xã Triệu Độ", "Trạm Y tế xã Hải Thượng",
    "Trạm Y tế xã Cam Thành", "Trạm Y tế xã Vĩnh Tú", "Trạm Y tế xã Hướng Phùng",
    "Trạm Y tế xã A Ngo", "Trạm Y tế xã Hải Lâm", "Trạm Y tế xã Triệu Thượng",
    "Trạm Y tế xã Tà Rụt", "Trạm Y tế xã Gio Mỹ", "Trạm Y tế xã Vĩnh Giang",
];
/// Communes, for commune officials and for the commune a provincial department helps.
#[rustfmt::skip]
pub const COMMUNES: &[&str] = &[
    "Xã Gio An", "Xã Gio Mỹ", "Xã Gio Châu", "Xã Triệu Độ", "Xã Triệu Thượng", "Xã Triệu Long",
    "Xã Hải Thượng", "Xã Hải Ba", "Xã Hải Quế", "Xã Cam Thành", "Xã Cam Hiếu", "Xã Vĩnh Tú",
    "Xã Vĩnh Giang", "Xã Hướng Phùng", "Xã Tân Lập", "Xã A Ngo", "Xã Tà Rụt", "Xã Mò Ó",
];
/// The ten district-level units of Quảng Trị in 2017.
#[rustfmt::skip]
pub const DISTRICTS: &[&str] = &[
    "Thành phố Đông Hà", "Thị xã Quảng Trị", "Huyện Vĩnh Linh", "Huyện Gio Linh",
    "Huyện Cam Lộ", "Huyện Triệu Phong", "Huyện Hải Lăng", "Huyện Hướng Hóa", "Huyện Đakrông",
    "Huyện đảo Cồn Cỏ",
];
/// Units of the provincial military command.
#[rustfmt::skip]
pub const MILITARY_UNITS: &[&str] = &[
    "Ban Chỉ huy Quân sự thành phố Đông Hà", "Ban Chỉ huy Quân sự thị xã Quảng Trị",
    "Ban Chỉ huy Quân sự huyện Vĩnh Linh", "Ban Chỉ huy Quân sự huyện Gio Linh",
    "Ban Chỉ huy Quân sự huyện Cam Lộ", "Ban Chỉ huy Quân sự huyện Triệu Phong",
    "Ban Chỉ huy Quân sự huyện Hải Lăng", "Ban Chỉ huy Quân sự huyện Hướng Hóa",
    "Ban Chỉ huy Quân sự huyện Đakrông",
];
/// Units of the provincial public security.
#[rustfmt::skip]
pub const POLICE_UNITS: &[&str] = &[
    "Công an thành phố Đông Hà", "Công an thị xã Quảng Trị", "Công an huyện Vĩnh Linh",
    "Công an huyện Gio Linh", "Công an huyện Cam Lộ", "Công an huyện Triệu Phong",
    "Công an huyện Hải Lăng", "Công an huyện Hướng Hóa", "Công an huyện Đakrông",
    "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
];
/// Border guard posts on the Việt Nam – Lào border.
#[rustfmt::skip]
pub const BORDER_POSTS: &[&str] = &[
    "Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo", "Đồn Biên phòng Cửa khẩu La Lay",
    "Đồn Biên phòng Hướng Lập", "Đồn Biên phòng Hướng Phùng", "Đồn Biên phòng Thuận",
    "Đồn Biên phòng Ba Tầng", "Đồn Biên phòng A Túc", "Đồn Biên phòng Pa Tầng",
];
/// State-owned and joint-stock companies.
#[rustfmt::skip]
pub const ENTERPRISES: &[&str] = &[
    "Công ty TNHH MTV Cao su Quảng Trị", "Công ty Cổ phần Nước sạch Quảng Trị",
    "Công ty Điện lực Quảng Trị", "Công ty TNHH MTV Lâm nghiệp Bến Hải",
    "Công ty TNHH MTV Lâm nghiệp Triệu Hải", "Công ty TNHH MTV Quản lý khai thác công trình thủy lợi Quảng Trị",
    "Công ty Cổ phần Môi trường và Công trình đô thị Đông Hà", "Công ty Cổ phần Xây dựng giao thông Quảng Trị",
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const KINDS: [&str; 5] = [
        "assigned_duty",
        "study",
        "example",
        "remedy",
        "theme_action",
    ];
    const PLACEHOLDERS: [&str; 4] = ["place", "n", "pct", "month"];

    fn all_templates() -> impl Iterator<Item = (Profile, &'static PledgeTemplate)> {
        Profile::ALL
            .into_iter()
            .flat_map(|p| pledges(p).iter().map(move |t| (p, t)))
    }

    fn placeholders(text: &str) -> Vec<&str> {
        text.split('{')
            .skip(1)
            .map(|s| s.split('}').next().unwrap_or(s))
            .collect()
    }

    fn assert_tidy(text: &str) {
        assert!(!text.is_empty(), "empty string");
        assert_eq!(text, text.trim(), "leading or trailing space: {text:?}");
        assert!(!text.contains("  "), "double space: {text:?}");
        // Decomposed (NFD) text would carry combining marks; stored text is NFC.
        assert!(
            !text.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)),
            "not NFC: {text:?}"
        );
        for stripped in [
            "khong ",
            "duoc ",
            "nguoi ",
            "thuc hien",
            "hoan thanh",
            "dang vien",
            "ke hoach",
        ] {
            assert!(
                !text.to_lowercase().contains(stripped),
                "lost diacritics ({stripped}): {text:?}"
            );
        }
        for english in [" the ", " and ", " with ", " for ", "target", "training"] {
            assert!(
                !format!(" {} ", text.to_lowercase()).contains(english),
                "English ({english}): {text:?}"
            );
        }
    }

    #[test]
    fn profile_all_lists_every_variant_in_declaration_order() {
        for (i, p) in Profile::ALL.into_iter().enumerate() {
            assert_eq!(p as usize, i);
        }
    }

    #[test]
    fn every_profile_has_at_least_eight_templates_of_every_kind() {
        for p in Profile::ALL {
            let items = pledges(p);
            assert!(items.len() >= 8, "{p:?} has {} templates", items.len());
            for kind in KINDS {
                assert!(items.iter().any(|t| t.kind == kind), "{p:?} lacks {kind}");
            }
            assert!(
                items.iter().all(|t| KINDS.contains(&t.kind)),
                "{p:?} has an unknown kind"
            );
        }
    }

    #[test]
    fn every_position_gets_a_plan_with_every_kind() {
        for p in Profile::ALL {
            let common = common_pledges(p);
            for kind in KINDS.iter().filter(|k| **k != "assigned_duty") {
                assert!(
                    common.iter().any(|t| t.kind == *kind),
                    "{p:?} common part lacks {kind}"
                );
            }
            for pos in positions(p) {
                assert!(
                    pos.duties.len() >= 2,
                    "{p:?} / {} has too few duties",
                    pos.title
                );
                assert!(
                    pos.duties.iter().all(|t| t.kind == "assigned_duty"),
                    "{}",
                    pos.title
                );
                assert!(
                    common.len() + pos.duties.len() >= 8,
                    "{p:?} / {} plan too short",
                    pos.title
                );
                assert_tidy(pos.title);
            }
            let with_positions =
                common.len() + positions(p).iter().map(|x| x.duties.len()).sum::<usize>();
            assert_eq!(pledges(p).len(), with_positions);
        }
    }

    #[test]
    fn placeholders_are_only_the_four_known_ones_and_most_templates_use_one() {
        for p in Profile::ALL {
            let items = pledges(p);
            for t in items {
                for text in [t.content, t.result] {
                    assert_eq!(
                        text.matches('{').count(),
                        text.matches('}').count(),
                        "unbalanced: {text}"
                    );
                    for name in placeholders(text) {
                        assert!(
                            PLACEHOLDERS.contains(&name),
                            "unknown placeholder {{{name}}} in {text}"
                        );
                    }
                }
                if t.content.contains("{month}") || t.result.contains("{month}") {
                    assert_eq!(
                        t.month, 12,
                        "{{month}} only in whole-year items: {}",
                        t.content
                    );
                }
            }
            let using = items
                .iter()
                .filter(|t| t.content.contains('{') || t.result.contains('{'))
                .count();
            assert!(
                using * 3 >= items.len() * 2,
                "{p:?}: only {using}/{} templates vary",
                items.len()
            );
        }
    }

    #[test]
    fn no_two_templates_share_content() {
        let mut seen = HashSet::new();
        for (p, t) in all_templates() {
            assert!(seen.insert(t.content), "{p:?} repeats: {}", t.content);
        }
    }

    #[test]
    fn remedies_name_a_group_a_or_b_manifestation_and_others_none() {
        for (p, t) in all_templates() {
            match (t.kind, t.manifestation) {
                ("remedy", Some(code)) => {
                    let b = code.as_bytes();
                    assert!(
                        b.len() == 2
                            && (b[0] == b'A' || b[0] == b'B')
                            && (b'1'..=b'9').contains(&b[1]),
                        "{p:?}: {code}"
                    );
                }
                ("remedy", None) => panic!("{p:?}: remedy without code: {}", t.content),
                (_, Some(code)) => panic!("{p:?}: {} item carries {code}", t.kind),
                (_, None) => {}
            }
        }
    }

    #[test]
    fn months_are_within_the_year() {
        for (p, t) in all_templates() {
            assert!(
                (1..=12).contains(&t.month),
                "{p:?}: month {} for {}",
                t.month,
                t.content
            );
        }
    }

    #[test]
    fn every_text_is_tidy_vietnamese() {
        for (_, t) in all_templates() {
            for text in [t.content, t.result] {
                assert_tidy(text);
                assert!(!text.is_ascii(), "no Vietnamese letter: {text}");
            }
        }
        let lists = [RETURN_COMMENTS, APPROVAL_COMMENTS, AMEND_REASONS];
        for text in Profile::ALL
            .into_iter()
            .flat_map(shortcomings)
            .chain(lists.into_iter().flatten())
        {
            assert_tidy(text);
            assert!(!text.is_ascii(), "no Vietnamese letter: {text}");
        }
    }

    #[test]
    fn shortcomings_and_comments_have_the_required_sizes() {
        let mut seen = HashSet::new();
        for p in Profile::ALL {
            let list = shortcomings(p);
            assert!(
                (3..=4).contains(&list.len()),
                "{p:?} has {} shortcomings",
                list.len()
            );
            for s in list {
                assert!(seen.insert(*s), "repeated shortcoming: {s}");
            }
        }
        assert!(RETURN_COMMENTS.len() >= 10);
        assert!(APPROVAL_COMMENTS.len() >= 8);
        assert!(AMEND_REASONS.len() >= 5);
    }

    #[test]
    fn name_and_place_lists_are_large_enough_and_free_of_duplicates() {
        let lists: [(&str, &[&str], usize); 20] = [
            ("FAMILY", FAMILY, 20),
            ("MIDDLE_MALE", MIDDLE_MALE, 8),
            ("MIDDLE_FEMALE", MIDDLE_FEMALE, 8),
            ("GIVEN_MALE", GIVEN_MALE, 40),
            ("GIVEN_FEMALE", GIVEN_FEMALE, 40),
            ("ETHNIC_FAMILY", ETHNIC_FAMILY, 5),
            ("ETHNIC_GIVEN_MALE", ETHNIC_GIVEN_MALE, 15),
            ("ETHNIC_GIVEN_FEMALE", ETHNIC_GIVEN_FEMALE, 15),
            ("VILLAGES_PLAINS", VILLAGES_PLAINS, 20),
            ("VILLAGES_MOUNTAIN", VILLAGES_MOUNTAIN, 15),
            ("NEIGHBOURHOODS", NEIGHBOURHOODS, 12),
            ("SCHOOLS", SCHOOLS, 12),
            ("HEALTH_STATIONS", HEALTH_STATIONS, 10),
            ("COMMUNES", COMMUNES, 10),
            ("DISTRICTS", DISTRICTS, 10),
            ("MILITARY_UNITS", MILITARY_UNITS, 5),
            ("POLICE_UNITS", POLICE_UNITS, 5),
            ("BORDER_POSTS", BORDER_POSTS, 5),
            ("ENTERPRISES", ENTERPRISES, 5),
            ("RETURN_COMMENTS", RETURN_COMMENTS, 10),
        ];
        for (name, list, min) in lists {
            assert!(
                list.len() >= min,
                "{name} has {} entries, needs {min}",
                list.len()
            );
            let unique: HashSet<_> = list.iter().collect();
            assert_eq!(unique.len(), list.len(), "{name} has duplicates");
            list.iter().for_each(|s| assert_tidy(s));
        }
        for s in SCHOOLS {
            assert!(
                ["Trường Tiểu học ", "Trường THCS ", "Trường THPT "]
                    .iter()
                    .any(|p| s.starts_with(p)),
                "{s}"
            );
        }
        assert!(HEALTH_STATIONS.iter().all(|s| s.starts_with("Trạm Y tế ")));
    }

    #[test]
    fn every_profile_has_a_place_list() {
        for p in Profile::ALL {
            assert!(!places(p).is_empty(), "{p:?}");
        }
    }

    #[test]
    fn fill_replaces_every_placeholder_and_lowercases_units_inside_a_sentence() {
        let text = "Vận động {n} hộ ở {place} đạt {pct}% trước tháng {month}";
        assert_eq!(
            fill(text, "Thôn Phú Hưng", 7, 90, 11),
            "Vận động 7 hộ ở thôn Phú Hưng đạt 90% trước tháng 11"
        );
        assert_eq!(
            fill("{place} có {n} hộ", "Khu phố 3", 4, 80, 1),
            "Khu phố 3 có 4 hộ"
        );
        assert_eq!(
            fill("tại {place}", "Trường THCS Nguyễn Trãi", 1, 80, 1),
            "tại Trường THCS Nguyễn Trãi"
        );
        assert_eq!(in_sentence("Huyện đảo Cồn Cỏ"), "huyện đảo Cồn Cỏ");
        for (p, t) in all_templates() {
            let place = places(p)[0];
            for text in [t.content, t.result] {
                let filled = fill(text, place, 5, 95, 10);
                assert!(!filled.contains('{') && !filled.contains('}'), "{filled}");
            }
        }
    }
}
