import type { Db, DbTx } from '../../db/database'
import { forbidden, notFound } from '../../lib/app-error'
import type { AuthContext } from '../../plugins/app/auth'
import type { ApplicationRow, ApplicationsRepo } from './applications-repo'

const NOT_FOUND = () => notFound('JUDICIAL_APPLICATION_NOT_FOUND', '申请不存在或不属于本院')

/** The court a clerk works for. Read it before any transaction (SQLite has a single connection). */
export async function clerkCourtId(db: Db, auth: AuthContext): Promise<string> {
  const user = await db.selectFrom('users').select('organisation_id').where('id', '=', auth.userId).executeTakeFirst()
  if (!user?.organisation_id) throw forbidden('COURT_CLERK_NO_COURT', '您的账号未关联法院')
  return user.organisation_id
}

/**
 * An application submitted to the clerk's court. Before the parties' last confirmation it is not the
 * court's yet; another court's application is answered like a missing one (404).
 */
export async function courtApplication(
  repo: ApplicationsRepo,
  db: Db | DbTx,
  courtId: string,
  id: string,
): Promise<ApplicationRow> {
  const row = await repo.find(db, id)
  if (!row || row.court_id !== courtId || row.status === 'awaiting_parties') throw NOT_FOUND()
  return row
}
