import type { FileInfo } from '@contract/files'
import Taro from '@tarojs/taro'
import { ApiError, clientError, errorFromResponse } from '@/lib/api-error'
import { API_BASE_URL, API_PREFIX } from '@/lib/config'
import { freshAccessToken } from './fresh-access-token'

const UPLOAD_TIMEOUT_MS = 120_000

/**
 * A photo or a recording for the room goes to the case's files first (multipart via Taro.uploadFile, which
 * in H5 also reads blob: URLs); the message then carries its id. `kind` makes the server refuse anything else.
 */
export async function uploadRoomFile(caseId: string, filePath: string, kind: 'image' | 'audio'): Promise<FileInfo> {
  const token = await freshAccessToken(false)
  let result: Taro.uploadFile.SuccessCallbackResult
  try {
    result = await Taro.uploadFile({
      url: `${API_BASE_URL}${API_PREFIX}/cases/${encodeURIComponent(caseId)}/files?kind=${kind}`,
      filePath,
      name: 'file',
      timeout: UPLOAD_TIMEOUT_MS,
      header: token ? { Authorization: `Bearer ${token}` } : {},
    })
  } catch {
    throw clientError('NETWORK_ERROR')
  }
  let body: unknown = result.data
  try {
    body = typeof result.data === 'string' ? JSON.parse(result.data) : result.data
  } catch {
    body = null
  }
  if (result.statusCode >= 200 && result.statusCode < 300) return body as FileInfo
  const error = errorFromResponse(result.statusCode, body)
  throw error instanceof ApiError ? error : clientError('REQUEST_FAILED')
}
