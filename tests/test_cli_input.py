"""What a user can type: search words that begin with "-", control characters, bytes that are
not UTF-8, odd file names.  Each works or gives one clear line; none gives a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _rasid(*args, db) -> subprocess.CompletedProcess:
    # --db first: after "--" every argument is a search word.
    return subprocess.run([sys.executable, "-m", "rasid", args[0], "--db", str(db), *args[1:]], env=ENV,
                          capture_output=True, timeout=240)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    from conftest import SEEDS, need

    db = tmp_path_factory.mktemp("input") / "rasid.db"
    assert _rasid("ingest", str(need(SEEDS)), db=db).returncode == 0
    return db


def _ids(done) -> set[str]:
    return {line.split()[0] for line in done.stdout.decode().splitlines() if line and not line.startswith(" ")}


def test_a_search_word_beginning_with_a_dash_is_searched_for(seeded):
    plain = _rasid("search", "بوتين", db=seeded)
    assert plain.returncode == 0 and _ids(plain)
    for args in (("--", "-بوتين"), ("-بوتين",), ("-بوتين", "--limit", "20"), ("--json", "--", "-x")):
        done = _rasid("search", *args, db=seeded)
        assert done.returncode == 0, done.stderr
        if "-x" not in args:
            assert _ids(done) == _ids(plain)


def test_several_words_are_one_query(seeded):
    both = _rasid("search", "كيم", "بوتين", db=seeded)
    assert both.returncode == 0 and _ids(both) == _ids(_rasid("search", "كيم بوتين", db=seeded))


@pytest.mark.parametrize("word", [b"a\x1b[31mb", b"\x07bell", b"\xff\xfe", b"caf\xe9", b"\x9b31m"])
def test_control_characters_and_non_utf8_bytes_give_one_line(seeded, word):
    for command in ("search", "show", "entity"):
        done = _rasid(command, word, db=seeded)
        lines = done.stderr.decode(errors="replace").strip().splitlines()
        assert done.returncode == 2 and len(lines) == 1, lines
        assert "remove it" in lines[0] and "\x1b" not in lines[0] and "Traceback" not in lines[0]


def test_a_nul_character_gives_one_line(seeded, capsys):
    from rasid.cli.main import main

    for argv in (["search", "--db", str(seeded), "a\x00b"], ["ingest", "--db", str(seeded), "pa\x00th"],
                 ["show", "--db", str(seeded), "\x00"]):
        assert main(argv) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "NUL" in err[0], err


def test_no_words_is_one_line_and_empty_results_are_said(seeded):
    done = _rasid("search", db=seeded)
    assert done.returncode == 2 and b"give words" in done.stderr
    assert _rasid("search", "--", "-", db=seeded).stdout.decode().strip() == "no matches"


def test_odd_input_never_prints_a_traceback(seeded, tmp_path):
    cases = [("show", "x" * 5000), ("show", "%"), ("story", "'; DROP TABLE articles; --"), ("brief", "0"),
             ("entity", '"'), ("search", '"unclosed'), ("search", "NEAR(a b)"), ("search", "*"),
             ("search", "--from", "yesterday", "x"), ("search", "--to", "2024-13-45", "x"),
             ("stories", "--since", "\u202enot a date"), ("ingest", "--map", "{not json", str(tmp_path)),
             ("ingest", "--map", '{"raw_text": 5}', str(tmp_path)), ("export", "--format", "csv", "-o", str(tmp_path))]
    for args in cases:
        done = _rasid(*args, db=seeded)
        err = done.stderr.decode(errors="replace")
        assert "Traceback" not in err and "internal error" not in err, (args, err)
        assert done.returncode in (0, 1, 2, 3), (args, done.returncode, err)
