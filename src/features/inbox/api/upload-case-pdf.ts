import type { FileInfo } from '@contract/files'
import Taro from '@tarojs/taro'
import { api } from '@/lib/api'
import { ApiError, clientError, errorFromResponse } from '@/lib/api-error'
import { API_BASE_URL, API_PREFIX } from '@/lib/config'
import { useAuthStore } from '@/stores/auth-store'
import type { PickedPdf } from '../pick-pdf'

const UPLOAD_TIMEOUT_MS = 120_000

type Sent = { statusCode: number; data: unknown }

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return null
  }
}

/**
 * Browser: the File goes straight into a FormData. Taro's H5 uploadFile would read a blob: URL back over XHR,
 * which the page's Content-Security-Policy does not need to allow for this.
 */
async function postBlob(url: string, header: Record<string, string>, blob: Blob, name: string): Promise<Sent> {
  const form = new FormData()
  form.append('file', blob, name)
  const response = await fetch(url, { method: 'POST', headers: header, body: form })
  return { statusCode: response.status, data: await response.text() }
}

async function send(caseId: string, pdf: PickedPdf): Promise<Sent> {
  const token = useAuthStore.getState().accessToken
  const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  // kind=pdf: the server sniffs the bytes and refuses anything that is not really a PDF.
  const url = `${API_BASE_URL}${API_PREFIX}/cases/${encodeURIComponent(caseId)}/files?kind=pdf`
  try {
    if (pdf.blob) return await postBlob(url, header, pdf.blob, pdf.name)
    return await Taro.uploadFile({ url, filePath: pdf.filePath!, name: 'file', timeout: UPLOAD_TIMEOUT_MS, header })
  } catch {
    throw clientError('NETWORK_ERROR')
  }
}

/** Staff: uploads a PDF (a notice, a record) to the case's files (multipart part `file`), ready to serve. */
export async function uploadCasePdf(caseId: string, pdf: PickedPdf): Promise<FileInfo> {
  let result = await send(caseId, pdf)
  if (result.statusCode === 401) {
    // The access token expired while the form was open: one call through the api client refreshes it.
    await api.get('/inbox')
    result = await send(caseId, pdf)
  }
  const body = parseBody(result.data)
  if (result.statusCode >= 200 && result.statusCode < 300) return body as FileInfo
  const error = errorFromResponse(result.statusCode, body)
  throw error instanceof ApiError ? error : clientError('REQUEST_FAILED')
}
