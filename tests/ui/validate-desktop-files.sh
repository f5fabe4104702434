#!/bin/bash
# Validates the desktop integration files as distributions and software centres will:
# appstreamcli (AppStream metainfo), desktop-file-validate (.desktop entry) and
# update-mime-database (shared-mime-info package), and checks that they agree with each other
# and with the project version. Exits 77 (CTest: skipped) when none of the tools is installed.
# usage: validate-desktop-files.sh RESOURCES_DIR APP_ID PROJECT_VERSION
set -uo pipefail
dir=$1 id=$2 version=$3
desktop=$dir/$id.desktop metainfo=$dir/$id.metainfo.xml mime=$dir/$id.mime.xml svg=$dir/$id.svg
failed=0 ran=0
fail() { echo "FAIL: $*"; failed=1; }

for f in "$desktop" "$metainfo" "$mime" "$svg"; do
    [[ -f $f ]] || fail "missing $f"
done

if command -v appstreamcli >/dev/null; then
    ran=1
    # --no-net: no URL checks (CI has no network); warnings fail too, infos and pedantic notes do not.
    if ! out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
        fail "appstreamcli validate:"$'\n'"$out"
    elif grep -qE '^(E|W):' <<<"$out"; then
        fail "appstreamcli validate warns:"$'\n'"$out"
    else
        echo "ok: appstreamcli validate --no-net $metainfo"
    fi
else
    echo "skip: appstreamcli is not installed (Debian: appstream)"
fi

if command -v desktop-file-validate >/dev/null; then
    ran=1
    if out=$(desktop-file-validate "$desktop" 2>&1) && [[ -z $out ]]; then
        echo "ok: desktop-file-validate $desktop"
    else
        fail "desktop-file-validate:"$'\n'"$out"
    fi
else
    echo "skip: desktop-file-validate is not installed (Debian: desktop-file-utils)"
fi

if command -v update-mime-database >/dev/null; then
    ran=1
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    # A data folder of its own, laid out as /usr/share: <data>/mime/packages/<id>.xml.
    mkdir -p "$tmp/mime/packages"
    cp "$mime" "$tmp/mime/packages/$id.xml"
    if out=$(XDG_DATA_DIRS=$tmp XDG_DATA_HOME=$tmp update-mime-database "$tmp/mime" 2>&1) && [[ -z $out ]] \
        && grep -qx 'application/vnd.habitat.hart' "$tmp/mime/types" \
        && grep -q ':application/vnd.habitat.hart:\*\.hart$' "$tmp/mime/globs2"; then
        echo "ok: update-mime-database accepts $mime (*.hart is application/vnd.habitat.hart)"
    else
        fail "update-mime-database:"$'\n'"$out"$'\n'"$(cat "$tmp/mime/globs2" 2>/dev/null)"
    fi
else
    echo "skip: update-mime-database is not installed (Debian: shared-mime-info)"
fi

if command -v xmllint >/dev/null; then
    xmllint --noout "$svg" || fail "$svg is not well-formed XML"
fi

# The files must agree with one another (what the validators cannot see).
grep -qx "<id>$id</id>" <(sed 's/^ *//' "$metainfo") || fail "metainfo <id> is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || fail "metainfo <launchable> does not name $id.desktop"
grep -qx "Icon=$id" "$desktop" || fail ".desktop Icon= is not $id"
grep -qx 'Exec=habmesos %F' "$desktop" || fail ".desktop Exec= is not 'habmesos %F'"
grep -q '^MimeType=.*application/vnd\.habitat\.hart;' "$desktop" || fail ".desktop does not list application/vnd.habitat.hart"
grep -q "<mediatype>application/vnd.habitat.hart</mediatype>" "$metainfo" || fail "metainfo does not provide the .hart media type"
grep -q "<release version=\"$version\"" "$metainfo" \
    || fail "metainfo has no <release> for the project version $version (add one when the version changes)"

((ran)) || { echo "SKIP: none of appstreamcli, desktop-file-validate, update-mime-database is installed"; exit 77; }
((failed)) && exit 1
echo "desktop files: all checks passed"
