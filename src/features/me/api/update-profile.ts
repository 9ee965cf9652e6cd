import type { Me, ProfilePatch } from '@contract/auth'
import { api } from '@/lib/api'

export async function updateProfile(body: ProfilePatch): Promise<Me> {
  const { data } = await api.patch<Me>('/me/profile', body)
  return data
}
