"""Tagging with a transformer token-classification model from a local folder (e.g. a CAMeLBERT NER model).

The folder is what ``save_pretrained`` writes (config.json, weights, a *fast* tokenizer); it is loaded
with ``local_files_only=True`` and nothing is ever fetched from a hub.  Needs the optional packages
``transformers`` and ``torch`` (``pip install 'rasid[transformers]'``).

The model labels word pieces; a word takes the label of its first piece, and the fast tokenizer's
offset mapping gives each word its character span, so mentions carry offsets into the caller's text
like the built-in tagger's do.  Text is fed sentence by sentence; a sentence longer than the model's
window is cut between words into windows that each fit, and their words are joined again before the
BIO tags become spans, so an entity is never lost at a window edge.
"""

from __future__ import annotations

from pathlib import Path

from rasid.entities.ner.spans import bio_spans
from rasid.errors import RasidError
from rasid.model import Mention
from rasid.text.sentences import split_sentences

TRANSFORMERS = "transformers"  # the engine's name in RASID_NER_ENGINE and --engine
CONFIG_FILE = "config.json"
BATCH_SIZE = 32
WINDOW_SPARE = 2
# Entity types other models spell differently, folded into rasid's four so that quotes and entity
# linking (which look for PERS and ORG) work with them.  GPE (CoNLL-2012/OntoNotes) names countries
# and cities, which ANERcorp and rasid call LOC.
TYPE_ALIASES = {"PER": "PERS", "PERSON": "PERS", "LOCATION": "LOC", "GPE": "LOC",
                "ORGANIZATION": "ORG", "ORGANISATION": "ORG", "MISCELLANEOUS": "MISC"}
# Tag prefixes of the BIO, IOBES and BILOU schemes: the first group begins an entity, the rest continue one.
BEGIN_PREFIXES = frozenset("BSU")
INSIDE_PREFIXES = frozenset("IELM")


def is_transformers_folder(path: str | Path) -> bool:
    """True when ``path`` looks like a ``save_pretrained`` folder (rasid's own model folders have no config.json)."""
    return (Path(path) / CONFIG_FILE).is_file()


def bio_label(label: str) -> str:
    """The model's label as rasid BIO: ``B-PER`` -> ``B-PERS``, ``E-LOC`` -> ``I-LOC``, a bare ``ORG`` -> ``I-ORG``."""
    if not label or label.upper() == "O":
        return "O"
    prefix, sep, kind = label.replace("_", "-", 1).partition("-")
    if sep and len(prefix) == 1 and prefix.upper() in BEGIN_PREFIXES | INSIDE_PREFIXES and kind:
        begin = prefix.upper() in BEGIN_PREFIXES
    else:  # an IO label set: runs of one label are one entity
        begin, kind = False, label
    kind = TYPE_ALIASES.get(kind.upper(), kind)
    return ("B-" if begin else "I-") + kind


class TransformerTagger:
    """A token-classification model and its tokenizer, loaded once from ``model_dir``; same interface as NerTagger."""

    engine = TRANSFORMERS

    def __init__(self, model_dir: str | Path, device: str | None = None, batch_size: int = BATCH_SIZE):
        """``device``: "cuda", "cpu", ... (default: the GPU when torch sees one; the settings' ner.device,
        RASID_NER_DEVICE, reaches here through ``tagger_for``)."""
        try:
            import torch
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as exc:
            raise RasidError("the transformers NER engine needs transformers and torch "
                             "(pip install 'rasid[transformers]')") from exc
        model_dir = Path(model_dir)
        if not is_transformers_folder(model_dir):
            raise RasidError(f"no transformers model in {model_dir} (expected the config.json, weights and "
                             "tokenizer files that save_pretrained writes)")
        self.model_dir = model_dir
        self._torch = torch
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
            self.model = AutoModelForTokenClassification.from_pretrained(model_dir, local_files_only=True)
        except (OSError, ValueError) as exc:
            raise RasidError(f"cannot load the transformers model in {model_dir}: {exc}") from exc
        if not self.tokenizer.is_fast:
            # Only the Rust ("fast") tokenizers report which characters each piece came from.
            raise RasidError(f"the tokenizer in {model_dir} is not a fast tokenizer (no tokenizer.json); "
                             "character offsets need one")
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.model.to(self.device).eval()
        self.batch_size = batch_size
        self.labels = {int(i): bio_label(name) for i, name in self.model.config.id2label.items()}
        # An unset model_max_length reads as a huge number; the position table is then the real limit.
        limit = min(self.tokenizer.model_max_length,
                    getattr(self.model.config, "max_position_embeddings", None) or 512)
        self.max_pieces = limit
        # Windows are measured on the whole sentence's pieces and then tokenised on their own; a SentencePiece
        # tokenizer may then spend a piece more on the window's first word, so two are kept spare.
        self.window = max(1, limit - self.tokenizer.num_special_tokens_to_add(pair=False) - WINDOW_SPARE)

    def tag(self, text: str) -> list[Mention]:
        return self.tag_many([text])[0]

    def tag_many(self, texts: list[str]) -> list[list[Mention]]:
        """Mentions of each text, offsets into that text; all texts' sentences are batched together."""
        owners: list[int] = []
        spans: list[tuple[int, int]] = []
        for k, text in enumerate(texts):
            for sentence in split_sentences(text):
                owners.append(k)
                spans.append((sentence.start, sentence.end))
        if not spans:
            return [[] for _ in texts]
        pieces = self.tokenizer([texts[k][s:e] for k, (s, e) in zip(owners, spans)],
                                add_special_tokens=False, return_offsets_mapping=True)
        windows: list[tuple[int, int, int]] = []  # (sentence, start, end) in text coordinates
        for i, (k, (s, _)) in enumerate(zip(owners, spans)):
            words = _word_spans(pieces.word_ids(i), pieces["offset_mapping"][i])
            for first, last in self._cut([n for _, _, n in words]):
                windows.append((i, s + words[first][0], s + words[last - 1][1]))
        tagged = self._run([texts[owners[i]][s:e] for i, s, e in windows], split=False)
        words_of: list[list[tuple[str, int, int]]] = [[] for _ in spans]
        for (i, s, _), (labels, word_spans) in zip(windows, tagged):
            words_of[i].extend((label, s + a, s + b) for label, (a, b) in zip(labels, word_spans))
        out: list[list[Mention]] = [[] for _ in texts]
        for k, words in zip(owners, words_of):
            text = texts[k]
            for a, b, kind in bio_spans([label for label, _, _ in words]):
                start, end = words[a][1], words[b - 1][2]
                # Some tokenizers (SentencePiece) count the space before a word as part of its first piece.
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    out[k].append(Mention(start=start, end=end, text=text[start:end], type=kind))
        return out

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags (rasid types) for already-tokenised sentences, one per word, as ``rasid eval ner`` needs."""
        present = [i for i, words in enumerate(sentences) if words]
        if not present:
            return [[] for _ in sentences]
        pieces = self.tokenizer([sentences[i] for i in present], is_split_into_words=True, add_special_tokens=False)
        windows: list[tuple[int, int, int]] = []  # (sentence, first word, last word + 1)
        for row, i in enumerate(present):
            counts = [0] * len(sentences[i])
            for w in pieces.word_ids(row):
                if w is not None:
                    counts[w] += 1
            windows.extend((i, a, b) for a, b in self._cut(counts))
        tagged = self._run([sentences[i][a:b] for i, a, b in windows], split=True)
        out = [["O"] * len(words) for words in sentences]
        for (i, a, _), (labels, word_index) in zip(windows, tagged):
            for label, w in zip(labels, word_index):
                out[i][a + w] = label
        return out

    def _cut(self, counts: list[int]):
        """(first, last + 1) ranges of consecutive words whose pieces (``counts``, per word) fit one model window.

        A single word longer than the window gets one of its own and the model sees its first pieces only."""
        start = 0
        used = 0
        for w, n in enumerate(counts):
            if used and used + n > self.window:
                yield start, w
                start, used = w, 0
            used += n
        if start < len(counts):
            yield start, len(counts)

    def _run(self, inputs: list, split: bool) -> list[tuple[list[str], list]]:
        """Per input: the label of each word's first piece, and the words' (start, end) spans in the input
        (``split=False``, raw text) or their indices in the input's word list (``split=True``)."""
        torch = self._torch
        order = sorted(range(len(inputs)), key=lambda i: len(inputs[i]))
        out: list[tuple[list[str], list]] = [([], []) for _ in inputs]
        with torch.inference_mode():
            for k in range(0, len(order), self.batch_size):
                group = order[k:k + self.batch_size]
                batch = self.tokenizer([inputs[i] for i in group], is_split_into_words=split, truncation=True,
                                       max_length=self.max_pieces, padding=True, return_offsets_mapping=True,
                                       return_tensors="pt")
                offsets = batch.pop("offset_mapping").tolist()
                feed = {name: tensor.to(self.device) for name, tensor in batch.items()}
                predicted = self.model(**feed).logits.argmax(-1).cpu().tolist()
                for row, i in enumerate(group):
                    labels: list[str] = []
                    where: list = []
                    last_word = None
                    for word, label, (a, b) in zip(batch.word_ids(row), predicted[row], offsets[row]):
                        if word is None:
                            continue
                        if word != last_word:
                            labels.append(self.labels.get(label, "O"))
                            where.append(word if split else [a, b])
                            last_word = word
                        elif not split:
                            where[-1][1] = b
                    out[i] = (labels, [tuple(w) for w in where] if not split else where)
        return out


def _word_spans(word_ids: list[int | None], offsets: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, piece count) of each word the tokenizer saw, from its per-piece word ids and offsets."""
    words: list[list[int]] = []
    last = None
    for word, (a, b) in zip(word_ids, offsets):
        if word is None:
            continue
        if word != last:
            words.append([a, b, 1])
            last = word
        else:
            words[-1][1] = b
            words[-1][2] += 1
    return [tuple(w) for w in words]
