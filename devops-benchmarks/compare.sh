#!/usr/bin/env bash
# End-to-end comparisons, start-up included, in one run on the same files: runs alternate between the tools,
# and each figure is the median of the runs.
#
#   devops-benchmarks/compare.sh [RUNS]        (default 5 runs; needs ../shared beside the checkout)
#
# Builds nothing: first run `./mvnw -q -B -pl devops-cli,devops-benchmarks -am package -DskipTests`.
# Compares:
#   1. devops check over ../shared/conformance/real-world (every format, every rule) vs secretlint 13.0.6 with the
#      recommended preset (secrets only): the copy ../shared/oracles/setup installs (npm into
#      devops-benchmarks/target/secretlint, same version, when ../shared/oracles is missing);
#   2. devops check on the corpus's workflow files vs actionlint (../shared/oracles/check actionlint);
#   3. devops check vs parsing only (the same files discovered, read and parsed, in process, nothing else;
#      with the JVM flags the launcher uses and a class-data archive trained on the same tree as the launcher's);
#   4. devops check cold start on examples/sample-repo: java -jar devops.jar against the devops launcher
#      (devops-cli/target/devops, which runs the jar with the class-data archive its first check wrote; that first
#      check runs here on the tree `devops init` generates for examples/node-prisma-app, not on a measured tree).
# devops runs through the launcher in 1 and 2 too, as a user runs it.
set -euo pipefail

RUNS="${1:-5}"
HERE="$(cd "$(dirname "$0")" && pwd)"
PROJECT="$(dirname "$HERE")"
SHARED="${DEVOPSKIT_SHARED:-$(cd "$PROJECT/.." && pwd)/shared}"
[ -d "$SHARED/conformance" ] || SHARED="$(cd "$PROJECT/../.." && pwd)/shared"
CORPUS="$SHARED/conformance/real-world"
CLI_JAR="$PROJECT/devops-cli/target/devops.jar"
LAUNCHER="$PROJECT/devops-cli/target/devops"
BENCH_JAR="$HERE/target/benchmarks.jar"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
JAVA="${JAVA:-java}"

for f in "$CLI_JAR" "$LAUNCHER" "$BENCH_JAR"; do
  [ -f "$f" ] || { echo "missing $f: build first (see the header of this script)" >&2; exit 2; }
done
[ -d "$CORPUS" ] || { echo "missing $CORPUS" >&2; exit 2; }

# secretlint 13.0.6 (the current release) with its recommended preset: the copy ../shared/oracles/setup installs,
# or, without ../shared/oracles, the same pinned version installed once with npm into devops-benchmarks/target.
SECRETLINT_VERSION=13.0.6
if [ -x "$SHARED/oracles/setup" ]; then
  SL_DIR="$("$SHARED/oracles/setup")"
else
  SL_DIR="$HERE/target/secretlint"
fi
SECRETLINT="$SL_DIR/node_modules/.bin/secretlint"
if [ ! -x "$SECRETLINT" ]; then
  command -v npm >/dev/null || { echo "npm is needed to install secretlint" >&2; exit 2; }
  echo "installing secretlint $SECRETLINT_VERSION into $SL_DIR ..." >&2
  mkdir -p "$SL_DIR"
  (cd "$SL_DIR" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund \
    "secretlint@$SECRETLINT_VERSION" "@secretlint/secretlint-rule-preset-recommend@$SECRETLINT_VERSION" >/dev/null)
fi
SL_FOUND="$(node -p "require('$SL_DIR/node_modules/secretlint/package.json').version" 2>/dev/null || true)"
[ "$SL_FOUND" = "$SECRETLINT_VERSION" ] || { echo "secretlint $SECRETLINT_VERSION expected in $SL_DIR, found '$SL_FOUND'" >&2; exit 2; }
mkdir -p "$WORK/secretlint"
printf '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}\n' > "$WORK/secretlint/.secretlintrc.json"

# The workflow files of the corpus, and a folder holding only them (so devops check sees the same files).
mkdir -p "$WORK/workflows"
find "$CORPUS" -path '*/.github/workflows/*' \( -name '*.yml' -o -name '*.yaml' \) -type f | sort > "$WORK/workflow-list"
while read -r f; do
  rel="${f#"$CORPUS"/}"
  mkdir -p "$WORK/workflows/$(dirname "$rel")"
  cp "$f" "$WORK/workflows/$rel"
done < "$WORK/workflow-list"
WORKFLOWS=$(wc -l < "$WORK/workflow-list")
ALL_FILES=$(find "$CORPUS" -type f | wc -l)

# The launcher's class-data archive holds the classes its first check loaded (after a rebuild, the first check
# writes it). It is trained here as a user's first check trains it, on another repository than the ones measured:
# the tree `devops init` generates for the bundled Node example (workflows, Dockerfile, compose, alerts, runbooks,
# migrations, flags). The archive is written again from scratch, so an archive from an earlier, smaller check
# (examples/sample-repo holds only .env files) does not stay.
mkdir -p "$WORK/training"
cp -r "$PROJECT/examples/node-prisma-app/." "$WORK/training/"
"$JAVA" -jar "$CLI_JAR" init "$WORK/training" >/dev/null 2>&1
rm -f "$(dirname "$LAUNCHER")/devops.jsa" "$(dirname "$LAUNCHER")/devops.jsa.stamp"
"$LAUNCHER" check "$WORK/training" >/dev/null 2>&1 || true
[ -s "$(dirname "$LAUNCHER")/devops.jsa" ] || { echo "the launcher wrote no archive" >&2; exit 2; }
# The launcher's archive also holds what its training run loaded after that check: a check of the repository
# bundled in the jar (TrainingRepository: every file kind, clean and with problems). The parse-only bound
# gets the same kind of archive, trained by parsing the same two trees, so that it starts as fast.
"$JAVA" -cp "$CLI_JAR" dev.devopskit.cli.TrainingRepository "$WORK/bundled"
"$JAVA" -XX:DumpLoadedClassList="$WORK/parse.classes" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$BENCH_JAR" \
  dev.devopskit.benchmarks.ParseOnly "$WORK/training" "$WORK/bundled" >/dev/null 2>&1
"$JAVA" -Xshare:dump -XX:SharedClassListFile="$WORK/parse.classes" -XX:SharedArchiveFile="$WORK/parse.jsa" \
  -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$BENCH_JAR" >/dev/null 2>&1
[ -s "$WORK/parse.jsa" ] || { echo "no archive for the parse-only bound" >&2; exit 2; }

ms() { # run a command, print its wall milliseconds
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

declare -A T
names=(devops-corpus secretlint-corpus parse-only-corpus devops-workflows actionlint-workflows cold-start cold-start-cds)
for n in "${names[@]}"; do T[$n]=""; done
# The lower bound runs with the JVM flags the launcher gives devops (quick compiler, serial collector).
# shellcheck disable=SC2206
PARSE_FLAGS=(${DEVOPS_JVM_FLAGS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -XX:SharedArchiveFile="$WORK/parse.jsa" -Xshare:auto)
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$RUNS"); do
  echo "run $i/$RUNS" >&2
  T[devops-corpus]+="$(ms "$LAUNCHER" check "$CORPUS" --format json -o "$WORK/report.json") "
  T[secretlint-corpus]+="$(ms bash -c "cd '$CORPUS' && '$SECRETLINT' --secretlintrc '$WORK/secretlint/.secretlintrc.json' '**/*' '.github/**/*'") "
  T[parse-only-corpus]+="$(ms "$JAVA" "${PARSE_FLAGS[@]}" -cp "$BENCH_JAR" dev.devopskit.benchmarks.ParseOnly "$CORPUS") "
  T[devops-workflows]+="$(ms "$LAUNCHER" check "$WORK/workflows" --format json -o "$WORK/wf.json") "
  T[actionlint-workflows]+="$(ms bash -c "xargs -a '$WORK/workflow-list' '$SHARED/oracles/check' actionlint") "
  T[cold-start]+="$(ms "$JAVA" -jar "$CLI_JAR" check "$PROJECT/examples/sample-repo") "
  T[cold-start-cds]+="$(ms "$LAUNCHER" check "$PROJECT/examples/sample-repo") "
done

echo "machine: $(nproc) cores, $(uname -srm), load average $LOAD_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end, $("$JAVA" -version 2>&1 | head -1)"
echo "files: corpus $ALL_FILES, workflows $WORKFLOWS; runs $RUNS (alternating), medians in ms"
declare -A M
for n in "${names[@]}"; do
  M[$n]=$(echo "${T[$n]}" | tr ' ' '\n' | grep -v '^$' | median)
  echo "$n: median ${M[$n]} ms (runs: ${T[$n]})"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
fps() { awk -v n="$1" -v ms="$2" 'BEGIN {printf "%.0f", n * 1000 / ms}'; }
echo "devops check corpus: $(fps "$ALL_FILES" "${M[devops-corpus]}") files/s; secretlint $SL_FOUND/devops = $(ratio "${M[secretlint-corpus]}" "${M[devops-corpus]}") (target >= 1.5)"
echo "devops/parse-only = $(ratio "${M[devops-corpus]}" "${M[parse-only-corpus]}") (target <= 1.5)"
echo "workflows: devops $(fps "$WORKFLOWS" "${M[devops-workflows]}") files/s; actionlint/devops = $(ratio "${M[actionlint-workflows]}" "${M[devops-workflows]}") (target >= 3)"
echo "cold start: java -jar ${M[cold-start]} ms, launcher (AppCDS) ${M[cold-start-cds]} ms, gain $(ratio "${M[cold-start]}" "${M[cold-start-cds]}")x"
