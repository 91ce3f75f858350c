#!/usr/bin/env bash
# Fuzzes the YAML loader, the section reader and the external-stage answer reader with libFuzzer for a fixed time (default 60 s), starting
# from the sample manuscript, the fixtures and Tests/FuzzSeeds (stage answers). The corpus it grows is kept in .build-fuzz/corpus for
# the next run; crashes go to .build-fuzz/artifacts. Exits non-zero if the fuzzer finds a crash.
#   scripts/fuzz.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
ASSEMBLE_FUZZ=1 swift build -c release --sanitize=fuzzer --product fuzz-manuscript --scratch-path .build-fuzz
seeds="$(mktemp -d)"
trap 'rm -rf "$seeds"' EXIT
find Manuscript Tests/EndToEndTests/Fixtures -name '*.yaml' -exec cp --backup=numbered -t "$seeds" {} +
cp Tests/FuzzSeeds/* "$seeds"/
mkdir -p .build-fuzz/artifacts .build-fuzz/corpus
# New inputs go into the first folder; the seeds are read each run.
.build-fuzz/release/fuzz-manuscript .build-fuzz/corpus "$seeds" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
  -timeout=10 -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1
