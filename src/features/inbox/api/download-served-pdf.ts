import Taro from '@tarojs/taro'
import { api } from '@/lib/api'
import { ApiError, clientError, errorFromResponse } from '@/lib/api-error'
import { API_BASE_URL, API_PREFIX } from '@/lib/config'
import { isWeapp } from '@/lib/platform'
import { useAuthStore } from '@/stores/auth-store'

export interface ServedPdf {
  id: string
  title: string
}

const pdfUrl = (servedId: string) => `${API_BASE_URL}${API_PREFIX}/inbox/${encodeURIComponent(servedId)}/pdf`

/** A binary body cannot go through the JSON api client, so the download carries the bearer token itself. */
function bearer(): Record<string, string> {
  const token = useAuthStore.getState().accessToken
  if (!token) throw clientError('SESSION_EXPIRED', 401)
  return { Authorization: `Bearer ${token}` }
}

/** Any authenticated call through the api client refreshes an expired access token. */
async function refreshSession(): Promise<void> {
  await api.get('/inbox')
}

async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null)
  return errorFromResponse(response.status, body)
}

/** H5: fetch → blob → object URL → a link the browser saves under the document's Chinese title. */
async function inBrowser(served: ServedPdf, retried = false): Promise<void> {
  let response: Response
  try {
    response = await fetch(pdfUrl(served.id), { headers: bearer() })
  } catch {
    throw clientError('NETWORK_ERROR')
  }
  if (response.status === 401 && !retried) {
    await refreshSession()
    return inBrowser(served, true)
  }
  if (!response.ok) throw await errorOf(response)
  const objectUrl = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = objectUrl
  link.download = `${served.title}.pdf`
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the save in some browsers.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000)
}

/** Mini-program: wx.downloadFile with the token, then the system PDF viewer (share / save from its menu). */
async function inMiniProgram(served: ServedPdf, retried = false): Promise<void> {
  let result: Taro.downloadFile.FileSuccessCallbackResult
  try {
    result = await Taro.downloadFile({ url: pdfUrl(served.id), header: bearer() })
  } catch {
    throw clientError('NETWORK_ERROR')
  }
  if (result.statusCode === 401 && !retried) {
    await refreshSession()
    return inMiniProgram(served, true)
  }
  if (result.statusCode !== 200) throw errorFromResponse(result.statusCode, null)
  await Taro.openDocument({ filePath: result.tempFilePath, fileType: 'pdf', showMenu: true })
}

/** The served PDF (downloading also counts as opening on the server). */
export function downloadServedPdf(served: ServedPdf): Promise<void> {
  return isWeapp ? inMiniProgram(served) : inBrowser(served)
}
