import Taro from '@tarojs/taro'
import type { StateStorage } from 'zustand/middleware'

/**
 * zustand storage over Taro's synchronous storage API (wx.*StorageSync in weapp, localStorage in H5).
 * Synchronous on purpose: persisted stores hydrate while they are created, so the first render
 * already knows whether the user is logged in and whether care mode is on.
 */
export const taroSyncStorage: StateStorage = {
  getItem: (key) => {
    const value: unknown = Taro.getStorageSync(key)
    return typeof value === 'string' && value !== '' ? value : null
  },
  setItem: (key, value) => {
    Taro.setStorageSync(key, value)
  },
  removeItem: (key) => {
    Taro.removeStorageSync(key)
  },
}
