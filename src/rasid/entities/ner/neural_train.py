"""Training the BiLSTM-CRF (``neural``) with torch, on top of an existing model folder's tables.

Needs torch (CPU works; ``device="cuda"`` is faster).  Reproducible: fixed seed, fixed number of
epochs (chosen on the held-out dev part of train, never on test), the same dev split as the CRF.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np

from rasid.entities.ner.clusters import load_clusters, load_embeddings
from rasid.entities.ner.corpus import Sentence, read_conll, split_dev
from rasid.entities.ner.gazetteer import GazetteerMatcher, load_gazetteer
from rasid.entities.ner.lexicon import Lexicon, jackknife
from rasid.entities.ner.neural import CATEGORIES, NEURAL_FILE, NeuralNet, TokenEncoder, batch
from rasid.entities.ner.words import CliticSplitter


def _net_class():
    import torch
    import torch.nn as nn

    class Net(nn.Module):
        def __init__(self, vectors: np.ndarray, n_categories: list[int], n_chars: int, n_labels: int,
                     hidden: int = 200):
            super().__init__()
            dim = vectors.shape[1]
            self.wemb = nn.Embedding(len(vectors) + 2, dim)
            self.wemb.weight.data[2:] = torch.tensor(vectors)
            self.wemb.weight.data[:2] = 0
            self.cemb = nn.ModuleList([nn.Embedding(n, 16) for n in n_categories])
            self.chemb = nn.Embedding(n_chars, 32, padding_idx=0)
            self.conv = nn.Conv1d(32, 64, 3, padding=1)
            self.drop = nn.Dropout(0.5)
            self.lstm = nn.LSTM(2 * dim + 16 * len(n_categories) + 64, hidden, bidirectional=True, batch_first=True)
            self.out = nn.Linear(2 * hidden, n_labels)
            self.trans = nn.Parameter(torch.zeros(n_labels, n_labels))
            self.start = nn.Parameter(torch.zeros(n_labels))
            self.end = nn.Parameter(torch.zeros(n_labels))

        def emissions(self, words, stems, cats, chars):
            b, t, c = chars.shape
            ch = self.chemb(chars.view(b * t, c)).transpose(1, 2)
            ch = torch.relu(self.conv(ch)).max(dim=2).values.view(b, t, -1)
            x = torch.cat([self.wemb(words), self.wemb(stems)]
                          + [e(cats[:, :, i]) for i, e in enumerate(self.cemb)] + [ch], dim=-1)
            h, _ = self.lstm(self.drop(x))
            return self.out(self.drop(h))

        def nll(self, em, gold, mask):
            alpha = self.start + em[:, 0]
            score = self.start[gold[:, 0]] + em[:, 0].gather(1, gold[:, :1]).squeeze(1)
            for t in range(1, em.shape[1]):
                step = torch.logsumexp(alpha.unsqueeze(2) + self.trans + em[:, t].unsqueeze(1), dim=1)
                m = mask[:, t]
                alpha = torch.where(m.unsqueeze(1), step, alpha)
                gain = self.trans[gold[:, t - 1], gold[:, t]] + em[:, t].gather(1, gold[:, t:t + 1]).squeeze(1)
                score = score + gain * m
            last = gold.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
            score = score + self.end[last]
            return (torch.logsumexp(alpha + self.end, dim=1) - score).mean()

    return Net


def _fit(encoder: TokenEncoder, vectors: np.ndarray, sentences: list[Sentence], labels: list[str],
         epochs: int, seed: int, device: str, dev: list[Sentence] | None, log) -> tuple[dict, dict | None]:
    import torch

    from rasid.eval.ner import score

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    lexicons: list[Lexicon | None] = [None] * len(sentences)
    for held, lexicon in jackknife(sentences, 5):
        for i in held:
            lexicons[i] = lexicon
    label_index = {lab: i for i, lab in enumerate(labels)}
    encoded = [encoder.encode(words, lex) for (words, _), lex in zip(sentences, lexicons)]
    gold = [[label_index[t] for t in tags] for _, tags in sentences]
    encoder.frozen = True
    full_lexicon = Lexicon.learn(sentences)
    dev_encoded = [encoder.encode(words, full_lexicon) for words, _ in dev] if dev else []
    net = _net_class()(vectors, [len(encoder.categories[k]) for k in CATEGORIES], len(encoder.chars),
                       len(labels)).to(device)
    optimiser = torch.optim.Adam(net.parameters(), lr=2e-3)
    report = None
    for epoch in range(epochs):
        started = time.time()
        net.train()
        order = rng.permutation(len(encoded))
        for i in range(0, len(order), 32):
            idx = order[i:i + 32]
            words, stems, cats, chars, mask = (torch.as_tensor(a, device=device) for a in batch([encoded[j] for j in idx]))
            y = torch.zeros(mask.shape, dtype=torch.long)
            for r, j in enumerate(idx):
                y[r, :len(gold[j])] = torch.tensor(gold[j])
            loss = net.nll(net.emissions(words, stems, cats, chars), y.to(device), mask)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            optimiser.step()
        line = f"epoch {epoch + 1}/{epochs} ({time.time() - started:.0f}s)"
        if dev and (epoch + 1 == epochs or epoch % 3 == 2):
            numpy_net = NeuralNet(_export(net), labels)
            predicted = []
            for i in range(0, len(dev_encoded), 256):
                predicted += numpy_net.tag_batch(dev_encoded[i:i + 256])
            report = score([tags for _, tags in dev], predicted)
            line += f" dev F1 {report['overall']['f1']:.4f}"
        log(line)
    return _export(net), report, full_lexicon


def _export(net) -> dict[str, np.ndarray]:
    return {k: v.detach().float().cpu().numpy() for k, v in net.state_dict().items()}


def train_neural(model_dir: str | Path, train_path: str | Path, dev_fraction: float = 0.1, epochs: int = 10,
                 seed: int = 13, device: str = "cpu", refit_on_all: bool = True, log=print) -> dict:
    """Train on the tables in ``model_dir`` and write ``neural.npz`` there; returns the dev scores."""
    model_dir = Path(model_dir)
    splitter = CliticSplitter(json.loads((model_dir / "meta.json").read_text(encoding="utf-8")).get("language", "ar"))
    clusters = load_clusters(model_dir / "clusters.tsv.gz")
    gazetteer = GazetteerMatcher(load_gazetteer(model_dir / "gazetteer.tsv.gz"), splitter)
    rows, vectors = load_embeddings(model_dir / "embeddings.npz")
    words = sorted(rows, key=rows.get)
    vectors = vectors / (vectors.std() + 1e-9)
    sentences = read_conll(train_path)
    labels = sorted({t for _, tags in sentences for t in tags})
    fit, dev = split_dev(sentences, dev_fraction)
    report: dict = {}
    if dev:
        _, report["dev"], _ = _fit(TokenEncoder(splitter, clusters, gazetteer, words), vectors, fit, labels,
                                   epochs, seed, device, dev, log)
    final_sentences = sentences if (refit_on_all or not dev) else fit
    encoder = TokenEncoder(splitter, clusters, gazetteer, words)
    params, _, lexicon = _fit(encoder, vectors, final_sentences, labels, epochs, seed, device, None, log)
    meta = {"labels": labels, "epochs": epochs, "seed": seed, "dev": report.get("dev"),
            "refit_on_all": refit_on_all, **encoder.vocabularies()}
    params["wemb.weight"] = params["wemb.weight"].astype(np.float16)  # halves the largest table
    with open(model_dir / NEURAL_FILE, "wb") as out:
        np.savez_compressed(out, meta=np.frombuffer(json.dumps(meta, ensure_ascii=False).encode(), dtype=np.uint8),
                            **params)
    lexicon.save(model_dir / "lexicon.tsv.gz")
    return report
