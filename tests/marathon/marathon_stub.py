#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""A stand-in for Marathon's REST API, for habmesos' tests.

No Marathon (nor Mesos, ZooKeeper, DC/OS) can run where these tests run, so this test server was
written instead. It follows the documented contract in shared/reference/marathon.md (sections 2, 3,
4, 5, 8 and 9) to the letter: status codes, headers and error bodies are copied from there; where
that document is silent the choice is marked "(stub's choice)" below. It is not Marathon: it knows
a representative subset of Marathon's validation rules, not all of them.

Python 3 standard library only. Listens on 127.0.0.1 only. Prints its port on stdout as the first
line ("PORT <n>"), so tests can ask for --port 0.

Every answer from "Marathon" carries X-Marathon-Leader (and X-Frame-Options, X-XSS-Protection), as
the leader's LeaderProxyFilter adds them; answers Marathon's filter never sees have none: the
no-leader error pages, Jetty's Basic-auth 401, and DC/OS Admin Router's own answers (401, login).

State is kept in memory. Deployments advance with time: the new tasks are staged at once and one of
them starts running every --task-seconds (or, with --advance-on app-poll, one per GET /v2/apps/{id}); when all run, the deployment is gone from
/v2/deployments. A fresh deployment is hidden from /v2/deployments (and from the app's
`deployments`) for its first --unlisted-polls reads of /v2/deployments: the race client authors met.

The cluster endpoints follow the RAML (shared/marathon/schema/raml/v2/apps.raml, traits.raml) and
reference section 3.1: GET /v2/apps embeds the task counts by default and `deployments`/`tasks`/
`lastTaskFailure` only when asked (embed=apps.deployments, apps.tasks, apps.lastTaskFailure);
GET /v2/apps/{id}/versions is {"versions": [...]}, newest first (stub's choice: Marathon promises no
order, so clients sort); GET /v2/apps/{id}/versions/{v} is the app as it was (app.App, with its
version); every change of the definition, a scale and a restart store a version, as Marathon does;
PUT with {"version": v} (and at most the id) rolls back to it, and `version` with any other field is
422 "The 'version' field may only be combined with the 'id' field." (reference 2.7; a require(), so
422 {"message"} as reference 3.2 says of IllegalArgumentException); POST /v2/apps/{id}/restart and
PUT/restart of an app in deployment are 409 locked without ?force=true ("deployable" trait);
DELETE /v2/apps/{id} has force=true by default (reference 3.1), so it is locked only with
?force=false; its answer is a deployment result, and the app is gone from /v2/apps at once. An unknown
app is 404 {"message": "App '/x' does not exist"} on every one of them (apps.raml); an unknown version
of a known app is the same 404 (stub's choice, after the RAML's only 404 example).

Tests steer it through /_stub/... (never authenticated, never leader-proxied):
  POST /_stub/config   JSON object merged into the settings (see SETTINGS below)
  POST /_stub/expire-tokens   every DC/OS token issued so far stops being accepted
  POST /_stub/fail     {"app": "/x", "message": "..."}: the app's tasks fail from now on
  GET  /_stub/state    apps, deployments (hidden ones too), settings
  GET  /_stub/requests the requests seen: method, path, which auth scheme was sent (never secrets)
  POST /_stub/tasks    {"app": "/x", "task": {"id", "host", "ports", "ipAddresses", "state"}}: a task an
                       agent stand-in runs, listed with the app's tasks (added, or replaced by id) until
                       {"app": "/x", "remove": "<task id>"} (issue #13: the ring's task list)

The task list (MAR v2/apps.raml, types/task.raml): GET /v2/apps/{id}/tasks is {"tasks": [Task]};
GET /v2/apps?label=<selectors> keeps the apps whose labels match every comma-separated selector:
`key`, `key==value` and `key!=value` (the set-based `in`/`notin` forms are not offered).
"""

import argparse
import base64
import datetime
import http.server
import json
import re
import secrets
import socketserver
import ssl
import sys
import threading
import time
import urllib.parse
import uuid

LOCK = threading.RLock()

SETTINGS = {
    "version": "1.10.26",       # the Marathon version this stub pretends to be
    "auth": "none",             # none | basic | dcos
    "task_seconds": 0.3,        # time for each task of a deployment to go from staged to running
    "advance_on": "time",       # time | app-poll: one task step per GET /v2/apps/{id} (deterministic)
    "unlisted_polls": 1,        # reads of /v2/deployments during which a new deployment is not listed
    "hold_deployments": False,  # deployments make no progress (to test locked apps)
    "leader": True,             # False: every API call answers the "no leader" error page
    "hang": False,              # True: API calls are never answered (to test client timeouts)
    "forbid_all": False,        # True: every authenticated API call gets 403
    # A site's own rules, as a RunSpecValidator plugin (mesosphere.marathon.plugin.validation) adds
    # them to Marathon's validation: their violations are 422 "Object is not valid" like Marathon's
    # own, so no client can know them beforehand. Each rule is {"pointer": "/instances" (a JSON
    # pointer into the app), "minimum": N, "error": "..."}: a value below N is reported on that
    # path (stub's choice of rule shape).
    "site_rules": [],
}
BASIC_USERS = {}        # user -> password (--http-credentials)
FORBIDDEN_USERS = set()  # users (Basic) or uids (DC/OS) that are authenticated but not authorized
DCOS_USERS = {}         # uid -> password (--dcos-user)
TOKENS = {}             # token -> uid; valid DC/OS tokens
APPS = {}               # app id -> app record
DEPLOYMENTS = []        # deployment records, oldest first
ARTIFACTS = {}          # artifact path -> bytes (Marathon 1.4's artifact store)
FAILING = {}            # app id -> failure message
REQUESTS = []           # log of requests (no secrets)
BASE_URL = ""

# Marathon's per-segment id regex (PathId.scala ID_PATH_SEGMENT_PATTERN), and its message.
ID_SEGMENT = r"^(([a-z0-9]|[a-z0-9][a-z0-9\-]*[a-z0-9])\.)*([a-z0-9]|[a-z0-9][a-z0-9\-]*[a-z0-9])|(\.|\.\.)$"
ID_SEGMENT_RE = re.compile(r"(?:(([a-z0-9]|[a-z0-9][a-z0-9\-]*[a-z0-9])\.)*([a-z0-9]|[a-z0-9][a-z0-9\-]*[a-z0-9])|(\.|\.\.))\Z")
PORT_NAME_RE = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
RESERVED = ["restart", "tasks", "versions", ".", ".."]


def version_tuple(text):
    parts = re.findall(r"\d+", text)
    return tuple(int(p) for p in parts[:3]) + (0,) * (3 - min(3, len(parts)))


def now_iso():
    t = datetime.datetime.now(datetime.timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


LAST_VERSION = [0]


def new_version():
    """A fresh app version: now, in milliseconds, and later than every one before (two changes
    within a millisecond would otherwise share a version, which Marathon's store never does)."""
    t = datetime.datetime.now(datetime.timezone.utc)
    ms = max(int(t.timestamp() * 1000), LAST_VERSION[0] + 1)
    LAST_VERSION[0] = ms
    t = datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ms % 1000)


def canonical_id(raw):
    return "/" + raw.strip("/")


def jetty_page(code, reason, path):
    # Jetty's sendError page, as Marathon's LeaderProxyFilter and BasicAuthenticator produce it.
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>\n'
        "<title>Error %d %s</title>\n</head>\n<body><h2>HTTP ERROR %d</h2>\n"
        "<p>Problem accessing %s. Reason:\n<pre>    %s</pre></p><hr>"
        '<a href="http://eclipse.org/jetty">Powered by Jetty:// 9.4.8.v20171121</a><hr/>\n'
        "\n</body>\n</html>\n" % (code, reason, code, path, reason)
    ).encode()


# DC/OS Admin Router answers 401 with an HTML page and `WWW-Authenticate: acsjwt` (reference 4.3);
# the page text is the stub's choice (OpenResty's default page).
ACS_401_PAGE = (b"<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n"
                b"<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>openresty</center>\r\n"
                b"</body>\r\n</html>\r\n")


class ApiError(Exception):
    def __init__(self, status, body, headers=None):
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}


# ---------------------------------------------------------------------------------------------
# Validation: a representative subset of Marathon's rules, in its own words and paths.

def type_errors(app):
    """The RAML readers' errors (422 "Invalid JSON" from 1.5 on, 400 before)."""
    errs = {}

    def add(path, key):
        errs.setdefault(path, []).append(key)

    def number(path, value, minimum=None, integer=False):
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (integer and not isinstance(value, int)):
            add(path, "error.expected.jsnumber")
        elif minimum is not None and value < minimum:
            add(path, "error.min")

    if "id" not in app:
        add("/id", "error.path.missing")
    elif not isinstance(app["id"], str):
        add("/id", "error.expected.jsstring")
    if "cmd" in app:
        if not isinstance(app["cmd"], str):
            add("/cmd", "error.expected.jsstring")
        elif len(app["cmd"]) < 1:
            add("/cmd", "error.minLength")
    if "args" in app and (not isinstance(app["args"], list) or not all(isinstance(a, str) for a in app["args"])):
        add("/args", "error.expected.jsarray")
    number("/cpus", app.get("cpus"), 0.001)
    number("/mem", app.get("mem"), 0)
    number("/disk", app.get("disk"), 0)
    number("/gpus", app.get("gpus"), 0, integer=True)
    number("/instances", app.get("instances"), 0, integer=True)
    env = app.get("env")
    if isinstance(env, dict):
        for key, value in env.items():
            if not isinstance(value, str) and not (isinstance(value, dict) and isinstance(value.get("secret"), str)):
                add("/env/" + key, "error.expected.jsstring")
    # Relaunch backoff, roles, user and downloads (RAML app.raml, artifact.raml).
    number("/backoffSeconds", app.get("backoffSeconds"), 0, integer=True)
    number("/backoffFactor", app.get("backoffFactor"), 1)
    number("/maxLaunchDelaySeconds", app.get("maxLaunchDelaySeconds"), 0, integer=True)
    number("/taskKillGracePeriodSeconds", app.get("taskKillGracePeriodSeconds"), 0, integer=True)
    roles = app.get("acceptedResourceRoles")
    if roles is not None and (not isinstance(roles, list) or not all(isinstance(r, str) for r in roles)):
        add("/acceptedResourceRoles", "error.expected.jsarray")
    if "user" in app and not isinstance(app["user"], str):
        add("/user", "error.expected.jsstring")
    fetch = app.get("fetch")
    if fetch is not None:
        if not isinstance(fetch, list):
            add("/fetch", "error.expected.jsarray")
        else:
            for i, artifact in enumerate(fetch):
                at = "/fetch(%d)" % i
                if not isinstance(artifact, dict):
                    add(at, "error.expected.jsobject")
                    continue
                for key in ("uri", "destPath"):
                    if key not in artifact:
                        if key == "uri":
                            add(at + "/uri", "error.path.missing")
                    elif not isinstance(artifact[key], str):
                        add(at + "/" + key, "error.expected.jsstring")
                    elif len(artifact[key]) < 1:
                        add(at + "/" + key, "error.minLength")
                    elif len(artifact[key]) > 1024:
                        add(at + "/" + key, "error.maxLength")
                for key in ("extract", "executable", "cache"):
                    if key in artifact and not isinstance(artifact[key], bool):
                        add(at + "/" + key, "error.expected.jsboolean")
    ports = app.get("ports")
    if ports is not None:
        # Deprecated `ports` (reference 2.5): int[] 0-65535.
        if not isinstance(ports, list):
            add("/ports", "error.expected.jsarray")
        else:
            for i, port in enumerate(ports):
                if not isinstance(port, int) or isinstance(port, bool):
                    add("/ports(%d)" % i, "error.expected.jsnumber")
                elif port < 0:
                    add("/ports(%d)" % i, "error.min")
                elif port > 65535:
                    add("/ports(%d)" % i, "error.max")
    pds = app.get("portDefinitions")
    if pds is not None:
        if not isinstance(pds, list):
            add("/portDefinitions", "error.expected.jsarray")
        else:
            for i, pd in enumerate(pds):
                if not isinstance(pd, dict):
                    add("/portDefinitions(%d)" % i, "error.expected.jsobject")
                    continue
                if "port" in pd:
                    if not isinstance(pd["port"], int) or isinstance(pd["port"], bool):
                        add("/portDefinitions(%d)/port" % i, "error.expected.jsnumber")
                    elif pd["port"] < 0:
                        add("/portDefinitions(%d)/port" % i, "error.min")
                    elif pd["port"] > 65535:
                        add("/portDefinitions(%d)/port" % i, "error.max")
                if "name" in pd:
                    if not isinstance(pd["name"], str):
                        add("/portDefinitions(%d)/name" % i, "error.expected.jsstring")
                    elif not PORT_NAME_RE.match(pd["name"]):
                        add("/portDefinitions(%d)/name" % i, "error.pattern")
                if "protocol" in pd and pd["protocol"] not in ("tcp", "udp", "udp,tcp"):
                    add("/portDefinitions(%d)/protocol" % i, "error.unknown.enum.literal")
    return errs


def host_networking(app):
    """Host networking is the default (reference 2.7): no `networks`, or only mode "host"."""
    networks = app.get("networks") or []
    return all(isinstance(n, dict) and n.get("mode", "host") == "host" for n in networks)


def port_definitions_of(app):
    """The port definitions Marathon works with (reference 2.5): `portDefinitions` when given, else
    the deprecated `ports` as definitions, else (host networking) the one default definition."""
    if app.get("portDefinitions") is not None:
        return [dict(pd) for pd in app["portDefinitions"]]
    if app.get("ports") is not None:
        return [{"port": port} for port in app["ports"]]
    if host_networking(app):
        return [{"port": 0, "name": "default", "protocol": "tcp"}]
    return []


def legacy_ports_conflict(app):
    """Both `ports` and `portDefinitions` given and not the same ports (reference 2.5)."""
    ports, pds = app.get("ports"), app.get("portDefinitions")
    return ports is not None and pds is not None and ports != [pd.get("port", 0) for pd in pds]


ROLE_CHARS = {"\t": "horizontal tab (\\x09)", "\n": "line feed (\\x0a)", "\x0b": "vertical tab (\\x0b)",
              "\x0c": "form feed (\\x0c)", "\r": "carriage return (\\x0d)", " ": "space (\\x20)",
              "/": "slash (\\x2f)", "\x7f": "backspace (\\x7f)"}


def role_problems(role):
    """Marathon's ResourceRole.validResourceRole messages for one role name."""
    out = []
    for bad in ("", ".", ".."):
        if role == bad:
            out.append('A role name must not be "%s".' % bad)
    if role.startswith("-"):
        out.append("A role name must not start with a '-'.")
    for char, name in ROLE_CHARS.items():
        if char in role:
            out.append("A role name must not include a %s character." % name)
    return out


def semantic_errors(app):
    """The wix-accord validators' errors (422 "Object is not valid")."""
    errs = {}

    def add(path, msg):
        errs.setdefault(path, []).append(msg)

    segments = [s for s in app["id"].strip("/").split("/")]
    if app["id"].strip("/") == "":
        add("/id", "must not be root")
    else:
        for seg in segments:
            if not ID_SEGMENT_RE.match(seg):
                add("/id", "must fully match regular expression '%s'" % ID_SEGMENT)
                break
        if segments[-1] in RESERVED:
            add("/id", "must not end with any of the following reserved keywords: " + ", ".join(RESERVED))
    has_cmd = "cmd" in app
    has_args = "args" in app
    if (has_cmd == has_args) and "container" not in app:
        add("/", "AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.")
    if app.get("fetch") and app.get("uris"):
        add("/uris", "may not be set in conjunction with fetch")
    # The reference gives these two rules' messages only: reporting them here, as 422 "Object is
    # not valid" on these paths, is the stub's choice.
    if legacy_ports_conflict(app):
        add("/", "cannot specify both ports and port definitions")
    nonzero = [p for p in app.get("ports") or [] if p != 0]
    if len(nonzero) != len(set(nonzero)):
        add("/ports", "ports must be unique")
    pds = port_definitions_of(app)
    names = [pd.get("name") for pd in pds if pd.get("name") is not None]
    if len(names) != len(set(names)):
        add("/portDefinitions", "Port names must be unique.")
    mesos_checks = 0
    for i, hc in enumerate(app.get("healthChecks") or []):
        protocol = hc.get("protocol", "HTTP")
        if protocol.startswith("MESOS_"):
            mesos_checks += 1
        if protocol != "COMMAND" and "port" not in hc:
            index = hc.get("portIndex", 0)
            if not isinstance(index, int) or index < 0 or index >= len(pds):
                add("/healthChecks(%d)" % i,
                    "Health check port indices must address an element of the ports array or container port mappings.")
    if mesos_checks > 1:
        add("/", "AppDefinition can contain at most one Mesos health check")
    for rule in SETTINGS["site_rules"]:
        value = app
        for key in rule["pointer"].strip("/").split("/"):
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, (int, float)) and value < rule["minimum"]:
            add(rule["pointer"], rule["error"])
    # ResourceRole.validAcceptedResourceRoles, in its words (Marathon keeps them as a set).
    roles = app.get("acceptedResourceRoles")
    if roles is not None:
        if not roles:
            add("/acceptedResourceRoles", "must not be empty")
        for i, role in enumerate(roles):
            for problem in role_problems(role):
                add("/acceptedResourceRoles(%d)" % i, problem)
    us = app.get("upgradeStrategy")
    if isinstance(us, dict):
        for key in ("minimumHealthCapacity", "maximumOverCapacity"):
            value = us.get(key)
            if isinstance(value, (int, float)) and value > 1:
                add("/upgradeStrategy/" + key, "is greater than 1")
            if isinstance(value, (int, float)) and value < 0:
                add("/upgradeStrategy/" + key, "is less than 0")
    return errs


def details(errs):
    return [{"path": p, "errors": e} for p, e in errs.items()]


def validate(app):
    if not isinstance(app, dict):
        raise ApiError(422 if version_tuple(SETTINGS["version"]) >= (1, 5, 0) else 400,
                       {"message": "Invalid JSON", "details": [{"path": "", "errors": ["error.expected.jsobject"]}]})
    errs = type_errors(app)
    if errs:
        # 422 from 1.5 on (commit 1fa0d9d1), 400 before.
        raise ApiError(422 if version_tuple(SETTINGS["version"]) >= (1, 5, 0) else 400,
                       {"message": "Invalid JSON", "details": details(errs)})
    errs = semantic_errors(app)
    if errs:
        raise ApiError(422, {"message": "Object is not valid", "details": details(errs)})


# ---------------------------------------------------------------------------------------------
# Apps and deployments

# The archive suffixes Marathon extracts when it turns `uris` into `fetch` (reference 2.3).
EXTRACT_SUFFIXES = (".tar", ".tar.gz", ".tar.bz2", ".tar.xz", ".gz", ".tgz", ".tbz2", ".txz", ".zip")


def normalize(app):
    out = dict(app)
    # Deprecated fields become their successors (reference 2.3, 2.5). The stored app keeps only
    # the successors (stub's choice: the reference does not say whether answers echo `uris`/`ports`).
    uris = out.pop("uris", None)
    if uris and not out.get("fetch"):
        out["fetch"] = [{"uri": uri, "extract": uri.split("?")[0].split("#")[0].endswith(EXTRACT_SUFFIXES),
                         "executable": False, "cache": False} for uri in uris]
    out["portDefinitions"] = port_definitions_of(app)
    out.pop("ports", None)
    out["id"] = canonical_id(app["id"])
    for key, default in (("cpus", 1), ("mem", 128), ("disk", 0), ("gpus", 0), ("instances", 1),
                         ("backoffSeconds", 1), ("backoffFactor", 1.15), ("maxLaunchDelaySeconds", 300),
                         ("executor", ""), ("env", {}), ("labels", {}), ("constraints", []),
                         ("healthChecks", []), ("fetch", []), ("dependencies", []),
                         ("killSelection", "YOUNGEST_FIRST"), ("requirePorts", False)):
        out.setdefault(key, default)
    ports = []
    for i, pd in enumerate(out["portDefinitions"]):
        pd = dict(pd)
        pd.setdefault("protocol", "tcp")
        pd.setdefault("labels", {})
        if pd.get("port", 0) == 0:
            pd["port"] = 10000 + i
        ports.append(pd)
    out["portDefinitions"] = ports
    out.setdefault("upgradeStrategy", {"minimumHealthCapacity": 1, "maximumOverCapacity": 1})
    return out


def store(app_id, definition, version, scaling=False, tasks=None, keep_failure=None):
    """Makes `definition` the app's current one at `version`, and keeps it in the app's history."""
    existing = APPS.get(app_id)
    record = {"def": definition, "version": version, "tasks": tasks if tasks is not None else [],
              "new_tasks": [], "versions": list(existing["versions"]) if existing else [],
              "config_version": existing["config_version"] if existing and scaling else version}
    record["versions"].append((version, definition, record["config_version"]))
    if keep_failure is not None and "lastTaskFailure" in keep_failure:
        record["lastTaskFailure"] = keep_failure["lastTaskFailure"]
    APPS[app_id] = record
    return record


def new_task(app_id, version):
    return {"id": app_id.strip("/").replace("/", "_") + "." + str(uuid.uuid4()), "appId": app_id,
            "host": "127.0.0.1", "ports": [], "state": "TASK_STAGING", "stagedAt": now_iso(),
            "startedAt": None, "version": version, "healthCheckResults": [], "slaveId": "stub-agent-S0"}


def start_deployment(app_id, action, version):
    app = APPS[app_id]
    dep = {"id": str(uuid.uuid4()), "version": version, "app": app_id, "action": action,
           "start": time.monotonic(), "polls": 0, "app_polls": 0, "next_step": 0}
    app["new_tasks"] = [new_task(app_id, version) for _ in range(app["def"]["instances"])]
    DEPLOYMENTS.append(dep)
    return dep


def running_deployments(app_id):
    return [d for d in DEPLOYMENTS if d["app"] == app_id]


def visible(dep):
    return dep["polls"] >= SETTINGS["unlisted_polls"]


def advance():
    """Moves every deployment on according to the time that has passed."""
    step = max(0.001, float(SETTINGS["task_seconds"]))
    for dep in list(DEPLOYMENTS):
        if SETTINGS["hold_deployments"]:
            continue
        app = APPS.get(dep["app"])
        if app is None:
            DEPLOYMENTS.remove(dep)
            continue
        if SETTINGS["advance_on"] == "app-poll":
            due = dep["app_polls"]
        else:
            due = int((time.monotonic() - dep["start"]) / step)
        while dep["next_step"] < due:
            dep["next_step"] += 1
            staged = [t for t in app["new_tasks"] if t["state"] == "TASK_STAGING"]
            if not staged:
                break
            task = staged[0]
            if dep["app"] in FAILING:
                app["lastTaskFailure"] = {
                    "appId": dep["app"], "host": "127.0.0.1", "message": FAILING[dep["app"]],
                    "state": "TASK_FAILED", "taskId": task["id"], "timestamp": now_iso(),
                    "version": dep["version"], "slaveId": "stub-agent-S0"}
                # Marathon keeps relaunching (with backoff); the deployment stays.
                app["new_tasks"][app["new_tasks"].index(task)] = new_task(dep["app"], dep["version"])
            else:
                task["state"] = "TASK_RUNNING"
                task["startedAt"] = now_iso()
                if app["def"]["healthChecks"]:
                    task["healthCheckResults"] = [{"alive": True, "consecutiveFailures": 0,
                                                   "firstSuccess": now_iso(), "lastSuccess": now_iso(),
                                                   "taskId": task["id"]}]
        if all(t["state"] == "TASK_RUNNING" for t in app["new_tasks"]):
            app["tasks"] = app["new_tasks"]
            app["new_tasks"] = []
            DEPLOYMENTS.remove(dep)


ALL_EMBEDS = ("counts", "deployments", "tasks", "lastTaskFailure")


def app_info(app_id, hide_unlisted=True, embed=ALL_EMBEDS):
    """AppInfo: the definition, its version, and what `embed` asks for (GET /v2/apps/{id} embeds
    all of these by default, reference 3.1)."""
    app = APPS[app_id]
    info = dict(app["def"])
    info["version"] = app["version"]
    info["versionInfo"] = {"lastScalingAt": app["version"], "lastConfigChangeAt": app["config_version"]}
    tasks = app["tasks"] + app["new_tasks"] + app.get("agent_tasks", [])
    if "counts" in embed:
        healthy = bool(app["def"]["healthChecks"])
        running = [t for t in tasks if t["state"] == "TASK_RUNNING"]
        info["tasksStaged"] = len([t for t in tasks if t["state"] == "TASK_STAGING"])
        info["tasksRunning"] = len(running)
        info["tasksHealthy"] = len(running) if healthy else 0
        info["tasksUnhealthy"] = 0
    if "deployments" in embed or "tasks" in embed:  # apps.tasks implies apps.deployments (apps.raml)
        info["deployments"] = [{"id": d["id"]} for d in running_deployments(app_id)
                               if visible(d) or not hide_unlisted]
    if "tasks" in embed:
        info["tasks"] = [{k: v for k, v in t.items() if v is not None} for t in tasks]
    if "lastTaskFailure" in embed and "lastTaskFailure" in app:
        info["lastTaskFailure"] = app["lastTaskFailure"]
    return info


def list_embeds(embeds):
    """GET /v2/apps' embed parameters (apps.raml): counts by default ("currently embedded by
    default"); apps.failures is the shorthand for all four."""
    wanted = set()
    for e in embeds:
        name = e[len("apps."):] if e.startswith("apps.") else e
        if name == "failures":
            wanted.update(ALL_EMBEDS)
        elif name in ("counts", "count"):
            wanted.add("counts")
        elif name in ALL_EMBEDS:
            wanted.add(name)
    return wanted or {"counts"}


def label_matches(labels, selector):
    """GET /v2/apps' label selector (apps.raml): comma-separated, all must hold; `key`, `key==value`,
    `key!=value`. A backslash escapes the next character."""
    parts, current, escaped = [], "", False
    for ch in selector:
        if escaped:
            current += ch
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ",":
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if "!=" in part:
            key, _, value = part.partition("!=")
            if key.strip() not in labels or labels[key.strip()] == value.strip():
                return False
        elif "==" in part:
            key, _, value = part.partition("==")
            if labels.get(key.strip()) != value.strip():
                return False
        elif part not in labels:
            return False
    return True


def app_tasks(app_id):
    app = APPS[app_id]
    tasks = app["tasks"] + app["new_tasks"] + app.get("agent_tasks", [])
    return [{k: v for k, v in t.items() if v is not None} for t in tasks]


def deployment_json(dep):
    return {"id": dep["id"], "version": dep["version"], "affectedApps": [dep["app"]], "affectedPods": [],
            "steps": [{"actions": [{"action": dep["action"], "app": dep["app"]}]}],
            "currentActions": [{"action": dep["action"], "app": dep["app"], "readinessCheckResults": []}],
            "currentStep": 1, "totalSteps": 1}


def locked_error(deps):
    return ApiError(409, {
        "message": "App is locked by one or more deployments. Override with the option '?force=true'. "
                   "View details at '/v2/deployments/<DEPLOYMENT_ID>'.",
        "deployments": [{"id": d["id"]} for d in deps]})


def not_found(app_id):
    return ApiError(404, {"message": "App '%s' does not exist" % app_id})


def parse_json_body(raw):
    if not raw.strip():
        raise ApiError(400, {"message": "Please specify data in JSON format",
                             "details": "No content to map due to end-of-input\n at [Source: (String)\"\"; line: 1, column: 0]"})
    try:
        return json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        # Jackson's words differ from Python's; what matters is that `details` is a string here.
        raise ApiError(400, {"message": "Invalid JSON",
                             "details": "Unexpected character or end-of-input: %s" % e})


# ---------------------------------------------------------------------------------------------
# HTTP

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Jetty(9.4.8.v20171121)"
    sys_version = ""

    def log_message(self, fmt, *args):
        if ARGS.verbose:
            sys.stderr.write("stub: " + (fmt % args) + "\n")

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def send(self, status, body=b"", content_type="application/json", headers=None, leader=True):
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
        elif isinstance(body, str):
            body = body.encode()
        self.send_response(status)
        if leader:
            self.send_header("X-Marathon-Leader", BASE_URL)
            self.send_header("X-Frame-Options", "DENY")
            self.send_header("X-XSS-Protection", "1; mode=block")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if body or status not in (204,):
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        self.dispatch()

    def do_POST(self):
        self.dispatch()

    def do_PUT(self):
        self.dispatch()

    def do_DELETE(self):
        self.dispatch()

    def do_PATCH(self):
        self.dispatch()

    def auth_kind(self):
        value = self.headers.get("Authorization") or ""
        return value.split(" ")[0].split("=")[0] if value else ""

    def dispatch(self):
        path, _, query = self.path.partition("?")
        params = {"embed": []}
        for pair in query.split("&"):
            if pair:
                key, _, value = pair.partition("=")
                if key == "embed":
                    params["embed"].append(value)
                else:
                    params[key] = value
        body = self.read_body()
        with LOCK:
            REQUESTS.append({"method": self.command, "path": self.path, "auth": self.auth_kind()})
        if path.startswith("/_stub/"):
            return self.control(path, body)
        if SETTINGS["hang"]:
            # Never answer; the connection is dropped when the stub exits.
            while SETTINGS["hang"]:
                time.sleep(0.1)
            self.close_connection = True
            return
        if not SETTINGS["leader"]:
            code = 503 if version_tuple(SETTINGS["version"]) < (1, 7, 0) else 502
            # No leader known: no X-Marathon-Leader header either.
            return self.send(code, jetty_page(code, "Could not determine the current leader", path),
                             "text/html;charset=iso-8859-1", leader=False)
        if path == "/acs/api/v1/auth/login" and SETTINGS["auth"] == "dcos":
            return self.login(body)
        # DC/OS serves Marathon under /service/marathon.
        if SETTINGS["auth"] == "dcos" and path.startswith("/service/marathon/"):
            path = path[len("/service/marathon"):]
        user = self.authenticate(path)
        if user is False:
            return
        try:
            with LOCK:
                if user is not None and (SETTINGS["forbid_all"] or user in FORBIDDEN_USERS) \
                        and path.startswith("/v2/"):
                    raise ApiError(403, {"message": "Not Authorized to perform this action!"})
                advance()
                status, out, headers = self.route(path, params, body)
        except ApiError as e:
            return self.send(e.status, e.body, headers=e.headers)
        if isinstance(out, (bytes, str)) and headers.get("Content-Type"):
            ctype = headers.pop("Content-Type")
            return self.send(status, out, ctype, headers)
        self.send(status, out if out is not None else b"", headers=headers)

    def authenticate(self, path):
        """None when no auth is configured, the user/uid when accepted, False after a 401."""
        mode = SETTINGS["auth"]
        value = self.headers.get("Authorization") or ""
        if mode == "basic":
            if value.startswith("Basic "):
                try:
                    user, _, password = base64.b64decode(value[6:]).decode().partition(":")
                except (ValueError, UnicodeDecodeError):
                    user, password = None, None
                if user in BASIC_USERS and BASIC_USERS[user] == password:
                    return user
            self.send(401, jetty_page(401, "Unauthorized", path), "text/html;charset=iso-8859-1",
                      {"WWW-Authenticate": 'basic realm="%s"' % ARGS.http_realm}, leader=False)
            return False
        if mode == "dcos":
            if value.startswith("token="):
                with LOCK:
                    uid = TOKENS.get(value[len("token="):])
                if uid is not None:
                    return uid
            self.send(401, ACS_401_PAGE, "text/html", {"WWW-Authenticate": "acsjwt"}, leader=False)
            return False
        return None

    def login(self, body):
        try:
            data = json.loads(body.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("uid"), str) \
                or not isinstance(data.get("password"), str):
            return self.send(400, {"title": "Bad Request", "description": "JWT parsing failed"}, leader=False)
        if DCOS_USERS.get(data["uid"]) != data["password"]:
            # (stub's choice: the reference has no verbatim body for a wrong password)
            return self.send(401, {"title": "Unauthorized", "description": "Login failed: invalid uid or password",
                                   "code": "ERR_INVALID_CREDENTIALS"}, headers={"WWW-Authenticate": "acsjwt"},
                             leader=False)
        # Shaped like a JWT (header.payload.signature); nothing checks the signature.
        def b64(obj):
            return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()
        token = "%s.%s.%s" % (b64({"alg": "RS256", "typ": "JWT"}),
                              b64({"uid": data["uid"], "exp": int(time.time()) + 5 * 86400}),
                              secrets.token_urlsafe(32))
        with LOCK:
            TOKENS[token] = data["uid"]
        self.send(200, {"token": token}, leader=False)

    def control(self, path, body):
        with LOCK:
            if path == "/_stub/config" and self.command == "POST":
                SETTINGS.update(json.loads(body or b"{}"))
                return self.send(200, SETTINGS, leader=False)
            if path == "/_stub/expire-tokens":
                TOKENS.clear()
                return self.send(200, {}, leader=False)
            if path == "/_stub/fail":
                data = json.loads(body)
                FAILING[canonical_id(data["app"])] = data.get("message", "Command exited with status 1")
                return self.send(200, {}, leader=False)
            if path == "/_stub/state":
                advance()
                return self.send(200, {
                    "settings": SETTINGS,
                    "apps": {k: app_info(k, hide_unlisted=False) for k in APPS},
                    "deployments": [deployment_json(d) for d in DEPLOYMENTS]}, leader=False)
            if path == "/_stub/requests":
                return self.send(200, REQUESTS, leader=False)
            if path == "/_stub/tasks" and self.command == "POST":
                data = json.loads(body or b"{}")
                app_id = canonical_id(data.get("app", ""))
                if app_id not in APPS:
                    return self.send(404, {"message": "no app " + app_id}, leader=False)
                listed = APPS[app_id].setdefault("agent_tasks", [])
                gone = data.get("remove") or (data.get("task") or {}).get("id")
                listed[:] = [t for t in listed if t["id"] != gone]
                if "task" in data:
                    task = {"appId": app_id, "host": "127.0.0.1", "ports": [], "state": "TASK_RUNNING",
                            "stagedAt": now_iso(), "startedAt": now_iso(), "version": APPS[app_id]["version"],
                            "slaveId": "stub-agent-S0"}
                    task.update(data["task"])
                    listed.append(task)
                return self.send(200, {"tasks": app_tasks(app_id)}, leader=False)
        self.send(404, {"message": "unknown control path"}, leader=False)

    def not_found_route(self, path):
        if version_tuple(SETTINGS["version"]) >= (1, 6, 486):
            return ApiError(500, {"message": "URI not found"})
        return ApiError(404, {"message": "URI not found: " + path})

    def route(self, path, params, body):
        method = self.command
        force = params.get("force") == "true"
        if path == "/ping" and method == "GET":
            return 200, "pong", {"Content-Type": "text/plain"}
        if path == "/v2/info" and method == "GET":
            host = "127.0.0.1:%d" % ARGS.bound_port
            return 200, {"name": "marathon", "version": SETTINGS["version"], "buildref": "stub", "elected": True,
                         "leader": host, "frameworkId": "stub-framework-0000",
                         "marathon_config": {"features": [], "hostname": "127.0.0.1", "master": "zk://127.0.0.1:2181/mesos"},
                         "http_config": {"http_port": ARGS.bound_port if not ARGS.ssl_cert else 0,
                                         "https_port": ARGS.bound_port if ARGS.ssl_cert else 0}}, {}
        if path == "/v2/leader" and method == "GET":
            return 200, {"leader": "127.0.0.1:%d" % ARGS.bound_port}, {}
        if path == "/v2/deployments" and method == "GET":
            out = []
            for dep in DEPLOYMENTS:
                if visible(dep):
                    out.append(deployment_json(dep))
                dep["polls"] += 1
            return 200, out, {}
        if path.startswith("/v2/artifacts"):
            if version_tuple(SETTINGS["version"]) >= (1, 5, 0):
                raise self.not_found_route(path)
            return self.artifacts(path, body)
        if path == "/v2/apps" and method == "GET":
            embed = list_embeds(params["embed"])
            selector = urllib.parse.unquote_plus(params.get("label", ""))
            return 200, {"apps": [app_info(k, embed=embed) for k in sorted(APPS)
                                  if label_matches(APPS[k]["def"].get("labels") or {}, selector)]}, {}
        if path == "/v2/apps" and method == "POST":
            app = parse_json_body(body)
            validate(app)
            app_id = canonical_id(app["id"])
            if app_id in APPS:
                raise ApiError(409, {"message": "An app with id [%s] already exists." % app_id})
            version = new_version()
            store(app_id, normalize(app), version)
            dep = start_deployment(app_id, "StartApplication", version)
            info = app_info(app_id)
            info["deployments"] = [{"id": dep["id"]}]  # the POST answer always names it
            info["tasksStaged"] = info["tasksRunning"] = info["tasksHealthy"] = info["tasksUnhealthy"] = 0
            info["tasks"] = []
            return 201, info, {"Marathon-Deployment-Id": dep["id"], "Location": BASE_URL + "/v2/apps" + app_id}
        if path.startswith("/v2/apps/"):
            rest = path[len("/v2/apps/"):].rstrip("/")
            # An id never ends in "versions" or "restart" (reserved, reference 2.1), so these
            # suffixes are the sub-resources.
            if rest.endswith("/versions") and method == "GET":
                return self.versions(canonical_id(rest[:-len("/versions")]))
            if "/versions/" in rest and method == "GET":
                app_part, _, version = rest.rpartition("/versions/")
                return self.version(canonical_id(app_part), urllib.parse.unquote(version))
            if rest.endswith("/restart") and method == "POST":
                return self.restart(canonical_id(rest[:-len("/restart")]), force)
            if rest.endswith("/tasks") and method == "GET":
                task_app = canonical_id(rest[:-len("/tasks")])
                if task_app not in APPS:
                    raise not_found(task_app)
                return 200, {"tasks": app_tasks(task_app)}, {}
            app_id = canonical_id(rest)
            if method == "GET":
                if app_id not in APPS:
                    raise not_found(app_id)
                info = app_info(app_id)
                for dep in running_deployments(app_id):
                    dep["app_polls"] += 1
                return 200, {"app": info}, {}
            if method == "PUT":
                return self.put_app(app_id, params, body, force)
            if method == "DELETE":
                if app_id not in APPS:
                    raise not_found(app_id)
                # DELETE's force defaults to true (reference 3.1): running deployments are cancelled.
                deps = running_deployments(app_id)
                if deps and params.get("force", "true") != "true":
                    raise locked_error(deps)
                for d in deps:
                    DEPLOYMENTS.remove(d)
                del APPS[app_id]
                dep_id = str(uuid.uuid4())
                return 200, {"deploymentId": dep_id, "version": now_iso()}, {"Marathon-Deployment-Id": dep_id}
        raise self.not_found_route(path)

    def versions(self, app_id):
        if app_id not in APPS:
            raise not_found(app_id)
        return 200, {"versions": [v for v, _, _ in reversed(APPS[app_id]["versions"])]}, {}

    def version(self, app_id, version):
        if app_id not in APPS:
            raise not_found(app_id)
        for v, definition, config_version in APPS[app_id]["versions"]:
            if v == version:
                out = dict(definition)
                out["version"] = v
                out["versionInfo"] = {"lastScalingAt": v, "lastConfigChangeAt": config_version}
                return 200, out, {}
        raise not_found(app_id)

    def put_app(self, app_id, params, body, force):
        update = parse_json_body(body)
        if not isinstance(update, dict):
            validate(update)
        existing = APPS.get(app_id)
        if "version" in update:
            # A roll back: {"version": v}, and nothing but the id beside it (reference 2.7).
            if set(update) - {"id", "version"}:
                raise ApiError(422, {"message": "The 'version' field may only be combined with the 'id' field."})
            if existing is None:
                raise not_found(app_id)
            found = [d for v, d, _ in existing["versions"] if v == update["version"]]
            if not found:
                raise not_found(app_id)
            update = dict(found[-1])
            params = dict(params, partialUpdate="false")
        if existing is not None and params.get("partialUpdate", "true") != "false":
            merged = {k: v for k, v in existing["def"].items()}
            # An update's deprecated field replaces the stored successor it stands for
            # (stub's choice: the reference does not cover legacy fields in updates).
            if "ports" in update and "portDefinitions" not in update:
                merged.pop("portDefinitions", None)
            if "uris" in update and "fetch" not in update:
                merged.pop("fetch", None)
            merged.update(update)
        else:
            merged = dict(update)
        merged["id"] = app_id  # the URL id wins
        validate(merged)
        if existing is not None:
            self.unlock(app_id, force)
        version = new_version()
        definition = normalize(merged)
        scaling = existing is not None and \
            {k: v for k, v in definition.items() if k != "instances"} == \
            {k: v for k, v in existing["def"].items() if k != "instances"}
        store(app_id, definition, version, scaling=scaling,
              tasks=existing["tasks"] if existing is not None else [], keep_failure=existing)
        action = "StartApplication" if existing is None else ("ScaleApplication" if scaling else "RestartApplication")
        dep = start_deployment(app_id, action, version)
        headers = {"Marathon-Deployment-Id": dep["id"]}
        if existing is None:
            headers["Location"] = BASE_URL + "/v2/apps" + app_id
        return (200 if existing is not None else 201), {"deploymentId": dep["id"], "version": version}, headers

    def restart(self, app_id, force):
        existing = APPS.get(app_id)
        if existing is None:
            raise not_found(app_id)
        self.unlock(app_id, force)
        # A restart is a new version of the same definition (Marathon marks the app for restarting).
        version = new_version()
        store(app_id, existing["def"], version, tasks=existing["tasks"], keep_failure=existing)
        dep = start_deployment(app_id, "RestartApplication", version)
        return 200, {"deploymentId": dep["id"], "version": version}, {"Marathon-Deployment-Id": dep["id"]}

    def unlock(self, app_id, force):
        """409 while deployments hold the app; with force they are cancelled ("deployable" trait)."""
        deps = running_deployments(app_id)
        if deps and not force:
            raise locked_error(deps)
        for d in deps:
            DEPLOYMENTS.remove(d)
        APPS[app_id]["new_tasks"] = []

    def artifacts(self, path, body):
        """Marathon 0.7-1.4's artifact store with a file:// provider (reference section 5)."""
        method = self.command
        sub = path[len("/v2/artifacts"):].strip("/")
        if method == "GET":
            if sub not in ARTIFACTS:
                raise ApiError(404, {"message": "No artifact with path " + sub})
            return 200, ARTIFACTS[sub], {"Content-Type": "application/octet-stream"}
        if method == "DELETE":
            ARTIFACTS.pop(sub, None)
            return 200, b"", {}
        if method not in ("POST", "PUT"):
            raise self.not_found_route(path)
        part = multipart_file(self.headers.get("Content-Type") or "", body)
        if part is None:
            raise ApiError(422, {"message": "Please use 'file' as form parameter name!"})
        filename, data = part
        name = sub or filename
        existed = name in ARTIFACTS
        ARTIFACTS[name] = data
        if existed:
            return 200, b"", {}
        return 201, b"", {"Location": BASE_URL + "/v2/artifacts/" + name}


def multipart_file(content_type, body):
    """(filename, bytes) of the part named `file`, or None. Written by hand: the cgi module is
    deprecated and email.parser copies everything several times."""
    m = re.search(r'boundary="?([^";]+)"?', content_type)
    if not content_type.lower().startswith("multipart/form-data") or not m:
        return None
    delimiter = b"--" + m.group(1).encode()
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        head, sep, data = chunk.partition(b"\r\n\r\n")
        if not sep:
            continue
        if data.endswith(b"\r\n"):
            data = data[:-2]
        disposition = ""
        for line in head.decode("utf-8", "replace").split("\r\n"):
            if line.lower().startswith("content-disposition:"):
                disposition = line
        name = re.search(r'\bname="([^"]*)"', disposition)
        filename = re.search(r'\bfilename="([^"]*)"', disposition)
        if name and name.group(1) == "file":
            return (filename.group(1) if filename else "file"), data
    return None


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    global ARGS, BASE_URL
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--marathon-version", default=SETTINGS["version"])
    p.add_argument("--auth", choices=["none", "basic", "dcos"], default="none")
    p.add_argument("--http-credentials", action="append", default=[], help="user:password (Basic)")
    p.add_argument("--http-realm", default="Mesosphere")
    p.add_argument("--dcos-user", action="append", default=[], help="uid:password (DC/OS login)")
    p.add_argument("--dcos-token", action="append", default=[], help="token=uid, a token accepted from the start")
    p.add_argument("--forbidden-user", action="append", default=[])
    p.add_argument("--task-seconds", type=float, default=SETTINGS["task_seconds"])
    p.add_argument("--advance-on", choices=["time", "app-poll"], default=SETTINGS["advance_on"])
    p.add_argument("--unlisted-polls", type=int, default=SETTINGS["unlisted_polls"])
    p.add_argument("--ssl-cert")
    p.add_argument("--ssl-key")
    p.add_argument("--verbose", action="store_true")
    ARGS = p.parse_args()
    SETTINGS.update({"version": ARGS.marathon_version, "auth": ARGS.auth, "task_seconds": ARGS.task_seconds,
                     "unlisted_polls": ARGS.unlisted_polls, "advance_on": ARGS.advance_on})
    for cred in ARGS.http_credentials:
        user, _, password = cred.partition(":")
        BASIC_USERS[user] = password
    for cred in ARGS.dcos_user:
        uid, _, password = cred.partition(":")
        DCOS_USERS[uid] = password
    for pair in ARGS.dcos_token:
        token, _, uid = pair.partition("=")
        TOKENS[token] = uid
    FORBIDDEN_USERS.update(ARGS.forbidden_user)

    server = Server(("127.0.0.1", ARGS.port), Handler)
    if ARGS.ssl_cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(ARGS.ssl_cert, ARGS.ssl_key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    ARGS.bound_port = server.server_address[1]
    BASE_URL = "%s://127.0.0.1:%d" % ("https" if ARGS.ssl_cert else "http", ARGS.bound_port)
    print("PORT %d" % ARGS.bound_port, flush=True)
    try:
        server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
