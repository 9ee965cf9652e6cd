import type { FileInfo } from '@contract/files'
import Taro from '@tarojs/taro'
import { ApiError, clientError, errorFromResponse } from '@/lib/api-error'
import { API_BASE_URL, API_PREFIX } from '@/lib/config'
import { freshAccessToken } from './fresh-access-token'

const UPLOAD_TIMEOUT_MS = 120_000

/** A local file: a path for Taro.uploadFile, and in the browser the Blob itself when we hold it. */
export interface LocalFile {
  filePath: string
  blob?: Blob
}

const EXTENSIONS: Record<string, string> = {
  webm: 'webm',
  ogg: 'ogg',
  mp4: 'm4a',
  mpeg: 'mp3',
  jpeg: 'jpg',
  png: 'png',
}

function fileNameFor(blob: Blob): string {
  const subtype = blob.type.split(';')[0].split('/')[1] ?? ''
  return `upload.${EXTENSIONS[subtype] ?? 'bin'}`
}

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return null
  }
}

/**
 * Browser: the Blob goes straight into a FormData. Taro's H5 uploadFile would first read a blob: URL back
 * over XHR, which the page's Content-Security-Policy (connect-src) does not allow.
 */
async function postBlob(url: string, header: Record<string, string>, blob: Blob) {
  const form = new FormData()
  form.append('file', blob, fileNameFor(blob))
  const response = await fetch(url, { method: 'POST', headers: header, body: form })
  return { statusCode: response.status, data: await response.text() }
}

/**
 * A photo or a recording for the room goes to the case's files first (multipart, part `file`); the message
 * then carries its id. `kind` makes the server refuse anything else; `roomId` names the room it is sent in,
 * so a file sent in a caucus (背靠背) is kept from everyone outside that room.
 */
export async function uploadRoomFile(
  caseId: string,
  roomId: string,
  file: LocalFile,
  kind: 'image' | 'audio',
): Promise<FileInfo> {
  const token = await freshAccessToken(false)
  const query = `kind=${kind}&roomId=${encodeURIComponent(roomId)}`
  const url = `${API_BASE_URL}${API_PREFIX}/cases/${encodeURIComponent(caseId)}/files?${query}`
  const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  let result: { statusCode: number; data: unknown }
  try {
    result = file.blob
      ? await postBlob(url, header, file.blob)
      : await Taro.uploadFile({ url, filePath: file.filePath, name: 'file', timeout: UPLOAD_TIMEOUT_MS, header })
  } catch {
    throw clientError('NETWORK_ERROR')
  }
  const body = parseBody(result.data)
  if (result.statusCode >= 200 && result.statusCode < 300) return body as FileInfo
  const error = errorFromResponse(result.statusCode, body)
  throw error instanceof ApiError ? error : clientError('REQUEST_FAILED')
}
