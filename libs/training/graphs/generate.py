"""Generates the training graphs of the graph engine (libs/training/src/graph-engine.ts).

One SavedModel per (optimizer, activation): its serving signature runs `k` full-batch steps of
the eager engine's formulation (libs/training/src/engine.ts: B trials stacked on a leading
axis, y / a / the residual as rows, relu' as sign(h), GeLU exact) inside one tf.while_loop, so
a whole stretch of training between two evaluations costs one native call instead of 12-21
eager ops per step. Shapes are dynamic ([None, None, None]) so one graph serves every batch.

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


def build(optimizer, kind):
    if optimizer == "gd":

        @tf.function(input_signature=[T3("x"), T3("y"), T3("scale"), T3("w"), T3("a"),
                                      tf.TensorSpec([], tf.int32, name="k")])
        def train(x, y, scale, w, a, k):
            # scale = lr / n per trial (lr folded into the residual, as in the eager engine).
            X = x
            Xt = tf.transpose(X, [0, 2, 1])

            def body(i, W, a):
                gW, ga = gradients(kind, X, Xt, y, scale, W, a)
                return i + 1, W - gW, a - ga

            _, W, a = tf.while_loop(lambda i, W, a: i < k, body, [tf.constant(0), w, a])
            return {"w": W, "a": a}

        return train

    @tf.function(input_signature=[T3("x"), T3("y"), T3("scale"), T3("lr"), T3("w"), T3("a"),
                                  T3("mw"), T3("vw"), T3("ma"), T3("va"),
                                  tf.TensorSpec([], tf.int32, name="t0"),
                                  tf.TensorSpec([], tf.int32, name="k")])
    def train(x, y, scale, lr, w, a, mw, vw, ma, va, t0, k):
        # scale = 1 / n; t0 = steps already taken (Adam's bias correction counts from 1).
        X = x
        Xt = tf.transpose(X, [0, 2, 1])

        def body(i, W, a, mW, vW, ma, va):
            t = tf.cast(t0 + i + 1, tf.float64)  # tfjs has no float64 tensors: t0 is int32
            # Corrections in float64, as the eager engine computes them in JS doubles.
            c1 = tf.cast(1.0 / (1.0 - tf.pow(tf.constant(ADAM_B1, tf.float64), t)), F32)
            c2 = tf.cast(1.0 / (1.0 - tf.pow(tf.constant(ADAM_B2, tf.float64), t)), F32)
            gW, ga = gradients(kind, X, Xt, y, scale, W, a)
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
        target = os.path.join(out, name)
        shutil.rmtree(target, ignore_errors=True)
        module = tf.Module()
        module.train = build(optimizer, kind)
        tf.saved_model.save(module, target, signatures={"serving_default": module.train})
    manifest = {
        "generator": "libs/training/graphs/generate.py",
        "generatorSha256": source_sha256(),
        "tensorflowVersion": tf.__version__,
        "variants": [f"{o}-{a}" for o, a in VARIANTS],
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


def check_runs(root):
    rng = np.random.default_rng(0)
    n, D, m, k, lr = 9, 4, 6, 3, 0.05
    X, y = rng.standard_normal((n, D)), rng.standard_normal(n)
    W, a = 0.5 * rng.standard_normal((D, m)), 0.5 * rng.standard_normal(m)
    ok = True
    for optimizer, kind in VARIANTS:
        fn = tf.saved_model.load(os.path.join(root, f"{optimizer}-{kind}")).signatures["serving_default"]
        f32 = lambda v, shape: tf.constant(np.reshape(v, shape), tf.float32)  # noqa: E731
        args = dict(x=f32(X, (1, n, D)), y=f32(y, (1, 1, n)), w=f32(W, (1, D, m)),
                    a=f32(a, (1, 1, m)), k=tf.constant(k, tf.int32))
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
        print(f"{optimizer}-{kind}: {k} steps, max |graph - numpy float64| = {err:.2e}")
        ok = ok and err < 1e-5
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
