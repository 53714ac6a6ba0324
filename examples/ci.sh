#!/bin/sh
# newslint in any CI system (GitLab CI, Jenkins, Buildkite, ...): a JUnit XML report for the
# CI's test view, a self-contained HTML report to keep as an artifact, and the exit status as
# the gate (0 clean, 1 findings at or above $NEWSLINT_FAIL_ON, 2 usage or configuration error).
#
#   sh examples/ci.sh content/                  # check article files and pages
#   NEWSLINT_BASELINE=newslint-baseline.json sh examples/ci.sh content/   # fail on new findings only
#
# Settings (environment): NEWSLINT_INSTALL (the install command, e.g.
# "python3 -m pip install git+https://github.com/YOUR-ORG/newslint@<commit SHA>"; unset or empty:
# newslint must be installed already; newslint is not on the package index), NEWSLINT_REPORTS (folder for the reports, default reports), NEWSLINT_FAIL_ON
# (error, warning or never; default error), NEWSLINT_BASELINE (a baseline file, optional).
# See "Other CI systems" in README.md for GitLab and Jenkins snippets.
set -eu

install="${NEWSLINT_INSTALL:-}"
reports="${NEWSLINT_REPORTS:-reports}"
fail_on="${NEWSLINT_FAIL_ON:-error}"

if [ -n "$install" ]; then
    $install
fi
if ! command -v newslint >/dev/null 2>&1; then
    echo "newslint: not installed; set NEWSLINT_INSTALL to the command that installs it" >&2
    exit 2
fi
mkdir -p "$reports"
[ "$#" -gt 0 ] || set -- .

if [ -n "${NEWSLINT_BASELINE:-}" ]; then
    set -- "$@" --baseline "$NEWSLINT_BASELINE"
fi

status=0
newslint check "$@" --fail-on "$fail_on" --format junit --output-file "$reports/newslint-junit.xml" \
    --report "$reports/newslint.html" || status=$?
case "$status" in
    0) echo "newslint: no findings at or above '$fail_on'" ;;
    1) echo "newslint: findings at or above '$fail_on'; see $reports/newslint.html or the test report" ;;
    *) exit "$status" ;;  # newslint could not run as asked; its message above says why
esac
exit "$status"
