## Year-end: assessment, facts, ratings and their explanations

event-assess = Đánh giá kết quả cuối năm

assess-title = Đánh giá kết quả thực hiện
assess-not_now = Chỉ đánh giá khi năm đang ở giai đoạn tự đánh giá hoặc xếp loại.
assess-decided = Xếp loại năm nay đã được quyết định; muốn sửa đánh giá, cấp ủy phải mở lại xếp loại.
assess-conflict = Trong lúc bạn nhập, đã có người lưu đánh giá này. Những gì bạn nhập vẫn còn dưới đây, đánh giá đã lưu hiện bên cạnh từng nội dung; kiểm tra rồi lưu lại.
assess-see_rating = Xem kết quả xếp loại
assess-see_proposal = Xem mức xếp loại đề xuất
assess-own_hint = Tự đánh giá từng nội dung đã đăng ký: vượt mức, hoàn thành đúng hạn, hoàn thành chậm hay không hoàn thành; ghi căn cứ nếu có (số quyết định, văn bản, đường dẫn).
assess-reviewer_hint = Chi bộ đánh giá từng nội dung (tự đánh giá của người đăng ký hiện bên cạnh), cho điểm các tiêu chí chung và ghi số hạn chế, khuyết điểm chưa khắc phục.
assess-own = Tự đánh giá
assess-reviewer = Chi bộ, cấp ủy đánh giá
assess-none = Chưa có
assess-outcome_own = Bạn tự đánh giá nội dung này
assess-outcome_reviewer = Đánh giá của chi bộ, cấp ủy
assess-evidence = Căn cứ, minh chứng
assess-evidence_hint = Ví dụ: Quyết định số 12-QĐ/ĐU ngày 05/6; biên bản họp chi bộ tháng 9.
assess-no_items = Kế hoạch không có nội dung nào để đánh giá.
assess-summary = Tổng hợp
assess-self_level = Tự nhận mức xếp loại
assess-self_note = Ghi chú của người tự đánh giá
assess-common_points = Điểm các tiêu chí chung
assess-common_points_hint = Từ 0 đến { $n } điểm: phẩm chất chính trị, đạo đức, lối sống, tính tiền phong gương mẫu; tư duy đổi mới, dám nghĩ, dám làm; tự phê bình và khắc phục hạn chế, khuyết điểm.
assess-shortcomings_open = Số hạn chế, khuyết điểm chưa khắc phục
assess-shortcomings_open_hint = Những hạn chế đã được chỉ ra mà đến cuối năm chưa khắc phục; 0 nếu đã khắc phục hết.
assess-no_level = — Chưa tự nhận —
assess-save = Lưu đánh giá

facts-title = Ghi nhận trong năm
facts-hint = Những việc ảnh hưởng đến xếp loại, do chi bộ hoặc cấp ủy ghi nhận, mỗi việc kèm lý do và ngày.
facts-none = Chưa ghi nhận việc nào.
facts-self_detected_short = tự phát hiện, khắc phục
facts-withdraw_reason = Lý do rút lại
facts-withdraw = Rút lại
facts-add = Ghi nhận thêm
facts-kind = Việc ghi nhận
facts-not_rated_reason = Lý do chưa xếp loại
facts-not_rated_hint = Chỉ chọn khi việc ghi nhận là "chưa xếp loại".
facts-self_detected = Vi phạm do chính đảng viên, tổ chức tự phát hiện và đã khắc phục
facts-reason = Lý do, căn cứ
facts-reason_hint = Ví dụ: Khiển trách theo Quyết định số 05-QĐ/UBKT ngày 15/6.
facts-on_date = Ngày
facts-record = Ghi nhận

flash-assessed = Đã lưu đánh giá.
flash-fact_recorded = Đã ghi nhận.
flash-fact_withdrawn = Đã rút lại việc ghi nhận.
flash-proposed = Đã tính mức xếp loại đề xuất.
flash-decided = Đã quyết định xếp loại.
flash-reopened = Đã mở lại xếp loại; lý do đã được ghi lại.

ratings-title = Xếp loại chất lượng
ratings-quota_line = Hoàn thành xuất sắc: { $excellent }; hoàn thành tốt: { $good }. Số hoàn thành xuất sắc không quá { $percent }% số hoàn thành tốt, tức tối đa { $allowed }.
ratings-not_now = Việc này chỉ làm được khi năm đang ở giai đoạn xếp loại.
ratings-not_now_propose = Chỉ tính mức đề xuất khi năm đang ở giai đoạn tự đánh giá hoặc xếp loại.
ratings-nothing_to_decide = Không còn mức xếp loại nào chờ quyết định.
ratings-date_in_future = Ngày quyết định không được sau hôm nay.
ratings-quota_exceeded = Số Hoàn thành xuất sắc nhiệm vụ vượt tỷ lệ cho phép: chọn lại mức cho những người được nêu, hoặc ghi tỷ lệ được nâng kèm lý do.
ratings-conflict = Trong lúc bạn xem, xếp loại đã được người khác thay đổi. Những gì bạn chọn vẫn còn dưới đây; kiểm tra rồi quyết định lại.
ratings-phase = Giai đoạn
ratings-propose_hint_cell = Tính mức đề xuất cho mọi đảng viên của chi bộ từ kết quả đã đánh giá và những việc đã ghi nhận. Có thể tính lại nhiều lần cho đến khi cấp ủy quyết định.
ratings-propose_hint_committee = Tính mức đề xuất cho mọi đảng viên và tổ chức do cấp ủy xếp loại. Mức đã quyết định không bị thay đổi.
ratings-propose = Tính mức đề xuất
ratings-none = Chưa có mức xếp loại nào. Sau khi đánh giá xong, bấm "Tính mức đề xuất".
ratings-members = Đảng viên
ratings-units = Tổ chức đảng
ratings-over = Vượt tỷ lệ (điểm thấp nhất trước)
ratings-who = Họ và tên, đơn vị
ratings-points = Điểm
ratings-proposed = Đề xuất
ratings-level = Mức xếp loại
ratings-moved = chuyển xuống do tỷ lệ
ratings-tie = bằng điểm ở ranh giới tỷ lệ: cấp ủy quyết định
ratings-decided = Đã quyết định
ratings-not_rated = Chưa xếp loại
ratings-not_decided = Chờ cấp ủy quyết định
ratings-decision = Quyết định xếp loại
ratings-preview_hint = Chọn mức cho từng người ở bảng trên, bấm "Xem trước" để thấy ảnh hưởng đến tỷ lệ trước khi quyết định. Sau khi quyết định, mức xếp loại bị khóa; muốn sửa phải mở lại và ghi lý do.
ratings-previewed = Đây là xem trước với các mức bạn vừa chọn; chưa có gì được lưu. Kiểm tra tỷ lệ bên dưới rồi quyết định.
ratings-preview = Xem trước
ratings-decision_number = Số quyết định
ratings-decision_number_hint = Ví dụ: 125-QĐ/ĐU
ratings-decision_date = Ngày quyết định
ratings-raise = Được phép nâng tỷ lệ Xuất sắc?
ratings-raised_percent = Tỷ lệ được nâng (%)
ratings-raised_reason = Lý do, căn cứ nâng tỷ lệ
ratings-decide = Quyết định xếp loại

rating-title = Kết quả xếp loại chất lượng năm
rating-level = Mức xếp loại
rating-points = Tổng điểm
rating-decided = Đã quyết định
rating-decision = Quyết định số
rating-dated = ngày
rating-differs = Mức đề xuất ban đầu
rating-proposed_only = Đây là mức đề xuất, chưa phải kết quả chính thức: cấp ủy có thẩm quyền sẽ quyết định.
rating-moved_by_quota = Đủ điều kiện Hoàn thành xuất sắc nhiệm vụ nhưng ngoài tỷ lệ cho phép (theo thứ tự điểm), nên được đề xuất Hoàn thành tốt nhiệm vụ.
rating-tie = Bằng điểm với người khác ở ranh giới tỷ lệ: cấp ủy quyết định ai giữ mức Xuất sắc.
rating-plan = Kế hoạch năm
rating-assessment = Đánh giá kết quả
rating-why = Vì sao có mức này
rating-met = Đạt
rating-unmet = Không đạt
rating-reopen = Mở lại xếp loại
rating-reopen_reason = Lý do mở lại

explain-scheme = Áp dụng { $scheme }: Xuất sắc từ { $excellent } điểm, Tốt từ { $good }, Hoàn thành từ { $completed }; nội dung hoàn thành chậm được { $late }% số điểm; { $quota ->
    [0] không giới hạn tỷ lệ Xuất sắc.
   *[other] số Xuất sắc không quá { $quota }% số Hoàn thành tốt.
}
explain-not_rated = Chưa xếp loại: { $reason }.
explain-item = Nội dung { $no } "{ $content }": { $outcome }{ $unconfirmed ->
    [yes] { " " }(theo tự đánh giá, chi bộ chưa đánh giá)
    [none] { " " }(chưa ai đánh giá, tạm tính là không hoàn thành)
   *[no] { "" }
}, mức độ quan trọng { $weight }: { $points } điểm.
explain-points = Tiêu chí chung { $common }/{ $common_max } điểm; kết quả thực hiện nhiệm vụ { $tasks }/{ $task_max } điểm; tổng { $total } điểm.
explain-grades = Kết quả thực hiện nhiệm vụ: { $tasks }; các tiêu chí chung: { $common }.
explain-condition = { $level }: { $test }: { $value } (cần { $required }).
explain-trigger = { $trigger }: xếp loại Không hoàn thành nhiệm vụ, không phụ thuộc số điểm.
explain-proposed = Mức theo điều kiện: { $level }.
explain-quota_kept = Tỷ lệ: { $qualified } đủ điều kiện Xuất sắc, được giữ { $allowed }; mức Xuất sắc được giữ.{ $tie ->
    [yes] { " " }Bằng điểm ở ranh giới: cấp ủy quyết định.
   *[no] { "" }
}
explain-quota_moved = Tỷ lệ: { $qualified } đủ điều kiện Xuất sắc, được giữ { $allowed } (theo thứ tự điểm); chuyển xuống Hoàn thành tốt nhiệm vụ.{ $tie ->
    [yes] { " " }Bằng điểm ở ranh giới: cấp ủy quyết định.
   *[no] { "" }
}

outcome-exceeded = Vượt mức
outcome-on_time = Hoàn thành đúng hạn
outcome-late = Hoàn thành chậm
outcome-not_done = Không hoàn thành

not_rated-exempted = Được miễn công tác và sinh hoạt đảng
not_rated-suspended = Đang bị đình chỉ sinh hoạt đảng
not_rated-new_member = Đảng viên mới kết nạp chưa đủ 6 tháng
not_rated-leave = Nghỉ ốm, nghỉ thai sản, đi học dài ngày
not_rated-under_inspection = Đang bị kiểm tra, xem xét

trigger-disciplined = Bị kỷ luật trong năm
trigger-degradation = Có kết luận suy thoái, "tự diễn biến", "tự chuyển hóa"
trigger-prohibited = Vi phạm những điều đảng viên không được làm
trigger-example_duty = Vi phạm trách nhiệm nêu gương
trigger-targets_missed = Không đạt tỷ lệ chỉ tiêu, nhiệm vụ được giao
trigger-members_failed = Quá nửa số đảng viên không hoàn thành nhiệm vụ

test-points_at_least = tổng điểm
test-all_on_time = tỷ lệ nội dung hoàn thành đúng hạn
test-exceeded_share_at_least = tỷ lệ nội dung vượt
test-shortcomings_fixed = số hạn chế chưa khắc phục
test-all_done = tỷ lệ nội dung hoàn thành
test-late_share_at_most = tỷ lệ nội dung hoàn thành chậm (tối đa)
test-task_grade_at_least = kết quả thực hiện nhiệm vụ
test-common_grade_at_least = các tiêu chí chung
test-no_discipline_below = số tổ chức đảng trực thuộc, thành viên cấp ủy bị kỷ luật
test-members_completed_all = tỷ lệ đảng viên hoàn thành nhiệm vụ trở lên
test-members_good_share_at_least = tỷ lệ đảng viên hoàn thành tốt trở lên

grade-outstanding = Xuất sắc
grade-good = Tốt
grade-average = Trung bình
grade-poor = Kém

fact-disciplined = Bị kỷ luật trong năm
fact-degradation = Có kết luận suy thoái, "tự diễn biến", "tự chuyển hóa"
fact-prohibited = Vi phạm những điều đảng viên không được làm
fact-example_duty = Vi phạm trách nhiệm nêu gương
fact-below_disciplined = Tổ chức đảng trực thuộc hoặc thành viên cấp ủy bị kỷ luật
fact-not_rated = Chưa xếp loại

level-HTXSNV = Hoàn thành xuất sắc nhiệm vụ
level-HTTNV = Hoàn thành tốt nhiệm vụ
level-HTNV = Hoàn thành nhiệm vụ
level-KHTNV = Không hoàn thành nhiệm vụ
level-org-HTXSNV = Hoàn thành xuất sắc nhiệm vụ
level-org-HTTNV = Hoàn thành tốt nhiệm vụ
level-org-HTNV = Hoàn thành nhiệm vụ
level-org-KHTNV = Không hoàn thành nhiệm vụ
level-hd27-HTXSNV = Đủ tư cách, hoàn thành xuất sắc nhiệm vụ
level-hd27-HTTNV = Đủ tư cách, hoàn thành tốt nhiệm vụ
level-hd27-HTNV = Đủ tư cách, hoàn thành nhiệm vụ
level-hd27-KHTNV = Vi phạm tư cách hoặc không hoàn thành nhiệm vụ
level-hd27-org-HTXSNV = Trong sạch, vững mạnh
level-hd27-org-HTTNV = Hoàn thành tốt nhiệm vụ
level-hd27-org-HTNV = Hoàn thành nhiệm vụ
level-hd27-org-KHTNV = Yếu kém

plan-assessment = Đánh giá kết quả cuối năm
plan-rating = Kết quả xếp loại
plan-rating_proposed = Mức xếp loại đề xuất
unit-ratings = Xếp loại chất lượng cuối năm

progress-title = Tiến độ thực hiện
progress-new = Cập nhật tiến độ
progress-status = Tình hình
progress-percent = Phần trăm đã làm
progress-note = Ghi chú
progress-evidence = Căn cứ
progress-evidence_hint = Nếu có: số quyết định, văn bản hoặc đường dẫn. Không cần làm thêm giấy tờ.
progress-save = Lưu tiến độ
progress-history = Các lần cập nhật
progress-none = Chưa cập nhật tiến độ lần nào.
progress-none_short = Chưa cập nhật
progress-acknowledged = Đã ghi nhận
progress-acknowledge = Ghi nhận
progress-overdue = Quá hạn
progress-latest = Tiến độ gần nhất
progress-update = Cập nhật tiến độ
progress-see = Tiến độ
progress-not_started = Chưa bắt đầu
progress-in_progress = Đang thực hiện
progress-done = Đã hoàn thành
flash-progress = Đã lưu tiến độ.
flash-acknowledged = Đã ghi nhận tiến độ.
meeting-title = Nội dung đến hạn, quá hạn
meeting-scope = Những nội dung chưa hoàn thành có hạn đến
meeting-overdue = Quá hạn
meeting-none = Không có nội dung nào đến hạn hoặc quá hạn.
meeting-item = Nội dung
meeting-link = Nội dung đến hạn (họp chi bộ)

doc-title_self_review = BẢN KIỂM ĐIỂM ĐẢNG VIÊN
doc-subtitle_self_review = Năm { $year }
doc-col_self = Tự đánh giá
doc-col_cell = Chi bộ đánh giá
doc-sr_strengths = I. Ưu điểm, kết quả đạt được (kết quả thực hiện các nội dung đã đăng ký ở bảng trên)
doc-sr_shortcomings = II. Hạn chế, khuyết điểm và nguyên nhân
doc-sr_remedied = III. Kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra
doc-sr_open = Số hạn chế, khuyết điểm chưa khắc phục (chi bộ ghi nhận): { $n }.
doc-sr_direction = IV. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm
doc-sr_level = V. Tự nhận mức xếp loại chất lượng
doc-sr_no_level = (chưa tự nhận)
doc-sr_cell_opinion = Ý KIẾN NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY (BÍ THƯ CHI BỘ)
doc-sr_signer = NGƯỜI TỰ KIỂM ĐIỂM
assess-self_review = In bản kiểm điểm

home-year_end = Cuối năm
home-ye_assess = Tự đánh giá kết quả thực hiện các nội dung đã đăng ký
home-ye_rating = Xem kết quả xếp loại của tôi
home-ye_cell = Đánh giá, đề xuất xếp loại đảng viên trong chi bộ
home-ye_decide = Quyết định xếp loại chất lượng

explain-head_capped = Người đứng đầu không được xếp loại cao hơn tập thể mình lãnh đạo: giữ ở mức { $level }.
trigger-collective_failed = Tập thể do mình đứng đầu không đạt tỷ lệ chỉ tiêu, nhiệm vụ theo hướng dẫn

params-title = Tham số xếp loại
params-hint = Các tham số được lưu cùng năm; mỗi mức xếp loại ghi lại tham số đã dùng để tính, nên thay đổi ở đây chỉ áp dụng cho những lần tính đề xuất sau, không làm thay đổi mức đã quyết định.
params-late_credit = Nội dung hoàn thành chậm được tính (% số điểm)
params-late_credit_hint = Quy định không nói rõ; mặc định 50%.
params-quota = Tỷ lệ Hoàn thành xuất sắc tối đa (% số Hoàn thành tốt)
params-quota_hint = Theo quy định là 20%; chỉ được nâng đến 25% khi có căn cứ, ghi ở ô dưới.
params-quota_reason = Căn cứ nâng tỷ lệ
params-head_counted = Người đứng đầu được tính trong tỷ lệ của đơn vị
params-head_capped = Người đứng đầu không được xếp loại cao hơn tập thể mình lãnh đạo (theo hướng dẫn của địa phương)
params-head_fails = Tập thể hoàn thành dưới tỷ lệ này (%) thì người đứng đầu không hoàn thành nhiệm vụ
params-head_fails_hint = Một số hướng dẫn của địa phương quy định 70%. Để trống nếu không áp dụng.
params-save = Lưu tham số
flash-params_saved = Đã lưu tham số xếp loại của năm.

flash-already_acknowledged = Lần cập nhật này đã được ghi nhận trước đó.

ratings-no_pledges = không có kế hoạch được thông qua trong năm

rating-raised = Khi quyết định, tỷ lệ Hoàn thành xuất sắc được nâng lên
ratings-col_self = Cá nhân tự xếp loại
ratings-col_note = Ghi chú
ratings-col_decision_no = Quyết định số
ratings-col_decision_of = ngày
ratings-list_title = Danh sách xếp loại chất lượng đảng viên năm
ratings-export_xlsx = Tải danh sách (Excel .xlsx)
ratings-export_csv = Tải danh sách (CSV)
