#!/usr/bin/env python3
"""Benchmark: build synthetic manuscripts of 1x, 10x and 100x the sample's size (and a ~10 MB one
with 5,000 glossary terms) with `assemble`, and the same content with pandoc (Markdown -> EPUB and
DOCX for both volumes), reporting time, peak memory and the ratio. Not a test: run it on a quiet
machine with scripts/benchmark.sh.
"""
import json
import os
import pathlib
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
ASSEMBLE = ROOT / ".build/release/assemble"
KANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ"
WORDS = ["地域", "福祉", "共生", "社会", "市民", "支援", "相談", "活動", "計画", "推進", "連携", "暮らし", "安心", "担い手", "子ども",
         "高齢者", "障がい", "防災", "見守り", "つながり", "交流", "参加", "情報", "発信", "協働"]
PARTICLES = ["の", "と", "を", "に", "が", "で", "や"]


def sample_bytes():
    return sum(p.stat().st_size for p in (ROOT / "Manuscript").rglob("*.yaml"))


def sentence(rng, terms):
    words = [rng.choice(WORDS) + rng.choice(PARTICLES) for _ in range(rng.randint(5, 9))]
    if terms and rng.random() < 0.5:
        words.insert(rng.randrange(len(words)), rng.choice(terms)[0] + "の")
    return "".join(words) + rng.choice(["進めます。", "大切です。", "目指します。", "取り組みます。"])


def make_terms(count, rng):
    terms, seen = [], set()
    while len(terms) < count:
        term = "".join(rng.choice(WORDS) for _ in range(rng.randint(2, 3))) + rng.choice(["事業", "制度", "計画", "活動", "支援"])
        if term in seen:
            continue
        seen.add(term)
        terms.append((term, "".join(rng.choice(KANA) for _ in range(rng.randint(4, 10)))))
    return terms


def generate(folder, target_bytes, term_count, seed=1):
    """Writes a manuscript (YAML) and the same content as Markdown; returns the YAML size."""
    rng = random.Random(seed)
    terms = make_terms(term_count, rng)
    manuscript = folder / "Manuscript"
    (manuscript / "s").mkdir(parents=True)
    (manuscript / "a").mkdir()
    markdown = {"vision": ["% 合成ビジョン\n"], "appendix": ["% 合成ビジョン 資料編\n"]}
    sections = {"vision": [], "appendix": []}
    written = 0
    n = 0
    while written < target_bytes:
        n += 1
        volume = "appendix" if n % 5 == 0 else "vision"
        name = f"{'a' if volume == 'appendix' else 's'}/{n:05d}.yaml"
        yaml = [f"id: sec-{n}", f"title: 第{n}節 {rng.choice(WORDS)}と{rng.choice(WORDS)}", "blocks:"]
        md = [f"\n# 第{n}節\n"]
        for h in range(3):
            heading = f"{rng.choice(WORDS)}の{rng.choice(WORDS)}"
            yaml += [f"  - heading: {heading}", f"    id: sec-{n}-h{h}"]
            md.append(f"\n## {heading}\n")
            for _ in range(4):
                text = "".join(sentence(rng, terms) for _ in range(3))
                yaml.append(f"  - paragraph: {text}")
                md.append(f"\n{text}\n")
            items = [sentence(rng, terms) for _ in range(3)]
            yaml.append("  - list:")
            yaml += [f"      - {item}" for item in items]
            md.append("\n" + "".join(f"- {item}\n" for item in items))
        rows = [[rng.choice(WORDS), sentence(rng, terms)] for _ in range(5)]
        yaml += ["  - table:", f"      caption: 表{n}の{rng.choice(WORDS)}", "      header: [主体, 役割]", "      rows:"]
        yaml += [f"        - [{a}, {b}]" for a, b in rows]
        yaml.append("      row-headers: 1")
        md.append("\n| 主体 | 役割 |\n|---|---|\n" + "".join(f"| {a} | {b} |\n" for a, b in rows))
        text = "\n".join(yaml) + "\n"
        (manuscript / name).write_text(text, encoding="utf-8")
        written += len(text.encode())
        sections[volume].append(name)
        markdown[volume] += md
    glossary_section = "a/glossary.yaml"
    (manuscript / glossary_section).write_text("id: glossary\ntitle: 用語集\nblocks:\n  - glossary: {}\n", encoding="utf-8")
    sections["appendix"].append(glossary_section)
    with open(manuscript / "glossary.yaml", "w", encoding="utf-8") as f:
        f.write("terms:\n")
        for term, reading in terms:
            f.write(f"  - {{term: {term}, reading: {reading}, definition: {term}についての説明です。}}\n")
            markdown["appendix"].append(f"\n**{term}**（{reading}）: {term}についての説明です。\n")
    edition = ["title: 合成ビジョン", "label: ベンチマーク", "status: draft", "date: 2026-03-19", "publisher: いわき市", "volumes:"]
    for volume, title in [("vision", "合成ビジョン"), ("appendix", "合成ビジョン 資料編")]:
        edition += [f"  - id: {volume}", f"    title: {title}", "    sections:"] + [f"      - {s}" for s in sections[volume]]
    edition += ["outputs:", "  basename: bench"]
    # The edition names no pipeline, so every built-in stage runs, glossary linking included.
    (manuscript / "edition.yaml").write_text("\n".join(edition) + "\n", encoding="utf-8")
    for volume, lines in markdown.items():
        (folder / f"{volume}.md").write_text("".join(lines), encoding="utf-8")
    return written


def timed(command, cwd):
    """Runs a command under GNU time; returns (seconds, peak KB)."""
    report = pathlib.Path(cwd) / ".time"
    subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", str(report)] + command, cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds, kilobytes = report.read_text().split()[-2:]
    return float(seconds), int(kilobytes)


def main():
    if not ASSEMBLE.exists():
        sys.exit("build first: swift build -c release --product assemble")
    pandoc = shutil.which("pandoc")
    base = sample_bytes()
    sizes = [("1x", base, 50), ("10x", base * 10, 500), ("100x", base * 100, 2000), ("10MB", 10 * 1024 * 1024, 5000)]
    if len(sys.argv) > 1:
        sizes = [s for s in sizes if s[0] in sys.argv[1:]]
    results = []
    print(f"{'size':>6} {'YAML':>10} {'terms':>6} {'assemble':>10} {'peak':>9} {'pandoc':>10} {'peak':>9} {'ratio':>7} {'s/MB':>6}")
    for label, target, terms in sizes:
        with tempfile.TemporaryDirectory() as work:
            work = pathlib.Path(work)
            written = generate(work, target, terms)
            seconds, peak = timed([str(ASSEMBLE), "build", "Manuscript", "--output", "Output"], work)
            row = {"size": label, "yaml_bytes": written, "terms": terms, "assemble_seconds": seconds, "assemble_peak_kb": peak}
            if pandoc:
                total, pandoc_peak = 0.0, 0
                for volume in ["vision", "appendix"]:
                    for ext in ["epub", "docx"]:
                        s, p = timed([pandoc, f"{volume}.md", "-o", f"{volume}.{ext}"], work)
                        total, pandoc_peak = total + s, max(pandoc_peak, p)
                row.update(pandoc_seconds=total, pandoc_peak_kb=pandoc_peak, ratio=total / max(seconds, 0.001))
            results.append(row)
            per_mb = seconds / (written / 1048576)
            pandoc_text = f"{row['pandoc_seconds']:>9.2f}s {row['pandoc_peak_kb'] // 1024:>7}MB {row['ratio']:>6.1f}x" if pandoc else "   (no pandoc)"
            print(f"{label:>6} {written / 1048576:>8.2f}MB {terms:>6} {seconds:>9.2f}s {peak // 1024:>7}MB {pandoc_text} {per_mb:>6.2f}", flush=True)
    out = ROOT / "Output/benchmark.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"results written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
