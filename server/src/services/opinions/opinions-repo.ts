import type { Opinion, OpinionDocument, OpinionVersionList } from '@contract/opinions'
import type { Database, DbTx } from '../../db/database'
import { newId } from '../../lib/ids'
import { parseJson } from '../../lib/json'

/** Opinion versions: each generation is a new row; nothing is overwritten, so earlier letters stay readable. */
export class OpinionsRepo {
  constructor(private readonly database: Database) {}

  async create(tx: DbTx, caseId: string, document: OpinionDocument, actorId: string, now: Date): Promise<Opinion> {
    const last = await tx
      .selectFrom('opinions')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('case_id', '=', caseId)
      .executeTakeFirst()
    const version = Number(last?.version ?? 0) + 1
    const id = newId()
    const createdAt = now.toISOString()
    await tx
      .insertInto('opinions')
      .values({
        id,
        case_id: caseId,
        version,
        generator_version: document.generatorVersion,
        document: JSON.stringify(document),
        created_by: actorId,
        created_at: createdAt,
      })
      .execute()
    return { id, caseId, version, createdAt, document }
  }

  async versions(caseId: string): Promise<OpinionVersionList> {
    const rows = await this.database.db
      .selectFrom('opinions')
      .select(['id', 'version', 'created_at', 'document'])
      .where('case_id', '=', caseId)
      .orderBy('version', 'desc')
      .execute()
    return {
      items: rows.map((r) => ({
        id: r.id,
        version: r.version,
        createdAt: r.created_at,
        total: parseJson<{ total?: { amount?: number } }>(r.document, {}).total?.amount ?? 0,
      })),
    }
  }

  /** A version, or the latest when `version` is undefined. */
  async find(caseId: string, version?: number): Promise<Opinion | undefined> {
    let query = this.database.db.selectFrom('opinions').selectAll().where('case_id', '=', caseId)
    query = version === undefined ? query.orderBy('version', 'desc').limit(1) : query.where('version', '=', version)
    const row = await query.executeTakeFirst()
    if (!row) return undefined
    return {
      id: row.id,
      caseId: row.case_id,
      version: row.version,
      createdAt: row.created_at,
      document: JSON.parse(row.document) as OpinionDocument,
    }
  }
}
