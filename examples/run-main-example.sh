#!/usr/bin/env bash
# The README's main command: builds the devops CLI if needed, runs `devops init` on the bundled Node + Prisma +
# PostgreSQL example (examples/node-prisma-app) in a temporary copy, runs `devops check` on the result (it must
# have zero findings), runs init again (it must change nothing), and shows that planted secrets in
# examples/sample-repo are reported redacted in every report format. It runs the CLI through its launcher
# (devops-cli/target/devops), which keeps a start-up archive beside the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=devops-cli/target/devops.jar
if [ ! -f "$jar" ] || [ -n "$(find devops-*/src examples/src -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
  ./mvnw -q -B -ntp -DskipTests install
fi
# The launcher beside the jar: java -jar devops.jar with a class data sharing archive written by the first check.
devops() { devops-cli/target/devops "$@"; }

work=${DEVOPS_EXAMPLE_OUT:-$(mktemp -d)}
cp -r examples/node-prisma-app/. "$work/"
echo "== devops init $work"
devops init "$work"
echo "== devops check $work"
devops check "$work"
echo "== devops init again: nothing changes"
again=$(devops init "$work")
if grep -qE '^(create|update|overwrite) ' <<<"$again"; then
  echo "a second run changed files:" >&2; grep -E '^(create|update|overwrite) ' <<<"$again" >&2; exit 1
fi
echo "unchanged: $(grep -c '^unchanged ' <<<"$again") files"

echo "== devops check examples/sample-repo (planted secrets, redacted in every format)"
# A copy outside this checkout: its own policy file excludes the sample, and a folder named examples/ holds
# examples, whose values devops check judges by vendor token formats only.
repo=$(mktemp -d)
cp -r examples/sample-repo/. "$repo/"
status=0
devops check "$repo" || status=$?
[ "$status" -eq 1 ] || { echo "expected exit code 1 (planted secrets found), got $status" >&2; exit 1; }
for format in json sarif github; do
  out=$(devops check --format "$format" "$repo" || true)
  if grep -q "Zq8vLk2Pw9Rt\|ghp_Qm4Rz8Tx2Vb6Nc1Lk5Jh9Gf3Ds7Ap0We4Yu8I" <<<"$out"; then
    echo "a secret value leaked into the $format report" >&2; exit 1
  fi
  grep -q "ghp_\*\*\*\*" <<<"$out" || { echo "the $format report misses the redacted token" >&2; exit 1; }
  echo "$format report: secrets reported, redacted"
done
echo "== the launcher's start-up archive changes nothing in a report"
[ -s devops-cli/target/devops.jsa ] || { echo "the first check wrote no devops-cli/target/devops.jsa" >&2; exit 1; }
with=$(devops check --format json "$repo" || true)
without=$(DEVOPS_CDS=off devops check --format json "$repo" || true)
[ "$with" = "$without" ] || { echo "the report differs with and without the archive" >&2; exit 1; }
echo "same report with and without devops-cli/target/devops.jsa"
echo "generated tree: $work"
