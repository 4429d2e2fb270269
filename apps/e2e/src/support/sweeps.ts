/** Small, fast sweeps for the cluster tests (native TensorFlow trains them in milliseconds). */
export function smallSweep(
  name: string,
  options: { seeds?: number; steps?: number; widths?: number[]; ns?: number[] } = {},
) {
  const seeds = Array.from({ length: options.seeds ?? 2 }, (_, i) => i);
  return {
    name,
    grid: { n: options.ns ?? [8, 16, 32, 64], width: options.widths ?? [8, 16], seed: seeds },
    fixed: { steps: options.steps ?? 100, test_size: 200 },
  };
}
