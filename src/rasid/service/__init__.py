"""The service layer every interface calls: ``Workspace`` (a database with its settings) and
``analyze`` (one text, no database).  See rasid.service.workspace."""

from rasid.service.analyze import analyze
from rasid.service.workspace import RunReport, Workspace, open

__all__ = ["RunReport", "Workspace", "analyze", "open"]
