#!/usr/bin/env python3
"""Runs a command N times and prints its best wall time and peak RSS (of the child).

usage: measure.py LABEL N CMD [ARGS...]   (its stdout and stderr are discarded; a non-zero exit fails)
"""
import os
import resource
import subprocess
import sys
import time


def main():
    label, n, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    best = None
    peak = 0
    for _ in range(n):
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            os.execvp(cmd[0], cmd)
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            print(f"{label}: command failed: {' '.join(cmd)}", file=sys.stderr)
            sys.exit(1)
        best = wall if best is None else min(best, wall)
        peak = max(peak, usage.ru_maxrss)
    print(f"{label}\t{best:.3f}\t{peak / 1024:.1f}")


if __name__ == "__main__":
    main()
