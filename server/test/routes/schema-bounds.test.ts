import { buildTestApp } from '../helpers/test-app'
import { RouteCatalogue, schemaNodes } from '../harness/route-catalogue'

/**
 * Every number a client can send is bounded by its own schema (issue 11 finding 8): an unbounded integer let
 * 12345678901234567000 reach PostgreSQL's integer columns, and strings reach text columns without a length cap.
 */
describe('request schemas bound what clients send', () => {
  const catalogue = new RouteCatalogue()
  let routeCount = 0

  beforeAll(async () => {
    const t = await buildTestApp({ seed: false, onRoute: catalogue.onRoute })
    routeCount = catalogue.apiRoutes().length
    await t.close()
  })

  const types = (node: { type?: string | string[] }) => (Array.isArray(node.type) ? node.type : [node.type])

  it('gives every number and integer in params, query and body a finite minimum and maximum', () => {
    expect(routeCount).toBeGreaterThan(100)
    const unbounded: string[] = []
    for (const route of catalogue.apiRoutes()) {
      for (const part of ['params', 'querystring', 'body'] as const) {
        for (const [path, node] of schemaNodes(route[part], part)) {
          if (!types(node).some((t) => t === 'number' || t === 'integer')) continue
          if (node.const !== undefined || node.enum) continue // a literal is its own bound
          const low = node.minimum ?? node.exclusiveMinimum
          const high = node.maximum ?? node.exclusiveMaximum
          if (!Number.isFinite(low) || !Number.isFinite(high)) unbounded.push(`${route.method} ${route.url} ${path}`)
        }
      }
    }
    expect(unbounded).toEqual([])
  })
})
