import { benchTraining } from '../../../tools/src/bench/training-throughput';
benchTraining({ backends: (process.env.BES ?? 'cpu,wasm').split(','), repeats: Number(process.env.REP ?? 1), quick: !!process.env.QUICK }).then((rows) => console.table(rows));
