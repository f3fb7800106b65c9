#!/usr/bin/env bash
# Bulk validation, side by side in one run: `govdisclosure validate` (every consistency rule, all cores)
# over N report files vs Node read + JSON.parse + Ajv (structure only, one core) over the same files.
#   bash benchmarks/bulk/run.sh [COUNTS...]     (default: 1 2000 4000)
# Needs: a Release build of the CLI (dotnet build src/GovDisclosure.Cli -c Release) and tests/ajv installed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cli="$root/src/GovDisclosure.Cli/bin/Release/net8.0/govdisclosure.dll"
[ -f "$cli" ] || { echo "build the CLI first: dotnet build src/GovDisclosure.Cli -c Release" >&2; exit 1; }
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
