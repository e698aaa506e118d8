#!/usr/bin/env python3
"""Where the Sluice workers' CPU samples fall in a JFR recording (bench/e2e/run.sh PROFILE=1).

  bench/e2e/jfr-top.py FILE.jfr [TOP] [PREFIX...]

Reads jdk.ExecutionSample events of the worker threads (`jfr print`), and prints the methods with the
most samples on top of the stack (self) and anywhere in it (total), in % of the worker samples;
each PREFIX (e.g. io.sluice.router.rwsplit.) also gets the share of samples with such a frame.
Java samples only: time in the kernel (most of a proxy's) is not in them.
"""
import collections
import re
import subprocess
import sys


def samples(path):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                          check=True, capture_output=True, text=True).stdout
    for event in text.split("jdk.ExecutionSample {")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        if not thread or not thread.group(1).startswith("worker-"):
            continue
        stack = event.split("stackTrace = [", 1)[1].split("]\n", 1)[0] if "stackTrace = [" in event else ""
        frames = [re.sub(r"\s+line:.*$", "", f.strip()) for f in stack.strip().splitlines()]
        yield [f for f in frames if f and f != "..."]


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    prefixes = sys.argv[3:]
    n = 0
    own = collections.Counter()
    total = collections.Counter()
    by_prefix = collections.Counter()
    for frames in samples(path):
        n += 1
        if frames:
            own[frames[0]] += 1
        for f in set(frames):
            total[f] += 1
        for p in prefixes:
            if any(f.startswith(p) for f in frames):
                by_prefix[p] += 1
    print(f"{path}: {n} worker samples")
    for p in prefixes:
        print(f"  with a frame of {p}: {100.0 * by_prefix[p] / max(n, 1):.1f} %")
    print("self:")
    for m, c in own.most_common(top):
        print(f"  {100.0 * c / n:5.1f} %  {m}")
    print("total:")
    for m, c in total.most_common(top):
        print(f"  {100.0 * c / n:5.1f} %  {m}")


if __name__ == "__main__":
    main()
