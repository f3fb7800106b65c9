#!/usr/bin/env python3
"""Adds every undeclared public symbol (RS0016) of a library under src/ to its PublicAPI.Unshipped.txt
and removes declared symbols that no longer exist (RS0017). Run after changing the public API:
    python3 eng/update-public-api.py                                  (src/GovDisclosure.Model)
    python3 eng/update-public-api.py src/GovDisclosure.Model.Documents
"""
import json, os, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
project = os.path.join(root, sys.argv[1]) if len(sys.argv) > 1 else os.path.join(root, "src", "GovDisclosure.Model")
unshipped = os.path.join(project, "PublicAPI.Unshipped.txt")
tfms = ("netstandard2.0", "net8.0")
added, remove = {t: set() for t in tfms}, set()
for tfm in tfms:
    log = os.path.join(tempfile.mkdtemp(), "api.sarif")
    subprocess.run(["dotnet", "build", project, "-f", tfm, "--no-incremental", "-p:TreatWarningsAsErrors=false",
                    f"-p:ErrorLog={log}%2Cversion=2.1"], stdout=subprocess.DEVNULL, check=False)
    for run in json.load(open(log, encoding="utf-8"))["runs"]:
        for result in run.get("results", []):
            props = result.get("properties", {}).get("customProperties", {})
            if result["ruleId"] == "RS0016" and "APIName" in props:
                added[tfm].add(props["APIName"])
            elif result["ruleId"] == "RS0017":
                text = result["message"]["text"]
                remove.add(text[text.index("'") + 1:text.rindex("'")])
common = set.intersection(*added.values())

def key(s):
    for word in ("static ", "override ", "abstract ", "const ", "virtual ", "readonly "):
        s = s.replace(word, "")
    return s

def update(path, add):
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
    lines = sorted((set(lines) | add) - remove, key=key)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("#nullable enable\n" + "".join(l + "\n" for l in lines))
    print(f"{os.path.relpath(path, root)}: added {len(add)}, {len(lines)} symbols")

update(unshipped, common)
for tfm in tfms:
    update(os.path.join(project, "PublicAPI", tfm, "PublicAPI.Unshipped.txt"), added[tfm] - common)
