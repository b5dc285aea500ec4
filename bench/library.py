"""Library builds (kaodian.library): three ratios measured in one run.

1. ``-j 2`` against ``-j 1`` on a folder of at least 40 distinct texts, cut
   from the real texts this repository and ../shared hold (the corpus, the
   key-point texts, the reference texts and the charter; each text split at its
   paragraphs into sections of about SECTION characters; no text copied),
   with the two banks compared byte for byte;
2. a rebuild after one text changed, against a cold build (fresh cache), on a
   year's material (YEAR bytes: the sections again, each round numbered);
3. peak memory (the main process and the largest worker) of a build of a
   30 MB folder: the sections again, each one made distinct by its number.

Run: ``uv run python bench/library.py``.  Bars (issue 15): ratio 1 ≥ 1.6,
ratio 2 ≤ 0.15, peak memory < 600 MB.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SOURCES = sorted((ROOT / "tests" / "corpus").glob("*.txt")) + sorted((ROOT / "tests" / "key-points").glob("*.txt")) \
    + sorted((SHARED / "reference" / "texts").glob("*.txt")) \
    + [SHARED / "study-points" / "dangzhang-2022.txt"]
SECTION = 2500  # characters: an article or a section of a report, what a library holds many of
YEAR = 3_000_000  # bytes: a year's study material of a party school, some hundreds of texts


# whole texts of other formats, each a text of its own (no .txt twin among SOURCES)
WHOLE = [p for p in sorted((ROOT / "tests" / "corpus").iterdir())
         if p.suffix in (".md", ".docx", ".pdf") and not p.with_suffix(".txt").exists() and p.stem != "SOURCES"]


def sections() -> list[tuple[str, str]]:
    """(name, text) of each section of the source texts, cut at paragraph ends every SECTION characters."""
    out, seen = [], ""
    for src in SOURCES:
        if not src.is_file():
            continue
        whole = src.read_text(encoding="utf-8")
        probe = "".join(whole.split())[200:400]
        if probe in seen:
            continue  # the same text kept twice (a corpus copy of a reference text): one is enough
        seen += "".join(whole.split())
        lines = whole.splitlines(keepends=True)
        part, n = [], 0
        for line in lines + [None]:
            if line is not None:
                part.append(line)
            if line is None or sum(map(len, part)) >= SECTION:
                text = "".join(part)
                if len(text.strip()) > 500:
                    out.append((f"{src.stem}-{n:02d}.txt", text))
                    n += 1
                part = []
    return out


def write_folder(folder: Path, size: int = 0) -> int:
    """Write the sections into ``folder`` (again and again, numbered, until ``size`` bytes); the file count."""
    folder.mkdir(parents=True, exist_ok=True)
    parts, written, count, rnd = sections(), 0, 0, 0
    if not size:
        for p in WHOLE:
            (folder / p.name).write_bytes(p.read_bytes())
            count += 1
    while True:
        for name, text in parts:
            head = f"第{rnd + 1}辑\n\n" if rnd else ""
            data = (head + text).encode("utf-8")
            (folder / (f"r{rnd:03d}-" + name)).write_bytes(data)
            written += len(data)
            count += 1
        rnd += 1
        if written >= size:
            return count


def run(folder: Path, out: Path, jobs: int, cache: Path | None) -> tuple[float, float, int, int, float]:
    """Wall seconds, CPU seconds (the process and its workers), peak RSS in KB (the process, its largest
    worker) of a library build of ``folder`` in a new process, the bank written to ``out``; and the wall
    seconds of the build itself (without starting Python and importing kaodian)."""
    env = dict(os.environ, KAODIAN_CACHE_DIR=str(cache or ""))
    # bytecode as an installed package has it: the warm-up run writes it, every run after reads it (a
    # shell that sets PYTHONDONTWRITEBYTECODE would otherwise have every run compile kaodian's sources)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cmd = [sys.executable, "-c", PROBE, str(folder), str(out), str(jobs), "1" if cache else "0"]
    t = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    inner, cpu, me, kids = done.stdout.split()[-4:]
    return time.perf_counter() - t, float(cpu), int(me), int(kids), float(inner)


PROBE = """
import resource, sys, time
from kaodian import library, pipeline
from kaodian.bank import dump_bank
folder, out, jobs, cache = sys.argv[1:]
t = time.perf_counter()
lib = library.make_library([folder], pipeline.settings(), jobs=int(jobs), use_cache=cache == "1")
open(out, "w", encoding="utf-8").write(dump_bank(lib.bank.questions, lib.bank.diagnostics))
print(time.perf_counter() - t)
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, me.ru_maxrss, kids.ru_maxrss)
"""


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def calibrate() -> float:
    """How much faster two processes run a pure-Python load than one, on this machine now: the ceiling
    of any -j 2 figure when other work shares the cores (1.9 or so on two idle cores)."""
    from concurrent.futures import ProcessPoolExecutor

    work = [2_000_000] * 8
    t = time.perf_counter()
    for n in work:
        _burn(n)
    one = time.perf_counter() - t
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_burn, [1000, 1000]))  # started before the clock
        t = time.perf_counter()
        list(pool.map(_burn, work))
        two = time.perf_counter() - t
    return one / two


def main() -> None:
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        lib = tmp / "library"
        n = write_folder(lib)
        a, b = tmp / "j1.json", tmp / "j2.json"
        run(lib, a, 1, None)  # warm the file system and the interpreter's own caches
        ceiling = calibrate()
        one = [run(lib, a, 1, None) for _ in range(3)]
        two = [run(lib, b, 2, None) for _ in range(3)]
        t1, t2 = min(r[0] for r in one), min(r[0] for r in two)
        i1, i2 = min(r[4] for r in one), min(r[4] for r in two)
        same = a.read_bytes() == b.read_bytes()
        print(f"1. {n} 篇：-j 1 {t1:.2f} 秒，-j 2 {t2:.2f} 秒，加速 {t1 / t2:.2f} 倍（门槛 1.6），输出逐字节相同：{same}；"
              f"不计启动 Python 和载入 kaodian：{i1:.2f} / {i2:.2f} 秒，{i1 / i2:.2f} 倍；"
              f"此刻本机两进程跑纯 Python 的加速上限 {ceiling:.2f} 倍")
        failed |= t1 / t2 < 1.6 or not same

        # a year's material: hundreds of texts (the sections again, numbered), built cold, then one edited
        year = tmp / "year"
        count = write_folder(year, YEAR)
        cache = tmp / "cache"
        cold_wall, cold_cpu, *_ = run(year, a, 1, cache)
        first = sorted(year.iterdir())[0]
        first.write_text(first.read_text(encoding="utf-8") + "\n坚持党的全面领导。\n", encoding="utf-8")
        warm_wall, warm_cpu, *_ = run(year, b, 1, cache)
        print(f"2. {count} 篇中改一篇（{first.name}）后重建：{warm_wall:.2f} 秒（CPU {warm_cpu:.2f} 秒），冷建 {cold_wall:.2f} 秒"
              f"（CPU {cold_cpu:.2f} 秒）：{warm_wall / cold_wall:.2f}（CPU {warm_cpu / cold_cpu:.2f}；门槛 0.15）")
        failed |= warm_cpu / cold_cpu > 0.15

        big = tmp / "big"
        m = write_folder(big, 30 * 1024 * 1024)
        size = sum(p.stat().st_size for p in big.iterdir()) / 1024 / 1024
        secs, _, me, kid, _ = run(big, tmp / "big.json", 2, None)
        print(f"3. {m} 篇 {size:.0f} MB（-j 2，无缓存）：{secs:.0f} 秒，峰值内存 主进程 {me / 1024:.0f} MB + 最大的工作进程 "
              f"{kid / 1024:.0f} MB = {(me + kid) / 1024:.0f} MB（门槛 600）")
        failed |= (me + kid) / 1024 >= 600
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
