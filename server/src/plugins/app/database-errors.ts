import { AppError } from '../../lib/app-error'

/**
 * Database errors caused by what a client sent, in both drivers' shapes: better-sqlite3 throws `SqliteError` with
 * `code` like `SQLITE_CONSTRAINT_FOREIGNKEY`; pg throws `DatabaseError` with `severity` and a five-character SQLSTATE.
 * Services should check what they can first (and answer with their own codes); this is the net under them, so a
 * constraint the service forgot is a 4xx for the client and a warning in the log, never a 500.
 */
const referenceNotFound = () => new AppError(400, 'REFERENCE_NOT_FOUND', '所选的内容不存在或已被删除，请刷新后重试')
const alreadyExists = () => new AppError(409, 'ALREADY_EXISTS', '该内容已存在，请刷新后重试')
const invalidValue = () => new AppError(400, 'INVALID_VALUE', '提交的内容格式不正确，请检查后重试')
const busy = () => new AppError(503, 'SERVICE_BUSY', '系统繁忙，请稍后重试')

const SQLITE: Record<string, () => AppError> = {
  SQLITE_CONSTRAINT_FOREIGNKEY: referenceNotFound,
  SQLITE_CONSTRAINT_UNIQUE: alreadyExists,
  SQLITE_CONSTRAINT_PRIMARYKEY: alreadyExists,
  SQLITE_CONSTRAINT_NOTNULL: invalidValue,
  SQLITE_CONSTRAINT_CHECK: invalidValue,
  SQLITE_MISMATCH: invalidValue,
  SQLITE_TOOBIG: invalidValue,
  SQLITE_BUSY: busy,
}

const POSTGRES: Record<string, () => AppError> = {
  '23503': referenceNotFound, // foreign_key_violation
  '23505': alreadyExists, // unique_violation
  '23502': invalidValue, // not_null_violation
  '23514': invalidValue, // check_violation
  '40001': busy, // serialization_failure
  '40P01': busy, // deadlock_detected
}

/** The AppError a database error stands for, or null when it is not one a client's input can cause. */
export function databaseErrorToAppError(error: unknown): AppError | null {
  // Duck-typed on the drivers' documented fields: `instanceof` fails across realms (jest, worker threads).
  const { code, severity } = (error ?? {}) as { code?: unknown; severity?: unknown }
  if (typeof code !== 'string') return null
  if (code.startsWith('SQLITE_')) return SQLITE[code]?.() ?? null
  if (typeof severity === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
    // SQLSTATE class 22 (data exception): invalid text representation, numeric out of range, invalid byte sequence…
    if (code.startsWith('22')) return invalidValue()
    return POSTGRES[code]?.() ?? null
  }
  return null
}
