/**
 * A person's decisions over an extracted claim: verify, reject, or set fields. Pure functions:
 * the store keeps the decisions and replays them over the claim as (re-)extracted, so a rerun
 * of an improved extractor never erases a correction.
 */
import type { Claim } from '../core/claim.ts';
import { GROUPS, METRICS } from '../core/vocabulary.ts';
import { UsageError } from '../core/errors.ts';
import type { ClaimStatus } from './types.ts';

/** A stored decision, as replayed. */
export interface Decision {
  action: 'verify' | 'reject' | 'set';
  changes: Record<string, { from: unknown; to: unknown }> | null;
}

type Coerce = (value: unknown) => unknown;

function fail(field: string, expected: string, value: unknown): never {
  throw new UsageError(`cannot set ${field} to ${JSON.stringify(value)}`, undefined, `expected ${expected}`);
}

/** Strings as a command line gives them ("null", "true", "600") become typed values. */
function nullable(inner: Coerce): Coerce {
  return (v) => (v === null || v === 'null' || v === '' ? null : inner(v));
}

const count = (field: string): Coerce => (v) => {
  const n = typeof v === 'string' && /^\d{1,12}$/.test(v.replace(/,/g, '')) ? Number(v.replace(/,/g, '')) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : fail(field, 'a whole number ≥ 0 or null', v);
};
const bool = (field: string): Coerce => (v) => (v === true || v === 'true' ? true : v === false || v === 'false' ? false : fail(field, 'true or false', v));
const oneOf = (field: string, values: readonly string[]): Coerce => (v) =>
  typeof v === 'string' && values.includes(v) ? v : fail(field, values.join(' | '), v);
const text = (field: string): Coerce => (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : fail(field, 'some text', v));
const country = (field: string): Coerce => (v) =>
  typeof v === 'string' && /^[A-Za-z]{2}$/.test(v) ? v.toUpperCase() : fail(field, 'an ISO 3166 alpha-2 code or null', v);
const day = (field: string): Coerce => (v) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : fail(field, 'YYYY-MM-DD or null', v);

/** The fields a person may set, with how each value is checked. */
const SETTABLE: Record<string, Coerce> = {
  metric: oneOf('metric', METRICS),
  min: nullable(count('min')),
  max: nullable(count('max')),
  approximate: bool('approximate'),
  hedged: bool('hedged'),
  asOf: nullable(day('asOf')),
  location: nullable(text('location')),
  section: oneOf('section', ['title', 'body']),
  'subject.text': text('subject.text'),
  'subject.country': nullable(country('subject.country')),
  'subject.group': oneOf('subject.group', GROUPS),
  'subject.actor': nullable(text('subject.actor')),
};

export const SETTABLE_FIELDS = Object.keys(SETTABLE);

export function getField(claim: Claim, field: string): unknown {
  if (field.startsWith('subject.')) return (claim.subject as Record<string, unknown>)[field.slice('subject.'.length)] ?? null;
  return (claim as unknown as Record<string, unknown>)[field] ?? null;
}

function setField(claim: Claim, field: string, value: unknown): Claim {
  if (field.startsWith('subject.')) {
    const subject = { ...claim.subject, [field.slice('subject.'.length)]: value };
    if (value === null && field === 'subject.actor') delete (subject as Record<string, unknown>).actor;
    return { ...claim, subject };
  }
  return { ...claim, [field]: value };
}

/**
 * Check and type the requested changes against the claim as it reads now; returns only the
 * fields that change, each with its value before and after. Throws UsageError naming the field.
 */
export function planChanges(current: Claim, requested: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, raw] of Object.entries(requested)) {
    const coerce = SETTABLE[field];
    if (!coerce) throw new UsageError(`cannot set "${field}"`, undefined, `settable fields: ${SETTABLE_FIELDS.join(', ')}`);
    const to = coerce(raw);
    const from = getField(current, field);
    if (from !== to) changes[field] = { from, to };
  }
  const next = applyDecisions(current, [{ action: 'set', changes }]).claim;
  if (next.min !== null && next.max !== null && next.min > next.max) {
    throw new UsageError(`min ${next.min} is above max ${next.max}`, undefined, 'set both, or max to null');
  }
  return changes;
}

/** Replay decisions in order over the claim as extracted: the claim as it reads, and its status. */
export function applyDecisions(extracted: Claim, decisions: Decision[]): { claim: Claim; status: ClaimStatus } {
  let claim = extracted;
  let status: ClaimStatus = 'unreviewed';
  for (const d of decisions) {
    if (d.action === 'verify') status = 'verified';
    else if (d.action === 'reject') status = 'rejected';
    else {
      for (const [field, change] of Object.entries(d.changes ?? {})) claim = setField(claim, field, change.to);
      status = 'corrected';
    }
  }
  return { claim, status };
}
