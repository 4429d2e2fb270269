/** C0 controls, DEL and C1 controls: ESC, BEL, OSC and CSI start terminal sequences. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** The same without line feed and tab (multi-line log text, CSV fields). */
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const escaped = (c: string) => {
  const code = c.charCodeAt(0);
  if (c === '\n') return '\\n';
  if (c === '\t') return '\\t';
  if (c === '\r') return '\\r';
  return `\\x${code.toString(16).padStart(2, '0')}`;
};

/**
 * Text that came from the network (a worker's host, an error detail, a sweep name), made safe
 * to print on a terminal: every control character is written as a visible escape (`\x1b`),
 * so none reaches the terminal. `keepLines` leaves line feeds and tabs (log stacks, CSV).
 */
export function escapeControl(text: string, options: { keepLines?: boolean } = {}): string {
  return text.replace(options.keepLines ? CONTROL_BUT_LINES : CONTROL, escaped);
}
