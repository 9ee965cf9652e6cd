import Taro from '@tarojs/taro'
import { api } from '@/lib/api'
import { ApiError, clientError, errorFromResponse } from '@/lib/api-error'
import { API_BASE_URL, API_PREFIX } from '@/lib/config'
import { isWeapp } from '@/lib/platform'
import { useAuthStore } from '@/stores/auth-store'

export interface RecordPdfTarget {
  caseId: string
  version: number
  caseNumber: string
}

export function recordPdfUrl({ caseId, version }: RecordPdfTarget): string {
  return `${API_BASE_URL}${API_PREFIX}/cases/${encodeURIComponent(caseId)}/mediation-record/pdf?version=${version}`
}

export function recordPdfFilename({ caseNumber, version }: RecordPdfTarget): string {
  return `调解笔录-${caseNumber}-v${version}.pdf`
}

/** A binary download cannot go through the JSON api client, so it carries the bearer token itself. */
function bearer(): Record<string, string> {
  const token = useAuthStore.getState().accessToken
  if (!token) throw clientError('SESSION_EXPIRED', 401)
  return { Authorization: `Bearer ${token}` }
}

/** Any authenticated call through the api client refreshes an expired access token. */
async function refreshSession(target: RecordPdfTarget): Promise<void> {
  await api.get(`/cases/${encodeURIComponent(target.caseId)}/mediation-record/versions`)
}

async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null)
  return errorFromResponse(response.status, body)
}

/** H5: fetch → blob → object URL → a link the browser saves under the Chinese file name. */
async function downloadInBrowser(target: RecordPdfTarget, retried = false): Promise<void> {
  let response: Response
  try {
    response = await fetch(recordPdfUrl(target), { headers: bearer() })
  } catch {
    throw clientError('NETWORK_ERROR')
  }
  if (response.status === 401 && !retried) {
    await refreshSession(target)
    return downloadInBrowser(target, true)
  }
  if (!response.ok) throw await errorOf(response)
  const objectUrl = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = objectUrl
  link.download = recordPdfFilename(target)
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the save in some browsers.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000)
}

/** Mini-program: wx.downloadFile with the token in the header, then the system PDF viewer (share / save). */
async function downloadInMiniProgram(target: RecordPdfTarget, retried = false): Promise<void> {
  let result: Taro.downloadFile.FileSuccessCallbackResult
  try {
    result = await Taro.downloadFile({ url: recordPdfUrl(target), header: bearer() })
  } catch {
    throw clientError('NETWORK_ERROR')
  }
  if (result.statusCode === 401 && !retried) {
    await refreshSession(target)
    return downloadInMiniProgram(target, true)
  }
  if (result.statusCode !== 200) throw errorFromResponse(result.statusCode, null)
  await Taro.openDocument({ filePath: result.tempFilePath, fileType: 'pdf', showMenu: true })
}

export function downloadRecordPdf(target: RecordPdfTarget): Promise<void> {
  return isWeapp ? downloadInMiniProgram(target) : downloadInBrowser(target)
}
