import { createRequire } from 'node:module';
import * as path from 'node:path';
import type * as CpuModule from '@tensorflow/tfjs-backend-cpu';
import type * as WasmModule from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import type { BackendName } from './backend-name';
import { BackendUnavailableError } from './errors';

/** The package that registers the native backend; tfjs-node-gpu registers the same name. */
export const DEFAULT_NATIVE_MODULE = '@tensorflow/tfjs-node';

// Backends load lazily through require: tfjs-node is optional (it may be absent, and then only
// the native backend is), and loading one registers its factory with the global tfjs engine.
const load = createRequire(__filename);

/** What the loaded native module tells about itself. */
export interface NativeInfo {
  module: string;
  /** Version of the tfjs-node package. */
  version: string | null;
}

interface NativeModuleShape {
  version?: Record<string, string>;
}

const loadedNative = new Map<string, NativeInfo>();
let wasmModule: typeof WasmModule | undefined;
let cpuModule: typeof CpuModule | undefined;

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]?.trim() || 'unknown error';
}

function nativeReason(moduleName: string, err: unknown): string {
  const code = (err as { code?: string } | undefined)?.code;
  if (code === 'MODULE_NOT_FOUND' && firstLine(err).includes(`'${moduleName}'`)) {
    return `${moduleName} is not installed (run \`npm run provision:native\`)`;
  }
  return `${moduleName} failed to load: ${firstLine(err)} (run \`npm run provision:native\`)`;
}

/**
 * Loads the native module, which registers the `tensorflow` backend with tfjs-core. tfjs-node
 * brings its own @tensorflow/tfjs; npm dedupes it to our 4.22.0, and tfjs-core keeps its engine
 * and kernel registry on the global object anyway, so the registration is visible here.
 */
export function loadNative(moduleName = DEFAULT_NATIVE_MODULE): NativeInfo {
  const known = loadedNative.get(moduleName);
  if (known) return known;
  // libtensorflow logs CPU-feature notices at INFO level on load; keep stderr quiet unless asked.
  process.env['TF_CPP_MIN_LOG_LEVEL'] ??= '2';
  let mod: NativeModuleShape;
  try {
    mod = load(moduleName) as NativeModuleShape;
  } catch (err) {
    throw new BackendUnavailableError('tensorflow', nativeReason(moduleName, err), { cause: err });
  }
  if (!tf.findBackendFactory('tensorflow')) {
    throw new BackendUnavailableError(
      'tensorflow',
      `${moduleName} loaded but registered no 'tensorflow' backend with this tfjs-core`,
    );
  }
  const info = { module: moduleName, version: mod.version?.['tfjs-node'] ?? null };
  loadedNative.set(moduleName, info);
  return info;
}

/** Version of libtensorflow behind the initialised native backend (its TF_Version()). */
export function nativeTensorflowVersion(): string | null {
  const backend = tf.findBackend('tensorflow') as { binding?: { TF_Version?: unknown } } | null;
  const version = backend?.binding?.TF_Version;
  return typeof version === 'string' ? version : null;
}

/**
 * Loads the WebAssembly backend. In Node it reads its .wasm files from disk: point it at the
 * package's dist folder (offline, no fetch), once, before it initialises.
 */
export function loadWasm(): typeof WasmModule {
  if (wasmModule) return wasmModule;
  try {
    const mod = load('@tensorflow/tfjs-backend-wasm') as typeof WasmModule;
    const dist = path.join(
      path.dirname(load.resolve('@tensorflow/tfjs-backend-wasm/package.json')),
      'dist',
    );
    mod.setWasmPaths(dist + path.sep);
    wasmModule = mod;
    return mod;
  } catch (err) {
    throw new BackendUnavailableError('wasm', firstLine(err), { cause: err });
  }
}

export function loadCpu(): typeof CpuModule {
  if (cpuModule) return cpuModule;
  try {
    cpuModule = load('@tensorflow/tfjs-backend-cpu') as typeof CpuModule;
    return cpuModule;
  } catch (err) {
    throw new BackendUnavailableError('cpu', firstLine(err), { cause: err });
  }
}

/** Registers `name` (loading its package) and makes it the active backend. */
export async function activateBackend(name: BackendName, nativeModule?: string): Promise<void> {
  if (name === 'tensorflow') loadNative(nativeModule);
  else if (name === 'wasm') loadWasm();
  else loadCpu();
  let ok: boolean;
  try {
    ok = await tf.setBackend(name);
  } catch (err) {
    throw new BackendUnavailableError(name, firstLine(err), { cause: err });
  }
  if (!ok) throw new BackendUnavailableError(name, 'the backend failed to initialise');
  await tf.ready();
}
