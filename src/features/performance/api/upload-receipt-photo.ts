import type { FileInfo } from '@contract/files'
import Taro from '@tarojs/taro'
import { ApiError, clientError, errorFromResponse } from '@/lib/api-error'
import { API_BASE_URL, API_PREFIX } from '@/lib/config'
import { useAuthStore } from '@/stores/auth-store'

const UPLOAD_TIMEOUT_MS = 120_000

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return null
  }
}

/** Uploads the payment receipt photo to the case's files (multipart `file` part via Taro.uploadFile). */
export async function uploadReceiptPhoto(caseId: string, filePath: string): Promise<FileInfo> {
  const token = useAuthStore.getState().accessToken
  let result: { statusCode: number; data: unknown }
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
  const body = parseBody(result.data)
  if (result.statusCode >= 200 && result.statusCode < 300) return body as FileInfo
  const error = errorFromResponse(result.statusCode, body)
  throw error instanceof ApiError ? error : clientError('REQUEST_FAILED')
}
