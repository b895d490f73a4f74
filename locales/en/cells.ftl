### The cell page.

cell-title = Cell
cell-members = Members and their plans for
cell-member = Full name
cell-status = Status
cell-plan_state = Plan
cell-summary = Summary
cell-registered = Registered
cell-count_members = Members
cell-no_members = The cell has no members.
cell-items = item(s)
cell-not_expected = Not expected to register
cell-print_all = Print the approved plans
cell-pdf_all = Download the approved plans as PDF
