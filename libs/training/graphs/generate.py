"""Generates the training graphs of the graph engine (libs/training/src/graph-engine.ts).

One SavedModel per (optimizer, activation): its serving signature runs `k` full-batch steps of
the eager engine's formulation (libs/training/src/engine.ts: B trials stacked on a leading
axis, y / a / the residual as rows, relu' as sign(h), GeLU exact) inside one tf.while_loop, so
a whole stretch of training between two evaluations costs one native call instead of 12-21
eager ops per step. Its `blocked` signature runs the same steps with the rows in blocks of R
(x given as B x nb x R x D): each block's n x m intermediates stay in cache. Its `predict`
signature evaluates: the predictions f = act(x W) a^T of rows in blocks of R (one call per
evaluation, the train and test rows together). A second folder per variant, `<variant>-xla`,
holds the same three signatures compiled by XLA (jit_compile).
Shapes are dynamic so one graph serves every batch (XLA compiles once per shape).

Build with the oldest TensorFlow the project supports (2.9.1, the libtensorflow tfjs-node 4.22
pins); SavedModels load forward on newer runtimes (the provisioned 2.21). Usage:

    python libs/training/graphs/generate.py [OUT_DIR]   # default: next to this file
    python libs/training/graphs/generate.py --check     # committed graphs up to date?

`--check` regenerates into a temporary folder, compares it byte for byte with the committed
graphs (the build is deterministic), loads each committed graph with this TensorFlow and
checks 3 of its steps against numpy. Exit status 1 on any difference.

The output (and manifest.json, with this file's sha256 and the TF version) is committed.
"""

import filecmp
import hashlib
import json
import os
import shutil
import sys
import tempfile

import numpy as np

import tensorflow as tf

HERE = os.path.dirname(os.path.abspath(__file__))
ADAM_B1 = 0.9
ADAM_B2 = 0.999
ADAM_EPS = 1e-8
SQRT1_2 = 0.7071067811865476
INV_SQRT_2PI = 0.3989422804014327
VARIANTS = [(o, a) for o in ("gd", "adam") for a in ("relu", "gelu")]

F32 = tf.float32
T3 = lambda name: tf.TensorSpec([None, None, None], F32, name=name)  # noqa: E731
X4 = lambda name: tf.TensorSpec([None, None, None, None], F32, name=name)  # noqa: E731
# Per SavedModel, its signatures: the full-width step and the row-blocked one (graph-engine.ts
# picks per shape). Folders `<variant>` run on TensorFlow's graph executor; `<variant>-xla`
# have the same signatures compiled by XLA (used where the runtime compiles them).
SIGNATURES = {"serving_default": False, "blocked": True}
PREDICT = "predict"


def phi(hp):
    return (tf.math.erf(hp * SQRT1_2) + 1.0) * 0.5


def act(kind, hp):
    return tf.nn.relu(hp) if kind == "relu" else hp * phi(hp)


def act_grad(kind, hp, h):
    if kind == "relu":
        return tf.sign(h)
    return phi(hp) + hp * (tf.exp(tf.square(hp) * -0.5) * INV_SQRT_2PI)


def gradients(kind, X, Xt, y, scale, W, a):
    hp = tf.matmul(X, W)  # B x n x m
    h = act(kind, hp)
    f = tf.matmul(a, h, transpose_b=True)  # B x 1 x n
    r = (f - y) * scale  # B x 1 x n
    ga = tf.matmul(r, h)  # B x 1 x m
    gW = tf.matmul(Xt * r, act_grad(kind, hp, h)) * a  # B x D x m
    return gW, ga


def adam_update(p, m1, m2, g, lr_c1, c2):
    m1 = m1 * ADAM_B1 + g * (1 - ADAM_B1)
    m2 = m2 * ADAM_B2 + tf.square(g) * (1 - ADAM_B2)
    denom = tf.sqrt(m2 * c2) + ADAM_EPS
    return p - lr_c1 * (m1 / denom), m1, m2


def blocked_gradients(kind, X4, Xt4, y4, scale, W, a):
    """gradients() summed over blocks of R rows: X4 is B x nb x R x D, y4 B x nb x 1 x R.

    A row's residual depends on that row alone, so each block's R x m intermediates (hp, h, act')
    are made, used and dropped while they sit in cache, instead of streaming ~8 n x m arrays
    through memory per step. The row padding up to nb * R is zero rows (x = 0, y = 0: residual
    0), which add exactly nothing. Blocks are static slices (gather of block j), so XLA compiles
    the loop with static shapes. The same sums as gradients(), reassociated in float32.
    """
    nb = tf.shape(X4)[1]

    def block(j, gW, ga):
        X, Xt, y = (tf.gather(t, j, axis=1) for t in (X4, Xt4, y4))
        hp = tf.matmul(X, W)  # B x R x m
        h = act(kind, hp)
        r = (tf.matmul(a, h, transpose_b=True) - y) * scale  # B x 1 x R
        return j + 1, gW + tf.matmul(Xt * r, act_grad(kind, hp, h)), ga + tf.matmul(r, h)

    # One block at a time (parallel_iterations=1): blocks in flight together would share the cache.
    _, gW, ga = tf.while_loop(lambda j, *_: j < nb, block,
                              [tf.constant(0), tf.zeros_like(W), tf.zeros_like(a)],
                              parallel_iterations=1)
    return gW * a, ga


def build_predict(kind, xla):
    """Predictions f = act(x W) a^T of rows given in blocks of R (x: B x nb x R x D) -> B x nb*R.

    The eager form (one matmul, act and matvec over all T rows) streams three B x T x m arrays
    through memory: at T = 10 000 test rows and m = 1024 that is 40 MB each, and an evaluation
    cost ~13 ms, 3x a block loop whose R x m intermediates stay in cache (docs/graph-engine.md).
    Zero rows (the padding up to nb * R) predict act(0) a^T = 0; the caller drops them.
    """

    @tf.function(input_signature=[X4("x"), T3("w"), T3("a")], jit_compile=xla)
    def predict(x, w, a):
        nb = tf.shape(x)[1]

        def block(j, parts):
            h = act(kind, tf.matmul(tf.gather(x, j, axis=1), w))  # B x R x m
            return j + 1, parts.write(j, tf.matmul(a, h, transpose_b=True))  # B x 1 x R

        parts = tf.TensorArray(F32, size=nb, element_shape=[None, 1, None])
        # One block at a time (parallel_iterations=1): blocks in flight together would share the cache.
        _, parts = tf.while_loop(lambda j, *_: j < nb, block, [tf.constant(0), parts],
                                 parallel_iterations=1)
        f = tf.transpose(parts.stack(), [1, 0, 2, 3])  # B x nb x 1 x R
        return {"f": tf.reshape(f, [tf.shape(x)[0], -1])}

    return predict


def build(optimizer, kind, blocked, xla):
    """The k-step signature: full width (x: B x n x D, y: B x 1 x n) or row-blocked (x: B x nb x
    R x D, y: B x nb x 1 x R); with xla, the whole loop is compiled by XLA (jit_compile)."""
    xspec = X4 if blocked else T3

    def grads(X, Xt, y, scale, W, a):
        if blocked:
            return blocked_gradients(kind, X, Xt, y, scale, W, a)
        return gradients(kind, X, Xt, y, scale, W, a)

    def transposed(x):
        return tf.transpose(x, [0, 1, 3, 2] if blocked else [0, 2, 1])

    if optimizer == "gd":

        @tf.function(input_signature=[xspec("x"), xspec("y"), T3("scale"), T3("w"), T3("a"),
                                      tf.TensorSpec([], tf.int32, name="k")], jit_compile=xla)
        def train(x, y, scale, w, a, k):
            # scale = lr / n per trial (lr folded into the residual, as in the eager engine).
            X = x
            Xt = transposed(X)

            def body(i, W, a):
                gW, ga = grads(X, Xt, y, scale, W, a)
                return i + 1, W - gW, a - ga

            _, W, a = tf.while_loop(lambda i, W, a: i < k, body, [tf.constant(0), w, a])
            return {"w": W, "a": a}

        return train

    @tf.function(input_signature=[xspec("x"), xspec("y"), T3("scale"), T3("lr"), T3("w"), T3("a"),
                                  T3("mw"), T3("vw"), T3("ma"), T3("va"),
                                  tf.TensorSpec([], tf.int32, name="t0"),
                                  tf.TensorSpec([], tf.int32, name="k")], jit_compile=xla)
    def train(x, y, scale, lr, w, a, mw, vw, ma, va, t0, k):
        # scale = 1 / n; t0 = steps already taken (Adam's bias correction counts from 1).
        X = x
        Xt = transposed(X)

        def body(i, W, a, mW, vW, ma, va):
            t = tf.cast(t0 + i + 1, tf.float64)  # tfjs has no float64 tensors: t0 is int32
            # Corrections in float64, as the eager engine computes them in JS doubles.
            c1 = tf.cast(1.0 / (1.0 - tf.pow(tf.constant(ADAM_B1, tf.float64), t)), F32)
            c2 = tf.cast(1.0 / (1.0 - tf.pow(tf.constant(ADAM_B2, tf.float64), t)), F32)
            gW, ga = grads(X, Xt, y, scale, W, a)
            lr_c1 = lr * c1
            W, mW, vW = adam_update(W, mW, vW, gW, lr_c1, c2)
            a, ma, va = adam_update(a, ma, va, ga, lr_c1, c2)
            return i + 1, W, a, mW, vW, ma, va

        out = tf.while_loop(lambda i, *_: i < k, body, [tf.constant(0), w, a, mw, vw, ma, va])
        _, W, a, mW, vW, ma, va = out
        return {"w": W, "a": a, "mw": mW, "vw": vW, "ma": ma, "va": va}

    return train


def source_sha256():
    with open(os.path.abspath(__file__), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def generate(out):
    os.makedirs(out, exist_ok=True)
    for optimizer, kind in VARIANTS:
        name = f"{optimizer}-{kind}"
        for xla in (False, True):
            target = os.path.join(out, name + ("-xla" if xla else ""))
            shutil.rmtree(target, ignore_errors=True)
            module = tf.Module()
            fns = {sig: build(optimizer, kind, blocked, xla) for sig, blocked in SIGNATURES.items()}
            fns[PREDICT] = build_predict(kind, xla)
            for sig, fn in fns.items():
                setattr(module, sig, fn)
            tf.saved_model.save(module, target, signatures=fns)
    manifest = {
        "generator": "libs/training/graphs/generate.py",
        "generatorSha256": source_sha256(),
        "tensorflowVersion": tf.__version__,
        "variants": [f"{o}-{a}" for o, a in VARIANTS],
        "xlaSuffix": "-xla",
        "signatures": [*SIGNATURES, PREDICT],
    }
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")


def files_under(root):
    return sorted(
        os.path.relpath(os.path.join(d, f), root)
        for d, _, fs in os.walk(root)
        for f in fs
        if not f.endswith(".py")
    )


def numpy_steps(optimizer, kind, X, y, n, lr, W, a, k):
    """k steps of one trial in float64 (W: D x m, a: m), the formulation of the graphs."""
    from math import erf, pi, sqrt

    verf = np.vectorize(erf)
    mom = [np.zeros_like(W), np.zeros_like(W), np.zeros_like(a), np.zeros_like(a)]
    for t in range(1, k + 1):
        hp = X @ W
        if kind == "relu":
            h, dh = np.maximum(hp, 0), (hp > 0).astype(float)
        else:
            ph = 0.5 * (1 + verf(hp / sqrt(2)))
            h, dh = hp * ph, ph + hp * np.exp(-hp * hp / 2) / sqrt(2 * pi)
        r = (h @ a - y) / n
        ga, gW = h.T @ r, X.T @ (np.outer(r, a) * dh)
        if optimizer == "gd":
            W, a = W - lr * gW, a - lr * ga
            continue
        out = []
        for i, (p, g) in enumerate(((W, gW), (a, ga))):
            mom[2 * i] = ADAM_B1 * mom[2 * i] + (1 - ADAM_B1) * g
            mom[2 * i + 1] = ADAM_B2 * mom[2 * i + 1] + (1 - ADAM_B2) * g * g
            c1, c2 = 1 / (1 - ADAM_B1**t), 1 / (1 - ADAM_B2**t)
            out.append(p - lr * c1 * mom[2 * i] / (np.sqrt(mom[2 * i + 1] * c2) + ADAM_EPS))
        W, a = out
    return W, a


def blocked_rows(v, n, R, row_shape):
    """Rows of one trial (n x ...) zero-padded to a multiple of R, as nb blocks: 1 x nb x ..."""
    nb = -(-n // R)
    padded = np.concatenate([v, np.zeros((nb * R - n,) + v.shape[1:])])
    return np.reshape(padded, (1, nb) + row_shape(R))


def check_runs(root):
    """3 steps of every folder and training signature against numpy in float64, and the
    predictions; the blocked and predict signatures with R = 4 on n = 9 (3 blocks, the last
    padded with 3 zero rows)."""
    rng = np.random.default_rng(0)
    n, D, m, k, lr, R = 9, 4, 6, 3, 0.05, 4
    X, y = rng.standard_normal((n, D)), rng.standard_normal(n)
    W, a = 0.5 * rng.standard_normal((D, m)), 0.5 * rng.standard_normal(m)
    f32 = lambda v, shape: tf.constant(v if shape is None else np.reshape(v, shape), tf.float32)  # noqa: E731,E501
    ok = True
    for (optimizer, kind), suffix, (sig, blocked) in (
        (v, s, g) for v in VARIANTS for s in ("", "-xla") for g in SIGNATURES.items()
    ):
        model = tf.saved_model.load(os.path.join(root, f"{optimizer}-{kind}{suffix}"))
        fn = model.signatures[sig]
        if blocked:
            x_in = f32(blocked_rows(X, n, R, lambda r: (r, D)), None)
            y_in = f32(blocked_rows(y, n, R, lambda r: (1, r)), None)
        else:
            x_in, y_in = f32(X, (1, n, D)), f32(y, (1, 1, n))
        args = dict(x=x_in, y=y_in, w=f32(W, (1, D, m)), a=f32(a, (1, 1, m)),
                    k=tf.constant(k, tf.int32))
        if optimizer == "gd":
            args["scale"] = f32(lr / n, (1, 1, 1))
        else:
            zW, za = np.zeros((1, D, m)), np.zeros((1, 1, m))
            args.update(scale=f32(1 / n, (1, 1, 1)), lr=f32(lr, (1, 1, 1)), mw=f32(zW, zW.shape),
                        vw=f32(zW, zW.shape), ma=f32(za, za.shape), va=f32(za, za.shape),
                        t0=tf.constant(0, tf.int32))
        got = fn(**args)
        W_ref, a_ref = numpy_steps(optimizer, kind, X, y, n, lr, W, a, k)
        err = max(np.abs(got["w"].numpy()[0] - W_ref).max(), np.abs(got["a"].numpy()[0, 0] - a_ref).max())
        print(f"{optimizer}-{kind}{suffix} {sig}: {k} steps, max |graph - numpy float64| = {err:.2e}")
        ok = ok and err < 1e-5
    # The predictions, same blocks: the padded rows must predict exactly 0.
    for (optimizer, kind), suffix in ((v, s) for v in VARIANTS for s in ("", "-xla")):
        fn = tf.saved_model.load(os.path.join(root, f"{optimizer}-{kind}{suffix}")).signatures[PREDICT]
        got = fn(x=f32(blocked_rows(X, n, R, lambda r: (r, D)), None), w=f32(W, (1, D, m)),
                 a=f32(a, (1, 1, m)))["f"].numpy()
        hp = X @ W
        if kind == "relu":
            h = np.maximum(hp, 0)
        else:
            from math import erf, sqrt

            h = hp * 0.5 * (1 + np.vectorize(erf)(hp / sqrt(2)))
        err = np.abs(got[0, :n] - h @ a).max()
        pad = np.abs(got[0, n:]).max()
        print(f"{optimizer}-{kind}{suffix} {PREDICT}: max |graph - numpy float64| = {err:.2e}, "
              f"padded rows {pad:.1e} ({got.shape[1] - n})")
        ok = ok and err < 1e-5 and pad == 0 and got.shape == (1, 3 * R)
    return ok


def check():
    with tempfile.TemporaryDirectory() as tmp:
        generate(tmp)
        fresh, committed = files_under(tmp), files_under(HERE)
        stale = [f for f in fresh if f not in committed or not filecmp.cmp(
            os.path.join(tmp, f), os.path.join(HERE, f), shallow=False)]
        stale += [f for f in committed if f not in fresh]
    for f in stale:
        print(f"stale: libs/training/graphs/{f}")
    ok = check_runs(HERE)
    print("graphs up to date" if not stale else "graphs stale: run `npm run graphs:generate`")
    return ok and not stale


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        sys.exit(0 if check() else 1)
    generate(os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE)
