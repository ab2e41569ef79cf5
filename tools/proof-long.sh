#!/usr/bin/env bash
# The long runs of tests/proof (issue 15), as docs/testing.md describes them:
# 220 SIGKILLs while saving (at least 50 inside a save), SIGKILLs during a
# passphrase change over 5,000 records until 5 land inside it, and 1,000
# damaged copies of the database. Each test prints its seed and its figures;
# LANGKAH_PROOF_SEED=N repeats a run. One test at a time, so that the kills'
# timing is not skewed by the others. Extra arguments go to the test harness
# (a test name, for one of them).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}"
LANGKAH_LONG=1 cargo test --test proof -- --nocapture --test-threads=1 "$@"
