review-title = Collective plans and commitments to review
review-deadline = Registration deadline:
review-filters = Filter by state
review-all = All
review-waiting = Waiting
review-returned = Returned
review-not_started = Not started
review-overdue = Overdue
review-done = All approved or accepted
review-search = Find by organisation name
review-sort_waiting = Longest waiting first
review-none = No organisations under you to review.
review-count = { $n ->
    [one] { $n } organisation
   *[other] { $n } organisations
}
review-overdue_tag = Overdue
review-sent = sent
review-col_sent = Sent on
