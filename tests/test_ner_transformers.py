"""The transformers NER engine, on tiny BERT models these tests build offline (random weights, never downloaded).

Random weights say nothing about entities, so the tests that check aggregation and windowing pin the
classifier to one label through its bias: then the expected spans are known exactly.
"""

from __future__ import annotations

import re

import pytest

from rasid.entities.ner.tagger import NerTagger, load_tagger, tag, tagger_for
from rasid.entities.ner.transformer import TransformerTagger, bio_label
from rasid.errors import RasidError

LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
# Whole words, plus pieces so that الرياض, المملكة and ستستضيف split into two pieces each.
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ".", "،", "زار", "الأمير", "محمد", "بن", "سلمان", "أمس",
         "وقال", "إن", "القمة", "العربية", "ال", "##رياض", "##مملكة", "ست", "##ستضيف", "في", "مايو"]
TEXT = "زار الأمير محمد بن سلمان الرياض أمس.\n  وقال إن المملكة ستستضيف القمة العربية، في مايو."
ENV = ("RASID_NER_MODEL", "RASID_NER_MODEL_AR", "RASID_NER_MODEL_EN", "RASID_NER_ENGINE")


def _words(text: str) -> list[tuple[int, int]]:
    """What BERT's pre-tokenizer calls words: letter runs, and each punctuation mark alone."""
    return [m.span() for m in re.finditer(r"\w+|[^\w\s]", text)]


def _save_model(folder, dominant: str | None = None, positions: int = 64):
    """A 1-layer BERT token classifier and fast WordPiece tokenizer saved to ``folder``.

    ``dominant``: a label the classifier always picks (zero weights, bias on that label)."""
    torch = pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertForTokenClassification, PreTrainedTokenizerFast

    ids = {piece: i for i, piece in enumerate(VOCAB)}
    backend = Tokenizer(models.WordPiece(ids, unk_token="[UNK]"))
    backend.normalizer = normalizers.BertNormalizer(lowercase=False, strip_accents=False)
    backend.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    backend.post_processor = processors.BertProcessing(("[SEP]", ids["[SEP]"]), ("[CLS]", ids["[CLS]"]))
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, unk_token="[UNK]", pad_token="[PAD]",
                                        cls_token="[CLS]", sep_token="[SEP]", mask_token="[MASK]")
    config = BertConfig(vocab_size=len(VOCAB), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=positions,
                        id2label=dict(enumerate(LABELS)), label2id={label: i for i, label in enumerate(LABELS)})
    torch.manual_seed(7)
    model = BertForTokenClassification(config)
    if dominant:
        with torch.no_grad():
            model.classifier.weight.zero_()
            model.classifier.bias.zero_()
            model.classifier.bias[LABELS.index(dominant)] = 5.0
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


class _Environment:
    """monkeypatch's setenv/delenv, each followed by reading the settings again (rasid reads them
    once per process, as a user's run would with the new environment)."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch
        self._reload()

    def _reload(self):
        from rasid.settings import Settings

        self.monkeypatch.setattr("rasid.settings._ACTIVE", Settings.load())

    def setenv(self, name, value):
        self.monkeypatch.setenv(name, value)
        self._reload()

    def delenv(self, name, raising=True):
        self.monkeypatch.delenv(name, raising=raising)
        self._reload()


@pytest.fixture
def clean_env(monkeypatch):
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    return _Environment(monkeypatch)


@pytest.fixture(scope="module")
def random_model(tmp_path_factory):
    return _save_model(tmp_path_factory.mktemp("random"))


@pytest.fixture(scope="module")
def begin_model(tmp_path_factory):
    # 12 positions: 8 pieces a window (2 special, 2 spare), so each of the example's sentences needs several.
    return _save_model(tmp_path_factory.mktemp("begin"), dominant="B-LOC", positions=12)


def test_model_labels_become_rasid_bio():
    assert bio_label("B-PER") == "B-PERS"
    assert bio_label("I-ORG") == "I-ORG"
    assert bio_label("S-LOC") == "B-LOC"  # IOBES single-word entity
    assert bio_label("E-MISC") == "I-MISC"
    assert bio_label("B_GPE") == "B-LOC"
    assert bio_label("O") == "O"
    assert bio_label("ORG") == "I-ORG"  # IO label sets: a run of one label is one entity


def test_configured_model_tags_arabic_with_exact_offsets(random_model, clean_env):
    clean_env.setenv("RASID_NER_MODEL", str(random_model))
    tagger = tagger_for("ar")
    assert isinstance(tagger, TransformerTagger) and tagger.engine == "transformers"
    mentions = tag(TEXT, "ar")
    words = _words(TEXT)
    starts, ends = {s for s, _ in words}, {e for _, e in words}
    for m in mentions:
        assert m.text == TEXT[m.start:m.end]
        assert m.type in {"PERS", "LOC", "ORG", "MISC"}
        assert m.start in starts and m.end in ends  # spans are whole words
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


def test_word_pieces_join_into_one_word_and_windows_lose_nothing(begin_model):
    tagger = load_tagger(begin_model)
    pieces = tagger.tokenizer("الرياض", add_special_tokens=False)["input_ids"]
    assert len(pieces) == 2  # the check below is about a word the model sees as two pieces
    first_sentence = tagger.tokenizer(TEXT[:TEXT.index("\n")], add_special_tokens=False)["input_ids"]
    assert len(first_sentence) > tagger.window  # ...and about sentences longer than one window
    mentions = tagger.tag(TEXT)
    # Every word is B-LOC, so each word (not each piece) is one mention, across all windows.
    assert [(m.start, m.end) for m in mentions] == _words(TEXT)
    riyadh = TEXT.index("الرياض")
    assert [m for m in mentions if m.text == "الرياض"][0].start == riyadh
    assert {m.type for m in mentions} == {"LOC"}


def test_an_entity_cut_by_a_window_edge_stays_one_span(tmp_path):
    tagger = load_tagger(_save_model(tmp_path, dominant="I-LOC", positions=12))
    # All words I-LOC: one mention per sentence, though each sentence spans several windows.
    second = TEXT.index("وقال")
    assert [(m.start, m.end) for m in tagger.tag(TEXT)] == [(0, TEXT.index("\n")), (second, len(TEXT))]
    shifted = tagger.tag_many(["", TEXT[second:]])
    assert shifted[0] == [] and [(m.start, m.end) for m in shifted[1]] == [(0, len(TEXT) - second)]


def test_configuration_switches_engines(random_model, clean_env):
    assert isinstance(tagger_for("ar"), NerTagger) and tagger_for("ar").engine == "crf"  # the default
    assert tagger_for("en") is None
    clean_env.setenv("RASID_NER_MODEL", str(random_model))
    assert isinstance(tagger_for("ar"), TransformerTagger)
    assert tagger_for("en") is None  # RASID_NER_MODEL replaces shipped models only
    clean_env.setenv("RASID_NER_MODEL_EN", str(random_model))
    assert isinstance(tagger_for("en"), TransformerTagger)
    clean_env.delenv("RASID_NER_MODEL")
    assert tagger_for("ar").engine == "crf"
    clean_env.setenv("RASID_NER_ENGINE", "transformers")
    with pytest.raises(RasidError, match="RASID_NER_MODEL"):
        tagger_for("ar")


def test_eval_scores_a_transformers_folder(begin_model, tmp_path):
    from rasid.eval.ner import evaluate

    words = [TEXT[s:e] for s, e in _words(TEXT)]
    gold = tmp_path / "gold.txt"
    # The pinned model calls every word B-LOC: all of the first sentence's gold LOCs are found, across
    # window edges, and the PERS of the second sentence is missed.
    gold.write_text("".join(f"{w} B-LOC\n" for w in words) + "\n" + "محمد B-PERS\n", encoding="utf-8")
    result = evaluate(gold, model_dir=begin_model)
    assert result["engine"] == "transformers"
    assert result["LOC"]["recall"] == 1.0 and result["LOC"]["support"] == len(words)
    assert result["PERS"]["recall"] == 0.0 and result["PERS"]["support"] == 1


def test_pipeline_step_uses_the_configured_model(begin_model, clean_env):
    from rasid.entities.ner.step import TagInBatches
    from rasid.model import Article

    clean_env.setenv("RASID_NER_MODEL", str(begin_model))
    texts = [("ar", TEXT), ("en", "Talks in Riyadh."), ("ar", ""), ("ar", TEXT[:10])]
    articles = [Article(origin=str(i), raw_text=t, text=t, language=lang) for i, (lang, t) in enumerate(texts)]
    tagged = list(TagInBatches(size=2)(iter(articles)))  # batches of two: the order must survive
    assert [a.origin for a in tagged] == ["0", "1", "2", "3"]
    assert [(m.start, m.end) for m in tagged[0].mentions] == _words(TEXT)
    # English has no shipped model, so RASID_NER_MODEL does not cover it: the shape rules tag it.
    assert [(m.text, m.type) for m in tagged[1].mentions] == [("Riyadh", "LOC")]
    assert tagged[2].mentions == [] and [m.text for m in tagged[3].mentions] == TEXT[:10].split()
