#!/usr/bin/env bash
# WireDiff's one setup-and-run script. On a fresh Debian 12 machine:
#   bash wirediff.sh run     install what is missing, build, open the sample folder
#   bash wirediff.sh test    install what is missing, build, run every test
# Further commands: bench [--quick | --full], eval, fuzz [SECONDS], sanitize [core], screenshot OUT.png [FOLDER],
#   screenshots [OUTDIR] [FOLDER], install PREFIX
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${WIREDIFF_BUILD_DIR:-$here/build}"
jobs="${WIREDIFF_JOBS:-$(nproc)}"

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libgl-dev qt6-qpa-plugins
    libdtl-dev libicu-dev libstemmer-dev wordnet-base
    fonts-dejavu-core fonts-noto-core fonts-noto-cjk
    poppler-utils xvfb xauth imagemagick desktop-file-utils appstream
)
# The peers the benchmark times WireDiff against (git is already above).
bench_packages=(wdiff dwdiff)

install_missing() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local dir="$1"; shift
    local launcher=()
    # A developer's ccache, when present, makes rebuilds in several clones cheap.
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@" >/dev/null
    cmake --build "$dir" -j "$jobs"
}

command="${1:-run}"
[ $# -gt 0 ] && shift
case "$command" in
    run)
        install_missing "${packages[@]}"
        configure_and_build "$build"
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No display: starting WireDiff under Xvfb."
            exec xvfb-run -a "$build/app/wirediff" "$@"
        fi
        exec "$build/app/wirediff" "$@"
        ;;
    test)
        install_missing "${packages[@]}"
        configure_and_build "$build"
        cd "$build"
        QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs"
        # A CI-sized run of the benchmark (seconds): it must keep building
        # and running; it prints times and asserts none.
        "$build/tests/bench/wirediff-bench" --quick --no-peers
        ;;
    bench)
        # The benchmark of issue 4 (README, "Performance"): the full set by
        # default (minutes), --quick for the CI-sized set, --full to also
        # compute the true minimal edit count at 1M words.
        install_missing "${packages[@]}" "${bench_packages[@]}"
        configure_and_build "$build"
        exec "$build/tests/bench/wirediff-bench" "$@"
        ;;
    eval)
        # Scores on the gold-labelled corpora in ../shared/corpora and the
        # seed golden file (README, "Evaluation"); arguments go to
        # wirediff-eval, e.g. --corpus meter --errors 5, or --train.
        install_missing "${packages[@]}"
        configure_and_build "$build"
        exec "$build/tests/eval/wirediff-eval" "$@"
        ;;
    sanitize)
        # bash wirediff.sh sanitize [core]: the test suite built with
        # AddressSanitizer and UndefinedBehaviorSanitizer (gcc) in
        # build-sanitize; any report fails the test that triggered it. The
        # hostile-input tests run their corpus there without the three
        # multi-megabyte files. With `core`, only the core library and its
        # tests (ctest label "core"): what .ci/run runs, to stay in its time.
        install_missing "${packages[@]}"
        sanitize_build="${WIREDIFF_SANITIZE_BUILD_DIR:-$here/build-sanitize}"
        sanitize_launcher=()
        command -v ccache >/dev/null && sanitize_launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        cmake -S "$here" -B "$sanitize_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DWIREDIFF_SANITIZE=ON "${sanitize_launcher[@]}" >/dev/null
        ctest_filter=()
        if [ "${1:-}" = core ]; then
            cmake --build "$sanitize_build" -j "$jobs" --target core-tests
            ctest_filter=(-L core)
        else
            cmake --build "$sanitize_build" -j "$jobs"
        fi
        cd "$sanitize_build"
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs" "${ctest_filter[@]}"
        ;;
    fuzz)
        # bash wirediff.sh fuzz [SECONDS]: builds the libFuzzer targets with
        # clang, ASan and UBSan in build-fuzz and runs each for SECONDS
        # (default 60) on a copy of its seed corpus (tests/fuzz/corpus/TARGET);
        # a crash or hang input lands in build-fuzz/findings/TARGET and stops
        # that target. Keep each one in tests/fuzz/regressions/TARGET/, where
        # tst_fuzzregressions replays it in every build.
        seconds="${1:-60}"
        install_missing "${packages[@]}" clang libclang-rt-14-dev
        fuzz_build="${WIREDIFF_FUZZ_BUILD_DIR:-$here/build-fuzz}"
        launcher=()
        command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        CC=clang CXX=clang++ cmake -S "$here" -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DWIREDIFF_FUZZ=ON "${launcher[@]}" >/dev/null
        cmake --build "$fuzz_build" -j "$jobs" --target fuzzers
        status=0
        for target in fuzz_loader_text fuzz_loader_html fuzz_loader_nitf fuzz_loader_newsml \
                      fuzz_tokenizer fuzz_sequencediff fuzz_comparator; do
            corpus="$fuzz_build/corpus/$target"
            findings="$fuzz_build/findings/$target"
            mkdir -p "$corpus" "$findings"
            cp -n "$here/tests/fuzz/corpus/$target/"* "$corpus/" 2>/dev/null || true
            echo "== $target: ${seconds}s"
            ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
                "$fuzz_build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
                -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" \
                2>"$fuzz_build/$target.log" || status=1
            grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^(==[0-9]+==ERROR|SUMMARY)" \
                "$fuzz_build/$target.log" || true
        done
        exit $status
        ;;
    screenshots)
        # The README's pictures of each view: bash wirediff.sh screenshots [OUTDIR] [FOLDER]
        out="$(realpath -m "${1:-$here/resources/screenshots}")"
        [ $# -gt 0 ] && shift
        install_missing "${packages[@]}"
        configure_and_build "$build"
        timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/screenshots/wirediff-screenshots" "$out" "$@"
        # The PDF's first page, and the first page of rows (the one with the note).
        pdftoppm -png -r 60 -singlefile -f 1 -l 1 "$out/annotated.pdf" "$out/pdf-cover"
        pages="$(pdfinfo "$out/annotated.pdf" | awk '/^Pages:/ { print $2 }')"
        for ((page = 2; page <= pages; page++)); do
            if pdftotext -f "$page" -l "$page" "$out/annotated.pdf" - | grep -q "Checked with the agency desk"; then
                pdftoppm -png -r 60 -singlefile -f "$page" -l "$page" "$out/annotated.pdf" "$out/pdf-page"
                break
            fi
        done
        rm -f "$out/annotated.pdf"
        ;;
    screenshot)
        # Opens FOLDER (default: the bundled samples) under Xvfb with fresh
        # settings, saves the window to OUT.png once the first comparison is
        # painted, prints the time from start to that paint, and exits.
        if [ $# -lt 1 ]; then
            echo "usage: bash wirediff.sh screenshot OUT.png [FOLDER | FILE...]" >&2
            exit 2
        fi
        out="$(realpath -m "$1")"
        shift
        install_missing "${packages[@]}"
        configure_and_build "$build"
        settings="$(mktemp -d)"
        trap 'rm -rf "$settings"' EXIT
        WIREDIFF_SCREENSHOT="$out" WIREDIFF_TIMING=1 XDG_CONFIG_HOME="$settings" XDG_DATA_HOME="$settings" \
            timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/wirediff" "$@"
        ;;
    *)
        echo "usage: bash wirediff.sh {run|test|bench|eval|fuzz [SECONDS]|sanitize [core]|screenshot|screenshots} [arguments]" >&2
        exit 2
        ;;
esac
