#!/usr/bin/env bash
# Runs before `npm test` (the root `pretest`): makes sure this machine has what the test
# suites use, and installs what is missing where it can (Debian/Ubuntu as root, or with
# passwordless sudo). Elsewhere it names what to install and stops, before any test runs.
#
#   chromium          the HTML report is checked in a real headless browser (playwright-core)
#   postgresql        the store and cluster suites start a throwaway PostgreSQL server
#   python3-numpy     the replay test trains against tools/reference/reference_trial.py
#   iproute2          the multi-host suite builds network namespaces (ip netns)
#   openssl           the TLS suites make their certificates
#   slurm-wlm, munge  the Slurm suite starts a single-node Slurm (tools/scripts/start-slurm.sh)
#   fonts-liberation  text in the report's plots renders with real fonts in Chromium
#   native backend    @tensorflow/tfjs-node loads (else: python3-pip and build-essential,
#                     then tools/scripts/provision-native.js, as `npm install` does)
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
have() { command -v "$1" >/dev/null 2>&1; }
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
numpy_ok=false
for py in python3 /usr/bin/python3; do
  if have "$py" && "$py" -c 'import numpy' >/dev/null 2>&1; then numpy_ok=true; fi
done
# Nx puts Node's own folder first on PATH, so Debian's python3 is the one tests may see.
if ! /usr/bin/python3 -c 'import numpy' >/dev/null 2>&1; then
  [[ -x /usr/bin/python3 || "$numpy_ok" == false ]] && missing+=(python3-numpy)
fi
have ip || missing+=(iproute2)
have openssl || missing+=(openssl)
# The daemons live in /usr/sbin, which a non-root PATH often lacks.
have_sbin() { have "$1" || [[ -x "/usr/sbin/$1" ]]; }
have_sbin slurmctld && have_sbin slurmd && have sbatch || missing+=(slurm-wlm)
have_sbin munged || missing+=(munge)
[[ -d /usr/share/fonts/truetype/liberation ]] || missing+=(fonts-liberation)
native_ok=true
node -e "require('@tensorflow/tfjs-node')" >/dev/null 2>&1 || native_ok=false
if [[ "$native_ok" == false ]]; then
  have pip3 || python3 -m pip --version >/dev/null 2>&1 || missing+=(python3-pip)
  have g++ && have make || missing+=(build-essential)
fi

if [[ ${#missing[@]} -gt 0 ]]; then
  as_root=()
  if [[ "$(id -u)" != 0 ]]; then
    if have sudo && sudo -n true 2>/dev/null; then as_root=(sudo -n); else as_root=(none); fi
  fi
  if ! have apt-get || [[ "${as_root[*]}" == none ]]; then
    echo "npm test needs these packages, which are missing here: ${missing[*]}" >&2
    echo "install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}) and run npm test again" >&2
    exit 1
  fi
  echo "[test-prerequisites] installing ${missing[*]} (apt-get)"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

if [[ "$native_ok" == false ]]; then
  echo "[test-prerequisites] @tensorflow/tfjs-node does not load: provisioning the native backend"
  node tools/scripts/provision-native.js
fi
echo "[test-prerequisites] ready: chromium, postgresql, numpy, iproute2, openssl, slurm, native TensorFlow"
