/**
 * The dashboard's only link to tally: the JSON API under /api/v1. Types are the server's own
 * (imported as types only, nothing of the server is bundled).
 */
import type { ClaimDetail, DocumentDetail, DocumentSummary, Page, SourceEntity, StoredClaim, SubjectSummary } from '../../src/ledger/types.ts';
import type { SeriesChart } from '../../src/server/series-view.ts';
import { getToken } from './token.ts';

export type { ClaimDetail, DocumentDetail, DocumentSummary, Page, SeriesChart, SourceEntity, StoredClaim, SubjectSummary };

export interface OverviewRow {
  subject: string;
  country: string | null;
  group: string;
  metric: string;
  claimCount: number;
  sourceCount: number;
  latest: { date: string; low: number; best: number; high: number } | null;
}

export interface IngestItem {
  origin: string;
  ok: boolean;
  error?: string;
  documentId?: string;
  status?: string;
  claimsAdded?: number;
  claims?: StoredClaim[];
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const BASE = '/api/v1';

export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

async function request<T>(method: string, path: string, body?: { type: string; data: string }): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body) headers['content-type'] = body.type;
  const token = getToken();
  if (method !== 'GET' && token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${BASE}${path}`, { method, headers, body: body?.data });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(res.status, `unexpected answer from the server (${res.status})`);
  }
  if (!res.ok) throw new ApiError(res.status, (json as { message?: string } | null)?.message ?? `request failed (${res.status})`);
  return json as T;
}

export const api = {
  overview: (rule: string) => request<{ rule: string; rows: OverviewRow[] }>('GET', `/overview${query({ rule })}`),
  subjects: () => request<SubjectSummary[]>('GET', '/subjects'),
  sources: () => request<SourceEntity[]>('GET', '/sources'),
  claims: (params: Record<string, string | number | undefined>) => request<Page<StoredClaim>>('GET', `/claims${query(params)}`),
  claim: (id: string) => request<ClaimDetail>('GET', `/claims/${encodeURIComponent(id)}`),
  documents: (params: Record<string, string | number | undefined>) => request<Page<DocumentSummary>>('GET', `/documents${query(params)}`),
  document: (id: string) => request<DocumentDetail>('GET', `/documents/${encodeURIComponent(id)}`),
  series: (params: Record<string, string | undefined>) => request<SeriesChart>('GET', `/series${query({ ...params, view: 'chart' })}`),
  review: (id: string, action: Record<string, unknown>) =>
    request<StoredClaim>('POST', `/claims/${encodeURIComponent(id)}/review`, { type: 'application/json', data: JSON.stringify(action) }),
  ingestText: (text: string, fields: Record<string, string | undefined>) =>
    request<{ stored: number; failed: number; results: IngestItem[] }>('POST', `/documents${query(fields)}`, { type: 'text/plain', data: text }),
  ingestUrls: (urls: string[]) =>
    request<{ stored: number; failed: number; results: IngestItem[] }>('POST', '/documents', { type: 'application/json', data: JSON.stringify({ urls }) }),
  exportUrl: (params: Record<string, string | undefined>) => `${BASE}/export/claims${query({ ...params, format: 'csv' })}`,
};
