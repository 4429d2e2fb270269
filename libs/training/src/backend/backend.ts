import * as tf from '@tensorflow/tfjs-core';
import { BACKEND_NAMES, type BackendName, type BackendRequest } from './backend-name';
import { BackendUnavailableError } from './errors';
import {
  activateBackend,
  loadCpu,
  loadNative,
  loadWasm,
  nativeTensorflowVersion,
} from './load-backend';

export {
  BACKEND_NAMES,
  isBackendRequest,
  type BackendName,
  type BackendRequest,
} from './backend-name';
export { BackendUnavailableError } from './errors';
export { DEFAULT_NATIVE_MODULE } from './load-backend';

export interface SelectBackendOptions {
  /** Receives the single warning line when `auto` falls back to wasm (default console.warn). */
  warn?: (msg: string) => void;
  /** Package registering the native backend; e.g. '@tensorflow/tfjs-node-gpu'. */
  nativeModule?: string;
}

/**
 * Loads the requested backend and makes it tfjs' active one. A named backend that cannot load
 * throws BackendUnavailableError; `auto` takes the native backend if it loads, else wasm with
 * one warning line.
 */
export async function selectBackend(
  requested: BackendRequest,
  opts: SelectBackendOptions = {},
): Promise<BackendName> {
  if (requested !== 'auto') {
    await activateBackend(requested, opts.nativeModule);
    return requested;
  }
  try {
    await activateBackend('tensorflow', opts.nativeModule);
    return 'tensorflow';
  } catch (err) {
    if (!(err instanceof BackendUnavailableError)) throw err;
    const warn = opts.warn ?? ((msg: string) => console.warn(msg));
    warn(`native TensorFlow backend unavailable (${err.reason}); training on wasm instead`);
    await activateBackend('wasm');
    return 'wasm';
  }
}

export interface BackendProbe {
  name: BackendName;
  available: boolean;
  /** Version of the tfjs package providing the backend (tfjs-node for `tensorflow`). */
  version: string | null;
  /** libtensorflow's version, for the native backend when it loads. */
  tensorflowVersion?: string | null;
  /** Why it is unavailable. */
  reason?: string;
}

async function probeOne(name: BackendName, nativeModule?: string): Promise<BackendProbe> {
  try {
    let version: string | null;
    if (name === 'tensorflow') version = loadNative(nativeModule).version;
    else if (name === 'wasm') version = loadWasm().version_wasm;
    else version = loadCpu().version_cpu;
    await activateBackend(name, nativeModule);
    const probe: BackendProbe = { name, available: true, version };
    if (name === 'tensorflow') probe.tensorflowVersion = nativeTensorflowVersion();
    return probe;
  } catch (err) {
    if (!(err instanceof BackendUnavailableError)) throw err;
    return { name, available: false, version: null, reason: err.reason };
  }
}

/**
 * Tries every backend (for `thresher doctor`), then restores the backend that was active.
 * Loaded backends stay registered; probing an unavailable one has no side effect.
 */
export async function probeBackends(opts: { nativeModule?: string } = {}): Promise<BackendProbe[]> {
  const previous = tf.engine().backendName as string | null;
  const probes: BackendProbe[] = [];
  for (const name of BACKEND_NAMES) probes.push(await probeOne(name, opts.nativeModule));
  if (previous) await tf.setBackend(previous);
  return probes;
}
