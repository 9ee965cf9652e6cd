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

/**
 * Uploads one photo to a case as multipart (`file` part) through Taro.uploadFile, which is the only way the
 * mini-program can send a local file. Progress is reported 0–100.
 */
export async function uploadEvidence(
  caseId: string,
  filePath: string,
  onProgress: (percent: number) => void,
): Promise<FileInfo> {
  const token = useAuthStore.getState().accessToken
  const task = Taro.uploadFile({
    url: `${API_BASE_URL}${API_PREFIX}/cases/${encodeURIComponent(caseId)}/files?kind=image`,
    filePath,
    name: 'file',
    timeout: UPLOAD_TIMEOUT_MS,
    header: token ? { Authorization: `Bearer ${token}` } : {},
  })
  task.onProgressUpdate?.((update) => onProgress(update.progress))
  let result: Awaited<typeof task>
  try {
    result = await task
  } catch {
    throw clientError('NETWORK_ERROR')
  }
  const body = parseBody(result.data)
  if (result.statusCode >= 200 && result.statusCode < 300) {
    onProgress(100)
    return body as FileInfo
  }
  const error = errorFromResponse(result.statusCode, body)
  throw error instanceof ApiError ? error : clientError('REQUEST_FAILED')
}
