#!/usr/bin/env bash
# Scaffolds one workspace project: scaffold-project.sh <dir> <name> <tags-csv>
set -euo pipefail
dir=$1; name=$2; tags=$3
mkdir -p "$dir/src"
short=$(basename "$dir")
tagjson=$(echo "$tags" | sed 's/[^,]*/"&"/g')
[ -f "$dir/package.json" ] || cat > "$dir/package.json" <<JSON
{
  "name": "$name",
  "version": "0.1.0",
  "private": true,
  "main": "./dist/index.js",
  "types": "./dist/index.d.ts",
  "exports": {
    ".": {
      "@thresher/source": "./src/index.ts",
      "types": "./dist/index.d.ts",
      "default": "./dist/index.js"
    }
  },
  "dependencies": {}
}
JSON
cat > "$dir/project.json" <<JSON
{
  "name": "$short",
  "\$schema": "../../node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$dir/src",
  "tags": [$tagjson],
  "targets": {
    "build": { "executor": "nx:run-commands", "options": { "cwd": "{projectRoot}", "command": "tsc -p tsconfig.lib.json" } },
    "typecheck": { "executor": "nx:run-commands", "options": { "cwd": "{projectRoot}", "command": "tsc -p tsconfig.json --noEmit" } },
    "lint": { "executor": "nx:run-commands", "options": { "cwd": "{projectRoot}", "command": "eslint src" } },
    "test": { "executor": "nx:run-commands", "options": { "cwd": "{projectRoot}", "command": "vitest run" } }
  }
}
JSON
cat > "$dir/tsconfig.json" <<JSON
{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "noEmit": true, "customConditions": ["@thresher/source"] },
  "include": ["src/**/*.ts"]
}
JSON
cat > "$dir/tsconfig.lib.json" <<JSON
{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "outDir": "dist", "rootDir": "src", "tsBuildInfoFile": "dist/.tsbuildinfo" },
  "include": ["src/**/*.ts"],
  "exclude": ["src/**/*.spec.ts", "src/**/test-support/**"]
}
JSON
cat > "$dir/vitest.config.mts" <<JSON
import { defineProjectConfig } from '../../vitest.shared.mjs';

export default defineProjectConfig();
JSON
[ -f "$dir/src/index.ts" ] || echo "export {};" > "$dir/src/index.ts"
