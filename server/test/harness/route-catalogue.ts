import type { RouteOptions } from 'fastify'

/** The request-side schemas of one registered route, as Fastify saw them. */
export interface CataloguedRoute {
  method: string
  url: string
  params?: JsonSchema
  querystring?: JsonSchema
  body?: JsonSchema
  consumes?: string[]
  websocket: boolean
}

/** The subset of JSON Schema (as TypeBox emits it) the harnesses read. */
export interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  const?: unknown
  enum?: unknown[]
  pattern?: string
  format?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  minItems?: number
  maxItems?: number
  default?: unknown
  additionalProperties?: boolean | JsonSchema
  [key: string]: unknown
}

/** Collects every route through `buildApp({ onRoute })`; HEAD routes Fastify adds for GETs are left out. */
export class RouteCatalogue {
  readonly routes: CataloguedRoute[] = []

  readonly onRoute = (route: RouteOptions): void => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    const schema = (route.schema ?? {}) as Record<string, unknown>
    for (const method of methods) {
      if (method === 'HEAD' || method === 'OPTIONS') continue
      this.routes.push({
        method,
        url: route.url,
        params: schema.params as JsonSchema | undefined,
        querystring: schema.querystring as JsonSchema | undefined,
        body: schema.body as JsonSchema | undefined,
        consumes: schema.consumes as string[] | undefined,
        websocket: Boolean((route as { websocket?: boolean }).websocket),
      })
    }
  }

  /** The API routes a client can call over HTTP (not the static H5 files, the docs UI or WebSocket upgrades). */
  apiRoutes(): CataloguedRoute[] {
    return this.routes.filter((r) => r.url.startsWith('/api/') && !r.websocket)
  }
}

/** Every schema node below `schema`, with its path (`body.periods[].days`). */
export function* schemaNodes(schema: JsonSchema | undefined, path: string): Generator<[string, JsonSchema]> {
  if (!schema || typeof schema !== 'object') return
  yield [path, schema]
  for (const [key, child] of Object.entries(schema.properties ?? {})) yield* schemaNodes(child, `${path}.${key}`)
  if (schema.items) yield* schemaNodes(schema.items, `${path}[]`)
  for (const list of [schema.anyOf, schema.oneOf, schema.allOf]) {
    for (const child of list ?? []) yield* schemaNodes(child, path)
  }
  if (typeof schema.additionalProperties === 'object') yield* schemaNodes(schema.additionalProperties, `${path}.*`)
}
