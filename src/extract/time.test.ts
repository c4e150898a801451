import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay, statementDate } from './time.ts';

describe('isoDay', () => {
  it.each([
    ['2025-04-30T12:00:00Z', '2025-04-30'],
    ['2024-02-29T23:59:59.999Z', '2024-02-29'],
    ['2025-01-01T00:00:00Z', '2025-01-01'],
    ['0999-12-31T12:00:00Z', '0999-12-31'],
  ])('%s is the day %s', (instant, day) => {
    expect(isoDay(new Date(instant))).toBe(day);
  });

  it('spells every UTC day as toISOString does, from year 0 to 9999', () => {
    const min = Date.parse('0000-01-01T00:00:00Z');
    const max = Date.UTC(9999, 11, 31, 23, 59, 59);
    fc.assert(fc.property(fc.integer({ min, max }), (t) => {
      const d = new Date(t);
      expect(isoDay(d)).toBe(d.toISOString().slice(0, 10));
    }), { numRuns: 2000 });
  });
});

describe('statementDate', () => {
  // Published Wednesday 30 April 2025.
  const published = new Date('2025-04-30T12:00:00Z');
  it.each([
    ['the ministry said on Aug. 12', '2024-08-12'],
    // A weekday before a capitalised word that is no month is a given name, not a day.
    ['the council chairman, Monday Kassah, said on Tuesday', '2025-04-29'],
    ['said Sunday Adebayo, the police spokesman', null],
    ['police said on Monday', '2025-04-28'],
    ['the ministry said Monday Israeli strikes had killed 30', '2025-04-28'],
    ["Israel's military said on Monday Hamas gunmen had killed 12", '2025-04-28'],
    // A month read only where the clause writes it as one.
    ['an organiser who took part in the march said', null],
    // A month describing the product a statement came in dates it.
    ['the group said in an August report', '2024-08-01'],
    // A vaguer period gives its first day: "this month" as "earlier this month".
    ['the defence ministry said this month', '2025-04-01'],
    ['the defence ministry said earlier this month', '2025-04-01'],
    // A day named with it is the day; "this month's toll" dates nothing.
    ['the ministry said on Tuesday this month', '2025-04-29'],
    ["the ministry said this month's toll stood at 40", null],
    ['officials said on 12 Sept', '2024-09-12'],
    ['the agency said on April 3', '2025-04-03'],
    ['the agency said on 3 april', '2025-04-03'],
    // A date after publication is the year before.
    ['the agency said on 3 May', '2024-05-03'],
    ['the governor told reporters on 4/11', '2025-04-11'],
    ['the army said on Monday', '2025-04-28'],
    ['the monitor said in February', '2025-02-01'],
    // A dated source in a bracket: "(source: X, May 2024)", "(source: X, December)".
    ['(source: the special envoy, May 2024)', '2024-05-01'],
    ['(source: the defence ministry, December)', '2024-12-01'],
    ['police said yesterday', '2025-04-29'],
    // Vaguer periods give their first day: the month's 1st, 1 January, the weekend's Saturday.
    ['the agency said earlier this month', '2025-04-01'],
    ['the group said earlier this year', '2025-01-01'],
    ['the governor said at the weekend', '2025-04-26'],
    // Words that begin like a month name are not dates.
    ['in a separate statement, the junta declared', null],
    ['the market traders said', null],
    ['officials may decide later, the mayor said', null],
    // A day after "since" starts the period counted; it dates no statement.
    ['Since protests began on 28 November, the centre has documented', null],
    ['the agency said on Monday that 40 had died since 3 April', '2025-04-28'],
    // "…since X said in February that …" is the statement itself.
    ['since the president said in February that', '2025-02-01'],
  ])('%s → %s', (clause, day) => {
    expect(statementDate(clause, published)).toBe(day);
  });

  it('reads a clause once per document when given a memory, with the same answer', () => {
    const known = new Map<string, string | null>();
    const clause = 'the ministry said on Aug. 12';
    expect(statementDate(clause, published, known)).toBe('2024-08-12');
    expect(known.get(clause)).toBe('2024-08-12');
    known.set(clause, '2020-01-01');
    expect(statementDate(clause, published, known)).toBe('2020-01-01');
  });
});
