// SPDX-License-Identifier: Apache-2.0
#include "export/ringpeerscript.h"

namespace habmesos {

namespace {

// Reads a JSON document on stdin and prints "A <ip> <port>" or "H <host> <port>" for every
// running task of the ring but `self`. The document is split at its quotes (one split, so that
// long strings such as an app's cmd cost nothing); only the text between strings is walked
// character by character. Every scalar lands in v["apps.0.tasks.1.host"] and so on.
constexpr char tasksAwk[] = R"AWK(
function seg(d) { if (d == 0) return ""; if (t[d] == "[") return cnt[d]++; return key[d] }
function scalar(val,   s) { s = seg(d); v[(p[d] == "") ? s : (p[d] "." s)] = val }
function open(c,   s, np) { s = seg(d); np = (d == 0 ? "" : (p[d] == "" ? s : p[d] "." s)); d++; p[d] = np; t[d] = c; cnt[d] = 0; needkey[d] = (c == "{") }
function flush() { if (lit != "") scalar(lit); lit = "" }
function outside(text,   n, i, c) {
    n = length(text)
    for (i = 1; i <= n; i++) {
        c = substr(text, i, 1)
        if (c == "{" || c == "[") { flush(); open(c) }
        else if (c == "}" || c == "]") { flush(); d-- }
        else if (c == ",") { flush(); if (t[d] == "{") needkey[d] = 1 }
        else if (c == ":" || c == " " || c == "\t" || c == "\r" || c == "\n") flush()
        else lit = lit c
    }
    flush()
}
function str(s) {
    gsub(/\\"/, "\"", s); gsub(/\\\//, "/", s)
    if (d > 0 && t[d] == "{" && needkey[d]) { key[d] = s; needkey[d] = 0 } else scalar(s)
}
{ text = text $0 "\n" }
END {
    d = 0; lit = ""
    n = split(text, q, "\"")
    inside = 0
    for (x = 1; x <= n; x++) {
        part = q[x]
        if (inside) {
            # a quote after an odd number of backslashes belongs to the string
            while (part ~ /(^|[^\\])(\\\\)*\\$/ && x < n) { x++; part = part "\"" q[x] }
            str(part)
        } else outside(part)
        inside = !inside
    }
    for (a = 0; ("apps." a ".id") in v; a++) {
        gi = -1
        for (j = 0; j < 1000 && gi < 0; j++) {
            b = "apps." a ".portDefinitions." j
            if (!((b ".name") in v) && !((b ".port") in v) && !((b ".protocol") in v)) break
            if (v[b ".name"] == portname) gi = j
        }
        if (gi < 0) continue
        for (k = 0; ("apps." a ".tasks." k ".id") in v; k++) {
            b = "apps." a ".tasks." k
            if (v[b ".id"] == self || v[b ".state"] != "TASK_RUNNING") continue
            port = v[b ".ports." gi]
            if (port !~ /^[0-9]+$/) continue
            ip = ""
            for (m = 0; ip == "" && (b ".ipAddresses." m ".ipAddress") in v; m++) {
                if (v[b ".ipAddresses." m ".protocol"] != "IPv6" && v[b ".ipAddresses." m ".ipAddress"] ~ /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/)
                    ip = v[b ".ipAddresses." m ".ipAddress"]
            }
            if (ip != "") print "A " ip " " port
            else if (v[b ".host"] ~ /^[-A-Za-z0-9_.]+$/) print "H " v[b ".host"] " " port
        }
    }
}
)AWK";

// The loop. @BB@, @OUT@, @PORTNAME@, @PORT@ and @AWK@ are filled in by script().
constexpr char loopSh[] = R"SH(# Keeps the Supervisor's --peer-watch-file (@OUT@) filled with the IP:port of the ring's
# other tasks. Written by habmesos (RingPeerScript; docs/RINGS.md). Never prints a secret.
bb=@BB@
out=@OUT@
interval=${HABMESOS_RING_INTERVAL:-5}
case "$interval" in ''|*[!0-9]*) interval=5;; esac
set -f
"$bb" mkdir -p "${out%/*}"
said=
say() { if [ "$said" != "$1" ]; then echo "habmesos ring: $2" >&2; said=$1; fi; }

# The first IPv4 address of $1: itself when it is one, else what nslookup answers.
resolve() {
    case "$1" in
    *[!0-9.]*) "$bb" nslookup "$1" 2>/dev/null | "$bb" awk '/^Name:/ { n = 1; next } n && /^Address/ { a = $NF; if (a ~ /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/) { print a; exit } }' ;;
    ?*) echo "$1" ;;
    esac
}

# Marathon's list of the ring's apps with their tasks, the body only.
tasklist() {
    url=${HABMESOS_MARATHON_URL%/}
    query="/v2/apps?label=habmesos.ring%3D%3D$HABMESOS_RING&embed=apps.tasks"
    case "$url" in
    http://*) rest=${url#http://} ;;
    https://*) "$bb" wget -q -O - "$url$query"; return ;;
    *) return 1 ;;
    esac
    hostport=${rest%%/*}
    prefix=
    case "$rest" in */*) prefix=/${rest#*/} ;; esac
    host=${hostport%:*}
    port=${hostport##*:}
    [ "$host" = "$hostport" ] && port=80
    {
        printf 'GET %s%s HTTP/1.0\r\nHost: %s\r\nAccept: application/json\r\n' "$prefix" "$query" "$hostport"
        if [ -n "${HABMESOS_MARATHON_AUTH-}" ]; then printf 'Authorization: %s\r\n' "$HABMESOS_MARATHON_AUTH"; fi
        printf '\r\n'
    } | "$bb" timeout 30 "$bb" nc -w 10 "$host" "$port" | "$bb" awk 'NR == 1 { if ($2 != "200") exit 1; next } body { print; next } /^\r?$/ { body = 1 } END { exit !body }'
}

peers() {
    if [ -n "${HABMESOS_RING-}" ]; then
        if [ -z "${HABMESOS_MARATHON_URL-}" ]; then
            say no-url "HABMESOS_RING is set but HABMESOS_MARATHON_URL is not: the ring's tasks cannot be asked for"
            return 1
        fi
        case "$HABMESOS_MARATHON_URL" in
        http://*) ;;
        https://*)
            if [ -n "${HABMESOS_MARATHON_AUTH-}" ]; then
                say https-auth "HABMESOS_MARATHON_URL is https and HABMESOS_MARATHON_AUTH is set: busybox wget would put the secret on its command line, so Marathon is not asked; use an http URL the agents reach, or no authentication"
                return 1
            fi ;;
        *) say url "HABMESOS_MARATHON_URL must start with http:// or https://"; return 1 ;;
        esac
        list=$(tasklist 2>/dev/null) || { say marathon "cannot read the ring's task list from Marathon; trying again"; return 1; }
        [ "$said" = marathon ] && said=
        printf '%s\n' "$list" | "$bb" awk -v self="${MESOS_TASK_ID-}" -v portname=@PORTNAME@ '@AWK@' | while read -r kind h p; do
            if [ "$kind" = A ]; then echo "$h:$p"; else a=$(resolve "$h"); [ -n "$a" ] && echo "$a:$p"; fi
        done
    fi
    for peer in ${HABMESOS_RING_PEERS-}; do
        h=${peer%:*}
        p=${peer##*:}
        [ "$h" = "$peer" ] && p=@PORT@
        a=$(resolve "$h")
        if [ -n "$a" ]; then echo "$a:$p"; else say "peer-$h" "the peer $h does not resolve (yet); trying again"; fi
    done
    return 0
}

tmp="$out.tmp.$$"
while :; do
    # In this shell, not in $(...): say() remembers what it said.
    if peers >"$tmp.all"; then
        "$bb" awk 'NF' "$tmp.all" | "$bb" sort -u >"$tmp"
        if "$bb" cmp -s "$tmp" "$out"; then "$bb" rm -f "$tmp"; else "$bb" mv -f "$tmp" "$out"; fi
    fi
    "$bb" rm -f "$tmp.all"
    [ -n "${HABMESOS_RING_ONCE-}" ] && exit 0
    "$bb" sleep "$interval"
done
)SH";

} // namespace

QByteArray RingPeerScript::script(const QString& busybox)
{
    QString awk = QString::fromLatin1(tasksAwk);
    // Inside single quotes in the shell: the awk text has none of its own.
    Q_ASSERT(!awk.contains(u'\''));
    QString s = QString::fromLatin1(loopSh);
    s.replace(QStringLiteral("@BB@"), busybox);
    s.replace(QStringLiteral("@OUT@"), peerWatchFile());
    s.replace(QStringLiteral("@PORTNAME@"), gossipPortName());
    s.replace(QStringLiteral("@PORT@"), QString::number(defaultGossipPort()));
    s.replace(QStringLiteral("@AWK@"), awk.trimmed());
    return QStringLiteral("#!%1\n").arg(busybox.left(busybox.lastIndexOf(u'/')) + QStringLiteral("/sh")).toUtf8()
        + s.toUtf8();
}

} // namespace habmesos
