/** The TensorFlow.js backends a worker can train on, fastest first. */
export const BACKEND_NAMES = ['tensorflow', 'wasm', 'cpu'] as const;

export type BackendName = (typeof BACKEND_NAMES)[number];

/** What a user may ask for: a backend, or `auto` (native if it loads, else wasm). */
export type BackendRequest = 'auto' | BackendName;

export function isBackendRequest(value: string): value is BackendRequest {
  return value === 'auto' || (BACKEND_NAMES as readonly string[]).includes(value);
}
