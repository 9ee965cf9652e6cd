import type { SendMessageBody } from '@contract/sessions'
import type { Database } from '../../db/database'
import { badRequest } from '../../lib/app-error'
import type { RoomRow } from './rooms-repo'

const FILE_KIND_FOR: Record<'image' | 'voice', string> = { image: 'image', voice: 'audio' }

/** The client stops recording at 60 s; the tolerance absorbs rounding and a recorder that stops a little late. */
export const VOICE_MAX_SECONDS = 60
export const VOICE_TOLERANCE_SECONDS = 5

/**
 * The file an image or voice message points at must be a file of the room's case (anything else could not be
 * opened by the other participants, and would carry another case's file into this one) and of the right kind
 * (the upload sniffed it). A voice message speaks for its sender, so it must be the sender's own recording,
 * and no longer than a recording the app can make. A file sent in a caucus room (背靠背) stays in that room:
 * sending it anywhere else would show it to people the caucus is confidential from. Conversely a caucus
 * message needs a file uploaded for that room, so everything shown in a caucus is private to it (an outdated
 * client that uploads without the room is refused rather than silently sharing the caucus with the case).
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
  if (kind === 'voice' && body.durationSec! > VOICE_MAX_SECONDS + VOICE_TOLERANCE_SECONDS) {
    throw badRequest('VOICE_TOO_LONG', `语音消息最长 ${VOICE_MAX_SECONDS} 秒，请分段录制`, [
      { field: 'durationSec', message: `不能超过 ${VOICE_MAX_SECONDS} 秒` },
    ])
  }
  const file = await database.db
    .selectFrom('files')
    .leftJoin('session_rooms', 'session_rooms.id', 'files.room_id')
    .select(['files.kind', 'files.case_id', 'files.uploaded_by', 'files.room_id', 'session_rooms.kind as room_kind'])
    .where('files.id', '=', body.fileId)
    .executeTakeFirst()
  if (!file || file.case_id !== room.case_id) {
    throw badRequest('FILE_NOT_FOUND', '文件不存在或不属于本案', [{ field: 'fileId', message: '文件不存在' }])
  }
  if (file.room_kind === 'caucus' && file.room_id !== room.id) {
    // To anyone outside that caucus the file does not exist, as in the files module.
    const member = await database.db
      .selectFrom('session_room_members')
      .select('user_id')
      .where('room_id', '=', file.room_id!)
      .where('user_id', '=', senderUserId)
      .executeTakeFirst()
    if (!member) {
      throw badRequest('FILE_NOT_FOUND', '文件不存在或不属于本案', [{ field: 'fileId', message: '文件不存在' }])
    }
    throw badRequest('CAUCUS_FILE_ELSEWHERE', '背靠背调解中的文件只能在原来的背靠背调解室发送，不能发到其他调解室', [
      { field: 'fileId', message: '该文件属于背靠背调解室' },
    ])
  }
  if (room.kind === 'caucus' && file.room_id !== room.id) {
    throw badRequest(
      'CAUCUS_FILE_NOT_FROM_ROOM',
      '背靠背调解中的图片和语音须在本调解室上传后发送，请更新到最新版本后重试',
      [{ field: 'fileId', message: '该文件不是在本调解室上传的' }],
    )
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
