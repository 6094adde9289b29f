"""``rasid eval TASK``: quality measured on the data in ../shared, one module per task in ``rasid.eval``."""

from __future__ import annotations

import importlib
import pkgutil

from rasid import eval as eval_tasks


def register(subparsers) -> None:
    parser = subparsers.add_parser("eval", help="measure quality against gold data (ner, clustering, summarize)")
    tasks = parser.add_subparsers(dest="task", metavar="TASK", required=True)
    for info in sorted(pkgutil.iter_modules(eval_tasks.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{eval_tasks.__name__}.{info.name}")
        if hasattr(module, "register"):
            module.register(tasks)
