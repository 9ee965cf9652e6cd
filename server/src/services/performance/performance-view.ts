import type { MyRating, Performance } from '@contract/performance'
import type { Db } from '../../db/database'
import type { CaseRelation } from '../cases/case-access'
import { listVisits } from './follow-up-service'
import { caseInstalments, toInstalmentView, type InstalmentRow } from './instalments-repo'
import type { SignedFileLinks } from './signed-file-links'

/** The viewer's own rating, so a party who rated sees it instead of the form. */
async function myRating(db: Db, caseId: string, userId: string): Promise<MyRating | null> {
  const row = await db
    .selectFrom('mediation_ratings')
    .select(['score', 'comment', 'created_at'])
    .where('case_id', '=', caseId)
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .executeTakeFirst()
  return row ? { score: Number(row.score), comment: row.comment, createdAt: row.created_at } : null
}

/**
 * Everything the performance page shows, in one response: the case's number, title and sides (which one is
 * the viewer's), the schedule, the visits and the viewer's rating. Receipt photos get a signed link only for
 * the payer and payee of that instalment and the case's staff; another party of the case sees that a receipt
 * is attached, not the photo.
 */
export async function performanceView(
  db: Db,
  links: SignedFileLinks,
  viewer: { userId: string; relation: CaseRelation },
  caseId: string,
): Promise<Omit<Performance, 'judiciallyConfirmed'>> {
  const kase = await db
    .selectFrom('cases')
    .select(['case_number', 'title'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow()
  const parties = await db
    .selectFrom('case_parties')
    .select(['id', 'role', 'name', 'user_id'])
    .where('case_id', '=', caseId)
    .orderBy('role')
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  const mine = new Set(parties.filter((p) => p.user_id === viewer.userId).map((p) => p.id))
  const isStaff = viewer.relation === 'staff' || viewer.relation === 'committee_admin'
  const seesReceipt = (row: InstalmentRow) =>
    isStaff || mine.has(row.payer_party_id) || (row.payee_party_id !== null && mine.has(row.payee_party_id))
  const instalments = (await caseInstalments(db, caseId)).map((row) =>
    toInstalmentView(row, row.receipt_file_id && seesReceipt(row) ? links.url(row.receipt_file_id) : null),
  )
  return {
    caseId,
    caseNumber: kase.case_number,
    title: kase.title,
    myRole: viewer.relation === 'applicant' || viewer.relation === 'respondent' ? viewer.relation : 'staff',
    parties: parties.map((p) => ({
      id: p.id,
      role: p.role as 'applicant' | 'respondent',
      name: p.name,
      isMe: mine.has(p.id),
    })),
    myRating: await myRating(db, caseId, viewer.userId),
    instalments,
    visits: await listVisits(db, caseId),
  }
}
