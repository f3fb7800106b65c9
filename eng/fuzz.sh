#!/usr/bin/env bash
# Fuzzes one entry point of the library with afl-fuzz (AFL++, Debian package `afl++`) through SharpFuzz.
#   bash eng/fuzz.sh TARGET MINUTES
#   TARGET: read | validate | stream | schema                 (the JSON entry points)
#           published | html | pdf | docx | text             (reading published documents)
# Seeds: the bundled examples (valid and invalid) for the JSON targets; for the document targets, made by
# fuzz/seeds.py from real published reports ($FUZZ_REPORTS, else ../shared/reports beside the repository
# when it is there, else the documents tests' fixtures). Findings go to artifacts/fuzz/TARGET/ (an earlier
# run's are moved aside); each crashing or hanging input is listed at the end — keep it as a test case
# (tests/.../Fixtures/fuzz/). afl-fuzz runs at low priority (nice ${FUZZ_NICE:-15}) so that other work on
# the machine keeps going. Not run by CI.
set -euo pipefail
usage="usage: eng/fuzz.sh read|validate|stream|schema|published|html|pdf|docx|text MINUTES"
target=${1:?$usage}
minutes=${2:?$usage}
case "$target" in
  read|validate|stream|schema) documents=false ;;
  published|html|pdf|docx|text) documents=true ;;
  *) echo "$usage" >&2; exit 2 ;;
esac
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/artifacts/fuzz"
command -v afl-fuzz >/dev/null || { echo "afl-fuzz is required (Debian/Ubuntu: apt-get install afl++)" >&2; exit 1; }

# SharpFuzz's instrumentation tool, pinned, installed beside the build output.
tools="$out/tools"
[ -x "$tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null

# One build per target, so that runs of different targets can go on side by side.
bin="$out/bin/$target"
rm -rf "$bin"
dotnet publish "$root/fuzz/GovDisclosure.Model.Fuzz" -c Release -o "$bin" >/dev/null
"$tools/sharpfuzz" "$bin/GovDisclosure.Model.dll"
"$tools/sharpfuzz" "$bin/GovDisclosure.Model.Documents.dll"
# The parsers the document readers stand on are instrumented too, so that afl-fuzz is guided through them as well:
# PdfPig for PDFs, AngleSharp for web pages (both for `published`).
case "$target" in
  pdf) third=("$bin"/UglyToad.PdfPig*.dll) ;;
  html) third=("$bin"/AngleSharp.dll) ;;
  published) third=("$bin"/UglyToad.PdfPig*.dll "$bin"/AngleSharp.dll) ;;
  *) third=() ;;
esac
for dll in "${third[@]}"; do "$tools/sharpfuzz" "$dll"; done

seeds="$out/seeds/$target"
dictionary=()
rm -rf "$seeds"; mkdir -p "$seeds"
if $documents; then
  reports=${FUZZ_REPORTS:-}
  if [ -z "$reports" ]; then
    reports="$root/../shared/reports"
    [ -d "$reports" ] || reports="$root/tests/GovDisclosure.Model.Documents.Tests/Fixtures/reports"
  fi
  mkdir -p "$out/dict"
  python3 "$root/fuzz/seeds.py" "$target" "$reports" "$seeds" "$out/dict/$target.dict"
  dictionary=(-x "$out/dict/$target.dict")
else
  cp "$root"/schema/examples/*.json "$root"/schema/examples/invalid/*.json "$seeds"/
  printf '{"formatVersion":"2021"}' > "$seeds/minimal.json"
fi

findings="$out/$target"
if [ -e "$findings" ]; then
  mv "$findings" "$findings.$(date -u +%Y%m%dT%H%M%SZ)"
fi
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
# -t: ms per input (the runtime is warm after the fork server starts); -m none: the CLR reserves much address space.
nice -n "${FUZZ_NICE:-15}" afl-fuzz -i "$seeds" -o "$findings" -t 5000 -m none -V $((minutes * 60)) "${dictionary[@]}" -- dotnet "$bin/GovDisclosure.Model.Fuzz.dll" "$target" || true

echo "afl-fuzz finished: $(grep -h 'execs_done' "$findings"/default/fuzzer_stats 2>/dev/null | tr -s ' ')"
crashes=$(find "$findings" -path '*/crashes/id:*' -o -path '*/hangs/id:*' 2>/dev/null | sort)
if [ -n "$crashes" ]; then
  echo "inputs that crashed or hung:"; echo "$crashes"; exit 1
fi
echo "no crashes or hangs"
