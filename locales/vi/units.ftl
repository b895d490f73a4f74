### The org tree: a unit's page, its counts, the units below it, and the lists behind them.

unit-title = Tổ chức đảng
unit-trail = Vị trí trong hệ thống tổ chức
unit-show_year = Xem
unit-summary = Tình hình đăng ký
unit-children = Các tổ chức đảng trực thuộc
unit-no_children = Không có tổ chức đảng trực thuộc.
unit-name = Tổ chức đảng
unit-expected = Thuộc diện đăng ký
unit-registered = Đã đăng ký
unit-approved = Đã thông qua
unit-waiting = Chờ thông qua
unit-overdue = Quá hạn chưa đăng ký
unit-deadline = hạn
list-expected = Đảng viên thuộc diện đăng ký
list-registered = Đảng viên đã đăng ký
list-not_registered = Đảng viên chưa đăng ký
list-approved = Kế hoạch đã thông qua
list-waiting = Kế hoạch chờ thông qua
list-not_started = Đảng viên chưa lập kế hoạch
list-overdue = Quá hạn chưa đăng ký
list-count = { $n } đảng viên
list-filters = Chọn danh sách
list-empty = Không có ai trong danh sách này.
list-pages = Trang
