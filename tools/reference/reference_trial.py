#!/usr/bin/env python3
"""Thresher's own numpy reference for one trial (docs/science.md#the-model), numpy only.

Written by the project from the equations, independently of libs/training:

    f(x) = sum_j a_j act(<w_j, x>)          act: relu, or gelu in its exact form x * Phi(x)
    L    = 1/(2n) sum_i (f(x_i) - y_i)^2
    full-batch gradient descent, or Adam (beta1 0.9, beta2 0.999, eps 1e-8, bias-corrected)

All arrays are float32 unless --float64 is given (losses are summed in float64).

Modes
  replay STATE.json [--float64]
      STATE.json: {"X": n rows of D, "y": n, "W": m rows of D (row j is w_j), "a": m,
                   "lr": float, "steps": int, "activation": "relu"|"gelu" (default relu),
                   "optimizer": "gd"|"adam" (default gd)}
      Trains from that state and prints {"train_loss", "a_norm", "W_norm"} (Euclidean norms of
      a and of W as one vector) as one JSON line.

  time --n N --m M --d D [--batch B] [--steps S] [--optimizer gd|adam] [--seed K] [--threads T]
      Trains B independent trials of shape (n, m, d) on random data, stacked on a leading axis
      (batched matmuls), for S steps after a short warm-up, and prints one JSON line with
      trial_steps_per_s (B * S / seconds), s_per_step (seconds per step of the whole batch),
      gflops (6 n m d flops per GD trial-step) and the shape. relu only.

Threads: numpy's BLAS reads its thread count when numpy is imported, so the caller sets it in the
environment (the benchmarks run this file with OMP_NUM_THREADS=OPENBLAS_NUM_THREADS=
MKL_NUM_THREADS=1: "numpy, one BLAS thread"). `--threads T` sets those three variables itself
before numpy is imported (it wins over the environment). The JSON reports what was in effect.
"""

import argparse
import json
import math
import os
import sys
import time

ADAM_B1 = 0.9
ADAM_B2 = 0.999
ADAM_EPS = 1e-8
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def load_numpy():
    try:
        import numpy
    except ImportError:
        sys.stderr.write(
            "reference_trial.py: numpy is missing for %s: pip install numpy "
            "(or apt-get install python3-numpy)\n" % sys.executable
        )
        sys.exit(3)
    return numpy


# --- the model ----------------------------------------------------------------------------------


class Model:
    """f(x) = sum_j a_j act(<w_j, x>) on fixed data, for arrays with any leading batch axes:
    X (..., n, D), y (..., n), W (..., m, D), a (..., m).

    The gradients of L = 1/(2n) sum_i (f_i - y_i)^2, with r_i = (f_i - y_i) / n:
        dL/da_j = sum_i r_i act(<w_j, x_i>)                 ga = r^T H
        dL/dw_j = a_j sum_i r_i act'(<w_j, x_i>) x_i        gW^T = ((X^T * r) @ act'(Hp)) * a
    (H = act(Hp), Hp = X W^T: n x m). The n x m arrays are written into buffers kept from step
    to step (numpy would otherwise map fresh pages for each one, which costs more than the
    arithmetic at small shapes).
    """

    def __init__(self, np, X, y, activation):
        if activation not in ("relu", "gelu"):
            raise SystemExit("reference_trial.py: unknown activation %r (relu or gelu)" % activation)
        self.np = np
        self.X = X
        self.Xt = np.ascontiguousarray(np.swapaxes(X, -1, -2))  # (..., D, n)
        self.y = y
        self.n = X.dtype.type(X.shape[-2])
        self.activation = activation
        self.Hp = None
        self.dH = None
        if activation == "gelu":
            # Exact GELU, z * Phi(z) with Phi(z) = (1 + erf(z / sqrt 2)) / 2 (not the tanh
            # approximation). numpy has no erf: math.erf per element, in float64, then rounded.
            self.erf = np.frompyfunc(math.erf, 1, 1)

    def _buffers(self, m):
        shape = self.X.shape[:-1] + (m,)
        if self.Hp is None or self.Hp.shape != shape:
            self.Hp = self.np.empty(shape, dtype=self.X.dtype)
            self.dH = self.np.empty(shape, dtype=self.X.dtype)
        return self.Hp, self.dH

    def hidden(self, W, with_derivative=False):
        """H = act(X W^T) and, if asked, act'(X W^T); H may be a buffer (valid until next call)."""
        np = self.np
        Hp, dH = self._buffers(W.shape[-2])
        np.matmul(self.X, np.swapaxes(W, -1, -2), out=Hp)
        if self.activation == "relu":
            if with_derivative:
                np.greater(Hp, 0, out=dH)  # relu'(z) = 1 where z > 0, else 0
            return np.maximum(Hp, 0, out=Hp), dH
        z = Hp.astype(np.float64)
        phi = 0.5 * (1.0 + self.erf(z / math.sqrt(2.0)).astype(np.float64))
        if with_derivative:
            dH[...] = phi + z * np.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)
        return (z * phi).astype(Hp.dtype), dH

    def predict(self, W, a):
        H, _ = self.hidden(W)
        return (H @ a[..., None])[..., 0]

    def gradients(self, W, a):
        """(dL/dW, dL/da) at (W, a)."""
        np = self.np
        H, dH = self.hidden(W, with_derivative=True)
        f = (H @ a[..., None])[..., 0]  # (..., n)
        r = (f - self.y) / self.n
        ga = (r[..., None, :] @ H)[..., 0, :]  # (..., m)
        gWt = (self.Xt * r[..., None, :]) @ dH  # (..., D, m)
        gW = np.swapaxes(gWt, -1, -2) * a[..., :, None]  # (..., m, D)
        return gW, ga


class Optimizer:
    def __init__(self, np, kind, lr, params):
        self.np = np
        self.kind = kind
        self.lr = params[0].dtype.type(lr)
        self.t = 0
        if kind == "adam":
            self.m = [np.zeros_like(p) for p in params]
            self.v = [np.zeros_like(p) for p in params]
        elif kind != "gd":
            raise SystemExit("reference_trial.py: unknown optimizer %r (gd or adam)" % kind)

    def step(self, params, grads):
        self.t += 1
        if self.kind == "gd":
            return [p - self.lr * g for p, g in zip(params, grads)]
        np = self.np
        dt = params[0].dtype.type
        c1 = 1.0 / (1.0 - ADAM_B1**self.t)
        c2 = 1.0 / (1.0 - ADAM_B2**self.t)
        out = []
        for i, (p, g) in enumerate(zip(params, grads)):
            self.m[i] = dt(ADAM_B1) * self.m[i] + dt(1 - ADAM_B1) * g
            self.v[i] = dt(ADAM_B2) * self.v[i] + dt(1 - ADAM_B2) * g * g
            mhat = self.m[i] * dt(c1)
            vhat = self.v[i] * dt(c2)
            out.append(p - self.lr * mhat / (np.sqrt(vhat) + dt(ADAM_EPS)))
        return out


def train(np, X, y, W, a, lr, steps, activation="relu", optimizer="gd"):
    model = Model(np, X, y, activation)
    opt = Optimizer(np, optimizer, lr, [W, a])
    for _ in range(steps):
        W, a = opt.step([W, a], list(model.gradients(W, a)))
    return W, a, model


# --- modes --------------------------------------------------------------------------------------


def replay(args):
    np = load_numpy()
    with open(args.state, encoding="utf8") as fh:
        state = json.load(fh)
    dtype = np.float64 if args.float64 else np.float32
    X = np.asarray(state["X"], dtype=dtype)
    y = np.asarray(state["y"], dtype=dtype)
    W = np.asarray(state["W"], dtype=dtype)
    a = np.asarray(state["a"], dtype=dtype)
    if X.ndim != 2 or W.ndim != 2 or W.shape[1] != X.shape[1] or y.shape != (X.shape[0],):
        raise SystemExit("reference_trial.py: X is n x D, y n, W m x D, a m")
    if a.shape != (W.shape[0],):
        raise SystemExit("reference_trial.py: a must have one entry per row of W")
    W, a, model = train(
        np,
        X,
        y,
        W,
        a,
        float(state["lr"]),
        int(state["steps"]),
        state.get("activation", "relu"),
        state.get("optimizer", "gd"),
    )
    e = model.predict(W, a).astype(np.float64) - y.astype(np.float64)
    out = {
        "train_loss": float(np.sum(e * e) / (2 * X.shape[0])),
        "a_norm": float(np.sqrt(np.sum(a.astype(np.float64) ** 2))),
        "W_norm": float(np.sqrt(np.sum(W.astype(np.float64) ** 2))),
    }
    print(json.dumps(out))


def time_mode(args):
    if args.threads is not None:
        for var in THREAD_VARS:
            os.environ[var] = str(args.threads)
    np = load_numpy()
    B, n, m, d, steps = args.batch, args.n, args.m, args.d, args.steps
    if min(B, n, m, d, steps) < 1:
        raise SystemExit("reference_trial.py: --n --m --d --batch --steps must be >= 1")
    g = np.random.default_rng(args.seed)
    f32 = np.float32
    X = g.standard_normal((B, n, d), dtype=f32)
    y = g.standard_normal((B, n), dtype=f32)
    # A small initialization, as in the trials: the weights stay finite for any number of steps.
    W = (f32(1e-3) * g.standard_normal((B, m, d), dtype=f32)).astype(f32)
    a = (f32(1e-3) * g.standard_normal((B, m), dtype=f32)).astype(f32)
    model = Model(np, X, y, "relu")
    opt = Optimizer(np, args.optimizer, 0.1, [W, a])

    def run(k):
        nonlocal W, a
        for _ in range(k):
            W, a = opt.step([W, a], list(model.gradients(W, a)))

    run(min(steps, 3))  # warm-up: first allocations, BLAS thread start
    t0 = time.perf_counter()
    run(steps)
    seconds = max(time.perf_counter() - t0, 1e-9)
    if not (np.all(np.isfinite(W)) and np.all(np.isfinite(a))):
        raise SystemExit("reference_trial.py: the timed run diverged")
    print(
        json.dumps(
            {
                "n": n,
                "m": m,
                "d": d,
                "batch": B,
                "steps": steps,
                "optimizer": args.optimizer,
                "activation": "relu",
                "seconds": seconds,
                "s_per_step": seconds / steps,
                "trial_steps_per_s": B * steps / seconds,
                "gflops": 6.0 * n * m * d * B * steps / seconds / 1e9,
                "numpy": np.__version__,
                "threads": {v: os.environ.get(v) for v in THREAD_VARS},
            }
        )
    )


def main(argv):
    parser = argparse.ArgumentParser(prog="reference_trial.py", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    p = sub.add_parser("replay", help="train from a given state and data (JSON file)")
    p.add_argument("state")
    p.add_argument("--float64", action="store_true", help="compute in float64 instead of float32")
    p.set_defaults(run=replay)
    t = sub.add_parser("time", help="throughput of B random trials of shape (n, m, d)")
    t.add_argument("--n", type=int, required=True)
    t.add_argument("--m", type=int, required=True)
    t.add_argument("--d", type=int, required=True)
    t.add_argument("--batch", type=int, default=1)
    t.add_argument("--steps", type=int, default=100)
    t.add_argument("--optimizer", choices=("gd", "adam"), default="gd")
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--threads", type=int, default=None, help="sets the BLAS thread variables")
    t.set_defaults(run=time_mode)
    args = parser.parse_args(argv)
    args.run(args)


if __name__ == "__main__":
    main(sys.argv[1:])
