#!/usr/bin/env bash
# Starts (idempotently) a throwaway single-node Slurm cluster for tests: its own munged,
# slurmctld and slurmd, all configured under one state directory (nothing in /etc), and
# prints the line to use it:  export SLURM_CONF=.../slurm.conf
#
#   THRESHER_SLURM_DIR   state directory                  (default /tmp/thresher-slurm)
#   THRESHER_SLURM_CPUS  CPUs of the node                 (default: nproc)
#
# Needs slurm-wlm and munge (apt-get install slurm-wlm munge) and root: slurmd starts jobs
# as their users. No cgroups (proctrack/linuxproc, task/none) and no accounting, so it runs
# in containers too. Stop it with:  tools/scripts/start-slurm.sh --stop
set -euo pipefail
# The daemons live in /usr/sbin, which PATH may lack (e.g. under npm or sudo).
export PATH="$PATH:/usr/sbin:/sbin"

DIR="${THRESHER_SLURM_DIR:-/tmp/thresher-slurm}"
CONF="$DIR/slurm.conf"
NODE="$(hostname -s)"
CPUS="${THRESHER_SLURM_CPUS:-$(nproc)}"

for bin in munged slurmctld slurmd sinfo; do
  command -v "$bin" >/dev/null 2>&1 || {
    echo "start-slurm: $bin is missing (apt-get install slurm-wlm munge)" >&2
    exit 1
  }
done
[[ "$(id -u)" == 0 ]] || {
  echo "start-slurm: must run as root (slurmd runs jobs as their users)" >&2
  exit 1
}

# What it did goes to stderr; stdout is the export line alone, for eval or a test to read.
say() { echo "start-slurm: $*" >&2; }
running() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }
stop() {
  if running "$1"; then
    local pid
    pid="$(cat "$1")"
    kill "$pid"
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

if [[ "${1:-}" == "--stop" ]]; then
  stop "$DIR/slurmd.pid"
  stop "$DIR/slurmctld.pid"
  stop "$DIR/munge/munged.pid"
  exit 0
fi

# munged refuses directories others can write to: keep everything private to root.
mkdir -p "$DIR/munge" "$DIR/state" "$DIR/spool"
chmod 700 "$DIR" "$DIR/munge"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port_from() {
  local port="$1"
  while ! port_free "$port"; do port=$((port + 1)); done
  echo "$port"
}

# Our own munged on its own socket and key, so a system munged (or its key) is never needed.
SOCKET="$DIR/munge/munge.socket"
if ! running "$DIR/munge/munged.pid"; then
  if [[ ! -f "$DIR/munge/munge.key" ]]; then
    dd if=/dev/urandom of="$DIR/munge/munge.key" bs=1024 count=1 status=none
    chmod 400 "$DIR/munge/munge.key"
  fi
  munged --force --socket="$SOCKET" --key-file="$DIR/munge/munge.key" \
    --pid-file="$DIR/munge/munged.pid" --log-file="$DIR/munge/munged.log" \
    --seed-file="$DIR/munge/munged.seed" || {
    cat "$DIR/munge/munged.log" >&2 2>/dev/null || true
    exit 1
  }
  say "started munged (socket $SOCKET)"
fi

# The ports are chosen once: a running cluster keeps its configuration.
if [[ ! -f "$CONF" ]]; then
  CTLD_PORT="$(free_port_from 56817)"
  SLURMD_PORT="$(free_port_from $((CTLD_PORT + 1)))"
  cat >"$CONF" <<EOF
# Written by tools/scripts/start-slurm.sh: a throwaway single-node cluster.
ClusterName=thresher-test
SlurmctldHost=$NODE(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$SOCKET
StateSaveLocation=$DIR/state
SlurmdSpoolDir=$DIR/spool
SlurmctldPidFile=$DIR/slurmctld.pid
SlurmdPidFile=$DIR/slurmd.pid
SlurmctldLogFile=$DIR/slurmctld.log
SlurmdLogFile=$DIR/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
SlurmdTimeout=30
NodeName=$NODE NodeAddr=127.0.0.1 CPUs=$CPUS State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
  say "wrote $CONF (node $NODE, $CPUS CPUs, ports $CTLD_PORT and $SLURMD_PORT)"
fi
export SLURM_CONF="$CONF"

if ! running "$DIR/slurmctld.pid"; then
  # -c: no jobs from an earlier run (the cluster is throwaway).
  slurmctld -c -f "$CONF" || { tail -n 30 "$DIR/slurmctld.log" >&2; exit 1; }
  say "started slurmctld (log $DIR/slurmctld.log)"
fi
if ! running "$DIR/slurmd.pid"; then
  slurmd -f "$CONF" -N "$NODE" || { tail -n 30 "$DIR/slurmd.log" >&2; exit 1; }
  say "started slurmd (log $DIR/slurmd.log)"
fi

state=""
for _ in $(seq 120); do
  state="$(sinfo -h -n "$NODE" -o %t 2>/dev/null || true)"
  # Busy (mix, alloc) counts too: this may be a second call while jobs run.
  [[ "$state" =~ ^(idle|mix|alloc)$ ]] && break
  sleep 0.5
done
if [[ ! "$state" =~ ^(idle|mix|alloc)$ ]]; then
  echo "start-slurm: node $NODE is not up (sinfo: '${state:-no answer}'); logs in $DIR:" >&2
  tail -n 20 "$DIR/slurmctld.log" "$DIR/slurmd.log" >&2 2>/dev/null || true
  exit 1
fi

say "node $NODE is $state"
echo "export SLURM_CONF=$CONF"
