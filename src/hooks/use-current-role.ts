import type { Role } from '@contract/roles'
import { useAuthStore } from '@/stores/auth-store'
import { useSettingsStore } from '@/stores/settings-store'

/** The role the user acts in now: the one chosen in 我的, else the account's first role (what the home page shows). */
export function useCurrentRole(): Role | null {
  const activeRole = useSettingsStore((state) => state.activeRole)
  const firstRole = useAuthStore((state) => state.me?.roles[0] ?? null)
  return activeRole ?? firstRole
}
