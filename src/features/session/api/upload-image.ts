import type { FileInfo } from '@contract/files'
import Taro from '@tarojs/taro'
import { ApiError, clientError, errorFromResponse } from '@/lib/api-error'
import { API_BASE_URL, API_PREFIX } from '@/lib/config'
import { useAuthStore } from '@/stores/auth-store'

const UPLOAD_TIMEOUT_MS = 120_000

/** A photo for the room goes to the case's files first (multipart via Taro.uploadFile); the message carries its id. */
export async function uploadImage(caseId: string, filePath: string): Promise<FileInfo> {
  const token = useAuthStore.getState().accessToken
  let result: Taro.uploadFile.SuccessCallbackResult
  try {
    result = await Taro.uploadFile({
      url: `${API_BASE_URL}${API_PREFIX}/cases/${encodeURIComponent(caseId)}/files?kind=image`,
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
