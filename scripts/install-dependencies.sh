#!/usr/bin/env bash
# Installs the Debian packages the project needs: the C libraries it links (libyaml, libzip,
# libqrencode) and the tools its tests use to check outputs as readers would (epubcheck, python3-docx,
# LibreOffice with unoserver, poppler, a QR reader, Japanese fonts). Safe to run again; apt and pip skip
# what is already installed.
set -euo pipefail

packages=(
  pkg-config libyaml-dev libzip-dev          # linked by the build
  libqrencode-dev                            # QR codes for the related-plans table
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
  chromium-driver python3-selenium           # the preview's end-to-end test drives a browser
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
