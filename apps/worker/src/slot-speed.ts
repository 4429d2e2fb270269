/**
 * The measured training speed of one slot (flops per second, padding included), sent with
 * each LeaseWork so the coordinator sizes bundles to this machine. A moving average over
 * bundles: the first bundle also pays for starting the slot and the backend's kernels,
 * so one slow measure must not stick.
 */
export class SlotSpeed {
  private value = 0;

  /** Flops per second so far; 0 before the first measured bundle. */
  get flopsPerSecond(): number {
    return this.value;
  }

  record(flops: number, seconds: number): void {
    if (!(flops > 0) || !(seconds > 0) || !Number.isFinite(flops / seconds)) return;
    const measured = flops / seconds;
    this.value = this.value === 0 ? measured : 0.5 * this.value + 0.5 * measured;
  }
}
