import { parseDocument } from 'yaml';
import { SweepValidationError } from './errors';

/**
 * Parses the text of a sweep file. JSON is a subset of YAML 1.2, so one parser reads
 * both; syntax errors come back as a SweepValidationError with line and column.
 */
export function parseSweepText(text: string, source?: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
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
  return doc.toJS();
}
