/**
 * One zod schema per request part and response drives three things: request validation (and
 * coercion of query strings), response validation, and the OpenAPI document. Route `schema`
 * objects hold zod schemas; fastify hands them to the compilers below, and @fastify/swagger's
 * `transform` turns them into JSON Schema (draft 2020-12, which OpenAPI 3.1 uses as is).
 */
import type { FastifySchemaCompiler } from 'fastify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';

/** A request failed its schema: fastify answers 400 with this message. */
function describeIssues(error: z.ZodError, part: string): Error {
  const first = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : part;
    return `${path}: ${issue.message}`;
  });
  return new Error(`invalid ${part}: ${first.join('; ')}`);
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  if (!(schema instanceof z.ZodType)) throw new Error(`route ${httpPart ?? ''} schema is not a zod schema`);
  return (data: unknown) => {
    const result = schema.safeParse(data);
    return result.success ? { value: result.data } : { error: describeIssues(result.error, httpPart ?? 'request') };
  };
};

/**
 * Responses are checked against their schema before they leave: a handler that drifts from
 * the documented shape is a bug, answered with 500 rather than sent as undocumented JSON.
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema, url, method }) => {
  if (!(schema instanceof z.ZodType)) throw new Error(`response schema of ${method} ${url} is not a zod schema`);
  return (data: unknown) => {
    const result = schema.safeParse(data);
    if (!result.success) {
      throw new ResponseShapeError(`response of ${method} ${url} does not match its schema: ${describeIssues(result.error, 'response').message}`);
    }
    return JSON.stringify(result.data);
  };
};

export class ResponseShapeError extends Error {}

/** JSON Schema of a zod schema for the OpenAPI document; `io` picks the request or response side. */
export function toOpenApiSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

interface SwaggerTransformInput {
  schema: object | undefined;
  url: string;
}

/** @fastify/swagger `transform`: every zod schema of a route becomes JSON Schema. */
export function swaggerTransform({ schema, url }: SwaggerTransformInput): { schema: object; url: string } {
  if (!schema) return { schema: {}, url };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'response' && value && typeof value === 'object') {
      const responses: Record<string, unknown> = {};
      for (const [status, response] of Object.entries(value as Record<string, unknown>)) {
        responses[status] = response instanceof z.ZodType ? toOpenApiSchema(response, 'output') : response;
      }
      out.response = responses;
    } else if (key === 'body' && value && typeof value === 'object' && 'content' in value) {
      const content: Record<string, unknown> = {};
      for (const [type, entry] of Object.entries((value as { content: Record<string, { schema: unknown }> }).content)) {
        content[type] = entry.schema instanceof z.ZodType ? { schema: toOpenApiSchema(entry.schema, 'input') } : entry;
      }
      out.body = { content };
    } else if (value instanceof z.ZodType) {
      out[key] = toOpenApiSchema(value, 'input');
    } else {
      out[key] = value;
    }
  }
  return { schema: out, url };
}
