#!/usr/bin/env bash
# Runs each fuzz target (fuzz/fuzz_targets/) for a bounded time and prints, per
# target, how many inputs it ran and how many crashes it found. Never run by CI.
#
#   tools/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 60, all targets)
#
# Stable Rust is enough. With `--sanitizer none`, cargo-fuzz (0.13) passes only
# stable flags to rustc (`-Cpasses=sancov-module` and `-Cllvm-args=-sanitizer-
# coverage-*`), so no nightly toolchain and no RUSTC_BOOTSTRAP are needed.
# Without a sanitizer, a memory error that Rust's checks do not catch goes
# unseen; the library has no `unsafe` code to find one in.
#
# `--dev` builds the dev profile, which fuzz/Cargo.toml gives opt-level 1: this
# project builds nothing in release mode.
#
# Seeds: `notes` and `envelope` (age files) start from the C2SP age test kit
# that ships in the age crate (tests/testdata/testkit), each file's body after
# its header lines; `record` and `payloads` from fuzz/seeds/records (one record
# of each kind as the app writes it, kept current by tests/fuzz_props.rs);
# `money` from amounts as she would type them. The corpora grow in
# fuzz/corpus/ and crashes land in fuzz/artifacts/ (both ignored by git).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}"

seconds="${1:-60}"
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(money record payloads notes envelope)
fi

if ! command -v cargo-fuzz >/dev/null; then
  cargo install cargo-fuzz --locked
fi
cargo fuzz build --sanitizer none --dev

registry="${CARGO_HOME:-$HOME/.cargo}/registry/src"
testkit="$(ls -d "$registry"/*/age-[0-9]*/tests/testdata/testkit 2>/dev/null | sort -V | tail -n 1 || true)"

seed() {
  local target="$1" dir="corpus/$1"
  mkdir -p "$dir"
  case "$target" in
    notes | envelope)
      if [ -z "$testkit" ]; then
        echo "no age test kit under $registry: $target starts from an empty corpus" >&2
        return
      fi
      for file in "$testkit"/*; do
        # The kit's files are header lines, a blank line, then the age file.
        local blank
        blank="$(grep -anm1 -x '' "$file" | cut -d: -f1)"
        if [ -n "$blank" ]; then
          tail -n "+$((blank + 1))" "$file" >"$dir/testkit-$(basename "$file")"
        fi
      done
      ;;
    record | payloads)
      cp seeds/records/* "$dir/"
      ;;
    money)
      local i=0
      for amount in "1250000" "Rp 1.250.000" "1,250,000" "1,25 jt" "1.25jt" "2 juta" \
        "500rb" "500 ribu" "US\$ 75,000" "RM 1.000" "₱ 999" "-50.000" "0"; do
        printf '%s' "$amount" >"$dir/typed-$i"
        i=$((i + 1))
      done
      ;;
  esac
}

# What libFuzzer leaves for an input that failed: a panic, memory, or time.
crashes() {
  find "artifacts/$1" -maxdepth 1 \( -name 'crash-*' -o -name 'oom-*' -o -name 'timeout-*' \) | wc -l
}

summary=()
for target in "${targets[@]}"; do
  seed "$target"
  mkdir -p "artifacts/$target"
  before="$(crashes "$target")"
  log="artifacts/$target.log"
  status=0
  cargo fuzz run --sanitizer none --dev "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -print_final_stats=1 >"$log" 2>&1 || status=$?
  runs="$(grep -a 'stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -n 1 || true)"
  found=$(($(crashes "$target") - before))
  line="$target: ${runs:-?} executions in at most ${seconds} s, $found crashes, corpus $(ls "corpus/$target" | wc -l) inputs"
  if [ "$status" -ne 0 ]; then
    line="$line (libFuzzer stopped with status $status: see fuzz/$log)"
  fi
  echo "$line"
  summary+=("$line")
done

echo
echo "== fuzzing summary"
printf '%s\n' "${summary[@]}"
