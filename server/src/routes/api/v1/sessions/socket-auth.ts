import type { FastifyInstance, FastifyRequest } from 'fastify'
import { SOCKET_SUBPROTOCOL } from '@contract/sessions'
import type { AuthContext } from '../../../../plugins/app/auth'

/**
 * The access token of a socket: a subprotocol beside `tiaojie.v1` (browsers cannot set headers), an
 * Authorization header (weapp connectSocket can), or `?token=` (last resort: URLs end up in logs).
 */
export function socketToken(request: FastifyRequest, queryToken: string | undefined): string | null {
  const offered = String(request.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p && p !== SOCKET_SUBPROTOCOL)
  if (offered.length > 0) return offered[0]
  const header = request.headers.authorization
  if (header?.startsWith('Bearer ')) return header.slice(7)
  return queryToken || null
}

/** Same checks as app.authenticate: a valid token of an active account, roles re-read from the database. */
export async function authenticateSocket(app: FastifyInstance, token: string | null): Promise<AuthContext | null> {
  if (!token) return null
  let userId: string
  try {
    userId = app.jwt.verify<{ sub: string }>(token).sub
  } catch {
    return null
  }
  const user = await app.services.users.findById(userId)
  if (!user || user.active !== 1) return null
  return { userId: user.id, roles: user.roles }
}

/** Answers the subprotocol negotiation with ours, never echoing the token back. */
export function selectSubprotocol(protocols: Set<string>): string | false {
  return protocols.has(SOCKET_SUBPROTOCOL) ? SOCKET_SUBPROTOCOL : false
}
