/**
 * The scale bench's sweeps of one-step trials. A sweep file allows at most 100 000 values per
 * axis: sizes that are multiples of 1 000 take two axes, n (1 000 values) and seed.
 */
/** The bench's sweep: 1 000 n (8..1007) x size/1000 seeds, or one n with `size` seeds. */
export function scaleSweep(
  size: number,
  name = `scale-${size}`,
): { name: string; spec: Record<string, unknown> } {
  const fixed = { width: 8, d: 2, steps: 1, test_size: 10, record_every: 1 };
  const grid =
    size >= 1000 && size % 1000 === 0
      ? { n: { range: [8, 1007] }, seed: { range: [0, size / 1000 - 1] } }
      : { seed: { range: [0, size - 1] } };
  return {
    name,
    spec: { name, grid, fixed: size >= 1000 && size % 1000 === 0 ? fixed : { ...fixed, n: 8 } },
  };
}
