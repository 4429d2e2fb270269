/** Keeps the last `capacity` durations (ms) and reports percentiles. */
export class LatencyRecorder {
  private readonly values: number[] = [];
  private next = 0;
  constructor(private readonly capacity = 100_000) {}

  add(ms: number): void {
    if (this.values.length < this.capacity) this.values.push(ms);
    else this.values[this.next++ % this.capacity] = ms;
  }

  summary(): { count: number; p50: number; p99: number } | undefined {
    if (this.values.length === 0) return undefined;
    const sorted = [...this.values].sort((a, b) => a - b);
    const at = (q: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
    return { count: sorted.length, p50: at(0.5), p99: at(0.99) };
  }
}
