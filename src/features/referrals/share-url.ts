import { isH5 } from '@/lib/platform'
import { ROUTES, withQuery } from '@/lib/routes'

/**
 * What the QR code and the copy button carry. A full URL from the server (INVITATION_LINK_BASE set to the
 * deployment's address) is kept as is. A bare path is rebuilt from the token with this app's own claim route,
 * so a stale server default cannot hand out a dead link; in H5 it becomes a URL of this site (hash router),
 * in weapp it stays a page path (a deployment maps it with a 普通链接二维码 rule).
 */
export function shareUrlOf(link: string, token: string, origin: string | null = currentOrigin()): string {
  if (/^https?:\/\//.test(link)) return link
  const path = withQuery(ROUTES.invitationClaim, { token })
  return origin === null ? path : `${origin}/#${path}`
}

function currentOrigin(): string | null {
  return isH5 && typeof window !== 'undefined' ? window.location.origin : null
}
