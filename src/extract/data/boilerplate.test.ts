import { describe, expect, it } from 'vitest';
import { BOILERPLATE_PATTERNS } from './boilerplate.ts';

// Lines each pattern is there to catch. A pattern's `needs` is only a shortcut: it must never rule
// out a line the pattern itself would match.
const CATCHES: Record<number, string[]> = {
  0: ['Smoke rises over the town. NEWSWIRE/Ana Petrova', 'AGENCY/John Smith'],
  1: ['A man walks past the ruins. Getty Images', 'Photo by Lena Ortiz', 'AP Photo/Sam Lee', 'Photograph: Kim Doe', 'Rescuers at work (AFP via Wire)', 'Taken on Monday via Getty'],
  2: ['Call +1 202 555 0143 for tips', 'Desk: 1-202-555-0187', 'Contact 44 (207) 555.0123'],
  3: ['Kyiv 12°C', 'Clear skies, 31° C', 'Low of 4°F tonight'],
  4: ['3 of 6 | Relatives wait for news outside the cordon.', '12 / 40 | Rescuers search the rubble.'],
};

describe('boilerplate patterns', () => {
  it.each(BOILERPLATE_PATTERNS.map((p, i) => [i, p] as const))('pattern %i catches its lines, and its needs never rule one out', (i, { pattern, needs }) => {
    const lines = CATCHES[i];
    expect(lines, `examples for pattern ${i}`).toBeDefined();
    for (const line of lines!) {
      expect(pattern.test(line), line).toBe(true);
      if (needs.length > 0) expect(needs.some((n) => line.includes(n)), line).toBe(true);
    }
  });
});
