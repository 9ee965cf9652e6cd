import { create } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import type { UserSettings } from '@contract/auth'
import type { Role } from '@contract/roles'
import { taroSyncStorage } from '@/lib/storage'

export interface SettingsState {
  /** null = follow the system font size. */
  careMode: boolean | null
  activeRole: Role | null
  setCareMode: (careMode: boolean | null) => void
  setActiveRole: (role: Role | null) => void
  /** The server copy wins after login: the setting follows the user across devices. */
  applyServerSettings: (settings: UserSettings) => void
  resetForLogout: () => void
}

type PersistedSettings = Pick<SettingsState, 'careMode' | 'activeRole'>

export const SETTINGS_STORAGE_KEY = 'tiaojie-settings'

export function createSettingsStore(storage: StateStorage) {
  return create<SettingsState>()(
    persist(
      (set) => ({
        careMode: null,
        activeRole: null,
        setCareMode: (careMode) => set({ careMode }),
        setActiveRole: (activeRole) => set({ activeRole }),
        applyServerSettings: (settings) =>
          set((state) => ({
            careMode: settings.careMode ?? state.careMode,
            activeRole: settings.activeRole,
          })),
        // Care mode stays: it is about the person holding the phone, not the account.
        resetForLogout: () => set({ activeRole: null }),
      }),
      {
        name: SETTINGS_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: (state): PersistedSettings => ({ careMode: state.careMode, activeRole: state.activeRole }),
      },
    ),
  )
}

export const useSettingsStore = createSettingsStore(taroSyncStorage)
