import type { Notification } from '@contract/referrals'
import { fakeServer, reply, type RecordedRequest } from '../../support/fake-server'

export function notice(overrides: Partial<Notification> & Pick<Notification, 'id'>): Notification {
  return {
    kind: 'document_served',
    title: '您收到一份文书：人民调解协议书',
    body: '请在送达箱中查看并下载。',
    caseId: 'case-1',
    createdAt: '2026-11-26T01:00:00.000Z',
    readAt: null,
    ...overrides,
  }
}

/** The notification endpoints over an in-memory list: paging, unread filter, mark one read, read all. */
export function notificationsApi(seed: Notification[], options: { failMarkRead?: boolean } = {}) {
  const items = seed.map((n) => ({ ...n }))
  const list = (request: RecordedRequest & { query: URLSearchParams }) => {
    const unreadOnly = request.query.get('unreadOnly') === 'true'
    const limit = Number(request.query.get('limit') ?? 20)
    const offset = Number(request.query.get('offset') ?? 0)
    const matching = items.filter((n) => !unreadOnly || n.readAt === null)
    return reply(200, {
      items: matching.slice(offset, offset + limit),
      total: matching.length,
      unread: items.filter((n) => n.readAt === null).length,
    })
  }
  const routes: Record<string, (request: RecordedRequest) => ReturnType<typeof reply>> = {
    'POST /api/v1/notifications/read-all': () => {
      const unread = items.filter((n) => n.readAt === null)
      for (const n of unread) n.readAt = '2026-11-26T04:00:00.000Z'
      return reply(200, { updated: unread.length })
    },
  }
  for (const n of items) {
    routes[`POST /api/v1/notifications/${n.id}/read`] = () => {
      if (options.failMarkRead) return reply(404, { code: 'NOTIFICATION_NOT_FOUND', message: '通知不存在' })
      n.readAt ??= '2026-11-26T04:00:00.000Z'
      return reply(200, { ok: true })
    }
  }
  const server = fakeServer(routes)
  const queries: URLSearchParams[] = []
  return {
    items,
    requests: server.requests,
    queries,
    handler: (async (option) => {
      const url = new URL(option.url)
      if ((option.method ?? 'GET') === 'GET' && url.pathname === '/api/v1/notifications') {
        queries.push(url.searchParams)
        server.requests.push({ method: 'GET', path: url.pathname, body: undefined })
        return list({ method: 'GET', path: url.pathname, body: undefined, query: url.searchParams })
      }
      return server.handler(option)
    }) as typeof server.handler,
  }
}
