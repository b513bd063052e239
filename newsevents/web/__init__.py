"""The web application behind ``newsevents serve``: a JSON API and one page over a database.

    from newsevents.web.app import create_app
    app = create_app("newsevents.db")              # read-only
    app = create_app("newsevents.db", ingest_token="s3cret")   # POST /api/documents allowed

Layout: ``queries`` is the only module that reads the store (so a change of storage, such as
merged incidents moving to their own tables, is a change in one place); ``detail`` shapes one
incident or document with its highlighted words; ``errors`` gives every error one JSON shape;
``app`` declares the routes; ``static/`` holds the page and its vendored libraries (rebuilt by
``make web-assets``, committed so nothing needs npm or a network at install time).
"""
