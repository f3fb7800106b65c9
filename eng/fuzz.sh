#!/usr/bin/env bash
# Fuzzes one entry point of the library with afl-fuzz (AFL++, Debian package `afl++`) through SharpFuzz.
#   bash eng/fuzz.sh TARGET MINUTES      TARGET: read | validate | stream | schema
# Seeds: the bundled examples (valid and invalid). Findings go to artifacts/fuzz/TARGET/; each crashing
# or hanging input is listed at the end — keep it as a test case (tests/.../Fixtures/fuzz/).
set -euo pipefail
target=${1:?usage: eng/fuzz.sh read|validate|stream|schema MINUTES}
minutes=${2:?usage: eng/fuzz.sh TARGET MINUTES}
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/artifacts/fuzz"
command -v afl-fuzz >/dev/null || { echo "afl-fuzz is required (Debian/Ubuntu: apt-get install afl++)" >&2; exit 1; }

# SharpFuzz's instrumentation tool, pinned, installed beside the build output.
tools="$out/tools"
[ -x "$tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null

bin="$out/bin"
rm -rf "$bin"
dotnet publish "$root/fuzz/GovDisclosure.Model.Fuzz" -c Release -o "$bin" >/dev/null
"$tools/sharpfuzz" "$bin/GovDisclosure.Model.dll"

seeds="$out/seeds"
rm -rf "$seeds"; mkdir -p "$seeds"
cp "$root"/schema/examples/*.json "$root"/schema/examples/invalid/*.json "$seeds"/
printf '{"formatVersion":"2021"}' > "$seeds/minimal.json"

findings="$out/$target"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
# -t: ms per input (the runtime is warm after the fork server starts); -m none: the CLR reserves much address space.
afl-fuzz -i "$seeds" -o "$findings" -t 5000 -m none -V $((minutes * 60)) -- dotnet "$bin/GovDisclosure.Model.Fuzz.dll" "$target" || true

echo "afl-fuzz finished: $(grep -h 'execs_done' "$findings"/default/fuzzer_stats 2>/dev/null | tr -s ' ')"
crashes=$(find "$findings" -path '*/crashes/id:*' -o -path '*/hangs/id:*' 2>/dev/null | sort)
if [ -n "$crashes" ]; then
  echo "inputs that crashed or hung:"; echo "$crashes"; exit 1
fi
echo "no crashes or hangs"
