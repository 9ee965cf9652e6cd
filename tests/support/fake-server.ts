import type { RequestHandler } from './taro-double'

export interface RecordedRequest {
  method: string
  path: string
  body: unknown
  authorization?: string
}

type Reply = { statusCode: number; data: unknown }
type Handler = (request: RecordedRequest) => Reply | Promise<Reply>

/**
 * Answers Taro.request calls from a route table, so component tests run the production
 * request stack (api client, axios adapter, Taro transport) against a scripted API.
 */
export function fakeServer(routes: Record<string, Handler>) {
  const requests: RecordedRequest[] = []
  const handler: RequestHandler = async (option) => {
    const url = new URL(option.url)
    const request: RecordedRequest = {
      method: option.method ?? 'GET',
      path: url.pathname,
      body: typeof option.data === 'string' && option.data !== '' ? JSON.parse(option.data) : option.data,
      authorization: option.header?.Authorization,
    }
    requests.push(request)
    const route = routes[`${request.method} ${request.path}`]
    if (!route) return { statusCode: 404, data: { code: 'NOT_FOUND', message: '接口不存在' } }
    return route(request)
  }
  return { handler, requests }
}

export const reply = (statusCode: number, data: unknown): Reply => ({ statusCode, data })
