#!/usr/bin/env python3
"""Samples the resident memory of a process and all its descendants until it exits.

    sample_rss.py PID OUT [INTERVAL_SECONDS]

Every INTERVAL (default 1 s) it walks /proc for PID's descendants and reads each one's VmRSS. It writes to OUT the
peak of each process (labelled: the build itself, an MSBuild node, a compiler run with the assembly it writes, from
its response file) and the peak of their sum, largest first, and the machine's load average meanwhile (other
processes slow the build down). Linux only.
"""
import os
import re
import sys
import time


def children_map():
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces and parentheses.
        ppid = int(stat[stat.rfind(")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    return children


def descendants(root):
    tree = children_map()
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(tree.get(pid, []))
    return found


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def label(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            args = [a.decode(errors="replace") for a in f.read().split(b"\0") if a]
    except OSError:
        return None
    text = " ".join(args)
    if "csc" in text and "@" in text:
        for a in args:
            if a.startswith("@"):
                try:
                    with open(a[1:], encoding="utf-8", errors="replace") as rsp:
                        m = re.search(r'/out:"?([^"\s]+)', rsp.read())
                    if m:
                        return "csc " + os.path.basename(m.group(1))
                except OSError:
                    pass
        return "csc"
    if "VBCSCompiler" in text:
        return "VBCSCompiler"
    if "nodemode:1" in text or "/nodemode:1" in text:
        return "MSBuild node"
    if "MSBuild.dll" in text or " build" in text:
        return "dotnet build"
    return os.path.basename(args[0]) if args else None


def main():
    root, out = int(sys.argv[1]), sys.argv[2]
    interval = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    peaks, labels, peak_total, samples, loads = {}, {}, 0, 0, []
    while os.path.exists(f"/proc/{root}"):
        total = 0
        for pid in descendants(root):
            kb = rss_kb(pid)
            if kb == 0:
                continue
            if pid not in labels or labels[pid] in (None, "csc"):
                labels[pid] = label(pid)
            peaks[pid] = max(peaks.get(pid, 0), kb)
            total += kb
        peak_total = max(peak_total, total)
        with open("/proc/loadavg") as f:
            loads.append(float(f.read().split()[0]))
        samples += 1
        time.sleep(interval)
    rows = sorted(((kb, pid, labels.get(pid) or "?") for pid, kb in peaks.items()), reverse=True)
    with open(out, "w") as f:
        f.write(f"peak of the sum of all processes: {peak_total / 1048576:.2f} GiB ({samples} samples, every {interval:g} s)\n")
        if loads:
            f.write(f"machine's 1-minute load average meanwhile: {min(loads):.1f} to {max(loads):.1f}, mean {sum(loads) / len(loads):.1f}\n")
        for kb, pid, name in rows:
            if kb >= 50 * 1024:
                f.write(f"{kb / 1048576:6.2f} GiB  {name}  (pid {pid})\n")


if __name__ == "__main__":
    main()
