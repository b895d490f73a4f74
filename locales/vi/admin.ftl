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
