import type { SmsLoginBody, TokenPair } from '@contract/auth'
import { api } from '@/lib/api'

export async function loginWithSms(body: SmsLoginBody): Promise<TokenPair> {
  const { data } = await api.post<TokenPair>('/auth/sms/login', body, { skipAuth: true })
  return data
}
