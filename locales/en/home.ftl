### The home page: what needs the user's action, first.

home-title = Home
home-greeting = Hello, { $name }
home-greeting_member = Hello, comrade { $name }
home-year = Year
home-tasks = To do
home-no_year = No working year has been opened yet.
home-my_plan = My personal plan
home-no_plan = You have not written this year's plan yet.
home-open_plan = Open the plan
home-returned = The cell returned your plan; please change it as they suggest:
home-fix_and_resubmit = Change and resubmit
home-draft_items = { $n ->
    [one] Your draft has one item and has not been sent to the cell.
   *[other] Your draft has { $n } items and has not been sent to the cell.
}
home-continue = Continue and submit
home-waiting = Submitted; waiting for the cell's comments and approval.
home-approved = The plan was approved on
home-days_left = Registration deadline: { $date } — { $n ->
    [one] one day left.
   *[other] { $days } days left.
}
home-due_today = Registration deadline: today, { $date }.
home-overdue = The registration deadline ({ $date }) passed { $n ->
    [one] one day ago.
   *[other] { $days } days ago.
}
home-queue = Plans waiting for my decision
home-queue_count = { $n ->
    [one] plan waiting for comments and approval
   *[other] plans waiting for comments and approval
}
home-queue_empty = No plan is waiting.
home-open_queue = Open the queue
home-not_started = { $n ->
    [one] one member has not started a plan
   *[other] { $n } members have not started a plan
}
home-members_overdue = { $n ->
    [one] one member is past the deadline without registering
   *[other] { $n } members are past the deadline without registering
}
home-members_waiting = { $n ->
    [one] one plan waiting for approval
   *[other] { $n } plans waiting for approval
}
home-open_cell = Open the cell's page
home-open_unit = See the units below
home-admin = Administration
home-offices = Offices
home-no_cell = You are not in any cell now, so you have no personal plan. If that is wrong, please tell the administrator.
home-review = Collective plans and commitments for you to review
home-review_waiting = { $n ->
    [0] none waiting
    [one] waiting for review
   *[other] waiting for review
}
home-review_overdue = { $n ->
    [one] { $n } organisation overdue
   *[other] { $n } organisations overdue
}
home-open_review = Open the review list
home-earlier_plans = Plans of other years
