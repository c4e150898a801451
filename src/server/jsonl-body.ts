/** A posted JSONL batch: one article record a line; a bad line is reported and the rest go on. */
import { ArticleSchema, type Article } from '../core/article.ts';
import type { IngestItem } from './ingestor.ts';

export function parseJsonLines(body: string): { articles: { article: Article; origin: string }[]; failures: IngestItem[] } {
  const articles: { article: Article; origin: string }[] = [];
  const failures: IngestItem[] = [];
  body.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const origin = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      failures.push({ origin, ok: false, error: `${origin}: not valid JSON` });
      return;
    }
    const parsed = ArticleSchema.safeParse(value);
    if (parsed.success) articles.push({ article: parsed.data, origin });
    else failures.push({ origin, ok: false, error: `${origin}: not an article record (${parsed.error.issues[0]?.path.join('.') || 'record'}: ${parsed.error.issues[0]?.message ?? 'invalid'})` });
  });
  return { articles, failures };
}
