import { testControls } from '../support/taro-double'
import { taroSyncStorage } from '@/lib/storage'
import { AUTH_STORAGE_KEY, createAuthStore } from '@/stores/auth-store'
import { createSettingsStore, SETTINGS_STORAGE_KEY } from '@/stores/settings-store'
import { makeMe, makeTokenPair } from '../support/fixtures'

beforeEach(() => testControls.reset())

describe('auth store persisted to Taro sync storage', () => {
  it('is restored, already hydrated, by a store created later (as on the next app start)', () => {
    const clock = () => 1_000_000
    const first = createAuthStore(taroSyncStorage, clock)
    const pair = makeTokenPair(1, makeMe({ displayName: '李四' }))
    first.getState().setSession(pair)

    const restarted = createAuthStore(taroSyncStorage)

    expect(restarted.persist.hasHydrated()).toBe(true)
    expect(restarted.getState()).toMatchObject({
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken,
      accessTokenExpiresAt: 1_000_000 + 900_000,
      me: { displayName: '李四' },
    })
  })

  it('writes only the data fields, with a version, under its own key', () => {
    const store = createAuthStore(taroSyncStorage)
    store.getState().setSession(makeTokenPair(2))

    const saved = JSON.parse(testControls.storage.get(AUTH_STORAGE_KEY) as string)
    expect(saved.version).toBe(1)
    expect(Object.keys(saved.state).sort()).toEqual(['accessToken', 'accessTokenExpiresAt', 'me', 'refreshToken'])
  })

  it('forgets the session after logout, also for the next start', () => {
    const store = createAuthStore(taroSyncStorage)
    store.getState().setSession(makeTokenPair(3))
    store.getState().clearSession()

    expect(createAuthStore(taroSyncStorage).getState()).toMatchObject({
      accessToken: null,
      refreshToken: null,
      me: null,
    })
  })

  it('starts empty when storage holds something unreadable', () => {
    testControls.storage.set(AUTH_STORAGE_KEY, '{not json')
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const store = createAuthStore(taroSyncStorage)
    spy.mockRestore()
    expect(store.getState().refreshToken).toBeNull()
  })
})

describe('settings store', () => {
  it('restores care mode and the active role', () => {
    const first = createSettingsStore(taroSyncStorage)
    first.getState().setCareMode(true)
    first.getState().setActiveRole('mediator')

    const saved = JSON.parse(testControls.storage.get(SETTINGS_STORAGE_KEY) as string)
    expect(saved).toEqual({ state: { careMode: true, activeRole: 'mediator' }, version: 1 })
    expect(createSettingsStore(taroSyncStorage).getState()).toMatchObject({ careMode: true, activeRole: 'mediator' })
  })

  it("takes the account's settings after login but keeps the device choice when the account has none", () => {
    const store = createSettingsStore(taroSyncStorage)
    store.getState().setCareMode(true)

    store.getState().applyServerSettings({ careMode: null, activeRole: 'police' })
    expect(store.getState()).toMatchObject({ careMode: true, activeRole: 'police' })

    store.getState().applyServerSettings({ careMode: false, activeRole: null })
    expect(store.getState()).toMatchObject({ careMode: false, activeRole: null })
  })

  it('keeps care mode on logout but drops the role', () => {
    const store = createSettingsStore(taroSyncStorage)
    store.getState().setCareMode(true)
    store.getState().setActiveRole('court_clerk')
    store.getState().resetForLogout()
    expect(createSettingsStore(taroSyncStorage).getState()).toMatchObject({ careMode: true, activeRole: null })
  })
})
