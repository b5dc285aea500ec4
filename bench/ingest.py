"""Benchmark: reading inputs costs a small fraction of segmenting the same text.

Prints, for each input kind, the time to read it and the ratio to ``jieba.lcut``
of the text it yields, both measured in this run (no absolute bars). Reading is
the first stage of a pipeline that must beat ``jieba.lcut`` as a whole, so a
ratio well under 0.1 is the aim.

    uv run python bench/ingest.py
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def best_of(fn, repeat: int = 3) -> float:  # noqa: ANN001
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    import jieba

    from kaodian.ingest import read_path

    jieba.setLogLevel(60)
    jieba.lcut("预热词典")  # load the dictionary outside the measurement
    text = (CORPUS / "tianjin-theory-page.txt").read_text(encoding="utf-8")
    big = text * (5 * 1024 * 1024 // len(text.encode("utf-8")) + 1)  # about 5 MB as UTF-8

    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for label, encoding in (("utf-8", "utf-8"), ("gb18030", "gb18030"), ("utf-16", "utf-16")):
            f = Path(tmp) / f"big-{label}.txt"
            f.write_bytes(big.encode(encoding))
            files[f"5 MB text, {label}"] = f
        for page in ("qianwan-gongcheng-report", "gaigekaifang-40-speech", "party-school-opening-speech"):
            files[f"page {page}"] = CORPUS / f"{page}.html"
        import docx

        document = docx.Document()
        for line in text.splitlines():
            document.add_paragraph(line)
        f = Path(tmp) / "tianjin.docx"
        document.save(f)
        files["docx tianjin"] = f

        print(f"{'input':44} {'chars':>9} {'read s':>8} {'lcut s':>8} {'ratio':>7}")
        for label, f in files.items():
            read_path(f)  # warm imports (selectolax, docx) outside the measurement
            t_read = best_of(lambda: read_path(f))
            chars = read_path(f).text
            # jieba on 5 MB takes ~40 s: measure it on a 200K slice and scale by length.
            piece = chars[:200_000]
            t_cut = best_of(lambda: jieba.lcut(piece), repeat=1) * len(chars) / len(piece)
            print(f"{label:44} {len(chars):9d} {t_read:8.4f} {t_cut:8.3f} {t_read / t_cut:7.4f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
