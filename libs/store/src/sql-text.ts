/**
 * Just enough SQL lexing to guard `thresher query`: drop comments and literals, split
 * statements on top-level semicolons, and name each statement by its first keyword.
 * The database itself remains the authority (read-only connection / transaction); this
 * gives clear refusals before anything reaches it.
 */
export interface SqlShape {
  /** Statements with something in them (a trailing `;` does not make a second one). */
  statements: string[];
}

export function splitStatements(text: string): SqlShape {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] as string;
    const next = text[i + 1];
    if (ch === '-' && next === '-') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? n : end + 1;
      current += ' ';
    } else if (ch === '/' && next === '*') {
      // PostgreSQL nests block comments; SQLite does not but never sees nested ones from us.
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text[i] === '/' && text[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (text[i] === '*' && text[i + 1] === '/') {
          depth--;
          i += 2;
        } else i++;
      }
      current += ' ';
    } else if (ch === "'" || ch === '"' || ch === '`') {
      const end = closingQuote(text, i, ch);
      current += ch === "'" ? "''" : text.slice(i, end);
      i = end;
    } else if (ch === '[') {
      const end = text.indexOf(']', i);
      current += text.slice(i, end === -1 ? n : end + 1);
      i = end === -1 ? n : end + 1;
    } else if (
      ch === '$' &&
      /[A-Za-z_0-9$]/.test(next ?? '') &&
      /[^A-Za-z_0-9]/.test(text[i - 1] ?? ' ')
    ) {
      const tag = /^\$([A-Za-z_][A-Za-z_0-9]*)?\$/.exec(text.slice(i));
      if (tag === null) {
        current += ch;
        i++;
      } else {
        const close = text.indexOf(tag[0], i + tag[0].length);
        current += "''";
        i = close === -1 ? n : close + tag[0].length;
      }
    } else if (ch === ';') {
      if (current.trim() !== '') statements.push(current.trim());
      current = '';
      i++;
    } else {
      current += ch;
      i++;
    }
  }
  if (current.trim() !== '') statements.push(current.trim());
  return { statements };
}

function closingQuote(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote)
        i += 2; // doubled quote is an escaped quote
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** Upper-cased leading words of a (comment-free) statement, e.g. ['PRAGMA', 'WRITABLE_SCHEMA']. */
export function leadingWords(statement: string, count = 3): string[] {
  return (statement.match(/[A-Za-z_][A-Za-z_0-9]*/g) ?? [])
    .slice(0, count)
    .map((w) => w.toUpperCase());
}
