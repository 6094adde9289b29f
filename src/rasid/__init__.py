"""rasid (راصد, "the observer"): turn crawled news pages into stories a reader can trust.

    import rasid

    article = rasid.analyze("قال الرئيس الروسي فلاديمير بوتين اليوم الخميس ...", published="2023-09-14")
    with rasid.open("news.db") as ws:          # a SQLite file, or a postgresql:// URL
        ws.run(["crawl/"])                     # ingest, then every stage
        for story in ws.stories(sort="growth"):
            print(story.title, story.size)
        briefing = ws.brief(story.id)          # every line cited: article id + character span

The Python API, the command line, the REST API and the web pages all go through the same
service layer (``rasid.service``).
"""

__version__ = "0.1.0"


def open(db=None, settings=None, **overrides):  # noqa: A001 - rasid.open reads like the builtin it mirrors
    """A ``Workspace`` on a database (see rasid.service.workspace.Workspace)."""
    from rasid.service import open as open_workspace

    return open_workspace(db, settings=settings, **overrides)


def analyze(text, language=None, published=None, **metadata):
    """One annotated ``Article`` from one text, without a database (see rasid.service.analyze)."""
    from rasid.service import analyze as analyze_text

    return analyze_text(text, language=language, published=published, **metadata)


__all__ = ["__version__", "analyze", "open"]
