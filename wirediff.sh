#!/usr/bin/env bash
# WireDiff's one setup-and-run script. On a fresh Debian 12 machine:
#   bash wirediff.sh run     install what is missing, build, open the sample folder
#   bash wirediff.sh test    install what is missing, build, run every test
# Further commands: bench [--quick | --full], eval, fuzz [SECONDS], sanitize, screenshot OUT.png [FOLDER], install PREFIX
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${WIREDIFF_BUILD_DIR:-$here/build}"
jobs="${WIREDIFF_JOBS:-$(nproc)}"

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libqt6svg6-dev libgl-dev qt6-qpa-plugins
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
        echo "usage: bash wirediff.sh {run|test|bench|eval|screenshot} [arguments]" >&2
        exit 2
        ;;
esac
