import type { ExpressionBuilder } from 'kysely'
import type { DatabaseSchema } from '../../db/schema'

type FilesScope = ExpressionBuilder<DatabaseSchema, 'files'>

/** A file sent in a caucus room (背靠背): private to that room's members. */
export const inCaucusRoom = (eb: FilesScope) =>
  eb.exists(
    eb
      .selectFrom('session_rooms')
      .select('session_rooms.id')
      .whereRef('session_rooms.id', '=', 'files.room_id')
      .where('session_rooms.kind', '=', 'caucus'),
  )

/**
 * Files everyone on the case may see: all but caucus files. Use it wherever a file goes into something shared
 * with the whole case or beyond it (the mediation record, a court application, a served document).
 */
export const sharedCaseFile = (eb: FilesScope) => eb.not(inCaucusRoom(eb))

/**
 * The case files one person may see: the shared ones plus those of caucus rooms they are a member of.
 * `memberUserId` is null for someone who may enter no room of the case (court clerk, referring officer), and
 * must be null too for a member who has since left the case — the room rules in sessions/room-access.ts.
 */
export const caseFileVisibleTo = (memberUserId: string | null) => (eb: FilesScope) =>
  memberUserId === null
    ? sharedCaseFile(eb)
    : eb.or([
        sharedCaseFile(eb),
        eb.exists(
          eb
            .selectFrom('session_room_members')
            .select('session_room_members.user_id')
            .whereRef('session_room_members.room_id', '=', 'files.room_id')
            .where('session_room_members.user_id', '=', memberUserId),
        ),
      ])
