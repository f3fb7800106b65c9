#!/usr/bin/env bash
# Bulk validation, side by side in one run: `govdisclosure validate` (every consistency rule, all cores)
# over N report files vs Node read + JSON.parse + Ajv (structure only, one core) over the same files.
#   bash benchmarks/bulk/run.sh [COUNTS...]     (default: 1 2000 4000)
# The CLI measured is the tool as its package for this platform holds it: published for this machine's
# runtime identifier with ReadyToRun code (into artifacts/bench/cli; CLI=path/to/govdisclosure.dll measures
# another build). Needs tests/ajv installed (done here when missing).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cli=${CLI:-}
if [ -z "$cli" ]; then
  rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
  dotnet publish "$root/src/GovDisclosure.Cli" -c Release -r "$rid" -o "$root/artifacts/bench/cli" >/dev/null
  cli="$root/artifacts/bench/cli/govdisclosure.dll"
fi
[ -f "$cli" ] || { echo "no CLI at $cli" >&2; exit 1; }
[ -d "$root/tests/ajv/node_modules" ] || npm ci --prefix "$root/tests/ajv" --no-audit --no-fund >/dev/null
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(1 2000 4000)

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
sources=("$root"/schema/examples/tonggu-county-2021.json "$root"/tests/GovDisclosure.Model.Tests/Fixtures/reports/*-20??.json)
max=0; for n in "${counts[@]}"; do [ "$n" -gt "$max" ] && max=$n; done
for ((i = 0; i < max; i++)); do cp "${sources[i % ${#sources[@]}]}" "$work/$i.json"; done

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc; }
echo "| files | govdisclosure validate (s) | node + JSON.parse + Ajv (s) | CLI reports/s | Node reports/s | ratio |"
echo "|---:|---:|---:|---:|---:|---:|"
for n in "${counts[@]}"; do
  files=(); for ((i = 0; i < n; i++)); do files+=("$work/$i.json"); done
  c=$(seconds dotnet "$cli" validate --format jsonl "${files[@]}")
  j=$(seconds node "$root/benchmarks/bulk/node-ajv.mjs" "${files[@]}")
  printf '| %d | %.2f | %.2f | %.0f | %.0f | %.2f |\n' "$n" "$c" "$j" "$(echo "$n / $c" | bc -l)" "$(echo "$n / $j" | bc -l)" "$(echo "$j / $c" | bc -l)"
done
