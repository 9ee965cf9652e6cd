import type { DbTx } from '../../db/database'
import type { RiskAssessment } from '../../domain/intake/risk'
import { badRequest } from '../../lib/app-error'
import { newId } from '../../lib/ids'

/** Attaches the user's own unattached uploads to the case; any other file id is a 400 naming the field. */
export async function attachEvidence(tx: DbTx, fileIds: readonly string[], userId: string, caseId: string) {
  if (fileIds.length === 0) return
  const files = await tx
    .selectFrom('files')
    .select(['id', 'uploaded_by', 'case_id'])
    .where('id', 'in', [...fileIds])
    .execute()
  const usable = files.filter((f) => f.uploaded_by === userId && f.case_id === null)
  if (usable.length !== fileIds.length) {
    throw badRequest('INTAKE_EVIDENCE_INVALID', '部分证据文件不存在或不属于您', [
      { field: 'evidenceFileIds', message: '文件无效' },
    ])
  }
  await tx
    .updateTable('files')
    .set({ case_id: caseId })
    .where('id', 'in', [...fileIds])
    .execute()
}

/** Records an urgent risk for the police station covering the area (PML 25); the station reads it in its list. */
export async function flagRisk(
  tx: DbTx,
  input: { caseId: string; policeStationId: string | null; risk: RiskAssessment; stamp: string },
) {
  await tx
    .insertInto('case_risk_flags')
    .values({
      id: newId(),
      case_id: input.caseId,
      police_station_id: input.policeStationId,
      level: input.risk.level,
      reasons: JSON.stringify(input.risk.reasons),
      created_at: input.stamp,
      acknowledged_at: null,
      acknowledged_by: null,
    })
    .execute()
}
