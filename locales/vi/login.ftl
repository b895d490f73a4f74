### Logging in and out.

login-title = Đăng nhập
login-login = Tên đăng nhập
login-password = Mật khẩu
login-submit = Đăng nhập
login-failed = Tên đăng nhập hoặc mật khẩu không đúng.
login-one_time_expired = Mật khẩu dùng một lần này đã hết hạn: nó chỉ dùng được trong { $n } ngày kể từ khi danh sách được tải. Xin nhờ bí thư chi bộ đề nghị quản trị viên tải danh sách mới.
login-throttled = Đã nhập sai nhiều lần. Xin đợi { $n } giây rồi thử lại.
login-intro = Dành cho đảng viên và cấp ủy. Tài khoản do cấp ủy cung cấp.
flash-logged_out = Đã đăng xuất.
resume-intro = Phiên làm việc đã hết hạn trước khi đồng chí gửi biểu mẫu. Những gì đồng chí đã nhập vẫn được giữ; xin đăng nhập lại để gửi tiếp.
resume-title = Gửi tiếp biểu mẫu
resume-ready = Đồng chí đã đăng nhập lại. Những gì đã nhập vẫn còn nguyên; bấm “Gửi tiếp” để hoàn tất.
resume-send = Gửi tiếp
resume-skip = Bỏ qua, về trang chủ
login-session_expired = Phiên làm việc đã hết hạn. Xin đăng nhập lại.
