#!/bin/sh
# Lints the Kubernetes manifests a pull request changes: the YAML and JSON files that differ between the merge base
# of BASE and HEAD (added, copied, modified or renamed; deleted ones are gone), with `berth lint --format sarif`.
#
#   lint-changed.sh BASE SARIF [berth lint options...]
#
# BASE is a commit or ref (origin/main); SARIF is the report to write (relative to the repository's top). Files that hold no Kubernetes object are
# skipped (--skip-non-manifests). With no changed file, no report is written and the exit code is 0; else it is
# berth lint's: 0 clean, 1 findings at or above --fail-on, 2 bad input, 3 a rule failed. The berth on the PATH runs,
# or the one BERTH names.
set -eu
if [ "$#" -lt 2 ]; then
  echo "lint-changed.sh: give the base commit and the SARIF file: lint-changed.sh origin/main berth.sarif" >&2
  exit 2
fi
base=$1
sarif=$2
shift 2
cd "$(git rev-parse --show-toplevel)"
list=$(mktemp)
trap 'rm -f "$list"' EXIT
git -c core.quotePath=false diff --name-only --diff-filter=ACMR "$base...HEAD" -- '*.yaml' '*.yml' '*.json' > "$list"
if [ ! -s "$list" ]; then
  echo "berth: no YAML or JSON file changed since $base: nothing to lint"
  exit 0
fi
# The files follow the options in one berth run, so that one report holds them all.
while IFS= read -r file; do
  set -- "$@" "$file"
done < "$list"
exec "${BERTH:-berth}" lint --skip-non-manifests --format sarif --output "$sarif" "$@"
