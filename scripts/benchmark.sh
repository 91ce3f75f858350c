#!/usr/bin/env bash
# Benchmark command (not a test): release build, then synthetic manuscripts with every stage at work
# (the sample's sections plus generated ones), built by assemble and, for comparison, by pandoc.
# Series: size (sample, 10x, 100x, ~10 MB; glossary fixed), terms (1,000/10,000/50,000 terms at
# 10x), linear (2,000 vs 8,000 sections; 10x vs 100x roles). Medians of CPU and wall time after a
# warm-up, peak memory, the ratio pandoc ÷ assemble, s/MB and the floor (libyaml event parse +
# deflate of the same bytes). Needs pandoc, a C compiler and libyaml-dev; writes Output/benchmark.json.
#   scripts/benchmark.sh [size] [terms] [linear]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pandoc >/dev/null || echo "note: pandoc is not installed (apt-get install pandoc); only assemble is timed"
swift build -c release --static-swift-stdlib --product assemble  # as scripts/build-sample.sh builds it
/usr/bin/python3 scripts/benchmark.py "$@"
