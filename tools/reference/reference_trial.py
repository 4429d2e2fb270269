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

  trial STATE.json [--float64]
      STATE.json: as for replay, plus the test set "Xtest" (T rows of D), "ytest" (noisy labels)
      and "ytest_clean" (<beta*, x>). Prints every stored metric of the trial, by the definitions
      of docs/science.md#metrics, as one JSON line: train_loss, test_loss, excess_risk,
      ols_train_loss, ols_test_loss, ols_excess_risk, interp_ratio, test_ratio (null when OLS
      interpolates), aligned_fraction, converged; and converge_step, converge_change (the
      relative change of the train loss over the last 10% of steps), aligned_cos_margin (the
      smallest | |cos(w_j, beta_ols)| - 0.95 |), ols_cond (the condition number of X), a_norm,
      W_norm.

  replay and trial take --perturb EPS [--perturb-seed K] (with --float64): a model of a float32
  trainer's rounding, each rounding a relative error EPS u, u ~ U[-1, 1] (see train()). With
  EPS = 2^-24, |perturbed - exact| / (|exact| 2^-24) measures how far the trajectory amplifies
  float32 rounding: the tests derive their tolerances from it (docs/science.md#the-replay-check).

  time --n N --m M --d D [--batch B] [--steps S] [--optimizer gd|adam] [--seed K] [--threads T]
      Trains B independent trials of shape (n, m, d) on random data, stacked on a leading axis
      (batched matmuls), for S steps after a short warm-up, and prints one JSON line with
      trial_steps_per_s (B * S / seconds), s_per_step (seconds per step of the whole batch),
      gflops (6 n m d flops per GD trial-step) and the shape. relu only.

  trial-time --n N --m M --d D [--test-size T] [--steps S] [--record-every K] [--seed K]
      One whole trial as numpy runs it: S GD steps and, at every step the trainer evaluates (0,
      every K (default S / 50), the last, the start of the last 10%), the predictions on the n
      train and T test rows and their losses. Prints seconds (all of it, setup included),
      eval_seconds and evaluations as one JSON line. relu only.

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

    def predict(self, W, a, noise=None):
        """f at (W, a); `noise` (eps, rng): the rounding of the float32 forward pass, as in
        gradients()."""
        H, _ = self.hidden(W)
        f = (H @ a[..., None])[..., 0]
        if noise:
            size = (self.np.abs(H) @ self.np.abs(a)[..., None])[..., 0]
            f = f + noise[0] * noise[1].uniform(-1, 1, f.shape) * size
        return f

    def gradients(self, W, a, noise=None):
        """(dL/dW, dL/da) at (W, a). `noise` (eps, rng) adds to each sum (f, ga, gW) eps u times
        the sum of the absolute values of its terms, u ~ U[-1, 1]: the size of the rounding
        error of a float32 sum (two-layer forward pass and both gradient products)."""
        np = self.np
        H, dH = self.hidden(W, with_derivative=True)
        f = (H @ a[..., None])[..., 0]  # (..., n)
        if noise:
            eps, rng = noise
            f = f + eps * rng.uniform(-1, 1, f.shape) * (np.abs(H) @ np.abs(a)[..., None])[..., 0]
        r = (f - self.y) / self.n
        ga = (r[..., None, :] @ H)[..., 0, :]  # (..., m)
        gWt = (self.Xt * r[..., None, :]) @ dH  # (..., D, m)
        gW = np.swapaxes(gWt, -1, -2) * a[..., :, None]  # (..., m, D)
        if noise:
            ra = np.abs(r)[..., None, :]
            ga = ga + eps * rng.uniform(-1, 1, ga.shape) * (ra @ np.abs(H))[..., 0, :]
            size = np.swapaxes((np.abs(self.Xt) * ra) @ np.abs(dH), -1, -2) * np.abs(a)[..., :, None]
            gW = gW + eps * rng.uniform(-1, 1, gW.shape) * size
        return gW, ga


class Optimizer:
    def __init__(self, np, kind, lr, params, jitter=lambda: 1.0):
        self.np = np
        self.kind = kind
        # `jitter()` is 1, or 1 + eps u for --perturb: the rounding of each constant, drawn once
        # (a float32 trainer rounds the same constant the same way at every step).
        self.jitter = jitter
        self.lr = params[0].dtype.type(lr * jitter())
        self.t = 0
        self.b = [ADAM_B1 * jitter(), (1 - ADAM_B1) * jitter(), ADAM_B2 * jitter()]
        self.b.append((1 - ADAM_B2) * jitter())
        self.eps = ADAM_EPS * jitter()
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
        c1 = self.jitter() / (1.0 - ADAM_B1**self.t)
        c2 = self.jitter() / (1.0 - ADAM_B2**self.t)
        b1, b1c, b2, b2c = (dt(v) for v in self.b)
        out = []
        for i, (p, g) in enumerate(zip(params, grads)):
            self.m[i] = b1 * self.m[i] + b1c * g
            self.v[i] = b2 * self.v[i] + b2c * g * g
            mhat = self.m[i] * dt(c1)
            vhat = self.v[i] * dt(c2)
            out.append(p - self.lr * mhat / (np.sqrt(vhat) + dt(self.eps)))
        return out


def train(np, X, y, W, a, lr, steps, activation="relu", optimizer="gd", perturb=None, at=()):
    """Trains for `steps` steps; returns (W, a, model, snapshots, noise) with snapshots[s] = (W, a)
    after s steps for each s in `at`, and noise the rounding model for Model.predict (or None).

    `perturb` (eps, seed) models the rounding of a float32 trainer, to measure how far the
    dynamics amplify it: each constant (lr, 1/n, Adam's b1, 1 - b1, b2, 1 - b2, eps) is
    multiplied once by (1 + eps u) (a rounding repeated at every step adds up coherently); at every
    step the bias corrections get their own (1 + eps u), each sum in the gradients an error of
    eps u times the sum of its terms' absolute values (Model.gradients), and each entry of W and a
    is multiplied by (1 + eps u) after the update (storage rounding); u ~ U[-1, 1], independent.
    With eps = 2^-24 (float32's unit roundoff) this is one rounding per constant, per sum and per
    stored value."""
    model = Model(np, X, y, activation)
    rng = np.random.default_rng(perturb[1]) if perturb else None
    noise = (perturb[0], rng) if perturb else None
    jitter = (lambda: 1.0 + perturb[0] * rng.uniform(-1, 1)) if perturb else (lambda: 1.0)
    model.n = model.n * X.dtype.type(jitter())  # the residual scale 1/n, rounded once
    opt = Optimizer(np, optimizer, lr, [W, a], jitter)
    snapshots = {0: (W, a)} if 0 in at else {}
    for step in range(1, steps + 1):
        W, a = opt.step([W, a], list(model.gradients(W, a, noise)))
        if rng is not None:
            W = W * (1 + perturb[0] * rng.uniform(-1, 1, W.shape))
            a = a * (1 + perturb[0] * rng.uniform(-1, 1, a.shape))
        if step in at:
            snapshots[step] = (W, a)
    return W, a, model, snapshots, noise


# --- modes --------------------------------------------------------------------------------------


# Stored-metric constants, from docs/science.md#metrics.
ALIGNED_COS = 0.95  # |cos(w_j, beta_ols)| at or above which neuron j counts as aligned
CONVERGED_TOL = 1e-3  # converged: relative change of L over the last 10% of steps below this
OLS_INTERPOLATION_TOL = 1e-12  # OLS loss at most this times 1/2 mean target^2: ratio undefined


def load_state(np, args, with_test=False):
    """The JSON state as arrays of the working dtype, checked for shape."""
    with open(args.state, encoding="utf8") as fh:
        state = json.load(fh)
    if args.perturb is not None and not args.float64:
        raise SystemExit("reference_trial.py: --perturb needs --float64")
    dtype = np.float64 if args.float64 else np.float32
    names = ("X", "y", "W", "a") + (("Xtest", "ytest", "ytest_clean") if with_test else ())
    missing = [k for k in names if k not in state]
    if missing:
        raise SystemExit("reference_trial.py: the state lacks %s" % ", ".join(missing))
    arr = {k: np.asarray(state[k], dtype=dtype) for k in names}
    X, y, W, a = arr["X"], arr["y"], arr["W"], arr["a"]
    if X.ndim != 2 or W.ndim != 2 or W.shape[1] != X.shape[1] or y.shape != (X.shape[0],):
        raise SystemExit("reference_trial.py: X is n x D, y n, W m x D, a m")
    if a.shape != (W.shape[0],):
        raise SystemExit("reference_trial.py: a must have one entry per row of W")
    if with_test:
        T = arr["Xtest"].shape[0]
        if arr["Xtest"].shape != (T, X.shape[1]) or arr["ytest"].shape != (T,) or arr[
            "ytest_clean"
        ].shape != (T,):
            raise SystemExit("reference_trial.py: Xtest is T x D, ytest and ytest_clean T")
    arr["lr"] = float(state["lr"])
    arr["steps"] = int(state["steps"])
    if arr["steps"] < 1:
        raise SystemExit("reference_trial.py: steps must be >= 1")
    arr["activation"] = state.get("activation", "relu")
    arr["optimizer"] = state.get("optimizer", "gd")
    return arr


def half_mse(np, f, target):
    """1/2 mean (f - target)^2 in float64."""
    e = np.asarray(f, dtype=np.float64) - np.asarray(target, dtype=np.float64)
    return float(np.sum(e * e) / (2 * e.shape[0]))


def norms(np, W, a):
    return {
        "a_norm": float(np.sqrt(np.sum(a.astype(np.float64) ** 2))),
        "W_norm": float(np.sqrt(np.sum(W.astype(np.float64) ** 2))),
    }


def replay(args):
    np = load_numpy()
    s = load_state(np, args)
    W, a, model, _, noise = train(
        np, s["X"], s["y"], s["W"], s["a"], s["lr"], s["steps"], s["activation"], s["optimizer"],
        perturb=args.perturb and (args.perturb, args.perturb_seed),
    )
    out = {"train_loss": half_mse(np, model.predict(W, a, noise), s["y"]), **norms(np, W, a)}
    print(json.dumps(out))


def ratio(np, loss, ols_loss, target):
    """loss / ols_loss, or None when OLS interpolates: its loss is at most OLS_INTERPOLATION_TOL
    times the loss of predicting 0 (then both are rounding errors and the ratio means nothing)."""
    if not ols_loss > OLS_INTERPOLATION_TOL * half_mse(np, np.zeros(len(target)), target):
        return None
    r = loss / ols_loss
    return r if math.isfinite(r) else None


def trial(args):
    """Every stored metric of one trial (docs/science.md#metrics), from its data and state."""
    np = load_numpy()
    s = load_state(np, args, with_test=True)
    steps = s["steps"]
    converge_start = steps - math.ceil(steps / 10)
    W, a, model, snaps, noise = train(
        np, s["X"], s["y"], s["W"], s["a"], s["lr"], steps, s["activation"], s["optimizer"],
        perturb=args.perturb and (args.perturb, args.perturb_seed), at=(converge_start,),
    )
    f64 = np.float64
    train_loss = half_mse(np, model.predict(W, a, noise), s["y"])
    loss_start = half_mse(np, model.predict(*snaps[converge_start], noise), s["y"])
    test_model = Model(np, s["Xtest"], s["ytest"], s["activation"])
    ftest = test_model.predict(W, a, noise)
    test_loss = half_mse(np, ftest, s["ytest"])
    excess = half_mse(np, ftest, s["ytest_clean"])

    # OLS in float64 on the same (float32) data: lstsq solves by SVD and returns the minimum-norm
    # solution when X has rank < D. X already has the constant column when the trial has bias.
    X64 = s["X"].astype(f64)
    Xt64 = s["Xtest"].astype(f64)
    beta = np.linalg.lstsq(X64, s["y"].astype(f64), rcond=None)[0]
    ols_train = half_mse(np, X64 @ beta, s["y"])
    ols_test = half_mse(np, Xt64 @ beta, s["ytest"])
    ols_excess = half_mse(np, Xt64 @ beta, s["ytest_clean"])

    # Neuron j's mass |a_j| |w_j| and |cos(w_j, beta_ols)| in float64 from the final weights.
    W64 = W.astype(f64)
    wnorm = np.sqrt(np.sum(W64 * W64, axis=1))
    mass = np.abs(a.astype(f64)) * wnorm
    bnorm = float(np.sqrt(beta @ beta))
    live = wnorm > 0
    cos = np.zeros_like(wnorm)
    if bnorm > 0:
        cos[live] = np.abs(W64[live] @ beta) / (wnorm[live] * bnorm)
    aligned = live & (cos >= ALIGNED_COS) if bnorm > 0 else np.zeros_like(live)
    total = float(np.sum(mass))
    aligned_fraction = float(np.sum(mass[aligned]) / total) if total > 0 else 0.0
    change = abs(train_loss - loss_start)

    out = {
        "train_loss": train_loss,
        "test_loss": test_loss,
        "excess_risk": excess,
        "ols_train_loss": ols_train,
        "ols_test_loss": ols_test,
        "ols_excess_risk": ols_excess,
        "interp_ratio": ratio(np, train_loss, ols_train, s["y"]),
        "test_ratio": ratio(np, test_loss, ols_test, s["ytest"]),
        "aligned_fraction": aligned_fraction,
        "converged": bool(change == 0 or change < CONVERGED_TOL * abs(loss_start)),
        # What the decisions rest on, so a caller can tell a clear case from a knife edge:
        # the relative loss change over the last 10% (converged compares it with CONVERGED_TOL)
        # and the smallest distance of a neuron's |cos| from ALIGNED_COS (0 with no neuron).
        "converge_step": converge_start,
        "converge_change": change / abs(loss_start) if loss_start != 0 else 0.0,
        "aligned_cos_margin": float(np.min(np.abs(cos[live] - ALIGNED_COS))) if live.any() else 0.0,
        # Condition number of X (largest over smallest nonzero singular value): how much a
        # float64 least-squares solve may lose (normal equations: its square).
        "ols_cond": float(np.linalg.cond(X64)),
        **norms(np, W, a),
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


def eval_steps(steps, record_every):
    """The steps a trial evaluates (libs/training/src/train-batch.ts evalSchedule): 0, every
    record_every, the last, and the start of the last 10% (for `converged`)."""
    return sorted(set(range(0, steps + 1, record_every)) | {steps, steps - math.ceil(steps / 10)})


def trial_time_mode(args):
    """One whole trial as numpy would run it: `steps` GD steps and, at every evaluated step, the
    predictions on the n train rows and the T test rows and their losses (what the trainer's
    curve stores). Random data of the trial's shapes; relu, GD."""
    if args.threads is not None:
        for var in THREAD_VARS:
            os.environ[var] = str(args.threads)
    np = load_numpy()
    n, m, d, T, steps = args.n, args.m, args.d, args.test_size, args.steps
    record_every = args.record_every or max(1, steps // 50)
    if min(n, m, d, T, steps, record_every) < 1:
        raise SystemExit("reference_trial.py: --n --m --d --test-size --steps must be >= 1")
    g = np.random.default_rng(args.seed)
    f32 = np.float32
    X = g.standard_normal((n, d), dtype=f32)
    y = g.standard_normal(n, dtype=f32)
    Xtest = g.standard_normal((T, d), dtype=f32)
    ytest = g.standard_normal(T, dtype=f32)
    W = (f32(1e-3) * g.standard_normal((m, d), dtype=f32)).astype(f32)
    a = (f32(1e-3) * g.standard_normal(m, dtype=f32)).astype(f32)
    at = eval_steps(steps, record_every)
    t0 = time.perf_counter()
    model, test_model = Model(np, X, y, "relu"), Model(np, Xtest, ytest, "relu")
    opt = Optimizer(np, "gd", 0.1, [W, a])
    evals = 0
    eval_seconds = 0.0
    for step in range(steps + 1):
        if step > 0:
            W, a = opt.step([W, a], list(model.gradients(W, a)))
        if step in at:
            e0 = time.perf_counter()
            half_mse(np, model.predict(W, a), y)
            half_mse(np, test_model.predict(W, a), ytest)
            eval_seconds += time.perf_counter() - e0
            evals += 1
    seconds = max(time.perf_counter() - t0, 1e-9)
    print(
        json.dumps(
            {
                "n": n,
                "m": m,
                "d": d,
                "test_size": T,
                "steps": steps,
                "evaluations": evals,
                "seconds": seconds,
                "eval_seconds": eval_seconds,
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
    p.set_defaults(run=replay)
    r = sub.add_parser("trial", help="every stored metric of one trial (JSON file with test set)")
    r.add_argument("state")
    r.set_defaults(run=trial)
    for q in (p, r):
        q.add_argument("--float64", action="store_true", help="compute in float64, not float32")
        q.add_argument(
            "--perturb",
            type=float,
            default=None,
            metavar="EPS",
            help="after every step multiply each weight by 1 + EPS u, u ~ U[-1, 1] (float64 only)",
        )
        q.add_argument("--perturb-seed", type=int, default=0, help="seed of --perturb")
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
    w = sub.add_parser("trial-time", help="one whole trial: steps and the curve's evaluations")
    w.add_argument("--n", type=int, required=True)
    w.add_argument("--m", type=int, required=True)
    w.add_argument("--d", type=int, required=True)
    w.add_argument("--test-size", type=int, default=10_000)
    w.add_argument("--steps", type=int, default=10_000)
    w.add_argument("--record-every", type=int, default=None, help="default steps / 50")
    w.add_argument("--seed", type=int, default=0)
    w.add_argument("--threads", type=int, default=None, help="sets the BLAS thread variables")
    w.set_defaults(run=trial_time_mode)
    args = parser.parse_args(argv)
    args.run(args)


if __name__ == "__main__":
    main(sys.argv[1:])
