#!/usr/bin/env bash
# Benchmark command (not a test): release build, then synthetic manuscripts of 1x, 10x and 100x the
# sample and ~10 MB with 5,000 glossary terms, each built by assemble and, for comparison, by pandoc.
#   scripts/benchmark.sh [1x 10x 100x 10MB]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pandoc >/dev/null || echo "note: pandoc is not installed (apt-get install pandoc); only assemble is timed"
swift build -c release --product assemble
/usr/bin/python3 scripts/benchmark.py "$@"
