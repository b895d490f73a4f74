## Year-end: assessment, facts, ratings and their explanations

event-assess = Year-end assessment

assess-title = Assessment of results
assess-not_now = Assessments are made while the year is in self-assessment or rating.
assess-decided = This year's rating has been decided; to change the assessment, the committee must reopen the rating first.
assess-conflict = While you were typing, someone saved this assessment. What you typed is still below, and the saved assessment is shown beside each item; check, then save again.
assess-see_rating = See the rating
assess-see_proposal = See the proposed rating
assess-own_hint = Assess each pledged item yourself: exceeded, completed on time, completed late or not completed; add evidence if there is any (a decision number, a document, a link).
assess-reviewer_hint = The cell assesses each item (the writer's own assessment is shown beside), gives the points of the common criteria and counts the shortcomings not yet remedied.
assess-own = Self-assessment
assess-reviewer = Cell or committee assessment
assess-none = None yet
assess-outcome_own = Your assessment of this item
assess-outcome_reviewer = Assessment of the cell or committee
assess-evidence = Evidence
assess-evidence_hint = E.g. Decision No. 12-QĐ/ĐU of 05/06; minutes of the September cell meeting.
assess-no_items = The plan has no items to assess.
assess-summary = Summary
assess-self_level = Self-proposed level
assess-self_note = Note from the writer
assess-common_points = Points for the common criteria
assess-common_points_hint = From 0 to { $n } points: political quality, ethics, lifestyle and setting an example; innovative thinking and daring to act; self-criticism and fixing shortcomings.
assess-shortcomings_open = Shortcomings not yet remedied
assess-shortcomings_open_hint = Shortcomings pointed out that were not remedied by the end of the year; 0 if all were.
assess-no_level = — None proposed —
assess-save = Save the assessment

facts-title = Recorded in the year
facts-hint = Facts that bear on the rating, recorded by the cell or a committee, each with its reason and date.
facts-none = Nothing recorded.
facts-self_detected_short = self-detected and remedied
facts-withdraw_reason = Why it is withdrawn
facts-withdraw = Withdraw
facts-add = Record a fact
facts-kind = Fact
facts-not_rated_reason = Why not rated
facts-not_rated_hint = Only when the fact is "not rated".
facts-self_detected = The violation was detected and remedied by the member or organisation itself
facts-reason = Reason and reference
facts-reason_hint = E.g. Reprimand, Decision No. 05-QĐ/UBKT of 15/06.
facts-on_date = Date
facts-record = Record

flash-assessed = The assessment was saved.
flash-fact_recorded = Recorded.
flash-fact_withdrawn = The fact was withdrawn.
flash-proposed = The proposed ratings were computed.
flash-decided = The ratings were decided.
flash-reopened = The rating was reopened; the reason is on record.

ratings-title = Quality ratings
ratings-quota_line = Excellent: { $excellent }; good: { $good }. Excellent ratings may be at most { $percent }% of good ones: at most { $allowed }.
ratings-not_now = This can only be done while the year is in its rating phase.
ratings-not_now_propose = Proposals are computed while the year is in self-assessment or rating.
ratings-nothing_to_decide = No rating is waiting for a decision.
ratings-date_in_future = The decision date cannot be after today.
ratings-quota_exceeded = More excellent ratings than the quota allows: choose again for those named, or record a raised share with its reason.
ratings-conflict = While you were looking, someone changed these ratings. Your choices are still below; check, then decide again.
ratings-phase = Phase
ratings-propose_hint_cell = Computes the proposed level of every member of the cell from the assessments and the recorded facts. It can be computed again until the committee decides.
ratings-propose_hint_committee = Computes the proposed level of every member and organisation this committee rates. Decided ratings are not changed.
ratings-propose = Compute the proposals
ratings-none = No ratings yet. Once the assessments are done, press "Compute the proposals".
ratings-members = Members
ratings-units = Party organisations
ratings-over = Over the quota (lowest points first)
ratings-who = Name and unit
ratings-points = Points
ratings-proposed = Proposed
ratings-level = Level
ratings-moved = moved down by the quota
ratings-tie = equal points at the quota's boundary: the committee decides
ratings-decided = Decided
ratings-not_rated = Not rated
ratings-not_decided = Waiting for the committee
ratings-decision = Decision on the ratings
ratings-preview_hint = Choose each level in the table above and press "Preview" to see the effect on the quota before deciding. Once decided, ratings are locked; changing one means reopening it with a reason.
ratings-previewed = This is a preview with the levels you chose; nothing is saved yet. Check the quota below, then decide.
ratings-preview = Preview
ratings-decision_number = Decision number
ratings-decision_number_hint = E.g. 125-QĐ/ĐU
ratings-decision_date = Decision date
ratings-raise = Allowed to raise the share of excellent ratings?
ratings-raised_percent = Raised share (%)
ratings-raised_reason = Reason and reference for the raised share
ratings-decide = Decide the ratings

rating-title = Quality rating for
rating-level = Level
rating-points = Total points
rating-decided = Decided
rating-decision = Decision No.
rating-dated = of
rating-differs = Originally proposed
rating-proposed_only = This is a proposal, not the official result: the competent committee decides.
rating-moved_by_quota = Qualified as excellent but beyond the quota (in order of points), so proposed as good.
rating-tie = Equal points with someone else at the quota's boundary: the committee decides who stays excellent.
rating-plan = The year's plan
rating-assessment = Assessment of results
rating-why = Why this level
rating-met = Met
rating-unmet = Not met
rating-reopen = Reopen the rating
rating-reopen_reason = Why it is reopened

explain-scheme = Under { $scheme }: excellent from { $excellent } points, good from { $good }, completed from { $completed }; an item completed late earns { $late }% of its points; { $quota ->
    [0] no quota on excellent ratings.
   *[other] excellent ratings at most { $quota }% of good ones.
}
explain-not_rated = Not rated: { $reason }.
explain-item = Item { $no } "{ $content }": { $outcome }{ $unconfirmed ->
    [yes] { " " }(self-assessed; the cell has not assessed it)
    [none] { " " }(not assessed yet, counted as not completed for now)
   *[no] { "" }
}, importance { $weight }: { $points } points.
explain-points = Common criteria { $common }/{ $common_max } points; task results { $tasks }/{ $task_max } points; total { $total } points.
explain-grades = Task results: { $tasks }; common criteria: { $common }.
explain-condition = { $level }: { $test }: { $value } (needs { $required }).
explain-trigger = { $trigger }: not completed, whatever the points.
explain-proposed = Level by the conditions: { $level }.
explain-quota_kept = Quota: { $qualified } qualify as excellent, { $allowed } may stay; stays excellent.{ $tie ->
    [yes] { " " }Equal points at the boundary: the committee decides.
   *[no] { "" }
}
explain-quota_moved = Quota: { $qualified } qualify as excellent, { $allowed } may stay (in order of points); moved down to good.{ $tie ->
    [yes] { " " }Equal points at the boundary: the committee decides.
   *[no] { "" }
}

outcome-exceeded = Exceeded
outcome-on_time = Completed on time
outcome-late = Completed late
outcome-not_done = Not completed

not_rated-exempted = Exempted from party work and meetings
not_rated-suspended = Suspended from party activities
not_rated-new_member = Admitted less than six months ago
not_rated-leave = Long leave (illness, maternity, training)
not_rated-under_inspection = Under inspection

trigger-disciplined = Disciplined in the year
trigger-degradation = Concluded to show degradation
trigger-prohibited = Violated what members must not do
trigger-example_duty = Violated the duty to set an example
trigger-targets_missed = Assigned targets not met
trigger-members_failed = More than half of the members did not complete their tasks

test-points_at_least = total points
test-all_on_time = share of items completed on time
test-exceeded_share_at_least = share of items exceeded
test-shortcomings_fixed = shortcomings not remedied
test-all_done = share of items completed
test-late_share_at_most = share of items completed late (at most)
test-task_grade_at_least = task results
test-common_grade_at_least = common criteria
test-no_discipline_below = organisations below or committee members disciplined
test-members_completed_all = share of members completing their tasks
test-members_good_share_at_least = share of members rated good or better

grade-outstanding = Outstanding
grade-good = Good
grade-average = Average
grade-poor = Poor

fact-disciplined = Disciplined in the year
fact-degradation = Concluded to show degradation
fact-prohibited = Violated what members must not do
fact-example_duty = Violated the duty to set an example
fact-below_disciplined = A party organisation below or a committee member was disciplined
fact-not_rated = Not rated

level-HTXSNV = Completed tasks excellently
level-HTTNV = Completed tasks well
level-HTNV = Completed tasks
level-KHTNV = Did not complete tasks
level-org-HTXSNV = Completed tasks excellently
level-org-HTTNV = Completed tasks well
level-org-HTNV = Completed tasks
level-org-KHTNV = Did not complete tasks
level-hd27-HTXSNV = Qualified, completed tasks excellently
level-hd27-HTTNV = Qualified, completed tasks well
level-hd27-HTNV = Qualified, completed tasks
level-hd27-KHTNV = Violated standards or did not complete tasks
level-hd27-org-HTXSNV = Clean and strong
level-hd27-org-HTTNV = Completed tasks well
level-hd27-org-HTNV = Completed tasks
level-hd27-org-KHTNV = Weak

plan-assessment = Year-end assessment
plan-rating = Rating
plan-rating_proposed = Proposed rating
unit-ratings = Year-end quality ratings

progress-title = Progress
progress-new = Report progress
progress-status = Status
progress-percent = Share done (%)
progress-note = Note
progress-evidence = Evidence
progress-evidence_hint = If any: a decision number, a document or a link. No new paperwork.
progress-save = Save the progress
progress-history = Updates
progress-none = No progress reported yet.
progress-none_short = Not reported
progress-acknowledged = Acknowledged
progress-acknowledge = Acknowledge
progress-overdue = Overdue
progress-latest = Latest progress
progress-update = Report progress
progress-see = Progress
progress-not_started = Not started
progress-in_progress = In progress
progress-done = Done
flash-progress = The progress was saved.
flash-acknowledged = The update was acknowledged.
meeting-title = Items due and overdue
meeting-scope = Items not done that are due by
meeting-overdue = Overdue
meeting-none = No item is due or overdue.
meeting-item = Item
meeting-link = Items due (cell meeting)

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
assess-self_review = Print the self-review form

home-year_end = Year-end
home-ye_assess = Assess what you pledged
home-ye_rating = See my rating
home-ye_cell = Assess the members and propose the cell's ratings
home-ye_decide = Decide the quality ratings

explain-head_capped = A head is never rated above the collective they lead: kept at { $level }.
trigger-collective_failed = The collective they head fell short of the guide's share of its targets

params-title = Rating parameters
params-hint = The parameters are stored with the year; each rating keeps the parameters it was computed with, so a change here applies to later proposals only and never changes a decided rating.
params-late_credit = An item completed late earns (% of its points)
params-late_credit_hint = The rules leave it open; 50% by default.
params-quota = Most excellent ratings (% of good ones)
params-quota_hint = 20% by the rules; up to 25% only with grounds, stated below.
params-quota_reason = Grounds for a raised share
params-head_counted = The head of a unit counts in the unit's quota
params-head_capped = A head is never rated above the collective they lead (local guides)
params-head_fails = A collective doing less than this share (%) makes its head "not completed"
params-head_fails_hint = Some local guides say 70%. Leave empty when it does not apply.
params-save = Save the parameters
flash-params_saved = The year's rating parameters were saved.

flash-already_acknowledged = This update had already been acknowledged.

ratings-no_pledges = no plan approved in the year

rating-raised = The decision raised the share of excellent ratings to
ratings-col_self = Own proposal
ratings-col_note = Notes
ratings-col_decision_no = Decision no.
ratings-col_decision_of = of
ratings-list_title = Quality ratings of members,
ratings-export_xlsx = Download the list (Excel .xlsx)
ratings-export_csv = Download the list (CSV)
