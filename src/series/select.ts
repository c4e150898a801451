/**
 * Which claims enter a series: not rejected by a reviewer, not from a superseded version of a
 * story, not a headline (unless asked), not hedged or unattributed when the user leaves those
 * out, and dated (by the statement day, or failing that the first publication day).
 */
import type { ExcludedCounts, SeriesInput, SeriesOptions } from './types.ts';

const DAY = /^\d{4}-\d{2}-\d{2}/;

export function emptyExcluded(): ExcludedCounts {
  return { hedged: 0, unattributed: 0, rejected: 0, superseded: 0, titles: 0, undated: 0, noFigure: 0 };
}

/** The day a claim speaks for: its asOf, else the earliest publication day, else null. */
export function claimDate(claim: SeriesInput): { date: string; from: 'asOf' | 'published' } | null {
  if (claim.asOf) return { date: claim.asOf, from: 'asOf' };
  const earliest = earliestPublicationDay(claim.publications);
  return earliest ? { date: earliest, from: 'published' } : null;
}

/** The earliest day among publications (YYYY-MM-DD), null when none gives one. */
export function earliestPublicationDay(publications: SeriesInput['publications']): string | null {
  let earliest: string | null = null;
  for (const p of publications) {
    if (p.published && DAY.test(p.published)) {
      const day = p.published.slice(0, 10);
      if (earliest === null || day < earliest) earliest = day;
    }
  }
  return earliest;
}

/**
 * A test of why a claim is left out (null when it stays), fixed for the options once: it runs
 * for every claim of every series. Reasons are counted in `excluded` so the output can say how
 * much was set aside and why.
 */
export function exclusionTest(options: SeriesOptions): (claim: SeriesInput) => keyof ExcludedCounts | null {
  const exclude = options.exclude ?? [];
  const hedged = exclude.includes('hedged');
  const unattributed = exclude.includes('unattributed');
  const titles = !options.includeTitles;
  return (claim) => {
    if (claim.status === 'rejected') return 'rejected';
    if (claim.current === false) return 'superseded';
    if (titles && claim.section === 'title') return 'titles';
    if (hedged && claim.hedged) return 'hedged';
    if (unattributed && claim.source.length === 0) return 'unattributed';
    return null;
  };
}
