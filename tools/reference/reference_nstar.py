#!/usr/bin/env python3
"""Independent check of n*(t) (docs/science.md#the-training-budget), numpy only.

Reads a JSON file {"steps": [...], "trials": [{"n", "seed", "ols_train_loss",
"curve": [[step, train_loss], ...]}, ...]} and prints, for each step, the least-squares fit of

    interp_ratio(n) ~ 1 / (1 + exp(-k (ln n - ln n*)))

to interp_ratio = train_loss(step) / ols_train_loss over all trials that have that step, with
the bounds of docs/science.md (ln n* in [ln n_min, ln n_max]; k in [1/R, max(50/R, min(40/g,
1000/R))], R the range of ln n, g the smallest gap), and the verdict (mean ratio per n below 1/2
everywhere: interpolates-everywhere; at or above everywhere: never-interpolates).

It shares no code with libs/report: the fit is an exhaustive grid over (ln n*, ln k) refined by
repeated zooming (no Levenberg-Marquardt), evaluated on the individual trials (not on per-n sums).
Output: one JSON line {"steps": [...], "verdict": [...], "n_star": [... or null], "k": [...]}.
"""
import json
import sys

import numpy as np


def fit(x, y):
    xs = np.unique(x)
    r = xs[-1] - xs[0]
    gap = np.min(np.diff(xs))
    k_min = 1.0 / r
    k_max = max(50.0 / r, min(40.0 / gap, 1000.0 / r))

    def sse(m, lk):
        # m, lk: arrays of the same shape; returns the residual sum of squares at each.
        f = 1.0 / (1.0 + np.exp(-np.exp(lk)[..., None] * (x - m[..., None])))
        return np.sum((y - f) ** 2, axis=-1)

    m_lo, m_hi = xs[0], xs[-1]
    u_lo, u_hi = np.log(k_min), np.log(k_max)
    mg, ug = np.meshgrid(np.linspace(m_lo, m_hi, 600), np.linspace(u_lo, u_hi, 200), indexing="ij")
    q = sse(mg, ug)
    i = np.unravel_index(np.argmin(q), q.shape)
    m, u = mg[i], ug[i]
    dm, du = (m_hi - m_lo) / 600, (u_hi - u_lo) / 200
    for _ in range(12):
        mg, ug = np.meshgrid(
            np.clip(np.linspace(m - 3 * dm, m + 3 * dm, 31), m_lo, m_hi),
            np.clip(np.linspace(u - 3 * du, u + 3 * du, 31), u_lo, u_hi),
            indexing="ij",
        )
        q = sse(mg, ug)
        i = np.unravel_index(np.argmin(q), q.shape)
        m, u = mg[i], ug[i]
        dm, du = dm / 5, du / 5
    return float(np.exp(m)), float(np.exp(u))


def main():
    with open(sys.argv[1]) as f:
        spec = json.load(f)
    out = {"steps": [], "verdict": [], "n_star": [], "k": []}
    for step in spec["steps"]:
        ns, ys = [], []
        for t in spec["trials"]:
            for s, loss in t["curve"]:
                if s == step:
                    ns.append(t["n"])
                    ys.append(loss / t["ols_train_loss"])
        x = np.log(np.array(ns, dtype=np.float64))
        y = np.array(ys, dtype=np.float64)
        distinct = np.unique(ns)
        verdict, n_star, k = "too-few-points", None, None
        if len(distinct) >= 3 and len(ys) >= 3:
            means = np.array([y[np.array(ns) == n].mean() for n in distinct])
            if np.all(means < 0.5):
                verdict = "interpolates-everywhere"
            elif np.all(means >= 0.5):
                verdict = "never-interpolates"
            else:
                verdict = "threshold"
                n_star, k = fit(x, y)
        out["steps"].append(step)
        out["verdict"].append(verdict)
        out["n_star"].append(n_star)
        out["k"].append(k)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
