"""One settings object: defaults < file < environment < flags, read once, errors in one line."""

from __future__ import annotations

import pytest

from rasid.errors import RasidError
from rasid.settings import Settings


def test_each_layer_overrides_the_one_before(tmp_path):
    config = tmp_path / "rasid.toml"
    config.write_text('db = "file.db"\nworkers = 3\n[serve]\nport = 9000\ntoken = "from-file"\n'
                      '[ner]\nengine = "neural"\n[ner.models]\nen = "/models/en"\n', encoding="utf-8")
    settings = Settings.load(config=config, environ={})
    assert (settings.db, settings.workers, settings.port, settings.token) == ("file.db", 3, 9000, "from-file")
    assert settings.ner.engine == "neural" and dict(settings.ner.models) == {"en": "/models/en"}
    environ = {"RASID_DB": "env.db", "RASID_PORT": "9100", "RASID_NER_MODEL_AR": "/models/ar"}
    settings = Settings.load(config=config, environ=environ)
    assert (settings.db, settings.port, settings.workers) == ("env.db", 9100, 3)
    # A language's model from the environment leaves the file's other languages alone.
    assert dict(settings.ner.models) == {"en": "/models/en", "ar": "/models/ar"}
    settings = Settings.load(flags={"db": "flag.db", "port": None}, config=config, environ=environ)
    assert settings.db == "flag.db" and settings.port == 9100  # None: the flag was not given
    assert settings.origin_of("db") == "flag" and settings.origin_of("port") == "environment"


def test_the_settings_file_is_found_by_environment_or_in_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert Settings.load(environ={}).db == "rasid.db"
    (tmp_path / "rasid.toml").write_text('db = "here.db"\n', encoding="utf-8")
    assert Settings.load(environ={}).db == "here.db"
    other = tmp_path / "other.toml"
    other.write_text('db = "other.db"\n', encoding="utf-8")
    assert Settings.load(environ={"RASID_CONFIG": str(other)}).db == "other.db"


@pytest.mark.parametrize("text, environ, message", [
    ('colour = "blue"\n', {}, "unknown setting 'colour'"),
    ('[serve]\nport = "x"\n', {}, "port"),
    ("db = \n", {}, "not a valid TOML"),
    ("", {"RASID_WORKERS": "many"}, r"workers \(from the environment\) must be a whole number"),
    ("", {"RASID_EXECUTOR": "spark"}, "must be one of local, ray"),
    ("", {"RASID_PROTECT_READS": "perhaps"}, "true or false"),
    ('[ner]\nsize = 3\n', {}, "unknown setting ner.size"),
])
def test_bad_settings_are_one_clear_line(tmp_path, text, environ, message):
    config = tmp_path / "rasid.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(RasidError, match=message):
        Settings.load(config=config, environ=environ)


def test_the_command_line_reports_a_bad_setting_without_a_traceback(rasid, tmp_path):
    result = rasid("stories", env={"RASID_WORKERS": "lots"})
    assert result.returncode == 2 and "workers" in result.stderr and "Traceback" not in result.stderr
    missing = rasid("stories", "--config", str(tmp_path / "absent.toml"))
    assert missing.returncode == 2 and "settings file not found" in missing.stderr
