"""The JAX peer of the training benchmarks: what a researcher would write instead of numpy.

Times B random trials of shape (n, m, d), relu, full-batch GD at lr 0.1 from init scale 1e-3,
float32: the model and data of `reference_trial.py time` (L = 1/(2n) sum (f - y)^2), written
the JAX way: the gradient by jax.grad, k steps per call in one jax.jit'd lax.fori_loop, and one
XLA thread (the numpy peer has one BLAS thread; ours runs one intra-op thread in the bench).

    python tools/reference/jax_trial.py --n 512 --m 256 --d 5 --steps 2000 [--batch 16]

Prints one JSON line: trial_steps_per_s, s_per_step, gflops (6 n m d per trial-step), and the
jax version. Compilation and the first call are left out (one warm-up call of the same k).
"""

import argparse
import json
import os
import sys
import time

# One XLA thread, set before jax loads: Eigen's pool and the intra-op pool of the CPU client.
os.environ["XLA_FLAGS"] = (
    os.environ.get("XLA_FLAGS", "")
    + " --xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1"
).strip()
os.environ.setdefault("JAX_PLATFORMS", "cpu")

try:
    import jax
    import jax.numpy as jnp
    from jax import lax
except ImportError:
    sys.exit(f"jax_trial.py: jax is missing for {sys.executable}: pip install jax")


def loss(params, X, y):
    W, a = params  # W: (B, m, d), a: (B, m)
    H = jax.nn.relu(jnp.einsum("bnd,bmd->bnm", X, W))
    f = jnp.einsum("bnm,bm->bn", H, a)
    # Summed over the batch: trials are independent, so each gets its own gradient.
    return jnp.sum(jnp.mean((f - y) ** 2, axis=-1) / 2)


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for name in ("n", "m", "d", "steps"):
        p.add_argument(f"--{name}", type=int, required=True)
    p.add_argument("--batch", type=int, default=1)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    B, n, m, d, steps = args.batch, args.n, args.m, args.d, args.steps
    if min(B, n, m, d, steps) < 1:
        sys.exit("jax_trial.py: --n --m --d --batch --steps must be >= 1")
    keys = jax.random.split(jax.random.PRNGKey(args.seed), 4)
    X = jax.random.normal(keys[0], (B, n, d), jnp.float32)
    y = jax.random.normal(keys[1], (B, n), jnp.float32)
    W = 1e-3 * jax.random.normal(keys[2], (B, m, d), jnp.float32)
    a = 1e-3 * jax.random.normal(keys[3], (B, m), jnp.float32)
    grad = jax.grad(loss)
    lr = jnp.float32(0.1)

    @jax.jit
    def run(params, X, y, k):
        def step(_, p):
            g = grad(p, X, y)
            return (p[0] - lr * g[0], p[1] - lr * g[1])

        return lax.fori_loop(0, k, step, params)

    params = jax.block_until_ready(run((W, a), X, y, steps))  # compile + warm-up
    t0 = time.perf_counter()
    params = jax.block_until_ready(run(params, X, y, steps))
    seconds = max(time.perf_counter() - t0, 1e-9)
    if not all(bool(jnp.all(jnp.isfinite(t))) for t in params):
        sys.exit("jax_trial.py: the timed run diverged")
    print(json.dumps({
        "n": n, "m": m, "d": d, "batch": B, "steps": steps,
        "seconds": seconds,
        "s_per_step": seconds / steps,
        "trial_steps_per_s": B * steps / seconds,
        "gflops": 6.0 * n * m * d * B * steps / seconds / 1e9,
        "jax": jax.__version__,
        "xla_flags": os.environ["XLA_FLAGS"],
    }))


if __name__ == "__main__":
    main(sys.argv[1:])
