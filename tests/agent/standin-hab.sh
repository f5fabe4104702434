#!/bin/sh
# STAND-IN for Habitat's hab, hab-launch and hab-sup (tests/agent, issue #9); not Habitat.
# One busybox script plays every role, picked by the name it is started as (bin/hab,
# bin/hab-launch, bin/hab-sup). Everything goes to /standin-records inside the chroot, which is
# <sandbox>/standin-records outside, for the test to read after the task:
#  - hab records its arguments, its environment (hab.environ: NUL-separated, as exported), the
#    TOML it got in HAB_<PKG> (pkg.toml; a test parses it: busybox has no TOML parser) and what
#    the service will see inside the chroot: /tmp and /var/tmp (mode, writable by SVC_USER), /dev,
#    /dev/shm and /dev/pts, /proc, the users in /etc/passwd, the mounts. Then it execs the Launcher.
#  - hab-launch starts the Supervisor; SIGTERM (or SIGINT) starts the shutdown: it asks the
#    Supervisor to stop (here: a file in /hab/launcher) and waits for it.
#  - hab-sup ignores SIGTERM itself (Habitat's handler only sets a flag that only the Launcher
#    reads), starts the service (standin-service, in a process group of its own), notices the
#    Launcher's request about a second later, sends the package's SHUTDOWN_SIGNAL (metadata file,
#    default TERM) to the service's process group and SIGKILL after SHUTDOWN_TIMEOUT (default 8).
#    STANDIN_STOP_DELAY (a file beside them, default 1) is how long the service takes to stop.
#  - `hab pkg install [--offline] [--ignore-install-hook] FILE.hart|IDENT...` (issue #14) installs
#    as Habitat's install.rs does, step for step: every argument read first (a local archive's
#    metadata read through its whole payload, unverified, as PackageArchive::new does; idents
#    only fully qualified here); the archive copied into /hab/cache/artifacts under its canonical
#    name unless installed; then the package and every TDEPS entry not in /hab/pkgs taken from the
#    cache by canonical name (else "Cached artifact not found in offline mode"; offline only with
#    HAB_FEAT_OFFLINE_INSTALL set and --offline: the hidden flag is ignored without it, and this
#    stand-in has no Builder to download from), read again, their ident and target
#    (x86_64-linux) checked, their signature checked against /hab/cache/keys, then unpacked
#    (decompressed with liblzma, as hab's xz2 crate does; untarred by busybox tar) and renamed into
#    /hab/pkgs. standin-hart-verify (beside this script, or $STANDIN_HART_VERIFY) does the reading,
#    checking and decompressing; it writes a tar only from a file it has just verified. A
#    package with an install hook is refused: hooks are not emulated. Paths are under $FS_ROOT
#    when it is set, as Habitat's are (for tests outside a chroot).
# Sources: shared/reference/mesos-agent.md D1 (HAB sup/src/manager.rs, sup/src/sys/unix/service.rs),
# builder-fetcher-ring.md §2.5 (HAB common/src/command/package/install.rs: from_str, with_archive,
# install_package, get_cached_artifact, verify_artifact, unpack_artifact; core/src/package/archive.rs;
# core/src/crypto/artifact.rs), HAB @ 78b87ed46c01.
R=${FS_ROOT:-}/standin-records
mkdir -p "$R" 2>/dev/null
now() { if read -r up rest </proc/uptime 2>/dev/null; then echo "$up"; else echo "$(date +%s).00"; fi; }
cs() { t=$(now); echo "${t%.*}${t#*.}"; }
log() { echo "$(now) $role[$$] $*" >>"$R/events.log"; }
pkgdir() { p=; for d in /hab/pkgs/"$1"/*/*; do [ -d "$d" ] && p=$d; done; echo "$p"; }
meta() { v=; [ -r "$1/$2" ] && v=$(cat "$1/$2"); echo "${v:-$3}"; }
role=${0##*/}
# Every process of the container (its own PID namespace) with its command line, appended.
cmdlines() { for p in /proc/[0-9]*; do [ -r "$p/cmdline" ] && tr '\0' ' ' <"$p/cmdline" && echo; done >>"$R/cmdlines" 2>/dev/null; }

probe() {
    pkg=$1
    name=${pkg#*/}
    var=HAB_$(echo "$name" | tr 'abcdefghijklmnopqrstuvwxyz-' 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_')
    echo "$var" >"$R/pkg.var"
    eval "isset=\${$var+set}"
    [ "$isset" = set ] && eval "printf '%s' \"\$$var\"" >"$R/pkg.toml"
    dir=$(pkgdir "$pkg")
    user=$(meta "$dir" SVC_USER hab)
    for d in /tmp /var/tmp; do
        mode=$(stat -c %a "$d" 2>&1)
        if out=$(su -s /bin/sh "$user" -c "touch $d/standin-probe && rm -f $d/standin-probe" 2>&1); then
            echo "$d $mode writable"
        else
            echo "$d $mode not-writable $user: $out" | tr '\n' ' '
            echo
        fi
    done >"$R/tmp.modes"
    for f in /dev/* /dev/.[!.]*; do
        [ -e "$f" ] || [ -L "$f" ] || continue
        stat -c '%F|%a|%t:%T|%n' "$f"
    done >"$R/dev.list" 2>&1
    {
        echo "shm $(stat -f -c %T /dev/shm 2>&1) $(stat -c %a /dev/shm 2>&1)"
        echo "pts $(stat -f -c %T /dev/pts 2>&1) $(ls -A /dev/pts 2>&1 | tr '\n' ' ')"
    } >"$R/dev.fs"
    for p in /proc/[0-9]*; do
        [ -r "$p/comm" ] && echo "${p#/proc/} $(cat "$p/comm" 2>/dev/null)"
    done >"$R/proc.list" 2>/dev/null
    cut -d: -f1 /etc/passwd >"$R/passwd.users" 2>&1
    # The data volume (issue #13), when the task bound one.
    [ -d "/hab/svc/$name/data" ] && echo "written inside the chroot" >"/hab/svc/$name/data/standin-volume"
    cat /proc/self/mountinfo >"$R/mountinfo" 2>&1
    id >"$R/id" 2>&1
}

# `hab pkg install` as Habitat's install.rs runs it (HAB common/src/command/package/install.rs,
# core/src/package/archive.rs). $work holds one folder per artifact: the metafiles its metadata
# read found (standin-hart-verify --metadata, as PackageArchive::new) and `path`, the file.
cached_path() { echo "$FS/hab/cache/artifacts/$(echo "$1" | tr / -)-x86_64-linux.hart"; }
installed() { [ -f "$FS/hab/pkgs/$1/IDENT" ]; }
fail() { echo "✗✗✗ $*" >&2; return 1; }

# PackageArchive::new: the payload read through to the end of its tar (no signature check: hab
# makes none here), then the metafile the caller asks for, or hab's error when it is missing.
read_archive() {
    rm -rf "$2" && mkdir -p "$2" || return 1
    "$verifier" --metadata "$1" "$2" || return 1
    echo "$1" >"$2/path"
}
metafile() { [ -f "$1/$2" ] || fail "Couldn't read MetaFile: $2, not found"; }

# get_cached_artifact: from the cache by canonical name (offline: nothing else), read, then
# verify_artifact's checks of ident and target; the signature is checked before the unpack.
get_cached_artifact() {
    cached=$(cached_path "$1")
    if [ ! -f "$cached" ]; then
        [ -n "$offline" ] && fail "Cached artifact not found in offline mode: $1"
        [ -z "$offline" ] && echo "standin-hab: $1 is not in the artifact cache, and this stand-in has no Builder" >&2
        return 1
    fi
    read_archive "$cached" "$2" || return 1
    metafile "$2" IDENT && metafile "$2" TARGET || return 1
    got=$(cat "$2/IDENT")
    [ "$got" = "$1" ] || fail "Artifact ident $got for \`${cached##*/}' does not match expected ident $1"
    check_target "$2"
}
check_target() {
    target=$(cat "$1/TARGET")
    [ "$target" = x86_64-linux ] ||
        fail "Package target '$target' is not supported as this system has a different active package target 'x86_64-linux'"
}

# unpack_artifact: the tar unpacked under a scratch folder, the package renamed into /hab/pkgs
# (another install that got there first is fine, as with Habitat). standin-hart-verify --unpack
# writes the tar only after checking the signature of the file it reads.
unpack_artifact() {
    ident=$(cat "$1/IDENT")
    tmp=$1.unpacked
    rm -rf "$tmp" && mkdir -p "$tmp" || return 1
    (set -o pipefail && "$verifier" --unpack "$(cat "$1/path")" "$FS/hab/cache/keys" | tar -x -C "$tmp") || return 1
    top=$tmp/hab/pkgs/$ident
    [ -f "$top/IDENT" ] || fail "$(cat "$1/path") holds no package $ident"
    if [ -e "$top/hooks/install" ]; then
        echo "standin-hab: $ident has an install hook, which this stand-in does not run" >&2
        return 1
    fi
    mkdir -p "$FS/hab/pkgs/${ident%/*}" || return 1
    if ! mv "$top" "$FS/hab/pkgs/$ident" 2>/dev/null; then
        installed "$ident" || fail "Failed to rename $top to $FS/hab/pkgs/$ident"
    fi
    echo "$ident" >>"$R/pkg-install.log"
    rm -rf "$tmp"
}

# install_package: the package (unless installed) and each TDEPS entry not installed, from the
# cache, the dependencies put in front (VecDeque::push_front), then unpacked in that order.
install_package() {
    queue=
    if installed "$1"; then
        log "pkg install: using $1, installed already"
        tdeps=$(cat "$FS/hab/pkgs/$1/TDEPS" 2>/dev/null)
    else
        k=$((k + 1))
        get_cached_artifact "$1" "$work/a.$k" || return 1
        tdeps=$(cat "$work/a.$k/TDEPS" 2>/dev/null)
        queue=$work/a.$k
    fi
    for dep in $tdeps; do
        installed "$dep" && continue
        k=$((k + 1))
        get_cached_artifact "$dep" "$work/a.$k" || return 1
        queue="$work/a.$k $queue"
    done
    # Habitat verifies every artifact before it unpacks any; --unpack verifies each again only
    # when there are several (one, as in init.sh's waves, is verified once).
    set -- $queue
    if [ $# -gt 1 ]; then
        for a; do "$verifier" --check "$(cat "$a/path")" "$FS/hab/cache/keys" || return 1; done
    fi
    for a; do unpack_artifact "$a" || return 1; done
    return 0
}

pkg_install() {
    FS=${FS_ROOT:-}
    verifier=${STANDIN_HART_VERIFY:-$(dirname "$(readlink -f "$0")")/standin-hart-verify}
    offline=
    files=
    for a; do
        case $a in
        --offline) offline=1 ;;
        --ignore-install-hook) ;;
        -*) echo "standin-hab: pkg install: $a is not an option of mine" >&2; return 1 ;;
        *) files="$files $a" ;;
        esac
    done
    [ -n "$HAB_FEAT_OFFLINE_INSTALL" ] || offline=
    mkdir -p "$FS/hab/cache/artifacts" "$FS/hab/pkgs" || return 1
    work=$FS/hab/cache/.standin-unpack.$$
    rm -rf "$work" && mkdir -p "$work" || return 1
    # InstallSource::from_str, every argument before any install: an existing file is an
    # archive whose target and ident are read from it; a missing *.hart is an error; else an
    # ident (only fully qualified ones here: finding the latest in the cache is not emulated).
    n=0
    k=0
    for f in $files; do
        n=$((n + 1))
        if [ -f "$f" ]; then
            read_archive "$f" "$work/s.$n" || return 1
            metafile "$work/s.$n" TARGET && metafile "$work/s.$n" IDENT || return 1
        else
            case $f in *.hart) fail "File not found at: $f"; return 1 ;; esac
            case $f in
            */*/*/*/*|*//*|/*|*/) fail "Invalid package identifier: $f"; return 1 ;;
            */*/*/*) mkdir -p "$work/s.$n" && echo "$f" >"$work/s.$n/IDENT" ;;
            *) echo "standin-hab: $f: this stand-in installs fully qualified idents only" >&2; return 1 ;;
            esac
        fi
    done
    n=0
    for f in $files; do
        n=$((n + 1))
        ident=$(cat "$work/s.$n/IDENT")
        if [ -f "$work/s.$n/path" ]; then
            # with_archive: copied into the cache under its canonical name unless installed.
            canonical=$(cached_path "$ident")
            if ! installed "$ident" && [ "$(readlink -f "$f")" != "$(readlink -f "$canonical")" ]; then
                cp "$f" "$canonical.tmp.$$" && mv "$canonical.tmp.$$" "$canonical" || return 1
            fi
        fi
        install_package "$ident" || return 1
    done
    rm -rf "$work"
    return 0
}

case "$role" in
hab)
    if [ "$1" = pkg ] && [ "$2" = install ]; then
        shift 2
        log "pkg install: $*"
        # The names only (never a value): what an install hook would see of the task's environment.
        env | sed -n 's/^\([A-Za-z_][A-Za-z0-9_]*\)=.*/\1/p' | sort -u >>"$R/pkg-install.env"
        pkg_install "$@"
        status=$?
        rm -rf "${FS_ROOT:-}/hab/cache/.standin-unpack.$$"
        exit $status
    fi
    log "started: $*"
    printf '%s\n' "$@" >"$R/hab.args"
    [ -r /proc/self/environ ] && cat /proc/self/environ >"$R/hab.environ"
    # Signals ignored here stay ignored in the service (the Supervisor does not reset them).
    grep '^SigIgn:' /proc/self/status >"$R/hab.sigign" 2>&1
    export -p >"$R/hab.export"
    [ "$1" = sup ] && [ "$2" = run ] && probe "$3"
    [ "$1" = sup ] && shift
    exec "$HAB_LAUNCH_BINARY" "$@"
    ;;
hab-launch)
    log "started: $*"
    stop=
    trap 'log "got SIGTERM: shutting down"; stop=1' TERM
    trap 'log "got SIGINT: shutting down"; stop=1' INT
    trap 'log "got SIGHUP"' HUP
    mkdir -p /hab/launcher
    rm -f /hab/launcher/standin-shutdown
    "$HAB_SUP_BINARY" "$@" &
    sup=$!
    while :; do
        wait "$sup"
        rc=$?
        if [ -n "$stop" ] && [ ! -e /hab/launcher/standin-shutdown ]; then
            : >/hab/launcher/standin-shutdown
            log "asked the Supervisor to shut down"
        fi
        if ! kill -0 "$sup" 2>/dev/null; then
            log "the Supervisor exited with status $rc"
            exit "$rc"
        fi
    done
    ;;
hab-sup)
    log "started: $*"
    printf '%s\n' "$@" >"$R/sup.args"
    # The ring (issue #13): standin-gossip plays the membership when there is a peer file.
    pwf=
    prev=
    for a in "$@"; do
        [ "$prev" = --peer-watch-file ] && pwf=$a
        prev=$a
    done
    gossip=
    if [ -n "$pwf" ]; then
        "${0%/*}/standin-gossip" "$pwf" "$R" </dev/null 2>>"$R/gossip.err" &
        gossip=$!
    fi
    trap 'log "got SIGTERM (ignored: only the Launcher acts on it)"' TERM
    trap 'log "got SIGINT (ignored)"' INT
    trap 'log "got SIGHUP"' HUP
    dir=$(pkgdir "$2")
    sig=$(meta "$dir" SHUTDOWN_SIGNAL TERM)
    sig=${sig#SIG}
    timeout=$(meta "$dir" SHUTDOWN_TIMEOUT 8)
    delay=$(meta "$dir" STANDIN_STOP_DELAY 1)
    rm -f "$R/service.exited"
    "${0%/*}/standin-service" "$sig" "$delay" "$R" </dev/null &
    svc=$!
    log "started the service $svc; SHUTDOWN_SIGNAL $sig, SHUTDOWN_TIMEOUT $timeout"
    alive() { [ ! -e "$R/service.exited" ] && kill -0 "$svc" 2>/dev/null; }
    n=0
    while [ ! -e "$R/service.started" ] && [ "$n" -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
    while [ ! -e /hab/launcher/standin-shutdown ]; do
        cmdlines
        if ! alive; then
            log "the service ended on its own"
            exit 1
        fi
        sleep 1
    done
    # The real Supervisor learns of the shutdown on its next poll of the Launcher.
    sleep 1
    log "the Launcher asked for a shutdown: SIG$sig to process group $svc"
    kill -"$sig" -"$svc"
    deadline=$(($(cs) + timeout * 100))
    while alive && [ "$(cs)" -lt "$deadline" ]; do sleep 0.1; done
    if alive; then
        log "SHUTDOWN_TIMEOUT ($timeout s) passed: SIGKILL to process group $svc"
        kill -KILL -"$svc"
    fi
    wait "$svc"
    [ -n "$gossip" ] && kill "$gossip" 2>/dev/null
    log "the service stopped; exiting"
    exit 0
    ;;
*)
    echo "standin-hab: started as $role, which is not a role of mine" >&2
    exit 2
    ;;
esac
