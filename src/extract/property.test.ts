/**
 * Random and adversarial text: the extractor never throws, always returns a valid record, and
 * its time grows linearly with the input (checked as a ratio between sizes, not a wall clock).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ExtractionSchema } from '../core/claim.ts';
import { extract } from './index.ts';

const pieces = ['1', '12,', '000', ',', ' and ', ' between ', '"', '“', '(', ')', ' killed ', ' said ', ' at least ', ' of ', 'hundreds', ' troops', '.', '\n\n', ' the ', 'North Korean ', ' citing ', '’s ', '-', ' to '];

describe('robustness', () => {
  test('any text: no throw, valid output', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.constantFrom(...pieces), { maxLength: 300 }).map((a) => a.join(''))), (text) => {
        const r = extract({ text, title: text.slice(0, 60), published: '2025-01-01' });
        ExtractionSchema.parse(r);
        for (const c of r.claims) if (c.section === 'body') expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
      }),
      { numRuns: 300 },
    );
  });

  const adversarial: Array<[string, (n: number) => string]> = [
    ['digits', (n) => '9'.repeat(n)],
    ['commas', (n) => '1,'.repeat(n / 2)],
    ['and', (n) => ' and'.repeat(n / 4)],
    ['between', (n) => 'between 1 and '.repeat(n / 14)],
    ['quotes', (n) => '"“'.repeat(n / 2)],
    ['parentheses', (n) => '('.repeat(n / 2) + ')'.repeat(n / 2)],
    ['sentences', (n) => 'At least 12 people were killed, officials said. '.repeat(n / 48)],
    ['possessive tolls', (n) => 'Russia lost 5 troops, bringing its total losses to 6, '.repeat(n / 52)],
    ['asides', (n) => 'At least 100 people, most of them soldiers, died, '.repeat(n / 50)],
    ['report clauses', (n) => 'Brig. Gen. Lee said 5 died; '.repeat(n / 28)],
    ['trailing cues', (n) => '12 soldiers were killed, the army said, '.repeat(n / 40)],
    ['each', (n) => 'Russia and Ukraine each returned 100 prisoners and '.repeat(n / 51)],
    ['dashes', (n) => 'killed 5 - UN - '.repeat(n / 16)],
    ['labels', (n) => 'Health Ministry: 12 killed: '.repeat(n / 28)],
    ['source brackets', (n) => '(source: UN, May 2024) 5 killed '.repeat(n / 33)],
    ['capitals', (n) => 'GAZA HEALTH MINISTRY: 21 KILLED '.repeat(n / 32)],
    ['parts', (n) => '13 people, eight of them children, '.repeat(n / 35)],
    ['breakdowns', (n) => '13 people, including eight children, '.repeat(n / 37)],
    ['stamped posts', (n) => '[22 Dec, 16:05] Civil Defence: 11 killed. '.repeat(n / 42)],
    ['open quotations', (n) => '"Five people died. '.repeat(n / 19)],
    ['run-on quotations', (n) => '"It was dark," he said. "Two people died. '.repeat(n / 42)],
    ['people held', (n) => 'The agency was holding 5 people and '.repeat(n / 36)],
    ['armed groups', (n) => 'Militants attacked, killing 5 soldiers and '.repeat(n / 43)],
    ['but said', (n) => 'The spokesman, Col. Ali Omar, declined to comment, but said 5 soldiers died, '.repeat(n / 77)],
    ['appositive subjects', (n) => "The group's chief spokesman, Ali Omar, rejected the figures. ".repeat(n / 61)],
    ['since phrases', (n) => 'the agency said on Monday that 5 died since 3 April since May since '.repeat(n / 68)],
    ['portfolio titles', (n) => 'The Minister of Health, Culture and Sport, '.repeat(n / 42) + 'said 5 died.'],
    ['wound phrases', (n) => 'treated 5 people for for with gunshot and '.repeat(n / 42) + 'wounds.'],
    ['refuge stays', (n) => '40 people were staying in the '.repeat(n / 30) + 'camp.'],
    ['counted sources', (n) => '5 people were killed, according to four witnesses, and '.repeat(n / 56)],
    ['broadcast statements', (n) => 'according to a ministry statement read on state television '.repeat(n / 59) + '5 died.'],
  ];

  test.each(adversarial)('time grows linearly on %s', (_name, make) => {
    const time = (n: number) => {
      const text = make(n);
      const t0 = process.hrtime.bigint();
      extract({ text, published: '2025-01-01' });
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    // Best of three runs each, after a warm-up, so that a garbage collection does not decide.
    time(20_000);
    const best = (n: number) => Math.min(time(n), time(n), time(n));
    const small = Math.max(best(25_000), 1);
    const large = best(400_000);
    // 16× the input takes ~16× the time when linear and ~256× when quadratic; the bound sits
    // between them with room for a loaded machine's noise.
    expect(large / small).toBeLessThan(64);
  });
});
