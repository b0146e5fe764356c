#!/usr/bin/env bash
# The `dataset` tool's figures on the bundled dataset: the time `to-xlsx` and `to-json` take
# (the median of 9 runs each, the release build, the process's whole run) and the xlsx file's
# size. Run from the repository: tools/dataset-figures.sh
set -euo pipefail
cargo build --release --quiet --bin dataset
bin="${CARGO_TARGET_DIR:-target}/release/dataset"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
median_ms() {
  local times=()
  for _ in 1 2 3 4 5 6 7 8 9; do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 5p | awk '{ printf "%.1f ms", $1 / 1000 }'
}
json=data/tangsel-paradiplomacy.json
echo "to-xlsx $json: $(median_ms "$bin" to-xlsx "$json" -o "$out/d.xlsx")"
echo "to-json (xlsx, read and validated): $(median_ms "$bin" to-json "$out/d.xlsx" -o "$out/d.json")"
echo "check (xlsx): $(median_ms "$bin" check "$out/d.xlsx")"
echo "xlsx size: $(stat -c %s "$out/d.xlsx") bytes (the JSON: $(stat -c %s "$json") bytes)"
echo "the tool's binary: $(stat -c %s "$bin") bytes"
