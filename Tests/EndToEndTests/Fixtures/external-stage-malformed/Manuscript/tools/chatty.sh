#!/bin/sh
cat >/dev/null
echo 'Processing...'
