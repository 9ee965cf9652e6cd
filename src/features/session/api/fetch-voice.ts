import Taro from '@tarojs/taro'
import { clientError, errorFromResponse } from '@/lib/api-error'
import { API_BASE_URL, API_PREFIX } from '@/lib/config'
import { isWeapp } from '@/lib/platform'
import { freshAccessToken } from './fresh-access-token'

const voiceUrl = (fileId: string) => `${API_BASE_URL}${API_PREFIX}/files/${encodeURIComponent(fileId)}`

/**
 * A voice message's file as something the audio element can play. Files need the bearer token, which an
 * audio src cannot carry, so it is downloaded first: a temp file in weapp, a blob: URL in the browser.
 */
export async function fetchVoice(fileId: string, retried = false): Promise<string> {
  const token = await freshAccessToken(retried)
  const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  let status: number
  let src = ''
  try {
    if (isWeapp) {
      const result = await Taro.downloadFile({ url: voiceUrl(fileId), header })
      status = result.statusCode
      src = result.tempFilePath
    } else {
      const response = await fetch(voiceUrl(fileId), { headers: header })
      status = response.status
      if (response.ok) src = URL.createObjectURL(await response.blob())
    }
  } catch {
    throw clientError('NETWORK_ERROR')
  }
  if (status === 401 && !retried) return fetchVoice(fileId, true)
  if (status !== 200) throw errorFromResponse(status, null)
  return src
}
