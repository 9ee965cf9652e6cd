import type { SmsSendResponse } from '@contract/auth'
import { api } from '@/lib/api'

export async function sendSmsCode(phone: string): Promise<SmsSendResponse> {
  const { data } = await api.post<SmsSendResponse>('/auth/sms/send', { phone }, { skipAuth: true })
  return data
}
