#!/usr/bin/env bash
# One command for a fresh Debian machine: install what is needed, build `assemble`, and build the
# sample manuscript into Output/: each volume as EPUB, DOCX and PDF, and the brevity report.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
# The Swift runtime and Foundation linked in statically: resolving their symbols took a fifth of a
# small build's time (the outputs are the same bytes; the binary is about 95 MB).
swift build -c release --static-swift-stdlib --product assemble
.build/release/assemble build Manuscript --output Output
