"""Gold that names SaudiNewsNet articles by ``url``: find their records in the day files and run
the main job (ingest and every stage, as ``rasid run`` does) on just those articles.

Gold files reference articles rather than copying their text (the corpus's licence travels with
the corpus), so every eval over such gold starts here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from rasid.errors import RasidError

# ../shared/data/saudinewsnet beside the repository (where CI puts it).
DEFAULT_DAYS_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "saudinewsnet"


def find_records(urls: Iterable[str], days_dir: Path, days: Iterable[str] = ()) -> dict[str, dict]:
    """url -> SaudiNewsNet record, read from ``days_dir``: the named ``days`` (YYYY-MM-DD) first,
    then the other day files until every url is found."""
    wanted = set(urls)
    if not days_dir.is_dir():
        raise RasidError(f"{days_dir}: no such folder of SaudiNewsNet day files (give --data)")
    named = [days_dir / f"{day}.json" for day in dict.fromkeys(days)]
    others = sorted(p for p in days_dir.glob("*.json") if p not in named)
    found: dict[str, dict] = {}
    for path in [p for p in named if p.exists()] + others:
        if len(found) == len(wanted):
            break
        try:
            records = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise RasidError(f"{path}: not a SaudiNewsNet day file ({exc})") from None
        for record in records:
            url = record.get("url") if isinstance(record, dict) else None
            if url in wanted and url not in found:
                found[url] = record
    return found


def run_main_job(records: list[dict], folder: Path) -> Path:
    """Ingest ``records`` into a fresh SQLite database in ``folder`` and run every stage; returns
    the database path."""
    from rasid.executor.base import make_executor
    from rasid.pipeline.ingest import ingest
    from rasid.pipeline.stages import StageContext, run_stages
    from rasid.storage.base import open_store

    source = folder / "articles.json"
    source.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    db = folder / "rasid.db"
    with open_store(str(db)) as store, make_executor("local", 0) as executor:
        report = ingest([source], store, executor=executor)
        if report.failed:
            raise RasidError("; ".join(str(f) for f in report.failed))
        run_stages(StageContext(store, executor, _silent))
    return db


class _Bar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _silent(**_) -> _Bar:
    return _Bar()
