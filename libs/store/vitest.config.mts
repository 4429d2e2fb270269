import { defineProjectConfig } from '../../vitest.shared.mjs';

const config = defineProjectConfig({
  globalSetup: ['./src/test-support/global-setup.ts'],
});

// Vitest passes ssr.resolve.conditions to the forked workers as `node --conditions`.
// With 'import' among them, CommonJS packages that require a dual package (pg ->
// pg-pool) get its ESM build and crash; Vite adds import/require by itself anyway.
config.ssr.resolve.conditions = config.ssr.resolve.conditions.filter(
  (c) => c !== 'import' && c !== 'require',
);

export default config;
