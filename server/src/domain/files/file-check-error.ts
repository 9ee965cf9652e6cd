/**
 * Why an upload was refused. Pure data: the route turns it into the API error shape
 * (`{ code, message, details: [{ field, message }] }`) with status 400, or 413 for FILE_TOO_LARGE.
 */
export type FileCheckErrorCode =
  | 'FILE_EMPTY'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE_UNSUPPORTED'
  | 'FILE_TYPE_MISMATCH'
  | 'FILE_KIND_NOT_ALLOWED'

export interface FileCheckError {
  code: FileCheckErrorCode
  /** Chinese, safe to show to the user. */
  message: string
  /** The request field at fault. */
  field: string
  limitBytes?: number
  sizeBytes?: number
}

export type FileCheckResult<T> = ({ ok: true } & T) | { ok: false; error: FileCheckError }
