### Administration: the catalogue of manifestations.

flash-manifestation_saved = Đã lưu biểu hiện.
catalogue-title = Danh mục 27 biểu hiện suy thoái (NQ TW4 khóa XII)
catalogue-intro = Tên rút gọn của từng biểu hiện, hiện ra khi đảng viên chọn biểu hiện cần khắc phục cho một nội dung đăng ký. Người quản trị hệ thống có thể sửa câu chữ.
catalogue-code = Mã
catalogue-group = Nhóm
catalogue-label_vi = Tên rút gọn (tiếng Việt)
catalogue-label_en = Tên rút gọn (tiếng Anh)
catalogue-edit = Sửa
catalogue-edit_title = Sửa biểu hiện
members-title = Đảng viên
members-intro = Tìm đảng viên theo họ tên để xem chi bộ đang sinh hoạt hoặc chuyển sinh hoạt sang chi bộ khác.
members-search = Họ tên (gõ có dấu hay không dấu đều được)
members-find = Tìm
members-none = Không tìm thấy đảng viên nào.
members-results = Kết quả tìm kiếm
members-since = từ
members-transfer_title = Chuyển sinh hoạt đảng
members-transfer_intro = Kế hoạch năm hiện hành của đảng viên được chuyển theo; chi bộ mới sẽ góp ý, thông qua. Lịch sử kế hoạch có ghi lại việc chuyển sinh hoạt.
members-cell_search = Lọc chi bộ theo tên (hoặc tên đảng bộ)
members-to = Chuyển đến chi bộ
members-choose_cell = — Chọn chi bộ —
members-on = Ngày chuyển
members-transfer = Chuyển sinh hoạt
flash-transferred = Đã chuyển sinh hoạt đảng.
