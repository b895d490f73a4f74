### The org tree: a unit's page, its counts, the units below it, and the lists behind them.

unit-title = Unit
unit-trail = Place in the organisation
unit-summary = Registration
unit-children = Units below
unit-no_children = No units below.
unit-name = Unit
unit-expected = Must register
unit-registered = Registered
unit-approved = Approved
unit-waiting = Waiting for approval
unit-overdue = Overdue, not registered
unit-deadline = deadline
list-expected = Members who must register
list-registered = Members who registered
list-not_registered = Members who have not registered
list-approved = Approved plans
list-waiting = Plans waiting for approval
list-not_started = Members who have not started a plan
list-overdue = Overdue, not registered
list-count = { $n ->
    [one] { $n } member
   *[other] { $n } members
}
list-filters = Choose a list
list-empty = Nobody is in this list.
list-pages = Pages
unit-documents = The organisation's plans and commitments for
unit-start_document = Start writing
unit-orgs_registered = Cells and grassroots organisations with a collective plan
unit-orgs_column = Collective plans
unit-committees_accepted = Committees with both commitments accepted
unit-committees_column = Commitments
unit-closed_into = This organisation closed in a restructure; it went into
list-no = No.
list-membership = Membership
