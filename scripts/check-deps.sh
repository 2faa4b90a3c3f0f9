#!/usr/bin/env bash
# Checks that a fresh Debian 12 machine has everything the build read: every system file that
# the configure and build of BUILD_DIR read (the CMake files, compilers, Qt tools and libraries
# named in build.ninja, the headers in ninja's dependency log), every shared library the built
# executables link (ldd) and every tool the scripts and tests run must belong to a package that
# scripts/install-deps.sh installs, or to one in the Depends closure of those packages.
# A package installed by hand on a development machine would otherwise hide here, and the
# build would fail on a clean one. Run after scripts/build.sh; .ci/run does.
#   scripts/check-deps.sh [BUILD_DIR]     (default: build)
# Exit status: 0 all covered, 1 a package is missing (each is named), 2 usage.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
if [ ! -f "$build/build.ninja" ]; then
    echo "check-deps: $build/build.ninja not found; run scripts/build.sh first" >&2
    exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The tools that scripts/ and the tests run besides those in build.ninja.
tools=(cmake ninja ctest cpack pkg-config git gzip sqlite3 pdftotext pdftoppm dpkg-shlibdeps
       dpkg-deb file lintian desktop-file-validate appstreamcli)

# 1. Every system file the build read or the programs load.
{
    # build.ninja names the CMake files the configure read (the RERUN_CMAKE inputs), the
    # compiler, Qt's moc/rcc/uic/lrelease and every library linked.
    grep -o '/usr/[^][ :$|"'"'"'();,]*' "$build/build.ninja"
    # The headers each object included, as the compiler reported them.
    ninja -C "$build" -t deps | sed -n 's|^ *\(/usr/[^ ]*\)$|\1|p'
    # The shared libraries every executable of the build links.
    while IFS= read -r exe; do
        ldd "$exe" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}'
    done < <(find "$build" -type f -perm -u+x \( -path '*/app/*' -o -path '*/tests/*' \
                 -o -path '*/bench/*' \) ! -name '*.so*' -exec sh -c \
                 'head -c 4 "$1" | grep -q "ELF" && echo "$1"' sh {} \;)
    for t in "${tools[@]}"; do
        command -v "$t" || echo "/usr/bin/$t"
    done
} | sort -u > "$work/files"

# 2. The package that owns each file, asked of dpkg in batches. dpkg records some libraries
# and tools under /lib and /bin, others under /usr/lib and /usr/bin (usrmerge), and
# alternatives are symlinks no package owns: a file not found as read is tried under the other
# prefix, then as the file its symlinks lead to.
owners_of() { # reads paths on stdin; prints "package<TAB>path" for each path dpkg knows
    xargs -r -d '\n' dpkg-query -S 2>/dev/null | grep -v '^diversion by' |
        awk '{i = index($0, ": /"); pk = substr($0, 1, i - 1); path = substr($0, i + 2);
              n = split(pk, ps, /, */); for (j = 1; j <= n; j++) {sub(/:.*$/, "", ps[j]);
              print ps[j] "\t" path}}' || true
}
: > "$work/owned"
: > "$work/unowned"
grep -v '^$' "$work/files" | while IFS= read -r f; do [ -e "$f" ] && echo "$f"; done \
    > "$work/existing" || true
owners_of < "$work/existing" > "$work/found"
cut -f2 "$work/found" | sort -u > "$work/found-paths"
comm -23 <(sort -u "$work/existing") "$work/found-paths" > "$work/retry"
cp "$work/found" "$work/owned"
while IFS= read -r f; do
    hit=""
    for candidate in "${f/#\/lib\//\/usr\/lib\/}" "${f/#\/usr\/lib\//\/lib\/}" \
                     "${f/#\/usr\/bin\//\/bin\/}" "${f/#\/usr\/sbin\//\/sbin\/}" \
                     "$(readlink -f "$f" 2>/dev/null || true)"; do
        [ -n "$candidate" ] && [ "$candidate" != "$f" ] || continue
        hit="$(echo "$candidate" | owners_of | cut -f1)"
        [ -z "$hit" ] || break
    done
    if [ -n "$hit" ]; then
        while IFS= read -r p; do printf '%s\t%s\n' "$p" "$f"; done <<< "$hit" >> "$work/owned"
    else
        echo "$f" >> "$work/unowned"
    fi
done < "$work/retry"

# 3. The packages install-deps.sh names and everything they depend on.
mapfile -t listed < <(scripts/install-deps.sh --list)
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "${listed[@]}" 2>/dev/null |
    sed -n 's/^\([^ <][^ ]*\)$/\1/p' | sed 's/:.*$//' | sort -u > "$work/closure"
printf '%s\n' "${listed[@]}" >> "$work/closure"
# Essential packages (coreutils, gzip, tar, ...) are on every Debian system by definition.
dpkg-query -W -f='${Package} ${Essential}\n' | awk '$2 == "yes" {print $1}' >> "$work/closure"
sort -u -o "$work/closure" "$work/closure"

# A file is covered when any of its owners is in the closure.
missing_files="$(awk -F'\t' 'NR == FNR {ok[$1] = 1; next}
                      {owners[$2] = owners[$2] " " $1; if ($1 in ok) covered[$2] = 1}
                      END {for (f in owners) if (!(f in covered)) print owners[f] "\t" f}' \
                     "$work/closure" "$work/owned" | sort)"

status=0
if [ -n "$missing_files" ]; then
    status=1
    echo "check-deps: these packages provide files the build or the programs use, but" \
         "scripts/install-deps.sh installs neither them nor a package that depends on them:" >&2
    awk -F'\t' '{sub(/^ /, "", $1); if (!($1 in n)) order[++k] = $1; n[$1]++
                 if (n[$1] <= 3) ex[$1] = ex[$1] "\n      " $2}
                END {for (i = 1; i <= k; i++) {p = order[i]
                     printf "  %s (%d file%s)%s%s\n", p, n[p], (n[p] == 1 ? "" : "s"), ex[p],
                            ((n[p] > 3) ? "\n      ..." : "")}}' \
        <<< "$missing_files" >&2
    echo "check-deps: add them to scripts/install-deps.sh" >&2
fi
if [ -s "$work/unowned" ]; then
    status=1
    echo "check-deps: these files the build used belong to no Debian package (installed by" \
         "hand?):" >&2
    sed 's/^/  /' "$work/unowned" >&2
fi
if [ "$status" -eq 0 ]; then
    echo "check-deps: $(wc -l < "$work/files") system files and tools, from" \
         "$(cut -f1 "$work/owned" | sort -u | wc -l) packages, all installed by" \
         "scripts/install-deps.sh (${#listed[@]} packages and their dependencies)"
fi
exit "$status"
