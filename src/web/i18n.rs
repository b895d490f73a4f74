//! The user's language (Vietnamese by default, English available) and every text the
//! pages show, keyed by a stable name.

use std::collections::HashMap;
use std::sync::LazyLock;

use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

use crate::domain::pledge::FieldProblem;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

pub const LANG_COOKIE: &str = "lang";

impl Lang {
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

    /// The language chosen with the switch (a cookie), Vietnamese otherwise.
    pub fn from_headers(headers: &HeaderMap) -> Self {
        headers
            .get_all(axum::http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == LANG_COOKIE)
            .and_then(|(_, value)| Lang::parse(value))
            .unwrap_or_default()
    }

    /// The text for `key`; the key itself when it is missing, which a test prevents.
    pub fn t(self, key: &str) -> &'static str {
        match MESSAGES.get(key) {
            Some((vi, en)) => match self {
                Lang::Vi => vi,
                Lang::En => en,
            },
            None => {
                tracing::warn!(key, "missing text");
                "?"
            }
        }
    }

    /// The text for `key`, if there is one.
    pub fn lookup(self, key: &str) -> Option<&'static str> {
        MESSAGES.get(key).map(|(vi, en)| match self {
            Lang::Vi => *vi,
            Lang::En => *en,
        })
    }

    /// A date as users write it: dd/mm/yyyy.
    pub fn date(self, date: &NaiveDate) -> String {
        date.format("%d/%m/%Y").to_string()
    }

    /// A moment in Vietnam's time (UTC+7): dd/mm/yyyy hh:mm.
    pub fn datetime(self, at: &DateTime<Utc>) -> String {
        at.with_timezone(&vietnam())
            .format("%d/%m/%Y %H:%M")
            .to_string()
    }

    /// A field problem as a sentence.
    pub fn problem(self, problem: FieldProblem) -> String {
        match problem {
            FieldProblem::Missing => self.t("err.missing").to_owned(),
            FieldProblem::Garbled => self.t("err.garbled").to_owned(),
            FieldProblem::TooLong { max } => {
                self.t("err.too_long").replace("{max}", &max.to_string())
            }
            FieldProblem::InvalidChoice => self.t("err.invalid_choice").to_owned(),
            FieldProblem::InvalidDate => self.t("err.invalid_date").to_owned(),
            FieldProblem::DateOutsideYear { year } => self
                .t("err.date_outside_year")
                .replace("{year}", &year.to_string()),
            FieldProblem::NumberOutOfRange { min, max } => self
                .t("err.number_range")
                .replace("{min}", &min.to_string())
                .replace("{max}", &max.to_string()),
        }
    }
}

/// Vietnam's time zone: UTC+7 all year.
pub fn vietnam() -> FixedOffset {
    FixedOffset::east_opt(7 * 3600)
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"))
}

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Lang::from_headers(&parts.headers))
    }
}

static MESSAGES: LazyLock<HashMap<&'static str, (&'static str, &'static str)>> =
    LazyLock::new(|| {
        CATALOGUE
            .iter()
            .map(|(k, vi, en)| (*k, (*vi, *en)))
            .collect()
    });

/// (key, Vietnamese, English)
pub const CATALOGUE: &[(&str, &str, &str)] = &[
    ("app.name", "Sổ đăng ký làm theo", "Pledge register"),
    (
        "app.tagline",
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Studying and following Ho Chi Minh's thought, ethics and style",
    ),
    ("nav.home", "Trang chủ", "Home"),
    ("nav.my_plan", "Kế hoạch của tôi", "My plan"),
    ("nav.queue", "Chờ thông qua", "Awaiting my review"),
    ("nav.my_cell", "Chi bộ của tôi", "My cell"),
    ("nav.catalogue", "27 biểu hiện", "27 manifestations"),
    ("nav.logout", "Đăng xuất", "Log out"),
    ("nav.login", "Đăng nhập", "Log in"),
    (
        "nav.skip",
        "Bỏ qua, tới nội dung chính",
        "Skip to main content",
    ),
    ("nav.menu", "Menu chính", "Main menu"),
    ("lang.switch_label", "Ngôn ngữ", "Language"),
    ("lang.other", "English", "Tiếng Việt"),
    ("common.save", "Lưu", "Save"),
    ("common.cancel", "Hủy", "Cancel"),
    ("common.back", "Quay lại", "Back"),
    ("common.yes", "Có", "Yes"),
    ("common.none", "Không có", "None"),
    ("common.year", "Năm", "Year"),
    ("common.theme", "Chủ đề năm", "Theme of the year"),
    ("common.deadline", "Hạn chót", "Deadline"),
    ("common.optional", "không bắt buộc", "optional"),
    ("common.required", "bắt buộc", "required"),
    ("common.comrade", "Đồng chí", "Comrade"),
    (
        "common.form_has_errors",
        "Biểu mẫu còn lỗi, xin xem các ô được đánh dấu bên dưới.",
        "The form has errors; see the marked fields below.",
    ),
    ("login.title", "Đăng nhập", "Log in"),
    ("login.login", "Tên đăng nhập", "Username"),
    ("login.password", "Mật khẩu", "Password"),
    ("login.submit", "Đăng nhập", "Log in"),
    (
        "login.failed",
        "Tên đăng nhập hoặc mật khẩu không đúng.",
        "Wrong username or password.",
    ),
    (
        "login.throttled",
        "Đã nhập sai nhiều lần. Xin đợi {n} giây rồi thử lại.",
        "Too many failed attempts. Please wait {n} seconds and try again.",
    ),
    (
        "login.intro",
        "Dành cho đảng viên và cấp ủy. Tài khoản do cấp ủy cung cấp.",
        "For party members and committees. Accounts are issued by the committee.",
    ),
    ("flash.logged_out", "Đã đăng xuất.", "You have logged out."),
    ("flash.saved", "Đã lưu.", "Saved."),
    (
        "flash.item_added",
        "Đã thêm nội dung đăng ký.",
        "Pledge item added.",
    ),
    (
        "flash.item_saved",
        "Đã lưu nội dung đăng ký.",
        "Pledge item saved.",
    ),
    (
        "flash.item_removed",
        "Đã xóa nội dung đăng ký.",
        "Pledge item removed.",
    ),
    ("flash.item_moved", "Đã đổi thứ tự.", "Order changed."),
    (
        "flash.submit",
        "Đã gửi kế hoạch để góp ý, thông qua.",
        "Plan sent for comment and approval.",
    ),
    (
        "flash.withdraw",
        "Đã rút lại kế hoạch để sửa.",
        "Plan withdrawn for changes.",
    ),
    (
        "flash.return",
        "Đã trả lại kế hoạch kèm góp ý.",
        "Plan returned with comments.",
    ),
    ("flash.approve", "Đã thông qua kế hoạch.", "Plan approved."),
    (
        "flash.amend",
        "Đã mở lại kế hoạch để điều chỉnh. Bản đã thông qua vẫn được lưu.",
        "Plan reopened for amendment. The approved version stays on record.",
    ),
    ("flash.comment", "Đã gửi góp ý.", "Comment posted."),
    (
        "flash.manifestation_saved",
        "Đã lưu biểu hiện.",
        "Manifestation saved.",
    ),
    ("home.title", "Trang chủ", "Home"),
    ("home.greeting", "Xin chào đồng chí", "Welcome, comrade"),
    ("home.year", "Năm làm việc", "Working year"),
    (
        "home.no_year",
        "Chưa có năm làm việc nào được mở.",
        "No working year has been opened yet.",
    ),
    (
        "home.my_plan",
        "Kế hoạch làm theo của tôi",
        "My personal plan",
    ),
    (
        "home.no_plan",
        "Đồng chí chưa lập kế hoạch năm nay.",
        "You have not written this year's plan yet.",
    ),
    ("home.open_plan", "Mở kế hoạch", "Open plan"),
    (
        "home.queue",
        "Kế hoạch chờ tôi góp ý, thông qua",
        "Plans awaiting my review",
    ),
    ("home.queue_count", "kế hoạch đang chờ", "waiting"),
    ("home.open_queue", "Xem danh sách", "Open the list"),
    (
        "home.not_member",
        "Tài khoản này không gắn với đảng viên nào nên không có kế hoạch cá nhân.",
        "This account is not linked to a party member, so it has no personal plan.",
    ),
    ("home.offices", "Chức vụ", "Offices"),
    ("home.plan_deadline", "Hạn đăng ký", "Registration deadline"),
    (
        "plan.title",
        "Kế hoạch làm theo của cá nhân",
        "Personal plan",
    ),
    (
        "plan.create_title",
        "Lập kế hoạch năm",
        "Write the plan for",
    ),
    (
        "plan.create_intro",
        "Đăng ký những việc làm cụ thể trong năm, xuất phát từ nhiệm vụ được giao, chức trách và tình hình thực tế của cơ quan, đơn vị. Tránh chung chung.",
        "Register concrete actions for the year, drawn from your assigned duties, your position and the real situation of your unit. Avoid generic wording.",
    ),
    ("plan.create", "Bắt đầu lập kế hoạch", "Start my plan"),
    ("plan.owner", "Đảng viên", "Member"),
    ("plan.cell", "Chi bộ", "Cell"),
    ("plan.state", "Trạng thái", "State"),
    ("plan.revision", "Bản số", "Version"),
    ("plan.items", "Nội dung đăng ký", "Pledge items"),
    (
        "plan.no_items",
        "Chưa có nội dung nào. Hãy thêm ít nhất một nội dung trước khi gửi.",
        "No items yet. Add at least one before sending.",
    ),
    ("plan.add_item", "Thêm nội dung", "Add an item"),
    ("plan.edit_item", "Sửa", "Edit"),
    ("plan.remove_item", "Xóa", "Remove"),
    ("plan.move_up", "Lên", "Up"),
    ("plan.move_down", "Xuống", "Down"),
    (
        "plan.move_up_label",
        "Chuyển nội dung {n} lên trên",
        "Move item {n} up",
    ),
    (
        "plan.move_down_label",
        "Chuyển nội dung {n} xuống dưới",
        "Move item {n} down",
    ),
    (
        "plan.shortcomings",
        "Hạn chế, khuyết điểm cần khắc phục",
        "Own shortcomings to fix",
    ),
    (
        "plan.shortcomings_hint",
        "Những hạn chế của bản thân mà đồng chí đăng ký khắc phục trong năm.",
        "The limitations you commit to overcome this year.",
    ),
    ("plan.no_shortcomings", "Chưa ghi.", "None recorded."),
    (
        "plan.save_shortcomings",
        "Lưu hạn chế, khuyết điểm",
        "Save shortcomings",
    ),
    ("plan.actions", "Thao tác", "Actions"),
    ("plan.comment_label", "Ý kiến", "Comment"),
    (
        "plan.comment_hint",
        "Bắt buộc khi trả lại: nêu rõ nội dung cần sửa.",
        "Required when returning: say what needs to change.",
    ),
    (
        "plan.action.submit",
        "Gửi để thông qua",
        "Send for approval",
    ),
    (
        "plan.action.withdraw",
        "Rút lại để sửa",
        "Withdraw to change",
    ),
    (
        "plan.action.return",
        "Trả lại kèm góp ý",
        "Return with comments",
    ),
    ("plan.action.approve", "Thông qua", "Approve"),
    ("plan.action.amend", "Điều chỉnh kế hoạch", "Amend the plan"),
    ("plan.action.comment", "Gửi góp ý", "Post comment"),
    (
        "plan.locked",
        "Kế hoạch đã được thông qua và khóa. Muốn thay đổi, hãy chọn “Điều chỉnh kế hoạch”; bản đã thông qua vẫn được lưu.",
        "The plan is approved and locked. To change it, choose “Amend the plan”; the approved version stays on record.",
    ),
    (
        "plan.waiting",
        "Kế hoạch đang chờ chi bộ góp ý, thông qua.",
        "The plan is waiting for the cell's review.",
    ),
    (
        "plan.returned_note",
        "Kế hoạch bị trả lại kèm ý kiến:",
        "The plan was returned with this comment:",
    ),
    ("plan.history", "Lịch sử và góp ý", "History and comments"),
    (
        "plan.revisions",
        "Các bản đã thông qua",
        "Approved versions",
    ),
    (
        "plan.revision_n",
        "Bản thông qua lần {n}",
        "Approved version {n}",
    ),
    ("plan.approved_by", "người thông qua:", "approved by"),
    ("plan.view_revision", "Xem", "View"),
    ("plan.no_history", "Chưa có hoạt động.", "No activity yet."),
    (
        "plan.conflict",
        "Kế hoạch vừa được người khác thay đổi nên thao tác của đồng chí chưa được thực hiện. Trang dưới đây là bản mới nhất; nội dung đồng chí đã nhập vẫn được giữ.",
        "Someone changed this plan meanwhile, so your action was not carried out. Below is the latest version; what you typed is kept.",
    ),
    (
        "plan.not_possible",
        "Thao tác này không thực hiện được với kế hoạch ở trạng thái hiện tại.",
        "This action is not possible in the plan's current state.",
    ),
    (
        "plan.need_items",
        "Kế hoạch chưa có nội dung nào nên chưa gửi được.",
        "The plan has no items yet, so it cannot be sent.",
    ),
    (
        "plan.need_comment",
        "Xin ghi ý kiến (nêu rõ nội dung cần sửa).",
        "Please write a comment (say what needs to change).",
    ),
    ("plan.print", "In kế hoạch", "Print the plan"),
    ("plan.signature_member", "Người đăng ký", "Registered by"),
    ("plan.signature_cell", "T/M Chi bộ", "For the cell"),
    ("state.draft", "Đang soạn", "Draft"),
    ("state.submitted", "Chờ thông qua", "Awaiting approval"),
    ("state.returned", "Bị trả lại", "Returned"),
    ("state.approved", "Đã thông qua", "Approved"),
    ("state.none", "Chưa lập", "Not started"),
    ("event.create", "Lập kế hoạch", "Created the plan"),
    ("event.submit", "Gửi thông qua", "Sent for approval"),
    ("event.withdraw", "Rút lại để sửa", "Withdrew the plan"),
    ("event.return", "Trả lại", "Returned the plan"),
    ("event.approve", "Thông qua", "Approved the plan"),
    (
        "event.amend",
        "Mở lại để điều chỉnh",
        "Reopened the plan for amendment",
    ),
    ("event.comment", "Góp ý", "Commented"),
    (
        "event.edit",
        "Sửa hạn chế, khuyết điểm",
        "Edited the shortcomings",
    ),
    ("event.add_item", "Thêm nội dung", "Added an item"),
    ("event.edit_item", "Sửa nội dung", "Edited an item"),
    ("event.remove_item", "Xóa nội dung", "Removed an item"),
    ("event.move_item", "Đổi thứ tự nội dung", "Reordered items"),
    ("item.kind", "Loại nội dung", "Kind"),
    ("item.content", "Việc sẽ làm", "What will be done"),
    (
        "item.content_hint",
        "Cụ thể, gắn với nhiệm vụ được giao; tránh chung chung.",
        "Concrete and tied to your duties; avoid generic wording.",
    ),
    (
        "item.expected_result",
        "Kết quả, sản phẩm cụ thể",
        "Measurable result or product",
    ),
    (
        "item.expected_result_hint",
        "Điều gì chứng minh việc đã làm xong? Ví dụ: số lượng, thời gian, văn bản.",
        "What will show it is done? E.g. numbers, dates, documents.",
    ),
    ("item.deadline", "Thời hạn", "Deadline"),
    (
        "item.deadline_hint",
        "Ngày/tháng/năm, ví dụ 30/06/2017.",
        "Day/month/year, e.g. 30/06/2017.",
    ),
    ("item.weight", "Trọng số", "Weight"),
    (
        "item.weight_hint",
        "Từ 1 đến 10; mặc định 1 (các nội dung ngang nhau).",
        "From 1 to 10; 1 by default (all items equal).",
    ),
    (
        "item.manifestation",
        "Khắc phục biểu hiện (NQ TW4 khóa XII)",
        "Remedies manifestation (Resolution 4, 12th term)",
    ),
    ("item.no_manifestation", "Không gắn biểu hiện nào", "None"),
    (
        "item.serves_theme",
        "Phục vụ chủ đề năm",
        "Serves the year's theme",
    ),
    (
        "item.new_title",
        "Thêm nội dung đăng ký",
        "Add a pledge item",
    ),
    (
        "item.edit_title",
        "Sửa nội dung đăng ký",
        "Edit a pledge item",
    ),
    ("item.number", "Nội dung", "Item"),
    (
        "kind.assigned_duty",
        "Thực hiện nhiệm vụ được giao",
        "Assigned duty",
    ),
    (
        "kind.study",
        "Học tập nâng cao trình độ",
        "Study to raise qualifications",
    ),
    ("kind.example", "Nêu gương", "Setting an example"),
    (
        "kind.remedy",
        "Khắc phục hạn chế, khuyết điểm",
        "Remedy of a shortcoming",
    ),
    (
        "kind.theme_action",
        "Hành động theo chủ đề năm",
        "Action for the year's theme",
    ),
    ("kind.choose", "— Chọn loại —", "— Choose —"),
    (
        "queue.title",
        "Kế hoạch chờ góp ý, thông qua",
        "Plans awaiting review",
    ),
    (
        "queue.empty",
        "Không có kế hoạch nào đang chờ đồng chí.",
        "No plans are waiting for you.",
    ),
    ("queue.total", "Tổng số đang chờ", "Waiting in all"),
    ("queue.by_cell", "Theo chi bộ", "By cell"),
    ("queue.submitted_at", "Gửi lúc", "Sent"),
    ("queue.items", "Số nội dung", "Items"),
    ("queue.open", "Xem và xử lý", "Review"),
    ("cell.title", "Chi bộ", "Cell"),
    (
        "cell.members",
        "Đảng viên và kế hoạch năm",
        "Members and their plans for",
    ),
    ("cell.member", "Họ và tên", "Full name"),
    ("cell.status", "Tình trạng", "Status"),
    ("cell.plan_state", "Kế hoạch", "Plan"),
    ("cell.summary", "Tổng hợp", "Summary"),
    ("cell.registered", "Đã đăng ký", "Registered"),
    ("cell.count_members", "Số đảng viên", "Members"),
    (
        "cell.no_members",
        "Chi bộ chưa có đảng viên.",
        "The cell has no members.",
    ),
    ("cell.items", "nội dung", "item(s)"),
    (
        "cell.not_expected",
        "Không thuộc diện đăng ký",
        "Not expected to register",
    ),
    ("status.official", "Chính thức", "Official"),
    ("status.probationary", "Dự bị", "Probationary"),
    (
        "status.exempted",
        "Miễn công tác và sinh hoạt đảng",
        "Exempted",
    ),
    ("status.suspended", "Đình chỉ sinh hoạt đảng", "Suspended"),
    ("status.transferred_out", "Đã chuyển đi", "Transferred out"),
    ("role.cell_secretary", "Bí thư chi bộ", "Cell secretary"),
    (
        "role.cell_deputy",
        "Phó Bí thư chi bộ",
        "Deputy cell secretary",
    ),
    (
        "role.grassroots_committee",
        "Đảng ủy cơ sở",
        "Grassroots committee",
    ),
    (
        "role.upper_standing_committee",
        "Ban Thường vụ cấp ủy cấp trên cơ sở",
        "Standing committee (upper level)",
    ),
    (
        "role.upper_secretary",
        "Bí thư cấp ủy cấp trên cơ sở",
        "Secretary (upper level)",
    ),
    (
        "role.provincial_reviewer",
        "Ban Thường vụ Tỉnh ủy",
        "Provincial standing committee",
    ),
    ("role.administrator", "Quản trị hệ thống", "Administrator"),
    (
        "catalogue.title",
        "Danh mục 27 biểu hiện suy thoái (NQ TW4 khóa XII)",
        "The 27 manifestations of degradation (Resolution 4, 12th term)",
    ),
    (
        "catalogue.intro",
        "Nhãn ngắn dùng khi gắn nội dung đăng ký với biểu hiện cần khắc phục. Quản trị viên có thể sửa câu chữ.",
        "Short labels used when a pledge item remedies a manifestation. Administrators can correct the wording.",
    ),
    ("catalogue.code", "Mã", "Code"),
    ("catalogue.group", "Nhóm", "Group"),
    ("catalogue.label_vi", "Nhãn tiếng Việt", "Vietnamese label"),
    ("catalogue.label_en", "Nhãn tiếng Anh", "English label"),
    ("catalogue.edit", "Sửa", "Edit"),
    (
        "catalogue.edit_title",
        "Sửa biểu hiện",
        "Edit manifestation",
    ),
    (
        "group.tu_tuong_chinh_tri",
        "Tư tưởng chính trị",
        "Political ideology",
    ),
    (
        "group.dao_duc_loi_song",
        "Đạo đức, lối sống",
        "Ethics and lifestyle",
    ),
    (
        "group.tu_dien_bien_tu_chuyen_hoa",
        "“Tự diễn biến”, “tự chuyển hóa”",
        "Self-evolution and self-transformation",
    ),
    (
        "err.missing",
        "Xin điền ô này.",
        "Please fill in this field.",
    ),
    (
        "err.garbled",
        "Nội dung có ký tự lỗi mã hóa; xin gõ lại.",
        "The text contains garbled characters; please type it again.",
    ),
    (
        "err.too_long",
        "Quá dài: tối đa {max} ký tự.",
        "Too long: at most {max} characters.",
    ),
    (
        "err.invalid_choice",
        "Xin chọn một mục trong danh sách.",
        "Please choose an entry from the list.",
    ),
    (
        "err.invalid_date",
        "Ngày không hợp lệ; viết theo dạng ngày/tháng/năm, ví dụ 30/06/2017.",
        "Not a valid date; write it as day/month/year, e.g. 30/06/2017.",
    ),
    (
        "err.date_outside_year",
        "Thời hạn phải nằm trong năm {year}.",
        "The deadline must fall within {year}.",
    ),
    (
        "err.number_range",
        "Nhập một số nguyên từ {min} đến {max}.",
        "Enter a whole number from {min} to {max}.",
    ),
    ("error.title", "Có lỗi", "Something went wrong"),
    (
        "error.not_found",
        "Không tìm thấy trang này, hoặc đồng chí không có quyền xem.",
        "This page does not exist, or you may not see it.",
    ),
    (
        "error.bad_request",
        "Yêu cầu không hợp lệ. Xin quay lại và thử lại.",
        "The request was not valid. Please go back and try again.",
    ),
    (
        "error.csrf",
        "Trang đã cũ hoặc phiên làm việc đã hết hạn. Xin tải lại trang rồi thử lại.",
        "The page is out of date or your session expired. Please reload the page and try again.",
    ),
    (
        "error.conflict",
        "Dữ liệu vừa được người khác thay đổi. Xin mở lại trang để xem bản mới nhất.",
        "Someone changed this meanwhile. Please reopen the page to see the latest version.",
    ),
    (
        "error.too_large",
        "Nội dung gửi lên quá lớn.",
        "What you sent is too large.",
    ),
    (
        "error.timeout",
        "Máy chủ xử lý quá lâu. Xin thử lại.",
        "The server took too long. Please try again.",
    ),
    (
        "error.internal",
        "Máy chủ gặp sự cố. Sự cố đã được ghi lại; xin thử lại sau.",
        "The server ran into a problem. It has been logged; please try again later.",
    ),
    (
        "error.unavailable",
        "Dịch vụ tạm thời gián đoạn. Xin thử lại sau ít phút; những gì đã gửi trước đó không bị mất.",
        "The service is temporarily unavailable. Please try again in a few minutes; what was sent before is not lost.",
    ),
    ("error.home", "Về trang chủ", "Go to the home page"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_has_both_languages_and_keys_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for (key, vi, en) in CATALOGUE {
            assert!(seen.insert(key), "duplicate key {key}");
            assert!(!vi.is_empty() && !en.is_empty(), "{key}");
        }
    }

    #[test]
    fn every_key_used_in_templates_and_code_exists() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        for dir in ["templates", "src"] {
            collect(&std::path::Path::new(root).join(dir), &mut files);
        }
        let pattern = [".t(\"", ".tk(\""];
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for p in pattern {
                for (i, _) in text.match_indices(p) {
                    let rest = &text[i + p.len()..];
                    let key = &rest[..rest.find('"').unwrap()];
                    if key.ends_with('.') || key.is_empty() {
                        continue; // a prefix completed at run time
                    }
                    assert!(
                        MESSAGES.contains_key(key),
                        "{} uses unknown key {key}",
                        file.display()
                    );
                }
            }
        }
    }

    #[test]
    fn every_key_built_from_a_domain_value_exists() {
        use crate::domain::org::{MemberStatus, Role};
        use crate::domain::plan::{PlanAction, PlanState};
        use crate::domain::pledge::PledgeKind;
        let mut keys: Vec<String> = Vec::new();
        keys.extend(
            PlanState::ALL
                .iter()
                .map(|s| format!("state.{}", s.as_str())),
        );
        keys.extend(Role::ALL.iter().map(|r| format!("role.{}", r.as_str())));
        keys.extend(
            PledgeKind::ALL
                .iter()
                .map(|k| format!("kind.{}", k.as_str())),
        );
        for a in PlanAction::ALL {
            keys.push(format!("plan.action.{}", a.as_str()));
            keys.push(format!("flash.{}", a.as_str()));
            keys.push(format!("event.{}", a.as_str()));
        }
        for event in [
            "create",
            "edit",
            "add_item",
            "edit_item",
            "remove_item",
            "move_item",
        ] {
            keys.push(format!("event.{event}"));
        }
        for status in [
            "official",
            "probationary",
            "exempted",
            "suspended",
            "transferred_out",
        ] {
            assert!(MemberStatus::parse(status).is_some());
            keys.push(format!("status.{status}"));
        }
        for group in [
            "tu_tuong_chinh_tri",
            "dao_duc_loi_song",
            "tu_dien_bien_tu_chuyen_hoa",
        ] {
            keys.push(format!("group.{group}"));
        }
        for key in keys {
            assert!(
                MESSAGES.contains_key(key.as_str()),
                "missing text for {key}"
            );
        }
    }

    fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                collect(&path, out);
            } else {
                out.push(path);
            }
        }
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
    }

    #[test]
    fn the_language_comes_from_the_cookie_and_defaults_to_vietnamese() {
        let mut headers = HeaderMap::new();
        assert_eq!(Lang::from_headers(&headers), Lang::Vi);
        headers.insert("cookie", "a=b; lang=en".parse().unwrap());
        assert_eq!(Lang::from_headers(&headers), Lang::En);
        headers.insert("cookie", "lang=fr".parse().unwrap());
        assert_eq!(Lang::from_headers(&headers), Lang::Vi);
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
    }
}
