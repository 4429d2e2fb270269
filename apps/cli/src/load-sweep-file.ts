import { readFile } from 'node:fs/promises';
import {
  SweepTooLargeError,
  gridSize,
  parseSweepText,
  validateSweepSpec,
  type SweepSpec,
} from '@thresher/sweep';
import { CliError, ExitCode } from './errors';

/** Grids above this size need an explicit --yes: a typo in a generator can ask for billions. */
export const LARGE_GRID = 1_000_000;

/** Reads, validates and size-checks a sweep file; nothing is stored on failure. */
export async function loadSweepFile(
  file: string,
  options: { yes?: boolean } = {},
): Promise<SweepSpec> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read sweep file ${file}: ${(error as Error).message}`,
      ExitCode.usage,
      {
        cause: error,
      },
    );
  }
  const spec = validateSweepSpec(parseSweepText(text, file), file);
  const size = gridSize(spec);
  if (!options.yes && size > LARGE_GRID) {
    const tooLarge = new SweepTooLargeError(size, LARGE_GRID);
    throw new CliError(`${file}: ${tooLarge.message}`, ExitCode.usage, { cause: tooLarge });
  }
  return spec;
}
