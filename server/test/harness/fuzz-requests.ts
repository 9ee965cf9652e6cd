import fc from 'fast-check'
import type { CataloguedRoute, JsonSchema } from './route-catalogue'
import { hostileValue, validValue, type IdSource } from './schema-arbitrary'

/** One generated request, replayable with `app.inject` (and printable when it fails). */
export interface FuzzRequest {
  role: string
  method: string
  url: string
  headers: Record<string, string>
  payload?: string | Buffer
  remoteAddress: string
}

export interface RequestContext {
  /** Real ids for a path parameter or an id-named field, by name and the URL segment before it. */
  idsFor: (name: string, segment: string) => fc.Arbitrary<string>
  /** Authorization header per role name; `anonymous` has none. */
  tokens: Record<string, string | undefined>
}

const RAW_PATH_VALUES = ['%zz', '%00', '%', '%E4%B8', '..%2F..%2F', '%2e%2e']
const BOUNDARY = '----tiaojie-fuzz'

function encodeText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** encodeURIComponent, except that a lone surrogate (which it refuses) is sent as broken percent-encoding. */
function encode(value: unknown): string {
  try {
    return encodeURIComponent(encodeText(value))
  } catch {
    return '%ED%A0%80'
  }
}

function pathArbitrary(route: CataloguedRoute, ctx: RequestContext, ids: IdSource): fc.Arbitrary<string> {
  const pieces = route.url.split('/').map((piece, index, all): fc.Arbitrary<string> => {
    if (!piece.startsWith(':')) return fc.constant(piece)
    const name = piece.slice(1)
    const schema: JsonSchema | undefined = route.params?.properties?.[name]
    const real =
      schema?.enum || schema?.anyOf || schema?.const ? validValue(schema, ids, name) : ctx.idsFor(name, all[index - 1])
    return fc.oneof(
      { weight: 16, arbitrary: real.map(encode) },
      { weight: 2, arbitrary: hostileValue().map(encode) },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_PATH_VALUES) },
    )
  })
  return fc.tuple(...pieces).map((parts) => parts.join('/'))
}

function queryArbitrary(route: CataloguedRoute, ids: IdSource): fc.Arbitrary<string> {
  if (!route.querystring) return fc.constantFrom('', '', '', '?x=%00', '?%zz=1')
  const values = validValue(route.querystring, ids, 'query') as fc.Arbitrary<Record<string, unknown>>
  return fc
    .tuple(
      values,
      fc.oneof(
        { weight: 9, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: fc.constantFrom('&a=%00', '&%zz', '&b=%') },
      ),
    )
    .map(([query, extra]) => {
      const pairs: string[] = []
      for (const [key, value] of Object.entries(query ?? {})) {
        for (const one of Array.isArray(value) ? value : [value]) pairs.push(`${encode(key)}=${encode(one)}`)
      }
      const text = pairs.join('&') + extra
      return text ? `?${text}` : ''
    })
}

function multipartBody(field: string, filename: string, type: string, bytes: Buffer, broken: number): Buffer {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`
  const whole = Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)])
  return broken === 1 ? whole.subarray(0, Math.floor(whole.length / 2)) : whole
}

const MULTIPART_CONTENT = fc.constantFrom(
  Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.from('ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000'),
  Buffer.from('just some text'),
  Buffer.alloc(0),
)

type Body = Pick<FuzzRequest, 'payload'> & { contentType?: string }

function multipartArbitrary(): fc.Arbitrary<Body> {
  return fc
    .record({
      field: fc.constantFrom('file', 'file', 'file', 'photo', ''),
      filename: fc.oneof(
        fc.constantFrom('证据.png', 'agreement.pdf', 'voice.mp3', 'C:\\fakepath\\a.jpg', '../../x', 'a\u0000b.png', ''),
        fc.string({ maxLength: 30 }),
      ),
      type: fc.constantFrom('image/png', 'application/pdf', 'audio/mpeg', 'text/plain', 'application/octet-stream'),
      bytes: MULTIPART_CONTENT,
      broken: fc.integer({ min: 0, max: 6 }),
    })
    .map(({ field, filename, type, bytes, broken }) => ({
      payload: multipartBody(field, filename.replace(/["\r\n]/g, ''), type, bytes, broken),
      contentType: broken === 2 ? 'multipart/form-data' : `multipart/form-data; boundary=${BOUNDARY}`,
    }))
}

function bodyArbitrary(route: CataloguedRoute, ids: IdSource): fc.Arbitrary<Body> {
  const json = (value: unknown): Body => ({ payload: JSON.stringify(value) ?? 'null', contentType: 'application/json' })
  const broken = fc.constantFrom<Body>(
    { payload: '{"a":', contentType: 'application/json' },
    { payload: '{"__proto__":{"admin":true}}', contentType: 'application/json' },
    { payload: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
    { payload: 'plain words', contentType: 'text/plain' },
    { payload: '', contentType: 'application/json' },
  )
  const options: Array<{ weight: number; arbitrary: fc.Arbitrary<Body> }> = [
    { weight: 1, arbitrary: broken },
    { weight: 1, arbitrary: hostileValue().map(json) },
  ]
  if (route.body) options.push({ weight: 16, arbitrary: validValue(route.body, ids, 'body').map(json) })
  else if (route.method !== 'GET' && route.method !== 'DELETE') {
    options.push({ weight: 4, arbitrary: fc.constant<Body>({}) })
    options.push({ weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }).map(json) })
  } else options.push({ weight: 12, arbitrary: fc.constant<Body>({}) })
  if (route.consumes?.includes('multipart/form-data')) options.push({ weight: 16, arbitrary: multipartArbitrary() })
  return fc.oneof(...options)
}

/** Requests for one route, generated from its own params / querystring / body schemas. */
export function requestArbitrary(route: CataloguedRoute, ctx: RequestContext): fc.Arbitrary<FuzzRequest> {
  const ids: IdSource = (field) => ctx.idsFor(field, '')
  const roles = Object.keys(ctx.tokens)
  return fc
    .record({
      role: fc.constantFrom(...roles),
      badToken: fc.integer({ min: 0, max: 40 }),
      path: pathArbitrary(route, ctx, ids),
      query: queryArbitrary(route, ids),
      body: bodyArbitrary(route, ids),
      remoteAddress: fc.ipV4(),
    })
    .map(({ role, badToken, path, query, body, remoteAddress }) => {
      const headers: Record<string, string> = {}
      const token = ctx.tokens[role]
      if (badToken === 0) headers.authorization = 'Bearer not.a.token'
      else if (token) headers.authorization = token
      if (body.contentType) headers['content-type'] = body.contentType
      return { role, method: route.method, url: `${path}${query}`, headers, payload: body.payload, remoteAddress }
    })
}

/** A failing request as text a person can replay (bodies cut to 300 characters). */
export function describeRequest(request: FuzzRequest): string {
  const body = request.payload === undefined ? '' : ` body=${String(request.payload).slice(0, 300)}`
  return `${request.role} ${request.method} ${request.url}${body}`
}
