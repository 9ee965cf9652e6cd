import type { Readable } from 'node:stream'
import { checkUploadType } from '../../domain/files/check-upload-type'
import type { FileCheckError } from '../../domain/files/file-check-error'
import type { FileKind } from '../../domain/files/file-formats'
import { checkFileSize, FILE_SIZE_LIMITS } from '../../domain/files/file-size-limits'
import { SNIFF_HEAD_BYTES } from '../../domain/files/sniff-file-format'
import type { Database } from '../../db/database'
import { AppError, badRequest, conflict, notFound } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import { newId } from '../../lib/ids'
import type { AuthContext } from '../../plugins/app/auth'
import type { AuditLog } from '../audit/audit-log'
import { caseRelation } from '../cases/case-access'
import { caseRoomRole, roomRole } from '../sessions/room-access'
import { RoomsRepo, type RoomRow } from '../sessions/rooms-repo'
import type { FileStorage, StoredObject } from './file-storage'
import { FilesRepo, type FileRow, type RoomFileRow } from './files-repo'
import { newStorageKey } from './storage-keys'
import { limitBytes, readStreamHead } from './stream-head'
import { cleanUploadName } from './upload-name'

/** One uploaded part as the multipart parser hands it over. */
export interface IncomingFile {
  stream: Readable
  declaredType?: string
  filename?: string
  /** True when the parser cut the stream at its own size limit. */
  truncated(): boolean
}

export interface UploadOptions {
  allowedKinds?: readonly FileKind[]
  ip?: string
  /** The session room the file is sent in; a caucus room keeps it from everyone outside that room. */
  roomId?: string
}

/** Cases that take no more files. */
const CLOSED_STATUSES = new Set(['closed'])

export function fileCheckFailure(error: FileCheckError): AppError {
  const status = error.code === 'FILE_TOO_LARGE' ? 413 : 400
  return new AppError(status, error.code, error.message, [{ field: error.field, message: error.message }])
}

const caseNotFound = () => notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
const fileNotFound = () => notFound('FILE_NOT_FOUND', '文件不存在或您无权查看')
const roomNotFound = () => notFound('ROOM_NOT_FOUND', '调解室不存在或您无权进入')

/**
 * Evidence and other files attached to a case. Only people who may see the case may add or read its files;
 * the content decides the stored type, the size is checked per kind while the bytes arrive, and the row and
 * its audit entry commit together. A file sent in a caucus room (背靠背) is confidential to that room: only
 * its members (the mediator and the one party, as long as they may enter it) list or open it.
 */
export class CaseFiles {
  private readonly repo: FilesRepo
  private readonly rooms: RoomsRepo

  constructor(
    private readonly database: Database,
    private readonly storage: FileStorage,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly limits: Readonly<Record<FileKind, number>> = FILE_SIZE_LIMITS,
  ) {
    this.repo = new FilesRepo(database)
    this.rooms = new RoomsRepo(database)
  }

  /** `receive` is only called once access is confirmed, so a stranger's upload is refused before it is read. */
  async upload(
    auth: AuthContext,
    caseId: string,
    receive: () => Promise<IncomingFile | undefined>,
    options: UploadOptions = {},
  ): Promise<RoomFileRow> {
    await this.assertCaseAccess(auth, caseId)
    const room = options.roomId ? await this.assertRoomMember(auth, caseId, options.roomId) : null
    const roomId = room?.id ?? null
    const status = await this.caseStatus(caseId)
    if (status && CLOSED_STATUSES.has(status)) throw conflict('CASE_CLOSED', '案件已结案，不能再上传文件')

    const incoming = await receive()
    if (!incoming) throw badRequest('FILE_REQUIRED', '请选择要上传的文件', [{ field: 'file', message: '必须上传文件' }])

    const { head, stream } = await readStreamHead(incoming.stream, SNIFF_HEAD_BYTES)
    const type = checkUploadType({ declaredType: incoming.declaredType, head, allowedKinds: options.allowedKinds })
    if (!type.ok) {
      stream.destroy()
      throw fileCheckFailure(type.error)
    }

    const maxBytes = this.limits[type.kind]
    const tooLarge = (seen: number) => {
      const check = checkFileSize(type.kind, seen, this.limits)
      return check.ok ? new Error('size limit misconfigured') : fileCheckFailure(check.error)
    }
    const key = newStorageKey(type.kind)
    const stored = await this.storage.put(key, limitBytes(stream, maxBytes, tooLarge), {
      contentType: type.contentType,
    })

    try {
      if (incoming.truncated()) throw tooLarge(maxBytes + 1)
      const sizeCheck = checkFileSize(type.kind, stored.size, this.limits)
      if (!sizeCheck.ok) throw fileCheckFailure(sizeCheck.error)

      const row: FileRow = {
        id: newId(),
        storage_key: key,
        case_id: caseId,
        uploaded_by: auth.userId,
        kind: type.kind,
        content_type: type.contentType,
        size: stored.size,
        sha256: stored.sha256,
        original_name: cleanUploadName(incoming.filename),
        created_at: this.clock.now().toISOString(),
        room_id: roomId,
      }
      await this.database.transaction(async (tx) => {
        await this.repo.insert(tx, row)
        await this.audit.append(tx, {
          actorUserId: auth.userId,
          action: 'file.upload',
          entityType: 'file',
          entityId: row.id,
          data: {
            caseId,
            roomId,
            kind: row.kind,
            contentType: row.content_type,
            size: row.size,
            sha256: row.sha256,
          },
          ip: options.ip ?? null,
        })
      })
      return { ...row, room_kind: room?.kind ?? null }
    } catch (error) {
      // No row points at the object: remove it rather than leave an orphan.
      await this.storage.delete(key).catch(() => undefined)
      throw error
    }
  }

  /** The case's files the caller may see: caucus files only for that room's members. */
  async list(auth: AuthContext, caseId: string): Promise<RoomFileRow[]> {
    await this.assertCaseAccess(auth, caseId)
    // Whoever may enter no room of the case (court clerk, referring officer) sees no caucus file either.
    const memberUserId = (await caseRoomRole(this.database, auth, caseId)) ? auth.userId : null
    return this.repo.listByCase(caseId, memberUserId)
  }

  /** The file's row and bytes, for someone who may see its case (or its uploader, for a file without one). */
  async open(auth: AuthContext, fileId: string): Promise<{ row: RoomFileRow; object: StoredObject }> {
    const row = await this.find(auth, fileId)
    try {
      return { row, object: await this.storage.get(row.storage_key) }
    } catch (error) {
      if (error instanceof AppError && error.code === 'STORAGE_FILE_NOT_FOUND') throw fileNotFound()
      throw error
    }
  }

  /**
   * The row only (for conditional requests that need no bytes). A caucus file is reported as missing to
   * anyone outside its room, exactly like a file that does not exist.
   */
  async find(auth: AuthContext, fileId: string): Promise<RoomFileRow> {
    const row = await this.repo.findWithRoom(fileId)
    if (!row) throw fileNotFound()
    const allowed = row.case_id
      ? (await caseRelation(this.database, auth, row.case_id)) !== null
      : row.uploaded_by === auth.userId
    if (!allowed) throw fileNotFound()
    if (row.room_kind === 'caucus' && !(await this.inRoom(auth, row.room_id!))) throw fileNotFound()
    return row
  }

  private async inRoom(auth: AuthContext, roomId: string): Promise<boolean> {
    const room = await this.rooms.findById(roomId)
    return room !== undefined && (await roomRole(this.database, auth, room)) !== null
  }

  /** The room must be one of this case's rooms that the caller may enter; anything else is reported as missing. */
  private async assertRoomMember(auth: AuthContext, caseId: string, roomId: string): Promise<RoomRow> {
    const room = await this.rooms.findById(roomId)
    if (!room || room.case_id !== caseId || !(await roomRole(this.database, auth, room))) throw roomNotFound()
    return room
  }

  private async assertCaseAccess(auth: AuthContext, caseId: string): Promise<void> {
    // A case the caller may not see is reported as missing, so its existence is not revealed either.
    if ((await caseRelation(this.database, auth, caseId)) === null) throw caseNotFound()
  }

  private async caseStatus(caseId: string): Promise<string | undefined> {
    const row = await this.database.db.selectFrom('cases').select('status').where('id', '=', caseId).executeTakeFirst()
    return row?.status
  }
}
