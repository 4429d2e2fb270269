import { describe, expect, it } from 'vitest';
import { escapeControl } from './escape-control';

describe('escapeControl', () => {
  it('writes ESC, BEL, OSC and C1 controls as visible escapes', () => {
    const hostile = 'box\u001b]0;pwned\u0007\u001b[2J\u009b31m\r\u0000';
    const safe = escapeControl(hostile);
    expect(safe).toBe('box\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\r\\x00');
    expect(safe).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('keeps line feeds and tabs only when asked, and leaves other text alone', () => {
    expect(escapeControl('a\nb\tc')).toBe('a\\nb\\tc');
    expect(escapeControl('a\nb\tc\u001b', { keepLines: true })).toBe('a\nb\tc\\x1b');
    expect(escapeControl('ünïcode ✓ 数')).toBe('ünïcode ✓ 数');
  });
});
