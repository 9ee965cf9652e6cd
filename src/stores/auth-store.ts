import { create } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import type { Me, TokenPair } from '@contract/auth'
import { taroSyncStorage } from '@/lib/storage'

export interface AuthState {
  accessToken: string | null
  refreshToken: string | null
  /** Epoch ms; lets the UI know a token is stale without a round trip. */
  accessTokenExpiresAt: number | null
  me: Me | null
  setSession: (pair: TokenPair) => void
  setMe: (me: Me) => void
  clearSession: () => void
}

type PersistedAuth = Pick<AuthState, 'accessToken' | 'refreshToken' | 'accessTokenExpiresAt' | 'me'>

const EMPTY: PersistedAuth = { accessToken: null, refreshToken: null, accessTokenExpiresAt: null, me: null }

export const AUTH_STORAGE_KEY = 'tiaojie-auth'

export function createAuthStore(storage: StateStorage, now: () => number = Date.now) {
  return create<AuthState>()(
    persist(
      (set) => ({
        ...EMPTY,
        setSession: (pair) =>
          set({
            accessToken: pair.accessToken,
            refreshToken: pair.refreshToken,
            accessTokenExpiresAt: now() + pair.expiresIn * 1000,
            me: pair.user,
          }),
        setMe: (me) => set({ me }),
        clearSession: () => set(EMPTY),
      }),
      {
        name: AUTH_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: (state): PersistedAuth => ({
          accessToken: state.accessToken,
          refreshToken: state.refreshToken,
          accessTokenExpiresAt: state.accessTokenExpiresAt,
          me: state.me,
        }),
      },
    ),
  )
}

export const useAuthStore = createAuthStore(taroSyncStorage)

export const selectIsLoggedIn = (state: AuthState): boolean => state.refreshToken !== null && state.me !== null
