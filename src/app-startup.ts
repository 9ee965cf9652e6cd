import { getMe } from '@/features/me/api/get-me'
import { useAuthStore } from '@/stores/auth-store'
import { updateMe } from '@/stores/session'
import { loadSubscribeTemplates } from '@/lib/subscribe-messages'

/**
 * The persisted profile renders the first screen at once; this brings roles and settings
 * up to date in the background. A rejected session is cleared by the request layer.
 */
export async function refreshProfile(): Promise<void> {
  if (!useAuthStore.getState().refreshToken) return
  try {
    updateMe(await getMe())
    await loadSubscribeTemplates()
  } catch {
    // Offline or logged out elsewhere: the cached profile stays or the request layer ended the session.
  }
}
