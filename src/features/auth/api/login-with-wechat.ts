import type { TokenPair } from '@contract/auth'
import { api } from '@/lib/api'

/** `code` comes from Taro.login(); the server trades it for the openid (404 WECHAT_NOT_CONFIGURED if unset). */
export async function loginWithWechat(code: string): Promise<TokenPair> {
  const { data } = await api.post<TokenPair>('/auth/wechat/login', { code }, { skipAuth: true })
  return data
}
