import type { VerifyResult } from '@contract/signatures'
import { clientError, errorFromResponse } from '@/lib/api-error'
import { API_BASE_URL, API_PREFIX } from '@/lib/config'

/** H5: multipart upload (field `file`) of a signed PDF. The JSON api client cannot send FormData bodies. */
export async function verifyByFile(file: Blob, fileName: string): Promise<VerifyResult> {
  const form = new FormData()
  form.append('file', file, fileName)
  let response: Response
  try {
    response = await fetch(`${API_BASE_URL}${API_PREFIX}/verify`, { method: 'POST', body: form })
  } catch {
    throw clientError('NETWORK_ERROR')
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) throw errorFromResponse(response.status, body)
  return body as VerifyResult
}
