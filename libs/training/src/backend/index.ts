export {
  BACKEND_NAMES,
  BackendUnavailableError,
  DEFAULT_NATIVE_MODULE,
  isBackendRequest,
  probeBackends,
  selectBackend,
  type BackendName,
  type BackendProbe,
  type BackendRequest,
  type SelectBackendOptions,
} from './backend';
