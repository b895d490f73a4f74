### Administration: the catalogue of manifestations.

flash-manifestation_saved = Đã lưu biểu hiện.
catalogue-title = Danh mục 27 biểu hiện suy thoái (NQ TW4 khóa XII)
catalogue-intro = Nhãn ngắn dùng khi gắn nội dung đăng ký với biểu hiện cần khắc phục. Quản trị viên có thể sửa câu chữ.
catalogue-code = Mã
catalogue-group = Nhóm
catalogue-label_vi = Nhãn tiếng Việt
catalogue-label_en = Nhãn tiếng Anh
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
members-transfer_intro = Kế hoạch năm đang mở của đảng viên được chuyển theo; cấp ủy chi bộ mới sẽ góp ý, thông qua. Lịch sử kế hoạch ghi lại việc chuyển.
members-cell_search = Lọc chi bộ theo tên (hoặc tên đảng bộ)
members-to = Chuyển đến chi bộ
members-choose_cell = — Chọn chi bộ —
members-on = Ngày chuyển
members-transfer = Chuyển sinh hoạt
flash-transferred = Đã chuyển sinh hoạt đảng.
