import type { Me, SettingsPatch } from '@contract/auth'
import { api } from '@/lib/api'

export async function updateSettings(patch: SettingsPatch): Promise<Me> {
  const { data } = await api.patch<Me>('/me/settings', patch)
  return data
}
