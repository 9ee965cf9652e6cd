import type { JudicialApplication } from '@contract/judicial'
import { badRequest, conflict, forbidden, notFound } from '../../lib/app-error'
import type { AuthContext } from '../../plugins/app/auth'
import { caseRelation } from '../cases/case-access'
import { sharedCaseFile } from '../storage/caucus-files'
import { ApplicationsRepo } from './applications-repo'
import type { JudicialDeps } from './judicial-deps'

const NO_APPLICATION = () => notFound('JUDICIAL_APPLICATION_NOT_FOUND', '本案尚未提出司法确认申请')

/** CPL-Interp 354, 356: the parties answer the court's requests for more materials. */
export class MaterialSupply {
  private readonly repo = new ApplicationsRepo()

  constructor(private readonly deps: JudicialDeps) {}

  /** A party answers the court's request for more materials with files uploaded to the case. */
  async supply(
    auth: AuthContext,
    caseId: string,
    requestId: string,
    fileIds: string[],
    ip: string | null,
  ): Promise<JudicialApplication> {
    if (!(await caseRelation(this.deps.database, auth, caseId))) {
      throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
    }
    const { database, clock, audit } = this.deps
    const now = clock.now()
    const id = await database.transaction(async (tx) => {
      const row = await this.repo.live(tx, caseId)
      if (!row) throw NO_APPLICATION()
      const isParty = await tx
        .selectFrom('case_parties')
        .select('id')
        .where('case_id', '=', caseId)
        .where('user_id', '=', auth.userId)
        .executeTakeFirst()
      if (!isParty) throw forbidden('JUDICIAL_NOT_PARTY', '只有本案当事人可以补充材料')
      const request = await tx
        .selectFrom('judicial_material_requests')
        .selectAll()
        .where('id', '=', requestId)
        .where('application_id', '=', row.id)
        .executeTakeFirst()
      if (!request) throw notFound('MATERIAL_REQUEST_NOT_FOUND', '补充材料通知不存在')
      if (request.supplied_at) throw conflict('MATERIALS_ALREADY_SUPPLIED', '材料已经补充')
      const files = await tx
        .selectFrom('files')
        .select('id')
        .where('case_id', '=', caseId)
        .where('id', 'in', fileIds)
        .where(sharedCaseFile) // materials reach the court and the other party: no caucus (背靠背) files
        .execute()
      if (files.length !== new Set(fileIds).size) {
        throw badRequest('MATERIAL_FILE_INVALID', '补充材料须先上传到本案', [
          { field: 'fileIds', message: '有文件不属于本案' },
        ])
      }
      await tx
        .updateTable('judicial_material_requests')
        .set({ file_ids: JSON.stringify(fileIds), supplied_at: now.toISOString() })
        .where('id', '=', requestId)
        .execute()
      const open = await tx
        .selectFrom('judicial_material_requests')
        .select('id')
        .where('application_id', '=', row.id)
        .where('supplied_at', 'is', null)
        .execute()
      if (!open.length) {
        await tx
          .updateTable('judicial_applications')
          .set({ status: 'filed', updated_at: now.toISOString() })
          .where('id', '=', row.id)
          .execute()
      }
      await audit.append(tx, {
        actorUserId: auth.userId,
        action: 'judicial.supply_materials',
        entityType: 'case',
        entityId: caseId,
        data: { applicationId: row.id, requestId, fileIds },
        ip,
      })
      return row.id
    })
    const row = (await this.repo.find(this.deps.database.db, id))!
    return this.repo.view(this.deps.database.db, row, clock.now())
  }
}
