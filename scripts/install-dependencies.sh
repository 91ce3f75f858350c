#!/usr/bin/env bash
# Installs the Debian packages the project needs: the C libraries it links (libyaml, libzip,
# libqrencode) and the tools its tests use to check outputs as readers would (epubcheck, python3-docx,
# LibreOffice, poppler, a QR reader, Japanese fonts). Safe to run again; apt skips what is already installed.
set -euo pipefail

packages=(
  pkg-config libyaml-dev libzip-dev          # linked by the build
  libqrencode-dev                            # QR codes for the related-plans table
  epubcheck default-jre-headless             # EPUB validation
  python3-docx python3-regex                 # DOCX checks; grapheme oracle for character counts
  libreoffice-writer fonts-noto-cjk          # DOCX → PDF with Japanese glyphs
  poppler-utils unzip                        # pdftotext, pdfinfo, pdftoppm; zip inspection
  zbar-tools                                 # zbarimg: reads the QR codes back in the release test
  time                                       # GNU time: peak memory of hostile-input runs
  pandoc                                     # the benchmark's comparison (scripts/benchmark.sh)
  chromium                                   # headless: the brevity report's DOM and printed A4 pages
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
