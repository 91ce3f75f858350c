#!/usr/bin/env bash
# Runs every test: unit, stage examples, writers, and end-to-end runs of the CLI, which check the
# sample's outputs with epubcheck, python3-docx and LibreOffice (install them first with
# scripts/install-dependencies.sh; CI fails where one is missing, a local run skips with a note).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests
swift test --skip-build
