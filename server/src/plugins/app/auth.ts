import fp from 'fastify-plugin'
import fastifyJwt from '@fastify/jwt'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Role } from '@contract/roles'
import { forbidden, unauthorized } from '../../lib/app-error'
import { loadOrCreateLocalSecret } from '../../services/crypto/local-secret'

export interface AuthContext {
  userId: string
  roles: Role[]
}

interface AccessClaims {
  sub: string
  roles: Role[]
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims
    user: AccessClaims
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler: requires a valid access token; sets request.auth. */
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>
    /** preHandler: requires a login holding at least one of the roles. */
    requireRoles: (...roles: Role[]) => (request: FastifyRequest, reply: FastifyReply) => Promise<void>
    signAccessToken: (userId: string, roles: Role[]) => string
  }
  interface FastifyRequest {
    auth: AuthContext | null
  }
}

/**
 * Bearer access tokens (short-lived JWT). Roles travel in the token but every role check re-reads the
 * account, so a deactivated user or a removed role stops working at once, not at token expiry.
 */
export default fp(
  async (app) => {
    const secret =
      app.config.JWT_SECRET ?? loadOrCreateLocalSecret(app.config.dataDir, 'jwt-secret.key').toString('base64')
    await app.register(fastifyJwt, {
      secret,
      sign: { expiresIn: app.config.ACCESS_TOKEN_TTL_SECONDS },
    })
    app.decorateRequest('auth', null)

    app.decorate('signAccessToken', (userId: string, roles: Role[]) => app.jwt.sign({ sub: userId, roles }))

    const authenticate = async (request: FastifyRequest) => {
      if (request.auth) return
      const header = request.headers.authorization
      if (!header?.startsWith('Bearer ')) throw unauthorized()
      let claims: AccessClaims
      try {
        claims = app.jwt.verify<AccessClaims>(header.slice(7))
      } catch {
        throw unauthorized('AUTH_TOKEN_INVALID', '登录已过期，请重新登录')
      }
      const user = await app.services.users.findById(claims.sub)
      if (!user || user.active !== 1) throw unauthorized('AUTH_ACCOUNT_DISABLED', '账号不可用，请联系管理员')
      request.auth = { userId: user.id, roles: user.roles }
    }
    app.decorate('authenticate', authenticate)

    app.decorate('requireRoles', (...roles: Role[]) => async (request: FastifyRequest) => {
      await authenticate(request)
      if (!request.auth!.roles.some((r) => roles.includes(r))) throw forbidden()
    })
  },
  { name: 'auth', dependencies: ['services'] },
)
