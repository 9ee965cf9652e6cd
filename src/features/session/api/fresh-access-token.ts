import type { Me } from '@contract/auth'
import { api } from '@/lib/api'
import { useAuthStore } from '@/stores/auth-store'

/**
 * The socket cannot refresh a token by itself. When asked to (after a 4401), one authenticated call lets the
 * API client do its shared refresh; the store then holds a valid token, or none when the session ended.
 */
export async function freshAccessToken(forceRefresh: boolean): Promise<string | null> {
  const auth = useAuthStore.getState()
  const stale = auth.accessTokenExpiresAt !== null && auth.accessTokenExpiresAt - Date.now() < 30_000
  if (forceRefresh || stale || !auth.accessToken) {
    try {
      await api.get<Me>('/me')
    } catch {
      // Network down or session over: the store says which.
    }
  }
  return useAuthStore.getState().accessToken
}
