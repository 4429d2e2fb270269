import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

type ExportsField = string | { [condition: string]: ExportsField | undefined } | undefined;

function requireTarget(field: ExportsField): string | undefined {
  if (typeof field === 'string' || field === undefined) return field;
  const entry = field['.'] ?? field;
  if (typeof entry === 'string') return entry;
  const req = entry['require'];
  return typeof req === 'string' ? req : requireTarget(req && { '.': req['default'] });
}

/**
 * @tensorflow/tfjs (loaded by tfjs-node) does `require('long')` and reads `.default || exports`.
 * When Node runs with `--conditions import` (vitest passes its resolve conditions to its worker
 * processes) that require resolves to long's ESM entry; the namespace it returns breaks tfjs'
 * interop ("Long.fromString is not a function"). Seed Node's require cache at that path with
 * long's CommonJS build, which is what a plain `node` gets. A no-op without that condition.
 */
export function preferCommonJsLong(fromPackageJson: string): void {
  const from = createRequire(fromPackageJson);
  let resolved: string;
  try {
    resolved = from.resolve('long');
  } catch {
    return; // tfjs' own require will report it
  }
  if (from.cache[resolved]) return;
  let dir = path.dirname(resolved);
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    exports?: ExportsField;
  };
  const target = requireTarget(pkg.exports);
  if (!target) return;
  const cjsPath = path.resolve(dir, target);
  if (cjsPath === resolved) return;
  const exports: unknown = from(cjsPath);
  const mod = { id: resolved, filename: resolved, loaded: true, exports, children: [], paths: [] };
  from.cache[resolved] = mod as unknown as NodeJS.Module;
}
