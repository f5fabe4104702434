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
#  - `hab pkg install [--offline] [--ignore-install-hook] FILE.hart...` (issue #14) installs local
#    artifacts as Habitat's install.rs does: each one checked by standin-hart-verify (beside this
#    script, or $STANDIN_HART_VERIFY) against /hab/cache/keys before xz and tar unpack it; the
#    archive copied into /hab/cache/artifacts under its canonical name; every TDEPS entry taken
#    from /hab/pkgs or from the cache by canonical name, else "Cached artifact not found in
#    offline mode" (offline only with HAB_FEAT_OFFLINE_INSTALL set and --offline: the hidden flag
#    is ignored without it, and this stand-in has no Builder to download from); the target must
#    be x86_64-linux. A package with an install hook is refused: hooks are not emulated. Paths are
#    under $FS_ROOT when it is set, as Habitat's are (for tests outside a chroot).
# Sources: shared/reference/mesos-agent.md D1 (HAB sup/src/manager.rs, sup/src/sys/unix/service.rs),
# builder-fetcher-ring.md §2.5 (HAB common/src/command/package/install.rs).
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

# One artifact, checked and unpacked into a scratch directory; prints its package directory there.
unpack_hart() {
    tmp=$FS/hab/cache/.standin-unpack.$$.$2
    rm -rf "$tmp" && mkdir -p "$tmp" || return 1
    (set -o pipefail && "$verifier" "$1" "$FS/hab/cache/keys" | xz -d | tar -x -C "$tmp") || return 1
    for d in "$tmp"/hab/pkgs/*/*/*/*; do [ -f "$d/IDENT" ] && echo "$d" && return 0; done
    echo "✗✗✗ $1 holds no package" >&2
    return 1
}

# The ident an artifact's payload names, read only as far as its first member under hab/pkgs
# with all four levels (as Habitat's PackageArchive::ident stops at IDENT): the pipe closes early.
peek_ident() {
    "$verifier" "$1" "$FS/hab/cache/keys" 2>/dev/null | xz -d 2>/dev/null | tar -t 2>/dev/null |
        sed -n 's|^\(\./\)\{0,1\}hab/pkgs/\([^/]*/[^/]*/[^/]*/[^/]*\)/.*|\2|p' | head -n 1
}

# Moves an unpacked package into /hab/pkgs (the scratch copy goes when it is already there).
place_pkg() {
    ident=$(cat "$1/IDENT")
    target=$(cat "$1/TARGET" 2>/dev/null)
    if [ "$target" != x86_64-linux ]; then
        echo "✗✗✗ $ident is for ${target:-no target}, not the running system's x86_64-linux" >&2
        return 1
    fi
    if [ -e "$1/hooks/install" ]; then
        echo "standin-hab: $ident has an install hook, which this stand-in does not run" >&2
        return 1
    fi
    if [ ! -d "$FS/hab/pkgs/$ident" ]; then
        mkdir -p "$FS/hab/pkgs/${ident%/*}" && mv "$1" "$FS/hab/pkgs/$ident" || return 1
        echo "$ident" >>"$R/pkg-install.log"
    fi
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
    n=0
    for f in $files; do
        if [ ! -f "$f" ]; then
            echo "✗✗✗ $f: a local archive must be an existing file" >&2
            return 1
        fi
        # Installed already (a dependency of an earlier one): nothing to unpack, as with Habitat.
        known=$(peek_ident "$f")
        if [ -n "$known" ] && [ -d "$FS/hab/pkgs/$known" ]; then
            log "pkg install: $known is installed already"
            continue
        fi
        n=$((n + 1))
        top=$(unpack_hart "$f" "$n") || return 1
        ident=$(cat "$top/IDENT")
        canonical=$FS/hab/cache/artifacts/$(echo "$ident" | tr / -)-x86_64-linux.hart
        [ "$(readlink -f "$f")" = "$(readlink -f "$canonical")" ] || cp "$f" "$canonical" || return 1
        for dep in $(cat "$top/TDEPS" 2>/dev/null); do
            [ -d "$FS/hab/pkgs/$dep" ] && continue
            cached=$FS/hab/cache/artifacts/$(echo "$dep" | tr / -)-x86_64-linux.hart
            if [ ! -f "$cached" ]; then
                if [ -n "$offline" ]; then
                    echo "✗✗✗ Cached artifact not found in offline mode: $dep" >&2
                else
                    echo "standin-hab: $dep is not in the artifact cache, and this stand-in has no Builder" >&2
                fi
                return 1
            fi
            n=$((n + 1))
            d=$(unpack_hart "$cached" "$n") || return 1
            place_pkg "$d" || return 1
        done
        place_pkg "$top" || return 1
        rm -rf "$FS/hab/cache/.standin-unpack.$$".*
    done
    rm -rf "$FS/hab/cache/.standin-unpack.$$".*
    return 0
}

case "$role" in
hab)
    if [ "$1" = pkg ] && [ "$2" = install ]; then
        shift 2
        log "pkg install: $*"
        pkg_install "$@"
        status=$?
        rm -rf "${FS_ROOT:-}/hab/cache/.standin-unpack.$$".*
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
