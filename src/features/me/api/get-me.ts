import type { Me } from '@contract/auth'
import { api } from '@/lib/api'

export async function getMe(): Promise<Me> {
  const { data } = await api.get<Me>('/me')
  return data
}
