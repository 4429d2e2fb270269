import { MAX_CURVE_POINTS } from '@thresher/sweep';
import { MAX_REQUEST_BYTES, curveToProto, pb } from '@thresher/proto';
import { describe, expect, it } from 'vitest';
import { chunkByBytes } from './chunk-by-bytes';

describe('chunkByBytes', () => {
  const budget = MAX_REQUEST_BYTES.completeTrials - 1024;

  it('keeps consecutive items together up to the CompleteTrials limit', () => {
    const third = Math.floor(budget / 3);
    const sizes = [third, third, third, third, 10];
    const chunks = chunkByBytes(sizes, (s) => s);
    expect(chunks).toEqual([
      [third, third, third],
      [third, 10],
    ]);
  });

  it('sends an item over the limit alone (the coordinator then refuses only it)', () => {
    expect(chunkByBytes([5, budget + 1, 5], (s) => s)).toEqual([[5], [budget + 1], [5]]);
  });

  it('fits several of the largest honest results in one call', () => {
    // The longest curve a sweep allows, with arbitrary doubles (8 bytes each on the wire).
    const points = MAX_CURVE_POINTS + 1;
    const curve = Array.from({ length: points }, (_, i) => ({
      step: i * 100_000,
      train_loss: Math.PI / (i + 1),
      test_loss: Math.E / (i + 1),
    }));
    const bytes = pb.CompleteTrialRequest.encode({
      attemptId: 2 ** 32 - 1,
      curve: curveToProto(curve),
    }).finish().length;
    expect(bytes * 4).toBeLessThan(budget);
  });
});
