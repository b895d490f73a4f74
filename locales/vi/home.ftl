### The home page.

home-title = Trang chủ
home-greeting = Xin chào đồng chí
home-year = Năm làm việc
home-no_year = Chưa có năm làm việc nào được mở.
home-my_plan = Kế hoạch làm theo của tôi
home-no_plan = Đồng chí chưa lập kế hoạch năm nay.
home-open_plan = Mở kế hoạch
home-queue = Kế hoạch chờ tôi góp ý, thông qua
home-queue_count = kế hoạch đang chờ
home-open_queue = Xem danh sách
home-not_member = Tài khoản này không gắn với đảng viên nào nên không có kế hoạch cá nhân.
home-offices = Chức vụ
home-plan_deadline = Hạn đăng ký
