import type { SubscribeMessage, SubscribeMessageProvider } from '../../../src/services/notifications/subscribe-messages'
import type { TestApp } from '../../helpers/test-app'

/** Keeps what would go to WeChat, so tests see the subscribe messages the jobs send beside in-app notices. */
export class RecordingSubscribeMessages implements SubscribeMessageProvider {
  readonly sent: SubscribeMessage[] = []
  async send(message: SubscribeMessage): Promise<void> {
    this.sent.push(message)
  }
}

export async function userId(t: TestApp, phone: string): Promise<string> {
  const row = await t.database.db.selectFrom('users').select('id').where('phone', '=', phone).executeTakeFirstOrThrow()
  return row.id
}

/** The in-app notifications of one kind for a case, as `phone → titles`, read straight from the table. */
export async function noticesByPhone(t: TestApp, caseId: string, kind: string): Promise<Record<string, string[]>> {
  const rows = await t.database.db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select(['u.phone', 'n.title'])
    .where('n.case_id', '=', caseId)
    .where('n.kind', '=', kind)
    .orderBy('n.id')
    .execute()
  const byPhone: Record<string, string[]> = {}
  for (const r of rows) (byPhone[r.phone] ??= []).push(r.title)
  return byPhone
}

export async function noticeBodies(t: TestApp, caseId: string, kind: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('notifications')
    .select('body')
    .where('case_id', '=', caseId)
    .where('kind', '=', kind)
    .orderBy('id')
    .execute()
  return rows.map((r) => r.body)
}
