/**
 * The article record, as the spec defines it: only `text` is required. Every reader
 * (txt, html, jsonl, feed, url) produces these; the extractor consumes them.
 */
import { z } from 'zod';

export const ArticleSchema = z.object({
  id: z.union([z.string(), z.number().transform(String)]).nullable().optional(),
  title: z.string().nullable().optional(),
  publisher: z.string().nullable().optional(),
  /** ISO 8601 date or date-time; anchors relative dates. */
  published: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  language: z.string().nullable().optional(),
  text: z.string(),
});
export type Article = z.infer<typeof ArticleSchema>;
