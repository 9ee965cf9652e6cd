import Taro from '@tarojs/taro'
import { api } from '@/lib/api'
import { ApiError, clientError, errorFromResponse } from '@/lib/api-error'
import { API_BASE_URL, API_PREFIX } from '@/lib/config'
import { isWeapp } from '@/lib/platform'
import { useAuthStore } from '@/stores/auth-store'

export interface BinaryDownload {
  /** API path below the prefix, e.g. /cases/1/bundle. */
  path: string
  fileName: string
  /** Any authenticated GET, used to refresh an expired access token before one retry. */
  refreshPath: string
  /** weapp: open in the system viewer (PDF) or offer to send the file in a chat (anything else). */
  kind: 'pdf' | 'other'
}

/** Binary bodies cannot go through the JSON api client, so the download carries the bearer token itself. */
function bearer(): Record<string, string> {
  const token = useAuthStore.getState().accessToken
  if (!token) throw clientError('SESSION_EXPIRED', 401)
  return { Authorization: `Bearer ${token}` }
}

async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null)
  return errorFromResponse(response.status, body)
}

async function inBrowser(target: BinaryDownload, retried = false): Promise<void> {
  let response: Response
  try {
    response = await fetch(`${API_BASE_URL}${API_PREFIX}${target.path}`, { headers: bearer() })
  } catch {
    throw clientError('NETWORK_ERROR')
  }
  if (response.status === 401 && !retried) {
    await api.get(target.refreshPath)
    return inBrowser(target, true)
  }
  if (!response.ok) throw await errorOf(response)
  const objectUrl = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = objectUrl
  link.download = target.fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the save in some browsers.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000)
}

async function inMiniProgram(target: BinaryDownload, retried = false): Promise<void> {
  let result: Taro.downloadFile.FileSuccessCallbackResult
  try {
    result = await Taro.downloadFile({ url: `${API_BASE_URL}${API_PREFIX}${target.path}`, header: bearer() })
  } catch {
    throw clientError('NETWORK_ERROR')
  }
  if (result.statusCode === 401 && !retried) {
    await api.get(target.refreshPath)
    return inMiniProgram(target, true)
  }
  if (result.statusCode !== 200) throw errorFromResponse(result.statusCode, null)
  if (target.kind === 'pdf') {
    await Taro.openDocument({ filePath: result.tempFilePath, fileType: 'pdf', showMenu: true })
    return
  }
  // A tar cannot be previewed in WeChat: hand it to a chat, from where it can be saved on a computer.
  await Taro.shareFileMessage({ filePath: result.tempFilePath, fileName: target.fileName })
}

export function downloadBinary(target: BinaryDownload): Promise<void> {
  return isWeapp ? inMiniProgram(target) : inBrowser(target)
}
