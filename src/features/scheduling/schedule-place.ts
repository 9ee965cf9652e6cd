/**
 * Where a session takes place. The API has no place field yet, so an in-person place travels as the first line
 * of the note ("地点：…"), which still reads naturally wherever the note is shown as plain text. A note without
 * that line is a session in the online room, which is what the server's reminders announce.
 */
export const ONLINE_PLACE = '线上调解室'
const PLACE_PREFIX = '地点：'
export const NOTE_MAX = 500
export const PLACE_MAX = 100

/** The note to send: the in-person place (if any) on its own first line, then the mediator's remark. */
export function composeNote(place: string | null, remark: string): string {
  const text = remark.trim()
  const where = place?.trim()
  if (!where) return text
  return text === '' ? `${PLACE_PREFIX}${where}` : `${PLACE_PREFIX}${where}\n${text}`
}

/** The place and the remark back from a stored note. */
export function readNote(note: string): { place: string; inPerson: boolean; remark: string } {
  const [first, ...rest] = note.split('\n')
  if (first.startsWith(PLACE_PREFIX) && first.length > PLACE_PREFIX.length) {
    return { place: first.slice(PLACE_PREFIX.length).trim(), inPerson: true, remark: rest.join('\n').trim() }
  }
  return { place: ONLINE_PLACE, inPerson: false, remark: note.trim() }
}
