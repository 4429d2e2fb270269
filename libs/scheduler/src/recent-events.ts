/** Events counted over a sliding window (ms): how many happened in the last `windowMs`. */
export class RecentEvents {
  private readonly times: number[] = [];

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  note(): void {
    this.times.push(this.now());
    this.trim();
  }

  count(): number {
    this.trim();
    return this.times.length;
  }

  private trim(): void {
    const since = this.now() - this.windowMs;
    let stale = 0;
    while (stale < this.times.length && (this.times[stale] as number) < since) stale++;
    if (stale > 0) this.times.splice(0, stale);
  }
}
