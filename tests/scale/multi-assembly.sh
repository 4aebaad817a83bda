#!/usr/bin/env bash
# A fact base split over assemblies, at scale: one shared library of actors and places, nine topic libraries of events
# and figures that refer to it, and an app that references every topic (docs/performance.md, "Fact bases across
# assemblies"). Writes the layout (multi_assembly_layout.py), then measures with the repository's generator built in
# Release:
#   1. restore;
#   2. a cold `dotnet build -m` of the app (every library compiles), its wall time and the peak memory of each process
#      (sample_rss.py, every second; and /usr/bin/time -v);
#   3. the app's run: every fact of the eleven assemblies built on first access;
#   4. a build with nothing changed;
#   5. a one-value edit in one topic library, built again: which projects ran the compiler (CoreCompile) and which
#      skipped it, from the build's own log.
#
#   tests/scale/multi-assembly.sh [FACTS] [OUT] [incremental]
#
# FACTS: 500000 by default, split evenly over Shared and the topics. OUT: /tmp/factmodel-scale-FACTS by default.
# "incremental" reuses the layout a previous run built in OUT and measures steps 4 and 5 only.
#
# Long: run it in the background (nohup ... &) and read OUT/results/summary.txt. The compiler runs in its own process
# per project (UseSharedCompilation=false), so that each one's memory is its own and no compiler server of the machine
# is used or left behind; MSBuild nodes are not reused. Linux only (/proc, /usr/bin/time).
set -euo pipefail

facts=${1:-500000}
out=${2:-/tmp/factmodel-scale-$facts}
mode=${3:-all}
topics=9
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
results=$out/results
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_UI_LANGUAGE=en MSBUILDTERMINALLOGGER=off
build=(dotnet build App/App.csproj -c Release -m --no-restore -nodeReuse:false -p:UseSharedCompilation=false -v:n)

log() { echo "[$(date +%T)] $*" | tee -a "$results/summary.txt"; }
now() { date +%s.%N; }
seconds() { python3 -c "print(f'{$2 - $1:.1f}')"; }

if [ "$mode" != incremental ]; then
  rm -rf "$out"
  mkdir -p "$out"
  python3 "$here/multi_assembly_layout.py" "$out" "$facts" "$topics" "$repo/src" > "$out/layout.txt"
fi
mkdir -p "$results"
log "layout: $(cat "$out/layout.txt")"
log "YAML: $(du -sb "$out"/*/facts | awk '{s += $1} END {printf "%.1f", s / 1048576}') MiB in $(find "$out" -name '*.yaml' | wc -l) files; machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
log "build: ${build[*]}"

# The runtime library and the generator, in Release, before anything is timed.
dotnet build "$repo/src/FactModel/FactModel.csproj" -c Release -nodeReuse:false -v:q > "$results/src-build.log" 2>&1
dotnet build "$repo/src/FactModel.Generator/FactModel.Generator.csproj" -c Release -nodeReuse:false -v:q >> "$results/src-build.log" 2>&1

cd "$out"
if [ "$mode" != incremental ]; then
  start=$(now)
  dotnet restore App/App.csproj -nodeReuse:false > "$results/restore.log" 2>&1
  log "restore: $(seconds "$start" "$(now)") s"
fi

# One measured build: wall time, exit code, the peak memory of every process of the build, and which projects compiled.
measure() {
  local name=$1
  local start status=0
  log "$name: starting (load $(cut -d' ' -f1-3 /proc/loadavg))"
  start=$(now)
  /usr/bin/time -v -o "$results/$name.time" "${build[@]}" > "$results/$name.log" 2>&1 &
  local pid=$!
  python3 "$here/sample_rss.py" "$pid" "$results/$name.memory" 1 &
  local sampler=$!
  wait "$pid" || status=$?
  local wall
  wall=$(seconds "$start" "$(now)")
  wait "$sampler" || true
  log "$name: exit $status, wall $wall s, $(grep -E 'Warning\(s\)|Error\(s\)' "$results/$name.log" | tr -s ' ' | paste -sd, -), load after $(cut -d' ' -f1-3 /proc/loadavg)"
  log "$name: max RSS of one process (/usr/bin/time): $(awk -F': ' '/Maximum resident/ {printf "%.2f GiB", $2 / 1048576}' "$results/$name.time"), user $(awk -F': ' '/User time/ {print $2}' "$results/$name.time") s, system $(awk -F': ' '/System time/ {print $2}' "$results/$name.time") s"
  sed 's/^/    /' "$results/$name.memory" | tee -a "$results/summary.txt"
  python3 "$here/compiled_projects.py" "$results/$name.log" | sed 's/^/    /' | tee -a "$results/summary.txt"
  grep -E "(warning|error) (FM|CS)[0-9]{4}" "$results/$name.log" | sort -u | head -20 | tee -a "$results/summary.txt" || true
  return "$status"
}

if [ "$mode" != incremental ]; then
  measure cold
  log "app: $(dotnet App/bin/Release/net10.0/App.dll | tee "$results/run.txt" | paste -sd'|' -)"
fi

measure unchanged

# One value in one topic library: the second figure of its first file, one more person.
edited=Topic$(( (topics + 1) / 2 ))
files=("$edited"/facts/*.yaml)
file=${files[0]}
change=$(python3 - "$file" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
m = re.search(r"(  - id: t\d+-figure-0-1\n    measure: [^\n]*\n    value: )(\d+)", text)
open(path, "w", encoding="utf-8", newline="\n").write(text[:m.start(2)] + str(int(m.group(2)) + 1) + text[m.end(2):])
print(f"{path}: value {m.group(2)} -> {int(m.group(2)) + 1}")
PY
)
log "edit: $change"
measure one-value-edit
log "app after the edit: $(dotnet App/bin/Release/net10.0/App.dll | paste -sd'|' -)"
log "done"
