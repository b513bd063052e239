"""Statistical components: small spaCy text classifiers trained on annotated news, shipped in
``newsevents/models/`` and used only where their cross-validated figures show they add to the rules
(``bench/classifier_cv.py``, ``bench/RESULTS.md`` "Statistical component").

``units`` turns an extracted incident into the text a classifier reads (the same function at
training and at run time); ``textcat`` trains and applies the classifier; ``screen`` is the
pipeline stage that asks it whether an extracted incident is a political-violence or conflict event
at all (the precision filter).
"""
