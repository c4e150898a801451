/**
 * A fastify type provider for zod: handlers see the parsed (coerced, defaulted) request parts
 * as zod's output types, and replies are typed by the response schema's input type.
 */
import type { FastifyTypeProvider } from 'fastify';
import type { z } from 'zod';

export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown;
}
