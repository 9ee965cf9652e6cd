import type { VerifyResult } from '@contract/signatures'
import { api } from '@/lib/api'

/** Public: the platform re-checks its stored sealed file and the live signing chain for this code. */
export async function verifyByCode(code: string): Promise<VerifyResult> {
  const { data } = await api.post<VerifyResult>('/verify', { code }, { skipAuth: true })
  return data
}
