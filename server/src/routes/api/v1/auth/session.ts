import type { FastifyInstance } from 'fastify'
import type { TokenPair } from '@contract/auth'
import type { UserRecord } from '../../../../services/users/users-repo'

/** Issues an access token and a new refresh-token family for a user who just proved who they are. */
export async function issueSession(app: FastifyInstance, user: UserRecord): Promise<TokenPair> {
  const refreshToken = await app.services.refreshTokens.issue(user.id)
  return {
    accessToken: app.signAccessToken(user.id, user.roles),
    refreshToken,
    expiresIn: app.config.ACCESS_TOKEN_TTL_SECONDS,
    user: await app.services.users.toMe(user),
  }
}
