# Shared by the benchmark scripts: `source "$ROOT/bench/lib.sh"` after setting ROOT.

die() { echo "bench: $*" >&2; exit 1; }

# Sets HANDBOOK to the binary to time: $HANDBOOK_BIN when given (an already built binary, e.g. to
# compare two versions), else the release build of this checkout, built first.
find_handbook() {
  if [ -n "${HANDBOOK_BIN:-}" ]; then
    HANDBOOK="$HANDBOOK_BIN"
  else
    echo "bench: building handbook (cargo build --release)" >&2
    (cd "$ROOT" && cargo build --release --quiet) || die "cargo build --release failed"
    local target_dir="${CARGO_TARGET_DIR:-target}"
    case "$target_dir" in /*) ;; *) target_dir="$ROOT/$target_dir" ;; esac
    HANDBOOK="$target_dir/release/handbook"
  fi
  [ -x "$HANDBOOK" ] || die "no handbook binary at $HANDBOOK"
}
