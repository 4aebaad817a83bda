#!/usr/bin/env python3
"""Which projects of a build ran the compiler, from the text of its `-v:n` log.

    compiled_projects.py BUILD_LOG

A project whose CoreCompile ran logs the Csc task's "Compilation request <project> (<framework>)"; one whose outputs
were up to date logs 'Skipping target "CoreCompile" because all output files are up-to-date ...' instead. Every
project the build visited logs 'Done Building Project "<path>"'.
"""
import re
import sys

text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
visited = sorted({m.group(1) for m in re.finditer(r'Done Building Project "[^"]*?/([^/"]+)\.csproj"', text)})
compiled = sorted({f"{m.group(1)} ({m.group(2)})" for m in re.finditer(r"Compilation request (\S+) \(([^)]+)\)", text)})
compiled_names = {c.split(" ")[0] for c in compiled}
skipped = len(re.findall(r'Skipping target "CoreCompile" because all output files are up-to-date', text))
print(f"ran the compiler: {', '.join(compiled) or 'none'}")
print(f"skipped CoreCompile (up to date): {skipped} project builds: {', '.join(p for p in visited if p not in compiled_names) or 'none'}")
