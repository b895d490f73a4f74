### The cell page.

cell-title = Chi bộ
cell-members = Đảng viên và kế hoạch năm
cell-member = Họ và tên
cell-status = Tình trạng
cell-plan_state = Kế hoạch
cell-summary = Tổng hợp
cell-registered = Đã đăng ký
cell-count_members = Số đảng viên
cell-no_members = Chi bộ chưa có đảng viên.
cell-items = nội dung
cell-not_expected = Không thuộc diện đăng ký
cell-print_all = In các kế hoạch đã thông qua
cell-pdf_all = Tải PDF các kế hoạch đã thông qua
