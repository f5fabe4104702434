#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Moves translations to the contexts the sources now file their messages under.

When code changes how it names a translation context (a file-local tr() shim that said "HartReader"
replaced by Q_DECLARE_TR_FUNCTIONS(habmesos::HartReader); a tr() in a free function, which lupdate
filed under "habmesos", now HartReader::tr()), lupdate -no-obsolete would drop the old entries and
add the new ones untranslated. Run this first: it asks lupdate where every message of the sources
lives now (into a temporary file) and moves each translated message of the catalogue that its
context no longer has to where the sources have it:

  - a message of a context X goes to habmesos::X when the sources have it there, else to every
    context that has it now (a free function's message under "habmesos", a renamed context);
  - into a context that already has the message: a finished translation there is kept, an
    unfinished one is replaced;
  - a message the sources no longer have anywhere stays where it is (lupdate drops it).

Idempotent: a second run moves nothing. Then run the update_translations target, as always.

  translations/migrate-contexts.py [--lupdate PATH] [--dry-run] [TS_FILE]
"""

import argparse
import copy
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# What translations/CMakeLists.txt hands lupdate: the same folders, and the same include roots
# (the project and core/), without which lupdate cannot tell which class a tr() belongs to.
SOURCE_DIRS = ["core", "cli", "ui", "translations", "app"]


def key_of(message):
    source = message.findtext("source")
    return None if source is None else (source, message.findtext("comment") or "")


def is_finished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "") != "" for f in forms)
    return (translation.text or "") != ""


def find_lupdate(given):
    for candidate in [given, shutil.which("lupdate"), "/usr/lib/qt6/bin/lupdate"]:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("migrate-contexts: no lupdate found; give --lupdate PATH")


def contexts_in_sources(lupdate):
    """(source, comment) -> the set of contexts lupdate files it under, from the sources as they are."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, "fresh.ts")
        command = [lupdate, "-silent", "-no-obsolete", "-locations", "none", "-I", ROOT, "-I",
                   os.path.join(ROOT, "core")] + [os.path.join(ROOT, d) for d in SOURCE_DIRS] + ["-ts", fresh]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        where = {}
        for context in ET.parse(fresh).getroot().findall("context"):
            name = context.findtext("name")
            for message in context.findall("message"):
                key = key_of(message)
                if key is not None:
                    where.setdefault(key, set()).add(name)
        return where


def write_ts(root, path):
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def migrate(root, where):
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    moved = replaced = kept = 0

    def context(name):
        if name not in contexts:
            element = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = name
            contexts[name] = element
        return contexts[name]

    for name, element in list(contexts.items()):
        for message in list(element.findall("message")):
            key = key_of(message)
            present = where.get(key, set()) if key else set()
            if not present or name in present:
                continue  # in place, or gone from the sources (lupdate drops it)
            namespaced = "habmesos::" + name
            targets = [namespaced] if namespaced in present else sorted(present)
            for target_name in targets:
                target = context(target_name)
                same = [m for m in target.findall("message") if key_of(m) == key]
                if not same:
                    target.append(copy.deepcopy(message))
                    moved += 1
                elif not is_finished(same[0]) and is_finished(message):
                    target.remove(same[0])
                    target.append(copy.deepcopy(message))
                    replaced += 1
                else:
                    kept += 1
            element.remove(message)
    for name, element in list(contexts.items()):
        if not element.findall("message"):
            root.remove(element)
    # lupdate's order: contexts by name.
    ordered = sorted(root.findall("context"), key=lambda c: c.findtext("name"))
    for element in ordered:
        root.remove(element)
    root.extend(ordered)
    return moved, replaced, kept


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ts", nargs="?", default=os.path.join(HERE, "habmesos_de.ts"))
    parser.add_argument("--lupdate", help="the lupdate program (default: from PATH, else Qt 6's)")
    parser.add_argument("--dry-run", action="store_true", help="say what would move, change nothing")
    args = parser.parse_args()

    where = contexts_in_sources(find_lupdate(args.lupdate))
    tree = ET.parse(args.ts)
    moved, replaced, kept = migrate(tree.getroot(), where)
    print(f"migrate-contexts: {moved} messages moved, {replaced} replaced an unfinished one, "
          f"{kept} already translated where they belong")
    if (moved or replaced or kept) and not args.dry_run:
        write_ts(tree.getroot(), args.ts)


if __name__ == "__main__":
    main()
