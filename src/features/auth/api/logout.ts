import type { Ok } from '@contract/common'
import { api } from '@/lib/api'

export async function logout(refreshToken: string): Promise<Ok> {
  const { data } = await api.post<Ok>('/auth/logout', { refreshToken }, { skipAuth: true })
  return data
}
