import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * A module of this library built, for a thread to load: the file beside this one, or the one in
 * dist when the specs run the sources (a thread runs JavaScript, not the TypeScript sources).
 */
export function builtModule(name: string): string {
  const beside = path.join(__dirname, `${name}.js`);
  if (existsSync(beside)) return beside;
  return path.resolve(__dirname, `../dist/${name}.js`);
}
