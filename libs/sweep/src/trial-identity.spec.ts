import { describe, expect, it } from 'vitest';
import { completeParams } from './expand-sweep';
import {
  batchCompatibilityKey,
  batchKeyHash,
  canonicalParamsJson,
  trialId,
} from './trial-identity';

// Golden values. Every stored database keys its trials by this hash: a change of the canonical
// form (a parameter added, renamed or reordered in param-schema.ts, another number format)
// would silently re-key every stored trial, so a finished trial would be trained again and
// its old row orphaned. Such a change must be deliberate: it comes with a store migration that
// re-keys `trials` (and everything that references trial_id), and only then are these values
// updated. A new parameter whose default leaves existing trials' canonical JSON unchanged is
// not possible with this form (every key is written): that is the point of pinning it.
const GOLDEN = [
  {
    given: { n: 64, width: 32, seed: 5 },
    canonical:
      '{"n":64,"width":32,"seed":5,"d":5,"data":"gaussian","teacher":"random","noise":0.5,' +
      '"init_scale":0.001,"init":"balanced","activation":"relu","optimizer":"gd","lr":0.1,' +
      '"steps":10000,"bias":false,"test_size":10000,"record_every":200}',
    id: '7346e09d81d988699b34b2d458cd873b',
  },
  {
    given: {
      n: 1000,
      width: 1024,
      seed: 0,
      d: 20,
      lr: 0.05,
      activation: 'gelu',
      optimizer: 'adam',
      bias: true,
      noise: 0.25,
      init_scale: 1e-3,
      steps: 30000,
      record_every: 100,
    },
    canonical:
      '{"n":1000,"width":1024,"seed":0,"d":20,"data":"gaussian","teacher":"random","noise":0.25,' +
      '"init_scale":0.001,"init":"balanced","activation":"gelu","optimizer":"adam","lr":0.05,' +
      '"steps":30000,"bias":true,"test_size":10000,"record_every":100}',
    id: '81cfab1fdee56a49d8b81cef97f11ecc',
  },
] as const;

describe('trial identity (golden values: changing them needs a store migration)', () => {
  it.each(GOLDEN)('pins the canonical form and hash of $id', ({ given, canonical, id }) => {
    const params = completeParams(given);
    expect(canonicalParamsJson(params)).toBe(canonical);
    expect(trialId(params)).toBe(id);
  });

  it('does not depend on the order in which parameters are given', () => {
    const { given, id } = GOLDEN[1];
    const reversed = Object.fromEntries(Object.entries(given).reverse());
    expect(trialId(completeParams(reversed))).toBe(id);
  });
});

describe('batch key hash (golden values: stored in trials.batch, 0014)', () => {
  // Reference values from Python: int.from_bytes(hashlib.sha256(key.encode()).digest()[:6], 'big').
  it.each([
    {
      given: { n: 8, width: 8, seed: 0, d: 2, steps: 1, record_every: 1, test_size: 10 },
      hash: 90265792923317,
    },
    {
      given: {
        n: 64,
        width: 8,
        seed: 3,
        d: 5,
        bias: true,
        optimizer: 'adam',
        steps: 100,
        record_every: 10,
        test_size: 1000,
      },
      hash: 271263935020647,
    },
  ] as const)('hashes $hash', ({ given, hash }) => {
    const key = batchCompatibilityKey(completeParams(given));
    expect(batchKeyHash(key)).toBe(hash);
    expect(Number.isSafeInteger(hash)).toBe(true);
  });
});
