/**
 * Scoring as the spec's Scoring section defines it: a predicted body claim matches a gold claim
 * of the same document when metric, min and max are equal; P/R/F1 over matches; then, over
 * matched pairs, agreement on subject (country + group), origin (country + kind of the last
 * link, [] matching []), speaker (first link), asOf, approximate and hedged. "Full" matches are
 * core matches that agree on every attribute. Title claims are left out.
 */
import type { Claim } from '../core/claim.ts';

export interface GoldClaim {
  metric: string;
  min: number | null;
  max: number | null;
  approximate: boolean;
  subject: { text: string; country: string | null; group: string };
  source: Array<{ name: string; country: string | null; kind: string }>;
  asOf: string | null;
  hedged: boolean;
  location: string | null;
  section: 'title' | 'body';
  quote?: string;
}

export const ATTRIBUTES = ['subject', 'origin', 'speaker', 'asOf', 'approximate', 'hedged'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

type Comparable = Pick<GoldClaim, 'metric' | 'min' | 'max' | 'approximate' | 'subject' | 'source' | 'asOf' | 'hedged'>;

function link(c: Comparable, which: 'first' | 'last'): string {
  const l = which === 'first' ? c.source[0] : c.source[c.source.length - 1];
  return l ? `${l.country ?? 'null'}/${l.kind}` : '[]';
}

export function agrees(a: Comparable, b: Comparable, attr: Attribute): boolean {
  switch (attr) {
    case 'subject': return a.subject.country === b.subject.country && a.subject.group === b.subject.group;
    case 'origin': return link(a, 'last') === link(b, 'last');
    case 'speaker': return link(a, 'first') === link(b, 'first');
    case 'asOf': return a.asOf === b.asOf;
    case 'approximate': return a.approximate === b.approximate;
    case 'hedged': return a.hedged === b.hedged;
  }
}

export interface DocumentScore {
  id: string;
  matches: Array<{ gold: GoldClaim; predicted: Claim }>;
  misses: GoldClaim[];
  falsePositives: Claim[];
}

/** Pair predicted and gold claims of one document: equal metric, min, max; attributes break ties. */
export function matchDocument(id: string, gold: GoldClaim[], predicted: Claim[]): DocumentScore {
  const g = gold.filter((c) => c.section === 'body');
  const p = predicted.filter((c) => c.section === 'body');
  const usedP = new Set<number>();
  const matches: DocumentScore['matches'] = [];
  const misses: GoldClaim[] = [];
  for (const gc of g) {
    let best = -1;
    let bestScore = -1;
    p.forEach((pc, i) => {
      if (usedP.has(i) || pc.metric !== gc.metric || pc.min !== gc.min || pc.max !== gc.max) return;
      const score = ATTRIBUTES.filter((a) => agrees(gc, pc, a)).length;
      if (score > bestScore) { best = i; bestScore = score; }
    });
    if (best >= 0) {
      usedP.add(best);
      matches.push({ gold: gc, predicted: p[best]! });
    } else misses.push(gc);
  }
  return { id, matches, misses, falsePositives: p.filter((_, i) => !usedP.has(i)) };
}

export interface Prf { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

export interface Report {
  documents: number;
  core: Prf;
  full: Prf;
  agreement: Record<Attribute, number>;
  perMetric: Record<string, Prf>;
}

export function summarize(docs: DocumentScore[]): Report {
  let tp = 0, fp = 0, fn = 0, fullTp = 0;
  const agree = Object.fromEntries(ATTRIBUTES.map((a) => [a, 0])) as Record<Attribute, number>;
  const metricCounts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (m: string, k: 'tp' | 'fp' | 'fn') => {
    const e = metricCounts.get(m) ?? { tp: 0, fp: 0, fn: 0 };
    e[k]++;
    metricCounts.set(m, e);
  };
  for (const d of docs) {
    tp += d.matches.length;
    fp += d.falsePositives.length;
    fn += d.misses.length;
    for (const m of d.matches) {
      let all = true;
      for (const a of ATTRIBUTES) {
        if (agrees(m.gold, m.predicted, a)) agree[a]++;
        else all = false;
      }
      if (all) fullTp++;
      bump(m.gold.metric, 'tp');
    }
    for (const c of d.falsePositives) bump(c.metric, 'fp');
    for (const c of d.misses) bump(c.metric, 'fn');
  }
  const agreement = Object.fromEntries(ATTRIBUTES.map((a) => [a, tp === 0 ? 0 : agree[a] / tp])) as Record<Attribute, number>;
  const perMetric = Object.fromEntries([...metricCounts].sort().map(([m, c]) => [m, prf(c.tp, c.fp, c.fn)]));
  return { documents: docs.length, core: prf(tp, fp, fn), full: prf(fullTp, fp + (tp - fullTp), fn + (tp - fullTp)), agreement, perMetric };
}
