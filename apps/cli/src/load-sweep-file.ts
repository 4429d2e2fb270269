import { readFile, stat } from 'node:fs/promises';
import {
  SWEEP_LIMITS,
  SweepTooLargeError,
  gridSize,
  isSearchSweep,
  parseSweepText,
  searchRoundZeroTrials,
  searchSweepJson,
  validateSearchSweep,
  validateSweepSpec,
  expandSweep,
  type SweepSpec,
  type TrialParams,
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
    // Checked before reading: the file might be anything, of any size.
    const { size } = await stat(file);
    if (size > SWEEP_LIMITS.maxBytes) {
      const tooLarge = new SweepTooLargeError(size, SWEEP_LIMITS.maxBytes, 'sweep file bytes');
      throw new CliError(`${file}: ${tooLarge.message}`, ExitCode.usage, { cause: tooLarge });
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `cannot read sweep file ${file}: ${(error as Error).message}`,
      ExitCode.usage,
      {
        cause: error,
      },
    );
  }
  let spec: SweepSpec;
  try {
    const raw = parseSweepText(text, file);
    // A searched sweep (SPEC section 5) travels as its file would write it, search block included.
    if (isSearchSweep(raw)) return searchSweepJson(validateSearchSweep(raw, file));
    spec = validateSweepSpec(raw, file);
  } catch (error) {
    // Validation errors name the file themselves; limits do not know it.
    if (error instanceof SweepTooLargeError) {
      throw new CliError(`${file}: ${error.message}`, ExitCode.usage, { cause: error });
    }
    throw error;
  }
  const size = gridSize(spec);
  if (!options.yes && size > LARGE_GRID) {
    const tooLarge = new SweepTooLargeError(size, LARGE_GRID, undefined, '; pass --yes to accept');
    throw new CliError(`${file}: ${tooLarge.message}`, ExitCode.usage, { cause: tooLarge });
  }
  return spec;
}

/** The trials a sweep creates when submitted: its grid, or a search's round 0. */
export function submittedTrials(spec: SweepSpec): TrialParams[] {
  return isSearchSweep(spec) ? searchRoundZeroTrials(validateSearchSweep(spec)) : expandSweep(spec);
}
