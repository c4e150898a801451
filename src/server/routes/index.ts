/** Every route of /api/v1, one module per resource. */
import { registerClaimRoutes } from './claims.ts';
import type { Api, RouteContext } from './context.ts';
import { registerDocumentRoutes } from './documents.ts';
import { registerExportRoutes } from './export.ts';
import { registerSeriesRoutes } from './series.ts';
import { registerSourceRoutes } from './sources.ts';

export function registerRoutes(api: Api, ctx: RouteContext): void {
  registerDocumentRoutes(api, ctx);
  registerClaimRoutes(api, ctx);
  registerSourceRoutes(api, ctx);
  registerSeriesRoutes(api, ctx);
  registerExportRoutes(api, ctx);
}
