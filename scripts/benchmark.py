#!/usr/bin/env python3
"""Benchmark (a command, not a test): synthetic manuscripts built by `assemble` and, for comparison,
the same text by pandoc (Markdown -> EPUB and DOCX, both volumes).

Every synthetic manuscript holds the sample's own sections (references, 概要版 summary blocks, roles
and the role table, related plans with QR codes, the chart, metrics, the glossary) and the sample's
pipeline with its limits, so every stage works; the added sections repeat those features (cross
references, summary blocks, roles) with generated text. Series:

  size     the sample, 10x, 100x and ~10 MB, glossary held at 500 added terms
  terms    10x text with 1,000 / 10,000 / 50,000 added glossary terms
  linear   2,000 and 8,000 small sections; 10x and 100x the roles blocks: per-item time of the
           stage that handles them (from `assemble build --timings`), which stays within 2x when
           nothing is quadratic

Each command gets a warm-up run and then repeated runs, assemble and pandoc taking turns; the
figures are medians of CPU (user + sys of the process and its children) and wall seconds and of
peak memory. The ratio is pandoc / assemble (above 1: assemble is faster), the median of the
ratios of the runs taken in turn. The floor is what no YAML-to-EPUB tool can beat: a libyaml event parse
of the same YAML (a tiny C program) plus a deflate (zlib, level 6) of the same uncompressed output
bytes. Results go to Output/benchmark.json.

  scripts/benchmark.py [size] [terms] [linear] [CASE ...]   (all three series by default)

A CASE (sample, 10x, 100x, 10MB, 1,000, 10,000, 50,000) runs that case alone; its row replaces the
same case's in Output/benchmark.json, so a long series can be measured in parts. pandoc is left out
above BENCH_PANDOC_MAX_MB megabytes of YAML (default: no bound): on a busy machine its 10 MB runs
alone take many minutes.
"""
import json
import os
import pathlib
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
ASSEMBLE = ROOT / ".build/release/assemble"
SAMPLE = ROOT / "Manuscript"
COMMIT = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True, text=True).stdout.strip() or None
KANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ"
WORDS = ["地域", "福祉", "共生", "社会", "市民", "支援", "相談", "活動", "計画", "推進", "連携", "暮らし", "安心", "担い手", "子ども",
         "高齢者", "障がい", "防災", "見守り", "つながり", "交流", "参加", "情報", "発信", "協働"]
PARTICLES = ["の", "と", "を", "に", "が", "で", "や"]
ACTORS = ["citizens", "neighborhood-associations", "volunteers-npo", "welfare-providers", "companies",
          "welfare-commissioners", "social-welfare-council", "city"]
FLOOR_C = r"""
#include <yaml.h>
#include <stdio.h>
/* Parses each YAML file named on the command line to events and discards them: the floor of loading. */
int main(int argc, char **argv) {
    long events = 0;
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) return 2;
        yaml_parser_t parser; yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_file(&parser, f);
        int done = 0;
        while (!done) {
            if (!yaml_parser_parse(&parser, &event)) return 1;
            done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            events++;
        }
        yaml_parser_delete(&parser);
        fclose(f);
    }
    printf("%ld\n", events);
    return 0;
}
"""


def sentence(rng, terms):
    words = [rng.choice(WORDS) + rng.choice(PARTICLES) for _ in range(rng.randint(5, 9))]
    if terms and rng.random() < 0.5:
        words.insert(rng.randrange(len(words)), rng.choice(terms)[0] + "の")
    return "".join(words) + rng.choice(["進めます。", "大切です。", "目指します。", "取り組みます。"])


def make_terms(count, rng):
    # The sample's own terms are kept: a generated one must not repeat them.
    seen = set(re.findall(r"^  - term: (\S+)", (SAMPLE / "glossary.yaml").read_text(encoding="utf-8"), re.M))
    terms = []
    while len(terms) < count:
        term = "".join(rng.choice(WORDS) for _ in range(rng.randint(2, 4))) + rng.choice(["事業", "制度", "計画", "活動", "支援", "会議"])
        if term in seen:
            continue
        seen.add(term)
        terms.append((term, "".join(rng.choice(KANA) for _ in range(rng.randint(4, 10)))))
    return terms


def sample_sections():
    """The sample's section files per volume, from its edition (a flat list under each volume)."""
    volumes, current = {}, None
    for line in (SAMPLE / "edition.yaml").read_text(encoding="utf-8").splitlines():
        if m := re.match(r"  - id: (\S+)", line):
            current = m.group(1)
            volumes[current] = []
        elif current and (m := re.match(r"      - (\S+\.yaml)$", line)):
            volumes[current].append(m.group(1))
    return volumes


def sample_bytes():
    return sum(p.stat().st_size for p in SAMPLE.rglob("*.yaml"))


def edition(sections):
    """The sample's edition with the given section lists; limits loose enough for any size."""
    text = (SAMPLE / "edition.yaml").read_text(encoding="utf-8")
    head, rest = text.split("volumes:\n", 1)
    tail = rest[rest.index("\npipeline:"):]
    lines = ["volumes:"]
    for volume, title in [("vision", "いわき市地域共生ビジョン"), ("appendix", "いわき市地域共生ビジョン 資料編（別冊）")]:
        lines += [f"  - id: {volume}", f"    title: {title}", "    sections:"] + [f"      - {s}" for s in sections[volume]]
    return head + "\n".join(lines) + "\n" + tail


LIMITS = """counting:
  whitespace: false
  ambiguous-width: 1
  page-layout: {characters-per-line: 40, lines-per-page: 36, figure-lines: 12}
limits:
  - {scope: volume, volume: vision, unit: pages, warning: 9000000, error: 9900000}
  - {scope: summary, unit: pages, warning: 9000000, error: 9900000}
  - {scope: section, section: "*", unit: fullwidth-equivalent, warning: 9000000, error: 9900000}
  - {scope: section, section: "*", unit: characters, warning: 9000000, error: 9900000}
"""


def generate(folder, target_bytes, term_count, seed=1, sections=None, roles_blocks=0, small=False):
    """Writes a manuscript (the sample plus generated sections) and the same text as Markdown.

    target_bytes: stop adding sections at this YAML size; sections: add exactly this many instead.
    roles_blocks: add this many extra roles blocks (8 responsibilities each) in their own sections.
    small: one heading and one paragraph per generated section (the section-count series).
    Returns (YAML bytes, items added)."""
    rng = random.Random(seed)
    terms = make_terms(term_count, rng)
    manuscript = folder / "Manuscript"
    shutil.copytree(SAMPLE, manuscript)
    (manuscript / "limits.yaml").write_text(LIMITS, encoding="utf-8")
    (manuscript / "s").mkdir()
    (manuscript / "a").mkdir()
    listed = sample_sections()
    markdown = {"vision": ["% 合成ビジョン\n"], "appendix": ["% 合成ビジョン 資料編\n"]}
    for volume, files in listed.items():
        for name in files:
            markdown[volume].append("\n" + (manuscript / name).read_text(encoding="utf-8") + "\n")
    glossary_section = listed["appendix"].pop()  # the glossary stays the appendix's last section
    written = sample_bytes()
    n = 0

    def more():
        if sections is not None:
            return n < sections
        if roles_blocks:
            return n < roles_blocks
        return written < target_bytes

    while more():
        n += 1
        volume = "appendix" if n % 5 == 0 and not roles_blocks else "vision"
        name = f"{'a' if volume == 'appendix' else 's'}/{n:05d}.yaml"
        yaml = [f"id: sec-{n}", f"title: 第{n}節 {rng.choice(WORDS)}と{rng.choice(WORDS)}", "blocks:"]
        md = [f"\n# 第{n}節\n"]
        if roles_blocks:
            yaml += [f"  - heading: 目標{n}", f"    id: sec-{n}-h0", "  - roles:", "      responsibilities:"]
            md.append(f"\n## 目標{n}\n")
            for actor in ACTORS:
                text = f"{n}番目の目標に向けて" + sentence(rng, terms)
                yaml += [f"        {actor}: {text}"]
                md.append(f"\n- {actor}: {text}\n")
        elif small:
            text = sentence(rng, terms)
            yaml += [f"  - heading: {rng.choice(WORDS)}の{rng.choice(WORDS)}", f"    id: sec-{n}-h0", f"  - paragraph: {text}"]
            md.append(f"\n## 見出し\n\n{text}\n")
        else:
            for h in range(3):
                heading = f"{rng.choice(WORDS)}の{rng.choice(WORDS)}"
                yaml += [f"  - heading: {heading}", f"    id: sec-{n}-h{h}"]
                md.append(f"\n## {heading}\n")
                for p in range(4):
                    text = "".join(sentence(rng, terms) for _ in range(3))
                    if p == 0 and n > 1:
                        text += f"詳しくは[[sec-{n - 1}-h{h}]]を参照してください。"
                    yaml.append(f"  - paragraph: {text}")
                    if p == 1 and h == 0:
                        yaml.append("    summary: true")
                    md.append(f"\n{text}\n")
                items = [sentence(rng, terms) for _ in range(3)]
                yaml.append("  - list:")
                yaml += [f"      - {item}" for item in items]
                md.append("\n" + "".join(f"- {item}\n" for item in items))
            if volume == "vision":
                yaml += ["  - roles:", "      responsibilities:"]
                for actor in rng.sample(ACTORS, 2):
                    text = f"第{n}節の" + sentence(rng, terms)
                    yaml.append(f"        {actor}: {text}")
                    md.append(f"\n- {actor}: {text}\n")
            rows = [[rng.choice(WORDS), sentence(rng, terms)] for _ in range(5)]
            yaml += ["  - table:", f"      caption: 表{n}の{rng.choice(WORDS)}", "      header: [主体, 役割]", "      rows:"]
            yaml += [f"        - [{a}, {b}]" for a, b in rows]
            yaml.append("      row-headers: 1")
            md.append("\n| 主体 | 役割 |\n|---|---|\n" + "".join(f"| {a} | {b} |\n" for a, b in rows))
        text = "\n".join(yaml) + "\n"
        (manuscript / name).write_text(text, encoding="utf-8")
        written += len(text.encode())
        listed[volume].append(name)
        markdown[volume] += md
    listed["appendix"].append(glossary_section)
    with open(manuscript / "glossary.yaml", "a", encoding="utf-8") as f:
        for term, reading in terms:
            f.write(f"  - {{term: {term}, reading: {reading}, definition: {term}についての説明です。}}\n")
            markdown["appendix"].append(f"\n**{term}**（{reading}）: {term}についての説明です。\n")
    (manuscript / "edition.yaml").write_text(edition(listed), encoding="utf-8")
    for volume, lines in markdown.items():
        (folder / f"{volume}.md").write_text("".join(lines), encoding="utf-8")
    written += len(terms) * 80  # roughly, the glossary lines appended
    return sum(p.stat().st_size for p in manuscript.rglob("*.yaml")), n


def run_once(command, cwd, capture=False):
    """One run: (cpu seconds of the process and its children, wall seconds, peak KB, stderr)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE if capture else subprocess.DEVNULL)
    stderr = process.stderr.read().decode() if capture else ""
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed ({status}): {' '.join(map(str, command))}\n{stderr}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss, stderr


def run_all(commands, cwd):
    """The commands one after another: (cpu, wall, peak KB)."""
    cpu = wall = peak = 0
    for command in commands:
        c, w, p, _ = run_once(command, cwd)
        cpu, wall, peak = cpu + c, wall + w, max(peak, p)
    return cpu, wall, peak


def medians(samples, runs):
    return {"cpu_s": statistics.median(s[0] for s in samples), "wall_s": statistics.median(s[1] for s in samples),
            "peak_mb": round(statistics.median(s[2] for s in samples) / 1024), "runs": runs}


def measure(commands, cwd, runs, warmup=1):
    """Medians over `runs` runs (after `warmup`) of a list of commands run one after another."""
    samples = [run_all(commands, cwd) for _ in range(warmup + runs)][warmup:]
    return medians(samples, runs)


def measure_paired(a, b, cwd, runs, warmup=1):
    """Both command lists run in turn, `runs` times after `warmup`: the medians of each, and the
    median of the pairs' ratios b ÷ a. A shared machine's speed drifts by a fifth within minutes;
    runs taken side by side see the same machine, where one series after the other would not."""
    pairs = []
    for i in range(warmup + runs):
        # Each goes first every other time, so neither always runs on the warmer caches.
        if i % 2 == 0:
            pairs.append((run_all(a, cwd), run_all(b, cwd)))
        else:
            pairs.append(tuple(reversed((run_all(b, cwd), run_all(a, cwd)))))
    pairs = pairs[warmup:]
    ratio = lambda i: round(statistics.median(pb[i] / max(pa[i], 1e-3) for pa, pb in pairs), 1)
    return medians([p[0] for p in pairs], runs), medians([p[1] for p in pairs], runs), ratio(0), ratio(1)


def floor(work, floor_tool):
    """libyaml event parse of the manuscript's YAML, and deflate of the output's uncompressed bytes."""
    files = sorted(str(p) for p in (work / "Manuscript").rglob("*.yaml"))
    parse = measure([[floor_tool] + files], work, runs=3)["cpu_s"]
    contents = []
    for archive in sorted((work / "Output").glob("*")):
        if archive.suffix in (".epub", ".docx"):
            with zipfile.ZipFile(archive) as z:
                contents += [z.read(info) for info in z.infolist()]
    timings = []
    for _ in range(3):
        start = time.process_time()
        for data in contents:
            zlib.compress(data, 6)
        timings.append(time.process_time() - start)
    deflate = statistics.median(timings)
    return {"yaml_parse_s": round(parse, 4), "deflate_s": round(deflate, 4), "total_s": round(parse + deflate, 4),
            "output_bytes": sum(map(len, contents))}


def stage_seconds(stderr, name):
    """A step's seconds from `assemble build --timings`."""
    for line in stderr.splitlines():
        if m := re.match(rf"\s*{re.escape(name)}\s+([0-9.]+)\s*s", line):
            return float(m.group(1))
        if m := re.match(rf"\s*([0-9.]+)\s*s\s+{re.escape(name)}\b", line):
            return float(m.group(1))
    return None


def assemble_command():
    # EPUB and DOCX only, as pandoc makes them: with LibreOffice installed the PDFs would take most of
    # the time, and none of it is assemble's.
    return [str(ASSEMBLE), "build", "Manuscript", "--output", "Output", "--no-pdf"]


def pandoc_commands(pandoc):
    return [[pandoc, f"{volume}.md", "-o", f"{volume}.{ext}"] for volume in ["vision", "appendix"] for ext in ["epub", "docx"]]


def size_row(label, work, written, terms, pandoc, floor_tool, runs):
    row = {"series": label[0], "case": label[1], "yaml_bytes": written, "terms_added": terms,
           "measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "commit": COMMIT}
    if pandoc:
        row["assemble"], row["pandoc"], row["ratio_cpu"], row["ratio_wall"] = measure_paired(
            [assemble_command()], pandoc_commands(pandoc), work, runs)
        # The ratio of the medians, for comparison: it can differ from the paired one by a tenth.
        row["ratio_of_medians_cpu"] = round(row["pandoc"]["cpu_s"] / max(row["assemble"]["cpu_s"], 1e-3), 1)
    else:
        row["assemble"] = measure([assemble_command()], work, runs)
    summary = work / "Output"
    row["summary_built"] = any("概要" in p.name or "summary" in p.name for p in summary.iterdir())
    row["s_per_mb"] = round(row["assemble"]["wall_s"] / (written / 1048576), 3)
    row["floor"] = floor(work, floor_tool)
    return row


def print_row(row):
    a, p = row["assemble"], row.get("pandoc")
    pandoc_text = (f"{p['cpu_s']:>8.2f} {p['wall_s']:>8.2f} {p['peak_mb']:>6} {row['ratio_cpu']:>6.1f}x {row['ratio_wall']:>6.1f}x"
                   if p else f"{'(no pandoc)':>44}")
    print(f"{row['series'] + ' ' + row['case']:>14} {row['yaml_bytes'] / 1048576:>7.2f} {row['terms_added']:>6} "
          f"{a['cpu_s']:>8.2f} {a['wall_s']:>8.2f} {a['peak_mb']:>6} {pandoc_text} {row['s_per_mb']:>6.2f} "
          f"{row['floor']['total_s']:>6.2f}", flush=True)


def main():
    if not ASSEMBLE.exists():
        sys.exit("build first: swift build -c release --static-swift-stdlib --product assemble")
    series = sys.argv[1:] or ["size", "terms", "linear"]
    only = [a for a in series if a not in ("size", "terms", "linear")]
    if only:
        series = ["size", "terms"]
    pandoc = shutil.which("pandoc")
    pandoc_max = float(os.environ.get("BENCH_PANDOC_MAX_MB", "inf"))
    out = ROOT / "Output/benchmark.json"
    results = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
               "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
               "pandoc": subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.splitlines()[0] if pandoc else None,
               "commit": COMMIT, "ratio": "pandoc ÷ assemble, the median of paired runs", "rows": [], "linearity": []}
    previous = json.loads(out.read_text()) if out.exists() else {}

    def save():
        merged = dict(results)
        kept = [r for r in previous.get("rows", []) if (r["series"], r["case"]) not in {(x["series"], x["case"]) for x in results["rows"]}]
        merged["rows"] = kept + results["rows"]
        merged["linearity"] = results["linearity"] or previous.get("linearity", [])
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps(merged, indent=2, ensure_ascii=False) + "\n")
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="assemble-bench-"))
    try:
        floor_tool = scratch / "yaml-events"
        (scratch / "yaml-events.c").write_text(FLOOR_C)
        subprocess.run(["cc", "-O2", "-o", str(floor_tool), str(scratch / "yaml-events.c"), "-lyaml"], check=True)
        print(f"{results['date']}; {results['machine']}; {results['pandoc']}; medians; ratio = {results['ratio']}")
        print(f"{'case':>14} {'YAML MB':>7} {'terms':>6} {'asm cpu':>8} {'asm wall':>8} {'MB':>6} "
              f"{'pd cpu':>8} {'pd wall':>8} {'MB':>6} {'r cpu':>7} {'r wall':>7} {'s/MB':>6} {'floor':>6}")
        base = sample_bytes()
        cases = []
        if "size" in series:
            cases += [(("size", "sample"), base, 500, 5), (("size", "10x"), base * 10, 500, 5),
                      (("size", "100x"), base * 100, 500, 3), (("size", "10MB"), 10 * 1048576, 500, 3)]
        if "terms" in series:
            cases += [(("terms", f"{t:,}"), base * 10, t, 3 if t > 10000 else 5) for t in (1000, 10000, 50000)]
        if only:
            cases = [c for c in cases if c[0][1] in only]
        for i, (label, target, terms, runs) in enumerate(cases):
            work = scratch / f"case{i}"
            work.mkdir()
            if label[1] == "sample":
                shutil.copytree(SAMPLE, work / "Manuscript")
                written, _ = sample_bytes(), 0
                generate(scratch / f"md{i}", 0, 0)  # the sample's text as Markdown for pandoc
                for md in (scratch / f"md{i}").glob("*.md"):
                    shutil.copy(md, work)
                terms = 0
            else:
                written, _ = generate(work, target, terms)
            row = size_row(label, work, written, terms, pandoc if written / 1048576 <= pandoc_max else None, floor_tool, runs)
            results["rows"].append(row)
            print_row(row)
            save()
            shutil.rmtree(work)
        if "linear" in series and not only:
            print(f"\n{'linearity':>14} {'items':>7} {'stage':>14} {'stage s':>8} {'µs/item':>8} {'wall s':>7}")
            sample_roles = 8 * 4  # roughly the sample's own declarations
            for name, stage, cases in [("sections", "numbering", [dict(sections=2000, small=True), dict(sections=8000, small=True)]),
                                       ("roles", "role-tables", [dict(roles_blocks=sample_roles // 8 * 10), dict(roles_blocks=sample_roles // 8 * 100)])]:
                points = []
                for options in cases:
                    work = scratch / f"{name}{len(points)}"
                    work.mkdir()
                    _, items = generate(work, 0, 0, **options)
                    if name == "roles":
                        items *= 8
                    stage_runs, walls = [], []
                    run_once(assemble_command() + ["--timings"], work)
                    for _ in range(3):
                        _, wall, _, stderr = run_once(assemble_command() + ["--timings"], work, capture=True)
                        stage_runs.append(stage_seconds(stderr, stage) or 0.0)
                        walls.append(wall)
                    point = {"series": name, "items": items, "stage": stage, "stage_s": statistics.median(stage_runs),
                             "wall_s": round(statistics.median(walls), 3)}
                    point["us_per_item"] = round(point["stage_s"] / items * 1e6, 2)
                    points.append(point)
                    print(f"{name:>14} {items:>7} {stage:>14} {point['stage_s']:>8.3f} {point['us_per_item']:>8.2f} {point['wall_s']:>7.2f}", flush=True)
                    shutil.rmtree(work)
                growth = points[1]["us_per_item"] / max(points[0]["us_per_item"], 1e-9)
                results["linearity"].append({"series": name, "points": points, "per_item_growth": round(growth, 2)})
                print(f"{'':>14} per-item time grows {growth:.2f}x over {points[1]['items'] // points[0]['items']}x the items")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    save()
    print(f"results written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
