"""A large generated corpus for benchmarks: real sentences of the corpus recombined into new articles.

    python bench/gen_corpus.py OUT.jsonl --n 100000 [--shared ../shared] [--seed 1]

Generated at benchmark time and streamed to a JSON Lines file (normally a temp file), never
stored in the repo. Each article takes 4-14 sentences (the real mean length) drawn at random from the real corpus
(so the text, names, dates and trigger words have the real distribution), a real article's
outlet and publication date, and a unique id; every text is different (content hashes differ),
so nothing is skipped as already stored. Only sentences are held in memory, not articles.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def sentence_pool(source: Path) -> tuple[list[str], list[tuple[str | None, str | None]]]:
    """All sentences of the real corpus, and the (published, outlet) pairs it has."""
    from rasad.arabic import split_sentences

    sents: list[str] = []
    meta: list[tuple[str | None, str | None]] = []
    with open(source, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            sents.extend(s.text for s in split_sentences(d.get("text") or "") if len(s.text) > 20)
            meta.append((d.get("published"), d.get("outlet")))
    return sents, meta


def generate(out: Path, n: int, source: Path, seed: int = 1) -> int:
    """Write n articles to `out` (JSON Lines, the `rasad read` input format); returns bytes written."""
    sents, meta = sentence_pool(source)
    rnd = random.Random(seed)
    size = 0
    with open(out, "w", encoding="utf-8") as fh:
        for i in range(n):
            picked = [rnd.choice(sents) for _ in range(rnd.randint(4, 14))]
            cuts = sorted(rnd.sample(range(1, len(picked)), min(len(picked) - 1, rnd.randint(1, 4))))
            # a few paragraphs, as articles have
            paras = [" ".join(picked[a:b]) for a, b in zip([0, *cuts], [*cuts, len(picked)], strict=True)]
            published, outlet = rnd.choice(meta)
            line = json.dumps({"id": f"g{i:07d}", "text": "\n".join(paras), "published": published,
                               "outlet": outlet}, ensure_ascii=False) + "\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
    return size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    size = generate(args.out, args.n, args.shared / "corpus" / "real" / "articles.jsonl", args.seed)
    print(f"{args.n} articles, {size / 1e6:.1f} MB -> {args.out}")


if __name__ == "__main__":
    main()
