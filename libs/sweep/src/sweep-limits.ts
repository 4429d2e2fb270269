/**
 * Bounds on one sweep, checked before anything is expanded or stored, so that no sweep
 * file or request (however hostile) can make a process allocate without limit.
 */
export const SWEEP_LIMITS = {
  /** Size of a sweep file or of a SubmitSweep request's JSON. */
  maxBytes: 1024 * 1024,
  /** Nesting of mappings and lists (a real sweep nests 4 deep). */
  maxDepth: 16,
  /** Any string in a sweep (names, values, the description). */
  maxStringLength: 10_000,
  /** Values on one grid axis, after a generator or range is counted (not expanded). */
  maxValuesPerAxis: 100_000,
  /** YAML aliases in one file (defuses alias bombs). */
  maxAliases: 100,
} as const;

/** Depth of a parsed document, without recursion (a hostile one may be very deep). */
export function nestingDepth(value: unknown, stopAbove: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > stopAbove) return deepest;
    for (const child of Object.values(current)) stack.push([child, level]);
  }
  return deepest;
}

/** The longest string anywhere in a parsed document (keys included). */
export function longestString(value: unknown): number {
  let longest = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') longest = Math.max(longest, current.length);
    else if (current !== null && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) {
        longest = Math.max(longest, key.length);
        stack.push(child);
      }
    }
  }
  return longest;
}
