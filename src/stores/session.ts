import type { Me, TokenPair } from '@contract/auth'
import type { Role } from '@contract/roles'
import type { SessionBridge } from '@/lib/api-client'
import { useAuthStore } from './auth-store'
import { useSettingsStore } from './settings-store'

/** Login, refresh and GET /me all end here, so tokens, profile and settings never drift apart. */
export function startSession(pair: TokenPair): void {
  useAuthStore.getState().setSession(pair)
  useSettingsStore.getState().applyServerSettings(pair.user.settings)
}

export function updateMe(me: Me): void {
  useAuthStore.getState().setMe(me)
  useSettingsStore.getState().applyServerSettings(me.settings)
}

export function endSession(): void {
  useAuthStore.getState().clearSession()
  useSettingsStore.getState().resetForLogout()
}

/** The role whose home and tools are shown: the chosen one if the user still holds it, else the first. */
export function effectiveRole(me: Me | null, activeRole: Role | null): Role | null {
  if (!me || me.roles.length === 0) return null
  return activeRole && me.roles.includes(activeRole) ? activeRole : me.roles[0]
}

export const authSessionBridge: SessionBridge = {
  getAccessToken: () => useAuthStore.getState().accessToken,
  getRefreshToken: () => useAuthStore.getState().refreshToken,
  // A refresh returns the user too; keep the profile fresh without another request.
  saveTokens: (pair) => useAuthStore.getState().setSession(pair),
  endSession,
}
