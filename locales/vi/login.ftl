### Logging in and out.

login-title = Đăng nhập
login-login = Tên đăng nhập
login-password = Mật khẩu
login-submit = Đăng nhập
login-failed = Tên đăng nhập hoặc mật khẩu không đúng.
login-throttled = Đã nhập sai nhiều lần. Xin đợi { $n } giây rồi thử lại.
login-intro = Dành cho đảng viên và cấp ủy. Tài khoản do cấp ủy cung cấp.
flash-logged_out = Đã đăng xuất.
