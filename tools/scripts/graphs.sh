#!/usr/bin/env bash
# The graph engine's SavedModels (libs/training/graphs), built from generate.py with Python
# TensorFlow 2.9.1: the libtensorflow tfjs-node 4.22 pins, the oldest the graphs must load on.
#   graphs.sh venv       make the venv (tools/.venv-tf29; PyPI access needed, once)
#   graphs.sh generate   rebuild the committed graphs and their manifest
#   graphs.sh check      are the committed graphs what generate.py builds? (exit 1 if not)
# THRESHER_GRAPHS_PYTHON overrides the interpreter (one with tensorflow-cpu==2.9.1).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/tools/.venv-tf29"
python="${THRESHER_GRAPHS_PYTHON:-$venv/bin/python}"
export TF_CPP_MIN_LOG_LEVEL="${TF_CPP_MIN_LOG_LEVEL:-2}"
case "${1:-}" in
  venv)
    # TF 2.9.1 has wheels for Python 3.7-3.10 only: $PYTHON310, else pyenv's 3.10, else
    # python3.10 on PATH (a pyenv shim there may exist and still refuse to run).
    base=""
    for candidate in "${PYTHON310:-}" \
      $(command -v pyenv >/dev/null && ls -d "$(pyenv root)"/versions/3.10*/bin/python 2>/dev/null) \
      python3.10; do
      if [ -n "$candidate" ] && "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then
        base="$candidate"
        break
      fi
    done
    if [ -z "$base" ]; then
      echo "no Python 3.10 found: set PYTHON310=/path/to/python3.10" >&2
      exit 2
    fi
    [ -x "$venv/bin/python" ] || "$base" -m venv "$venv"
    "$venv/bin/pip" install -q tensorflow-cpu==2.9.1 'numpy<2' 'protobuf<3.20'
    ;;
  generate | check)
    if [ ! -x "$python" ]; then
      echo "no TensorFlow 2.9.1 interpreter at $python: run \`bash tools/scripts/graphs.sh venv\`" >&2
      exit 2
    fi
    if [ "$1" = check ]; then "$python" "$root/libs/training/graphs/generate.py" --check
    else "$python" "$root/libs/training/graphs/generate.py"; fi
    ;;
  *)
    echo "usage: graphs.sh venv|generate|check" >&2
    exit 2
    ;;
esac
