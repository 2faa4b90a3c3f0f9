#!/usr/bin/env bash
# Builds the Debian package build/ballotdesk_VERSION_ARCH.deb and checks it:
# the desktop entry (desktop-file-validate), the AppStream metainfo (appstreamcli) and its
# screenshots (each must be one of docs/images), and the package itself (lintian: no error).
#   scripts/package.sh              build (incrementally), package, check
#   scripts/package.sh --no-build   package what build/ holds
# Install it with: sudo apt install ./build/ballotdesk_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-build" ]; then
    scripts/build.sh
fi

app_id=org.ballotdesk.BallotDesk
desktop=resources/desktop/$app_id.desktop
metainfo=resources/desktop/$app_id.metainfo.xml
failed=0

echo "package: desktop-file-validate $desktop"
desktop-file-validate "$desktop" || failed=1

echo "package: appstreamcli validate $metainfo"
appstreamcli validate --no-net --pedantic "$metainfo" || failed=1

# The metainfo names its screenshots by URL; the images are the ones in docs/images, which
# the README shows and which must not be renamed or dropped under it.
screenshots=$(sed -n 's|.*<image[^>]*>\(.*\)</image>.*|\1|p' "$metainfo")
if [ -z "$screenshots" ]; then
    echo "package: $metainfo: no screenshot" >&2
    failed=1
fi
for url in $screenshots; do
    if [ ! -f "docs/images/${url##*/}" ]; then
        echo "package: $metainfo: screenshot $url is not docs/images/${url##*/}" >&2
        failed=1
    fi
done

rm -f build/ballotdesk_*.deb
(cd build && cpack -G DEB)
deb=$(ls build/ballotdesk_*.deb)

echo "package: lintian $deb"
# Errors fail the package; warnings are printed for the maintainers to read.
lintian --fail-on error "$deb" || failed=1

if [ "$failed" -ne 0 ]; then
    echo "package: FAILED (see above)" >&2
    exit 1
fi
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends
