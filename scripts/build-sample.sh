#!/usr/bin/env bash
# One command for a fresh Debian machine: install what is needed, build `assemble`, and build the
# sample manuscript into Output/: each volume as EPUB, DOCX and PDF, and the brevity report.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
swift build -c release --product assemble
.build/release/assemble build Manuscript --output Output
