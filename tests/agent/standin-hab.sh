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
# Sources: shared/reference/mesos-agent.md D1 (HAB sup/src/manager.rs, sup/src/sys/unix/service.rs).
R=/standin-records
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

case "$role" in
hab)
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
