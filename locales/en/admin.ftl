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
