### The home page.

home-title = Home
home-greeting = Welcome, comrade
home-year = Working year
home-no_year = No working year has been opened yet.
home-my_plan = My personal plan
home-no_plan = You have not written this year's plan yet.
home-open_plan = Open plan
home-queue = Plans awaiting my review
home-queue_count = { $n ->
    [one] plan waiting
   *[other] plans waiting
}
home-open_queue = Open the list
home-not_member = This account is not linked to a party member, so it has no personal plan.
home-offices = Offices
home-plan_deadline = Registration deadline
