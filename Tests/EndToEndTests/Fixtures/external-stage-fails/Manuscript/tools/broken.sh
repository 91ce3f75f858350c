#!/bin/sh
echo 'glossary.csv: no such file' >&2
exit 2
