#!/bin/sh
# Copies the CPP benchmark's files out of a git clone (bare or not) of kakaobrain/g2pM into a folder
# outside the repository; the data set stays out of git. Usage:
#   sh bench/polyphone/extract-cpp.sh /path/to/g2pM.git /tmp/cpp && export YILAN_CPP_DIR=/tmp/cpp
# train.sent (about 8 MB) is missing from some copies of the repository; the trainer then uses dev only.
set -eu
repo=$1
out=$2
mkdir -p "$out"
for f in train.sent train.lb dev.sent dev.lb test.sent test.lb; do
  if git --git-dir="$repo" cat-file -e "HEAD:data/$f" 2>/dev/null &&
    git --git-dir="$repo" show "HEAD:data/$f" >"$out/$f.part" 2>/dev/null; then
    mv "$out/$f.part" "$out/$f"
  else
    rm -f "$out/$f.part"
    echo "data/$f: not in this copy" >&2
  fi
done
ls -l "$out"
