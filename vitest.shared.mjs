// Shared Vitest settings: tests resolve workspace libs to their TypeScript sources
// through the "@thresher/source" export condition, so no build is needed to test a lib.
import { defineConfig } from 'vitest/config';

// Vite adds "import"/"require" itself per import kind; forcing "import" here would hand
// CommonJS packages (e.g. tfjs-node's `long`) their ESM builds.
const conditions = ['@thresher/source', 'module', 'node', 'development|production'];

export function defineProjectConfig(overrides = {}) {
  return defineConfig({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ['node'] } },
    test: {
      environment: 'node',
      testTimeout: 60_000,
      hookTimeout: 60_000,
      pool: 'forks',
      ...overrides,
    },
  });
}
