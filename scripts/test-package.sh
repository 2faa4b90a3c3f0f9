#!/usr/bin/env bash
# Unpacks the built .deb into a temporary root (dpkg -x, no root needed) and runs the installed
# programs from there: the demo election, its summary as JSON, the PDF national summary and an
# offscreen screenshot of the GUI. Run after scripts/package.sh; .ci/run does, through test.sh.
#   scripts/test-package.sh [FILE.deb]
set -euo pipefail
cd "$(dirname "$0")/.."

deb="${1:-$(ls build/ballotdesk_*.deb 2>/dev/null | head -n 1)}"
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
    echo "test-package: no package; run scripts/package.sh first" >&2
    exit 1
fi
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"

fail() {
    echo "test-package: $*" >&2
    exit 1
}
check_contains() { # FILE TEXT WHAT
    grep -qF -- "$2" "$1" || fail "$3: '$2' is not in $1"
}

for f in usr/bin/ballotdesk usr/bin/ballotdesk-cli \
         usr/share/applications/org.ballotdesk.BallotDesk.desktop \
         usr/share/metainfo/org.ballotdesk.BallotDesk.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.ballotdesk.BallotDesk.svg \
         usr/share/man/man1/ballotdesk.1.gz usr/share/man/man1/ballotdesk-cli.1.gz \
         usr/share/doc/ballotdesk/copyright usr/share/doc/ballotdesk/changelog.gz; do
    [ -f "$root/$f" ] || fail "$deb does not install /$f"
done
depends=$(dpkg-deb --field "$deb" Depends)
for p in libqt6core6 libqt6widgets6 libqt6charts6 libqt6sql6-sqlite qt6-qpa-plugins; do
    case "$depends" in
        *"$p"*) ;;
        *) fail "$deb: Depends does not name $p: $depends" ;;
    esac
done

cli="$root/usr/bin/ballotdesk-cli"
gui="$root/usr/bin/ballotdesk"
work="$root/work"
mkdir -p "$work"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

"$cli" --version > "$work/version.txt"
check_contains "$work/version.txt" "$(dpkg-deb --field "$deb" Version)" "ballotdesk-cli --version"

echo "test-package: installed ballotdesk-cli demo"
"$cli" demo --db "$work/demo.sqlite" > "$work/demo.txt"

echo "test-package: installed ballotdesk-cli summary --json"
"$cli" summary --db "$work/demo.sqlite" --json > "$work/summary.json"
# The published totals of the 25 July 2021 elections (docs/demo-election.md).
check_contains "$work/summary.json" '"seats": 730' "summary --json"
check_contains "$work/summary.json" '"candidates_registered": 2297' "summary --json"
check_contains "$work/summary.json" '"polling_stations": 1847' "summary --json"

echo "test-package: installed ballotdesk-cli report summary"
"$cli" report summary --db "$work/demo.sqlite" --out "$work/summary.pdf" --lang en
pdftotext -layout "$work/summary.pdf" "$work/summary.txt"
check_contains "$work/summary.txt" "1,847" "report summary"
check_contains "$work/summary.txt" "2,297" "report summary"

echo "test-package: installed ballotdesk --screenshot"
"$gui" "$work/demo.sqlite" --screenshot "$work/overview.png"
[ -s "$work/overview.png" ] || fail "ballotdesk --screenshot wrote no image"
file "$work/overview.png" | grep -q "PNG image data, 1280 x 800" ||
    fail "ballotdesk --screenshot: $(file "$work/overview.png")"

echo "test-package: the installed programs run the demo ($deb)"
