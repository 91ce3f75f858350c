#!/usr/bin/env bash
# Fuzzes the YAML loader, the section reader and the external-stage answer decoder with libFuzzer for a fixed time (default 60 s), starting
# from the sample manuscript and the hostile fixtures. Exits non-zero if the fuzzer finds a crash.
#   scripts/fuzz.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
ASSEMBLE_FUZZ=1 swift build -c release --sanitize=fuzzer --product fuzz-manuscript --scratch-path .build-fuzz
corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
find Manuscript Tests/EndToEndTests/Fixtures -name '*.yaml' -exec cp --backup=numbered -t "$corpus" {} +
cp Tests/FuzzSeeds/*.json "$corpus"/
mkdir -p .build-fuzz/artifacts
.build-fuzz/release/fuzz-manuscript "$corpus" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
  -timeout=10 -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1
