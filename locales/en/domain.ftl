### Names of the domain's values: kinds of pledge, plan states, offices, member states, manifestation groups.

state-draft = Draft
state-submitted = Awaiting approval
state-returned = Returned
state-approved = Approved
state-none = Not started
kind-assigned_duty = Assigned duty
kind-study = Study to raise qualifications
kind-example = Setting an example
kind-remedy = Remedy of a shortcoming
kind-theme_action = Action for the year's theme
kind-choose = — Choose —
status-official = Official
status-probationary = Probationary
status-exempted = Exempted
status-suspended = Suspended
status-transferred_out = Transferred out
role-cell_secretary = Cell secretary
role-cell_deputy = Deputy cell secretary
role-grassroots_committee = Grassroots committee
role-branch_committee = Branch party committee
role-upper_standing_committee = Standing committee (upper level)
role-upper_secretary = Secretary (upper level)
role-provincial_reviewer = Provincial standing committee
role-administrator = Administrator
group-tu_tuong_chinh_tri = Political ideology
group-dao_duc_loi_song = Ethics and lifestyle
group-tu_dien_bien_tu_chuyen_hoa = Self-evolution and self-transformation

## Offices, named after the real unit they are held in.
office-cell_secretary = Secretary of { $unit }
office-cell_deputy = Deputy secretary of { $unit }
office-grassroots_committee = Committee of { $unit }
office-branch_committee = Committee of { $unit }
office-upper_standing_committee = Standing committee of { $unit }
office-upper_secretary = Secretary of { $unit }
office-provincial_reviewer = Standing committee of { $unit }
office-administrator = System administrator
