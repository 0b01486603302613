#!/usr/bin/env bash
# The README's main command: builds the devops CLI if needed, then checks the bundled sample repository
# (examples/sample-repo) in every report format and shows that the planted secrets are reported, redacted.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=devops-cli/target/devops.jar
if [ ! -f "$jar" ] || [ -n "$(find devops-*/src examples/src -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
  ./mvnw -q -B -ntp -DskipTests install
fi
repo=examples/sample-repo
status=0
java -jar "$jar" check "$repo" || status=$?
[ "$status" -eq 1 ] || { echo "expected exit code 1 (planted secrets found), got $status" >&2; exit 1; }
for format in json sarif github; do
  out=$(java -jar "$jar" check --format "$format" "$repo" || true)
  if grep -q "Zq8vLk2Pw9Rt\|ghp_Qm4Rz8Tx2Vb6Nc1Lk5Jh9Gf3Ds7Ap0We4Yu8I" <<<"$out"; then
    echo "a secret value leaked into the $format report" >&2; exit 1
  fi
  grep -q "ghp_\*\*\*\*" <<<"$out" || { echo "the $format report misses the redacted token" >&2; exit 1; }
  echo "$format report: secrets reported, redacted"
done
