import type { TokenPair } from '@contract/auth'
import type { SessionBridge } from '@/lib/api-client'
import type { Transport, TransportRequest, TransportResponse } from '@/lib/transport'

export type Route = (request: TransportRequest) => TransportResponse | Promise<TransportResponse>

/** A transport that answers from a route table and records every request it saw. */
export function fakeTransport(routes: Record<string, Route>) {
  const calls: TransportRequest[] = []
  const transport: Transport = async (request) => {
    calls.push(request)
    const path = new URL(request.url).pathname
    const route = routes[`${request.method} ${path}`]
    if (!route) throw new Error(`no fake route for ${request.method} ${path}`)
    return route(request)
  }
  const callsTo = (method: string, path: string) =>
    calls.filter((call) => call.method === method && new URL(call.url).pathname === path)
  return { transport, calls, callsTo }
}

export const json = (status: number, data: unknown): TransportResponse => ({ status, headers: {}, data })

export function bearerOf(request: TransportRequest): string | undefined {
  return request.headers.Authorization?.replace(/^Bearer /, '')
}

/** An in-memory session with the same contract the auth store offers the request layer. */
export function memorySession(accessToken: string | null, refreshToken: string | null) {
  const state = { accessToken, refreshToken, ended: 0 }
  const session: SessionBridge = {
    getAccessToken: () => state.accessToken,
    getRefreshToken: () => state.refreshToken,
    saveTokens: (pair: TokenPair) => {
      state.accessToken = pair.accessToken
      state.refreshToken = pair.refreshToken
    },
    endSession: () => {
      state.accessToken = null
      state.refreshToken = null
      state.ended += 1
    },
  }
  return { session, state }
}
