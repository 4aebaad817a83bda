#!/usr/bin/env bash
# Coverage-guided fuzzing of FactFileParser.Parse + FactSetValidator.Validate with AFL++ and SharpFuzz (docs/fuzzing.md).
#
#   tests/FactModel.Fuzz/fuzz.sh [--seconds N] [--timeout MS] [--out DIR] [--resume]
#
#   --seconds N    how long afl-fuzz runs (default 60: the short run of CI; docs/fuzzing.md has the long run)
#   --timeout MS   afl-fuzz's time limit for one input (default 2000); an input over it is a hang
#   --out DIR      where the tool, the builds and AFL's findings go (default tests/FactModel.Fuzz/out)
#   --resume       continue the last campaign in DIR (afl-fuzz -i -) instead of starting anew from the corpus
#
# Makes everything it needs on a Debian machine that has only the .NET SDK: afl++ (apt-get, as root), the SharpFuzz
# command-line tool (dotnet tool install, into DIR/tools), the harness (dotnet publish, instrumented with sharpfuzz).
#
# Exit codes: 0 no crash; 1 a crash (each crashing input is listed, with the command that replays it);
#             2 wrong arguments, or the harness did not build; 3 infrastructure: afl++ or SharpFuzz could not be
#             installed or restored, or afl-fuzz could not run here (no finding about FactModel either way).
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
seconds=60
timeout_ms=2000
out="$here/out"
resume=false
sharpfuzz_version=2.3.0

usage() { sed -n '3,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit "${1:-2}"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) [ $# -ge 2 ] || usage; seconds=$2; shift 2 ;;
    --timeout) [ $# -ge 2 ] || usage; timeout_ms=$2; shift 2 ;;
    --out) [ $# -ge 2 ] || usage; out=$2; shift 2 ;;
    --resume) resume=true; shift ;;
    -h|--help) usage 0 ;;
    *) echo "fuzz.sh: unknown argument '$1'" >&2; usage ;;
  esac
done
[[ "$seconds" =~ ^[0-9]+$ ]] && [ "$seconds" -gt 0 ] || { echo "fuzz.sh: --seconds takes a positive number" >&2; exit 2; }
[[ "$timeout_ms" =~ ^[0-9]+$ ]] || { echo "fuzz.sh: --timeout takes a number of milliseconds" >&2; exit 2; }
mkdir -p "$out" && out=$(cd "$out" && pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
infrastructure() { echo "fuzz.sh: INFRASTRUCTURE: $*" >&2; echo "fuzz.sh: no fuzzing was done; exit code 3 (not a finding about FactModel)" >&2; exit 3; }
step() { echo "== $*"; }

# 1. afl++ from Debian's packages.
if ! command -v afl-fuzz >/dev/null 2>&1; then
  step "installing afl++ (apt-get)"
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    infrastructure "afl-fuzz is not installed, and this is not a root Debian shell that could apt-get install afl++"
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >"$out/apt.log" 2>&1 && apt-get install -y --no-install-recommends afl++ >>"$out/apt.log" 2>&1 \
    || { tail -20 "$out/apt.log" >&2; infrastructure "apt-get install afl++ failed (log: $out/apt.log)"; }
  command -v afl-fuzz >/dev/null 2>&1 || infrastructure "afl++ is installed but afl-fuzz is not on PATH"
fi
echo "afl-fuzz: $(command -v afl-fuzz) ($(dpkg-query -W -f='${Version}' afl++ 2>/dev/null || echo 'version unknown'))"

# 2. The SharpFuzz command-line tool, in a tool path of our own (never global).
tools="$out/tools"
if ! [ -x "$tools/sharpfuzz" ] || ! dotnet tool list --tool-path "$tools" 2>/dev/null | grep -qi "sharpfuzz.commandline *$sharpfuzz_version"; then
  step "installing SharpFuzz.CommandLine $sharpfuzz_version into $tools"
  rm -rf "$tools"
  dotnet tool install SharpFuzz.CommandLine --version "$sharpfuzz_version" --tool-path "$tools" >"$out/tool.log" 2>&1 \
    || { tail -20 "$out/tool.log" >&2; infrastructure "dotnet tool install SharpFuzz.CommandLine $sharpfuzz_version failed (log: $out/tool.log)"; }
fi

# 3. The harness, published twice: as it is (to replay inputs) and instrumented (for AFL).
step "building the harness"
dotnet restore "$here/FactModel.Fuzz.csproj" >"$out/build.log" 2>&1 \
  || { tail -20 "$out/build.log" >&2; infrastructure "dotnet restore of the harness failed: are the SharpFuzz packages reachable? (log: $out/build.log)"; }
rm -rf "$out/publish" "$out/replay"
dotnet publish "$here/FactModel.Fuzz.csproj" -c Release --no-restore -o "$out/publish" >>"$out/build.log" 2>&1 \
  || { tail -30 "$out/build.log" >&2; echo "fuzz.sh: the harness did not build (log: $out/build.log)" >&2; exit 2; }
cp -r "$out/publish" "$out/replay"
replay="dotnet $out/replay/FactModel.Fuzz.dll --replay"

for dll in FactModel.Core.dll FactModel.dll YamlDotNet.dll; do
  "$tools/sharpfuzz" "$out/publish/$dll" >"$out/instrument.log" 2>&1
  code=$?
  # The tool has exited 0 on some failures: check that the assembly now references SharpFuzz.Common.
  if [ "$code" -ne 0 ] || ! grep -q "SharpFuzz.Common" "$out/publish/$dll"; then
    cat "$out/instrument.log" >&2
    infrastructure "sharpfuzz could not instrument $dll"
  fi
done
echo "instrumented: FactModel.Core.dll FactModel.dll YamlDotNet.dll"

# 4. The seeds must pass before AFL sees them (afl-fuzz stops at a seed that crashes, with less to say).
step "replaying the seed corpus"
if ! $replay "$here/corpus"; then
  echo "fuzz.sh: a seed of $here/corpus crashes the harness: that is a bug (see above); replay with: $replay <file>" >&2
  exit 1
fi

# 5. afl-fuzz, one instance (the machine is shared), for the given time.
findings="$out/findings"
input=(-i "$here/corpus")
if $resume && [ -d "$findings/default/queue" ]; then
  input=(-i -)
else
  rm -rf "$findings"
fi
step "afl-fuzz for $seconds s (log: $out/afl.log)"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
# The first run of a new .NET process (runtime start, JIT) is slow: give the fork server time to come up.
export AFL_FORKSRV_INIT_TMOUT=${AFL_FORKSRV_INIT_TMOUT:-60000}
start=$(date +%s)
# -V ends the campaign; timeout only guards against an afl-fuzz that does not stop.
timeout --kill-after=30 $((seconds + 600)) afl-fuzz "${input[@]}" -o "$findings" -x "$here/yaml.dict" -t "$timeout_ms" -m none \
  -V "$seconds" -- dotnet "$out/publish/FactModel.Fuzz.dll" >"$out/afl.log" 2>&1
afl_status=$?
elapsed=$(( $(date +%s) - start ))

stats="$findings/default/fuzzer_stats"
if ! [ -f "$stats" ]; then
  tail -40 "$out/afl.log" >&2
  infrastructure "afl-fuzz did not start (exit code $afl_status; log: $out/afl.log)"
fi

# 6. The report. fuzzer_stats names changed across AFL++ versions: take whichever is there.
stat() { for key in "$@"; do v=$(sed -n "s/^$key *: *//p" "$stats" | head -1); [ -n "$v" ] && { echo "$v"; return; }; done; echo "?"; }
execs=$(stat execs_done)
crashes=$(stat saved_crashes unique_crashes)
hangs=$(stat saved_hangs unique_hangs)
echo
echo "afl-fuzz ran ${elapsed} s (exit code $afl_status)"
echo "  executions:     $execs ($(stat execs_per_sec) per second at the end; $(awk -v e="$execs" -v s="$elapsed" 'BEGIN { if (s > 0 && e ~ /^[0-9]+$/) printf "%.0f", e / s; else print "?" }') on average)"
echo "  paths (corpus): $(stat corpus_count paths_total) ($(stat corpus_found paths_found) found by this run)"
echo "  coverage:       $(stat bitmap_cvg) of the map; stability $(stat stability)"
echo "  crashes:        $crashes"
echo "  hangs:          $hangs (over $timeout_ms ms)"
echo "  findings:       $findings/default"

crash_files=()
while IFS= read -r -d '' f; do crash_files+=("$f"); done < <(find "$findings/default/crashes" -type f -name 'id:*' -print0 2>/dev/null | sort -z)
hang_files=()
while IFS= read -r -d '' f; do hang_files+=("$f"); done < <(find "$findings/default/hangs" -type f -name 'id:*' -print0 2>/dev/null | sort -z)

if [ ${#hang_files[@]} -gt 0 ]; then
  echo
  echo "Hangs (an input over $timeout_ms ms once; on a loaded machine maybe not again): replay each to time it:"
  for f in "${hang_files[@]}"; do echo "  $replay '$f'"; done
fi

if [ ${#crash_files[@]} -gt 0 ]; then
  echo
  echo "CRASHES: ${#crash_files[@]} inputs made the harness throw or die:"
  for f in "${crash_files[@]}"; do echo "  $f"; done
  echo
  echo "Replaying them without AFL (the stack of each; a stack overflow ends the replay at the input that caused it):"
  $replay "$findings/default/crashes" --verbose || true
  echo
  echo "Replay one with:  $replay '<file>'"
  echo "Then copy it into tests/FactModel.Generator.Tests/Inputs/Fuzz/ as a regression test (docs/fuzzing.md)."
  exit 1
fi
echo
echo "No crash."
exit 0
