#!/usr/bin/env bash
# The shell part of the devops-kit GitHub Action (action.yml): downloads the pinned devops-kit version from Maven
# Central, verifies its SHA-256, runs `devops check` on the caller's repository, writes the SARIF report and sets the
# step outputs sarif-file and exit-code. It never fails the step for findings (action.yml does, after the upload).
#
# Environment: DEVOPS_VERSION (required), DEVOPS_SHA256 (else action/checksums.txt), DEVOPS_PATHS (default .),
# DEVOPS_PROFILE, DEVOPS_FAIL_ON (default error), DEVOPS_REPOSITORY (default Maven Central; a file:// URL for
# tests), GITHUB_WORKSPACE, GITHUB_OUTPUT, RUNNER_TEMP.
set -euo pipefail

here="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
version="${DEVOPS_VERSION:?DEVOPS_VERSION (the devops-kit version) is required}"
repository="${DEVOPS_REPOSITORY:-https://repo1.maven.org/maven2}"
fail_on="${DEVOPS_FAIL_ON:-error}"
workspace="${GITHUB_WORKSPACE:-$PWD}"
temp="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
output="${GITHUB_OUTPUT:-/dev/null}"

fail() {
  echo "devops-kit action: $*" >&2
  exit 2
}

case "$version" in
  *[!0-9A-Za-z.-]* | "") fail "version '$version' is not a version number" ;;
esac
expected="${DEVOPS_SHA256:-}"
if [ -z "$expected" ]; then
  expected="$(awk -v v="$version" '$2 == v { print $1 }' "$here/checksums.txt")"
  [ -n "$expected" ] || fail "no SHA-256 for version $version in action/checksums.txt; pass the sha256 input"
fi

name="devops-cli-$version-bin.tar.gz"
url="$repository/dev/devopskit/devops-cli/$version/$name"
home="$temp/devops-kit-$version"
archive="$temp/$name"
if [ ! -x "$home/devops-$version/bin/devops" ]; then
  case "$url" in
    file://*) cp -- "${url#file://}" "$archive" || fail "could not read $url" ;;
    *) curl --fail --silent --show-error --location --retry 3 --output "$archive" "$url" \
         || fail "could not download $url" ;;
  esac
  if command -v sha256sum >/dev/null 2>&1; then
    actual="$(sha256sum -- "$archive" | cut -d' ' -f1)"
  else
    actual="$(shasum -a 256 -- "$archive" | cut -d' ' -f1)"
  fi
  if [ "$actual" != "$expected" ]; then
    rm -f -- "$archive"
    fail "SHA-256 mismatch for $url: expected $expected, got $actual; nothing was run"
  fi
  mkdir -p -- "$home"
  tar -xzf "$archive" -C "$home"
  rm -f -- "$archive"
fi
devops="$home/devops-$version/bin/devops"

read -r -a paths <<< "${DEVOPS_PATHS:-.}"
[ ${#paths[@]} -gt 0 ] || paths=(.)
args=(check --fail-on "$fail_on")
if [ -n "${DEVOPS_PROFILE:-}" ]; then
  args+=(--profile "$DEVOPS_PROFILE")
fi
sarif="$temp/devops-kit.sarif"

cd -- "$workspace"
status=0
"$devops" "${args[@]}" --format sarif --output "$sarif" "${paths[@]}" || status=$?
if [ "$status" -eq 1 ]; then
  # Annotations on the pull request for what failed; the SARIF upload shows every finding in code scanning.
  "$devops" "${args[@]}" --format github "${paths[@]}" || true
fi
if [ -s "$sarif" ]; then
  echo "sarif-file=$sarif" >> "$output"
fi
echo "exit-code=$status" >> "$output"
[ "$status" -le 1 ] || fail "devops check stopped with exit code $status (a usage error: see above)"
