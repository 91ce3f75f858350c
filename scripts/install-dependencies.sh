#!/usr/bin/env bash
# Installs the Debian packages the project needs: the C libraries it links (libyaml, libzip,
# libqrencode, jemalloc) and the tools its tests use to check outputs as readers would (epubcheck, python3-docx,
# LibreOffice with unoserver, poppler, a QR reader, Japanese fonts). Safe to run again; apt and pip skip
# what is already installed.
set -euo pipefail

packages=(
  pkg-config libyaml-dev libzip-dev          # linked by the build
  libqrencode-dev                            # QR codes for the related-plans table
  libjemalloc-dev                            # the allocator assemble links in place of glibc's malloc
  epubcheck default-jre-headless             # EPUB validation
  python3-docx python3-regex                 # DOCX checks; grapheme oracle for character counts
  libreoffice-writer python3-uno             # DOCX → PDF; unoserver drives one LibreOffice per run
  fonts-morisawa-bizud-mincho                # BIZ UD明朝: body text of the DOCX and PDF volumes
  fonts-morisawa-bizud-gothic                # BIZ UDゴシック: headings and tables
  fonts-noto-cjk                             # fallback for characters the BIZ UD fonts lack
  python3-pip                                # installs unoserver below
  poppler-utils unzip                        # pdftotext, pdfinfo, pdftoppm; zip inspection
  zbar-tools                                 # zbarimg: reads the QR codes back in the release test
  time                                       # GNU time: peak memory of hostile-input runs
  pandoc                                     # the benchmark's comparison (scripts/benchmark.sh)
  chromium                                   # headless: the brevity report's DOM and printed A4 pages
  chromium-driver python3-selenium           # axe-core checks of the web edition and the EPUB pages (scripts/axe-check.py),
                                             # and the preview's end-to-end test in a browser
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# unoserver keeps one LibreOffice open for all the PDFs of a run. It must run under the Python that
# has Debian's uno module (python3-uno), so it goes into the system Python.
if ! /usr/bin/python3 -c 'import unoserver' 2>/dev/null || ! command -v unoconvert >/dev/null; then
  echo "Installing: unoserver (pip)"
  $sudo /usr/bin/python3 -m pip install --quiet --break-system-packages unoserver
fi

# axe-core 4.12.1, the accessibility engine scripts/axe-check.py injects into Chromium: its axe.min.js
# ships in the axe-playwright-python wheel (Debian has no axe-core). Only the script is taken from it.
axe_cache="${AXE_CORE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/assemble/axe-core-4.12.1}"
if [ ! -s "$axe_cache/axe.min.js" ]; then
  echo "Downloading: axe-core 4.12.1 (axe-playwright-python 0.1.8 wheel)"
  wheel_dir="$(mktemp -d)"
  /usr/bin/python3 -m pip download --quiet --no-deps --only-binary=:all: --dest "$wheel_dir" axe-playwright-python==0.1.8
  mkdir -p "$axe_cache"
  unzip -p "$wheel_dir"/axe_playwright_python-0.1.8-*.whl 'axe_playwright_python/axe.min.js' > "$axe_cache/axe.min.js.part"
  grep -q 'axe v4.12.1' "$axe_cache/axe.min.js.part" || { echo "axe.min.js is not axe-core 4.12.1" >&2; exit 1; }
  mv "$axe_cache/axe.min.js.part" "$axe_cache/axe.min.js"
  rm -rf "$wheel_dir"
fi
