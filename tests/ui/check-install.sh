#!/bin/bash
# Installs the build into a staging folder (DESTDIR=<tmp> cmake --install, as packagers do) and
# checks that the program and the desktop integration files land where desktops look for them.
# usage: check-install.sh BUILD_DIR PREFIX APP_ID "PNG_SIZES" [DATADIR] [BINDIR]
set -uo pipefail
build=$1 prefix=$2 id=$3 sizes=$4 datadir=${5:-share} bindir=${6:-bin}
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
if ! out=$(DESTDIR="$stage" cmake --install "$build" 2>&1); then
    echo "FAIL: cmake --install:"; echo "$out"; exit 1
fi
root=$stage$prefix
data=$root/$datadir
expected=(
    "$root/$bindir/habmesos"
    "$data/applications/$id.desktop"
    "$data/metainfo/$id.metainfo.xml"
    "$data/mime/packages/$id.xml"
    "$data/icons/hicolor/scalable/apps/$id.svg"
)
for size in $sizes; do
    expected+=("$data/icons/hicolor/${size}x${size}/apps/$id.png")
done
failed=0
for f in "${expected[@]}"; do
    if [[ -s $f ]]; then
        echo "ok: ${f#"$stage"}"
    else
        echo "FAIL: not installed: ${f#"$stage"}"; failed=1
    fi
done
[[ -x $root/$bindir/habmesos ]] || { echo "FAIL: habmesos is not executable"; failed=1; }
for size in $sizes; do
    png=$data/icons/hicolor/${size}x${size}/apps/$id.png
    [[ -s $png ]] || continue # reported above
    # PNG signature, then the IHDR width and height, big-endian at bytes 16..23.
    read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
    [[ $w == "$size" && $h == "$size" ]] || { echo "FAIL: $png is ${w}x${h}, not ${size}x${size}"; failed=1; }
done
# Nothing secret or stray: only what we meant to install lies under the data folder.
unexpected=$(cd "$data" && find . -type f | grep -vE "^\./(applications/$id\.desktop|metainfo/$id\.metainfo\.xml|mime/packages/$id\.xml|icons/hicolor/[^/]+/apps/$id\.(svg|png))$" || true)
if [[ -n $unexpected ]]; then
    echo "note: also installed under $datadir (not checked here):"; echo "$unexpected"
fi
((failed)) && exit 1
echo "install: all files in place"
