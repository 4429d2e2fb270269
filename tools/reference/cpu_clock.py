"""Runs a timing script with time.perf_counter replaced by time.process_time, so the seconds it
reports are the CPU time of this process, not the wall clock: on a machine shared with other
jobs, a one-thread peer's CPU time is its speed alone, while its wall time includes the waits
for a core. Used by the training benchmark (tools/src/bench/numpy-reference.ts).

    python tools/reference/cpu_clock.py SCRIPT.py [ARGS...]
"""

import runpy
import sys
import time

if len(sys.argv) < 2:
    sys.exit("usage: cpu_clock.py SCRIPT.py [ARGS...]")
time.perf_counter = time.process_time
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
