/**
 * Series for the API, built by src/series from the ledger's claims and kept for a short while:
 * a series over a large ledger reads many claims, and the dashboard asks for the same one again
 * as people switch rules and toggle sources. Writes through this server drop the cache at once;
 * writes by other processes (the CLI, workers) show after at most `ttlMs`.
 */
import type { Ledger } from '../ledger/ledger.ts';
import type { ClaimFilter, StoredClaim } from '../ledger/types.ts';
import { buildAllSeries, buildSeries } from '../series/index.ts';
import type { Exclusion, RuleId, Series } from '../series/index.ts';
import type { Metric } from '../core/claim.ts';

export interface SeriesRequest {
  subject: string;
  metric: Metric;
  rule: RuleId;
  exclude?: Exclusion[];
  since?: string;
  until?: string;
}

export interface OverviewRow {
  subject: string;
  country: string | null;
  group: StoredClaim['subject']['group'];
  metric: Metric;
  claimCount: number;
  sourceCount: number;
  latest: { date: string; low: number; best: number; high: number } | null;
}

const PAGE = 10_000;
const MAX_ENTRIES = 500;

export class SeriesCache {
  private entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(private readonly ledger: Ledger, private readonly ttlMs = 15_000) {}

  /** Forget everything: the ledger changed. */
  invalidate(): void {
    this.entries.clear();
  }

  get(request: SeriesRequest): Promise<Series> {
    const key = JSON.stringify(['series', request.subject, request.metric, request.rule, request.exclude ?? [], request.since, request.until]);
    return this.remember(key, async () => {
      const filter: ClaimFilter = { subject: request.subject, metric: request.metric };
      if (request.since) filter.since = request.since;
      if (request.until) filter.until = request.until;
      const claims = await this.allClaims(filter);
      return buildSeries(claims, { subject: request.subject, metric: request.metric }, { rule: request.rule, exclude: request.exclude ?? [] });
    });
  }

  /** Every subject × metric with its latest reconciled figure, largest first. */
  overview(rule: RuleId): Promise<OverviewRow[]> {
    return this.remember(JSON.stringify(['overview', rule]), async () => {
      const subjects = await this.ledger.listSubjects();
      const rows: OverviewRow[] = [];
      for (const subject of subjects) {
        const claims = await this.allClaims({ subject: subject.key });
        for (const series of buildAllSeries(claims, 1, { rule })) {
          const last = series.reconciled.at(-1);
          rows.push({
            subject: series.subject,
            country: subject.country,
            group: subject.group,
            metric: series.metric,
            claimCount: series.claimCount,
            sourceCount: series.sources.length,
            latest: last ? { date: last.date, low: last.low, best: last.best, high: last.high } : null,
          });
        }
      }
      return rows.sort((a, b) => b.claimCount - a.claimCount || a.subject.localeCompare(b.subject) || a.metric.localeCompare(b.metric));
    });
  }

  private async allClaims(filter: ClaimFilter): Promise<StoredClaim[]> {
    const claims: StoredClaim[] = [];
    let cursor: string | null = null;
    do {
      const page = await this.ledger.queryClaims(filter, { limit: PAGE, cursor });
      for (const claim of page.rows) claims.push(claim);
      cursor = page.nextCursor;
    } while (cursor);
    return claims;
  }

  private remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value as Promise<T>;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const value = compute();
    this.entries.set(key, { at: now, value });
    // A failed computation is not remembered: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}
