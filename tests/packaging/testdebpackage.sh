#!/usr/bin/env bash
# Builds the .deb with CPack from the build tree, unpacks it into a temporary root
# (dpkg -x: nothing is installed on this system) and checks what a user gets: the
# declared dependencies, the files in their places, and the three executables running.
#
#   testdebpackage.sh CPACK BUILD_DIR VERSION
set -euo pipefail

cpack=$1
build_dir=$2
version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi
shopt -s nullglob
debs=("$work"/out/cruscotto_*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    ls -l "$work/out" >&2
    echo "FAIL: expected one cruscotto_*.deb, found ${#debs[@]}" >&2
    exit 1
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "cruscotto_${version}-1_${arch}.deb" ] || fail "file name $(basename "$deb")"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = cruscotto ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "${version}-1" ] || fail "Version is '$(field Version)', expected ${version}-1"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Section)" ] || fail "no Section"
field Description | grep -q 'cultural sites' || fail "Description: $(field Description)"

# Depends: what dpkg-shlibdeps found in the executables, plus what no ELF file names.
depends=$(field Depends)
echo "Depends: $depends"
dependency_names=$(tr ',|' '\n' <<<"$depends" | sed -E 's/^ *//; s/[ (].*$//' | sort -u)
for needed in libqt6core6 libqt6gui6 libqt6widgets6 libsqlite3-0 libssl3 libc6 qt6-qpa-plugins adduser; do
    grep -qx "$needed" <<<"$dependency_names" || fail "Depends does not name $needed"
done
# Every dependency must be satisfiable here: one alternative of each group is installed
# at a version the constraint accepts (a misspelt or unknown package fails this).
IFS=',' read -ra groups <<<"$depends"
for group in "${groups[@]}"; do
    satisfied=0
    IFS='|' read -ra alternatives <<<"$group"
    for alternative in "${alternatives[@]}"; do
        alternative=$(sed -E 's/^ +//; s/ +$//' <<<"$alternative")
        name=${alternative%% *}
        installed=$(dpkg-query -W -f='${db:Status-Status} ${Version}\n' "$name" 2>/dev/null |
            awk '$1 == "installed" { print $2; exit }' || true)
        [ -n "$installed" ] || continue
        if [[ $alternative =~ \(([<>=]+)\ *([^\)]+)\) ]]; then
            dpkg --compare-versions "$installed" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" || continue
        fi
        satisfied=1
        break
    done
    [ $satisfied -eq 1 ] || fail "dependency not satisfiable here: '$group'"
done

# The maintainer scripts that make the hub's user.
dpkg-deb -e "$deb" "$work/control"
for script in postinst prerm postrm; do
    [ -x "$work/control/$script" ] || fail "control script $script missing or not executable"
done
grep -q 'adduser --system' "$work/control/postinst" || fail "postinst does not make the hub's system user"

root="$work/root"
dpkg -x "$deb" "$root"
expect_file() { [ -f "$root/$1" ] || fail "not in the package: /$1"; }
for binary in cruscotto cruscotto-cli cruscotto-hub; do
    expect_file "usr/bin/$binary"
    [ -x "$root/usr/bin/$binary" ] || fail "/usr/bin/$binary is not executable"
    file -b "$root/usr/bin/$binary" | grep -q ', stripped' || fail "/usr/bin/$binary is not stripped"
    if ldd "$root/usr/bin/$binary" | grep -q 'not found'; then
        ldd "$root/usr/bin/$binary" | grep 'not found' >&2
        fail "/usr/bin/$binary has unresolved libraries"
    fi
done
expect_file usr/share/applications/it.cultura.Cruscotto.desktop
expect_file usr/share/metainfo/it.cultura.Cruscotto.metainfo.xml
expect_file usr/share/icons/hicolor/scalable/apps/it.cultura.Cruscotto.svg
expect_file usr/lib/systemd/system/cruscotto-hub.service
expect_file usr/share/doc/cruscotto/cruscotto-hub.conf.sample
for size in 16 22 24 32 48 64 128 256; do
    png="usr/share/icons/hicolor/${size}x${size}/apps/it.cultura.Cruscotto.png"
    expect_file "$png"
    if [ -f "$root/$png" ]; then
        file -b "$root/$png" | grep -q "^PNG image data, $size x $size, 8-bit/color RGBA" ||
            fail "$png: $(file -b "$root/$png")"
    fi
done

# What the installed files name must be installed too: AppStream's check of the whole
# tree (the metainfo's launchable .desktop file is there), then the .desktop file's and
# the unit's commands.
if ! tree_output=$(appstreamcli validate-tree --no-net --strict "$root" 2>&1); then
    fail "appstreamcli validate-tree: $tree_output"
fi
desktop="$root/usr/share/applications/it.cultura.Cruscotto.desktop"
if [ -f "$desktop" ]; then
    exec_binary=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [ -x "$root/usr/bin/$exec_binary" ] || fail "the .desktop file runs '$exec_binary', not in /usr/bin"
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    [ "$icon" = it.cultura.Cruscotto ] || fail "the .desktop file's icon is '$icon'"
fi
unit="$root/usr/lib/systemd/system/cruscotto-hub.service"
if [ -f "$unit" ]; then
    exec_start=$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$unit")
    [ -x "$root$exec_start" ] || fail "the hub's unit runs '$exec_start', not in the package"
    metainfo="$root/usr/share/metainfo/it.cultura.Cruscotto.metainfo.xml"
    grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
fi

# The installed executables run, from the unpacked tree, on this system's libraries.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 0700 "$XDG_RUNTIME_DIR"
run() {
    local expected=$1
    shift
    local output status=0
    output=$(timeout 30 "$@" 2>&1) || status=$?
    if [ $status -ne 0 ]; then
        fail "$* exited $status: $output"
    elif ! grep -qF -- "$expected" <<<"$output"; then
        fail "$* did not print '$expected': $output"
    fi
}
run "$version" "$root/usr/bin/cruscotto" --version
run "Usage: cruscotto-cli" "$root/usr/bin/cruscotto-cli" --help
run "$version" "$root/usr/bin/cruscotto-cli" --version
run "--data-dir" "$root/usr/bin/cruscotto-hub" --help
run "$version" "$root/usr/bin/cruscotto-hub" --version

if [ $failures -ne 0 ]; then
    echo "$failures check(s) of $(basename "$deb") failed" >&2
    exit 1
fi
echo "$(basename "$deb"): package, files and executables as expected"
