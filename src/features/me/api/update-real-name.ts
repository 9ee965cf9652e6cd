import type { Me, RealNameBody } from '@contract/auth'
import { api } from '@/lib/api'

export async function updateRealName(body: RealNameBody): Promise<Me> {
  const { data } = await api.put<Me>('/me/real-name', body)
  return data
}
