import { parseDocument } from 'yaml';
import { SweepTooLargeError, SweepValidationError } from './errors';
import { SWEEP_LIMITS } from './sweep-limits';

/**
 * Parses the text of a sweep file. JSON is a subset of YAML 1.2, so one parser reads
 * both; syntax errors come back as a SweepValidationError with line and column.
 */
export function parseSweepText(text: string, source?: string): unknown {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > SWEEP_LIMITS.maxBytes) {
    throw new SweepTooLargeError(bytes, SWEEP_LIMITS.maxBytes, 'sweep file bytes');
  }
  const invalid = (message: string, cause?: unknown) =>
    new SweepValidationError([{ path: '', message }], source, { cause });
  if (text.trim() === '')
    throw invalid('the file is empty (expected a mapping with name, grid and fixed)');
  // YAML allows few control characters; NUL and friends mean a binary file.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw invalid('not a text file (binary content)');
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  } catch (err) {
    // The parser recurses: only a pathologically nested document exhausts the stack.
    if (err instanceof RangeError) throw invalid('nested too deeply to parse', err);
    throw err;
  }
  // The parser reports exhausting its stack (very deep nesting) as an error with this code.
  if (doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION')) {
    throw invalid('nested too deeply to parse', doc.errors[0]);
  }
  if (doc.errors.length > 0) {
    throw new SweepValidationError(
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return {
          path: pos ? `line ${pos.line}, column ${pos.col}` : '',
          message: (e.message.split('\n')[0] ?? e.message).replace(
            / at line \d+, column \d+:?$/,
            '',
          ),
        };
      }),
      source,
      { cause: doc.errors[0] },
    );
  }
  try {
    return doc.toJS({ maxAliasCount: SWEEP_LIMITS.maxAliases });
  } catch (err) {
    // The yaml package throws a ReferenceError past maxAliasCount (an alias bomb), and a
    // RangeError when a document is nested too deep to convert.
    if (err instanceof ReferenceError) {
      throw invalid(`too many YAML aliases (more than ${SWEEP_LIMITS.maxAliases})`, err);
    }
    if (err instanceof RangeError) throw invalid('nested too deeply to parse', err);
    throw err;
  }
}
