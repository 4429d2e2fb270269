import { selectBackend, type BackendRequest } from '@thresher/training';

/**
 * Selects the TensorFlow.js backend for this process (fails fast with the reason when a
 * named backend, e.g. native TensorFlow, cannot load) and returns the backend in use.
 */
export async function initBackend(
  requested: string,
  warn?: (line: string) => void,
): Promise<string> {
  return selectBackend(requested as BackendRequest, warn ? { warn } : {});
}
