### The home page: what needs the user's action, first.

home-title = Trang chủ
home-greeting = Xin chào, { $name }
home-greeting_member = Xin chào đồng chí { $name }
home-year = Năm
home-tasks = Việc cần làm
home-no_year = Chưa có năm nào được mở để đăng ký kế hoạch.
home-my_plan = Kế hoạch làm theo của tôi
home-no_plan = Đồng chí chưa lập kế hoạch năm nay.
home-open_plan = Xem kế hoạch
home-returned = Chi bộ đã trả lại kế hoạch, đề nghị đồng chí sửa theo góp ý sau:
home-fix_and_resubmit = Sửa và gửi lại
home-draft_items = { $n ->
    [0] Kế hoạch đang soạn, chưa có nội dung nào.
   *[other] Kế hoạch đang soạn, đã có { $n } nội dung, chưa gửi chi bộ.
}
home-continue = Tiếp tục soạn và gửi
home-waiting = Đã gửi, đang chờ chi bộ góp ý, thông qua.
home-approved = Kế hoạch đã được thông qua ngày
home-days_left = Hạn đăng ký: { $date } — còn { $days } ngày.
home-due_today = Hạn đăng ký: { $date } — hôm nay là ngày cuối.
home-overdue = Đã quá hạn đăng ký { $days } ngày (hạn { $date }).
home-queue = Kế hoạch chờ đồng chí góp ý, thông qua
home-queue_count = kế hoạch đang chờ góp ý, thông qua
home-queue_empty = Không có kế hoạch nào đang chờ.
home-open_queue = Mở danh sách chờ
home-not_started = { $n } đảng viên chưa lập kế hoạch
home-members_overdue = { $n } đảng viên quá hạn chưa đăng ký
home-members_waiting = { $n } kế hoạch chờ thông qua
home-open_cell = Mở trang chi bộ
home-open_unit = Xem các tổ chức đảng trực thuộc
home-admin = Quản trị
home-offices = Chức vụ và phạm vi phụ trách
home-no_cell = Đồng chí hiện chưa sinh hoạt ở chi bộ nào nên chưa có kế hoạch cá nhân. Nếu thông tin này chưa đúng, xin báo người quản trị hệ thống.
home-review = Kế hoạch tập thể, cam kết chờ đồng chí xem xét
home-review_waiting = { $n ->
    [0] không có bản nào đang chờ
   *[other] bản đang chờ xem xét
}
home-review_overdue = { $n } tổ chức quá hạn chưa nộp
home-open_review = Mở danh sách xem xét
home-earlier_plans = Kế hoạch các năm khác
