### Names of the domain's values: kinds of pledge, plan states, offices, member states, manifestation groups.

state-draft = Đang soạn
state-submitted = Chờ thông qua
state-returned = Trả lại để sửa
state-approved = Đã thông qua
state-none = Chưa lập
kind-assigned_duty = Thực hiện nhiệm vụ được giao
kind-study = Học tập nâng cao trình độ
kind-example = Nêu gương
kind-remedy = Khắc phục hạn chế, khuyết điểm
kind-theme_action = Thực hiện chủ đề năm
kind-choose = — Chọn loại —
status-official = Chính thức
status-probationary = Dự bị
status-exempted = Miễn công tác và sinh hoạt đảng
status-suspended = Đình chỉ sinh hoạt đảng
status-transferred_out = Đã chuyển sinh hoạt đi
role-cell_secretary = Bí thư chi bộ
role-cell_deputy = Phó Bí thư chi bộ
role-grassroots_committee = Đảng ủy cơ sở
role-branch_committee = Đảng ủy bộ phận
role-upper_standing_committee = Ban Thường vụ cấp ủy cấp trên trực tiếp
role-upper_secretary = Bí thư cấp ủy cấp trên trực tiếp
role-provincial_reviewer = Ban Thường vụ Tỉnh ủy
role-administrator = Quản trị hệ thống
group-tu_tuong_chinh_tri = Tư tưởng chính trị
group-dao_duc_loi_song = Đạo đức, lối sống
group-tu_dien_bien_tu_chuyen_hoa = “Tự diễn biến”, “tự chuyển hóa”

## Offices, named after the real unit they are held in.
office-cell_secretary = Bí thư { $unit }
office-cell_deputy = Phó Bí thư { $unit }
office-grassroots_committee = { $committee }
office-branch_committee = { $committee }
office-upper_standing_committee = Ban Thường vụ { $unit }
office-upper_secretary = Bí thư { $unit }
office-provincial_reviewer = Ban Thường vụ { $unit }
office-administrator = Quản trị hệ thống
