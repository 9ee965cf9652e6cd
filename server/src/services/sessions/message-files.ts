import type { SendMessageBody } from '@contract/sessions'
import type { Database } from '../../db/database'
import { badRequest } from '../../lib/app-error'
import type { RoomRow } from './rooms-repo'

const FILE_KIND_FOR: Record<'image' | 'voice', string> = { image: 'image', voice: 'audio' }

/**
 * The file an image or voice message points at must be a file of the room's case (anything else could not be
 * opened by the other participants, and would carry another case's file into this one) and of the right kind
 * (the upload sniffed it). A voice message speaks for its sender, so it must be the sender's own recording.
 */
export async function checkMessageFile(
  database: Database,
  room: RoomRow,
  senderUserId: string,
  body: SendMessageBody,
): Promise<void> {
  const kind = body.kind as 'image' | 'voice'
  if (!body.fileId) {
    throw badRequest('MESSAGE_FILE_REQUIRED', '请先上传文件', [{ field: 'fileId', message: '缺少文件' }])
  }
  if (kind === 'voice' && !body.durationSec) {
    throw badRequest('VOICE_DURATION_REQUIRED', '语音消息缺少时长', [
      { field: 'durationSec', message: '请提供语音时长（秒）' },
    ])
  }
  const file = await database.db
    .selectFrom('files')
    .select(['kind', 'case_id', 'uploaded_by'])
    .where('id', '=', body.fileId)
    .executeTakeFirst()
  if (!file || file.case_id !== room.case_id) {
    throw badRequest('FILE_NOT_FOUND', '文件不存在或不属于本案', [{ field: 'fileId', message: '文件不存在' }])
  }
  if (file.kind !== FILE_KIND_FOR[kind]) {
    const expected = kind === 'image' ? '图片' : '语音'
    throw badRequest('FILE_KIND_MISMATCH', `请上传${expected}文件`, [{ field: 'fileId', message: `不是${expected}` }])
  }
  if (kind === 'voice' && file.uploaded_by !== senderUserId) {
    throw badRequest('VOICE_FILE_NOT_OWN', '只能发送您本人录制的语音', [
      { field: 'fileId', message: '不是您上传的录音' },
    ])
  }
}
