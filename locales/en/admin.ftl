### Administration: the catalogue of manifestations.

flash-manifestation_saved = Manifestation saved.
catalogue-title = The 27 manifestations of degradation (Resolution 4, 12th term)
catalogue-intro = Short labels used when a pledge item remedies a manifestation. Administrators can correct the wording.
catalogue-code = Code
catalogue-group = Group
catalogue-label_vi = Vietnamese label
catalogue-label_en = English label
catalogue-edit = Edit
catalogue-edit_title = Edit manifestation
members-title = Members
members-intro = Find a member by name to see their cell or move them to another cell.
members-search = Full name (with or without tone marks)
members-find = Find
members-none = No member found.
members-results = Search results
members-since = since
members-transfer_title = Move to another cell
members-transfer_intro = The member's plan for the open year goes along; the new cell's leaders comment on and approve it. The plan's history records the move.
members-cell_search = Filter cells by name (or their party committee's name)
members-to = Move to cell
members-choose_cell = — Choose a cell —
members-on = Date of the move
members-transfer = Move
flash-transferred = The member was moved.
