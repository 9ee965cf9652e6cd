import { isH5 } from '@/lib/platform'

/**
 * The server sends a page path (INVITATION_LINK_BASE) or a full URL. In H5 a path becomes a URL of this site
 * (hash router), so the QR code opens in any phone browser; in weapp the path is kept (a deployment maps it
 * with a 普通链接二维码 rule).
 */
export function shareUrlOf(link: string, origin: string | null = currentOrigin()): string {
  if (/^https?:\/\//.test(link) || !link.startsWith('/') || origin === null) return link
  return `${origin}/#${link}`
}

function currentOrigin(): string | null {
  return isH5 && typeof window !== 'undefined' ? window.location.origin : null
}
