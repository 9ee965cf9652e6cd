import type { CaseSummary } from '@contract/cases'
import type { ContinueResponse, SubmitBody } from '@contract/intake'
import type { Database } from '../../db/database'
import { CATALOGUE } from '../../domain/intake/catalogue'
import { missing } from '../../domain/intake/engine/dialogue'
import type { IntakeState, PartyValue, SlotState } from '../../domain/intake/engine/types'
import { coveringPoliceStation } from '../../domain/intake/routing'
import { AppError, badRequest, conflict, notFound } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import { parseJson } from '../../lib/json'
import type { AuditLog } from '../audit/audit-log'
import type { FactSheetService } from '../fact-sheet/fact-sheet-service'
import type { Notice, Notifier } from '../notifications/notifier'
import type { RequestMeta } from '../invitations/invitation-service'
import type { OrganisationsRepo } from '../organisations/organisations-repo'
import { boundCase } from './case-binding'
import { attachEvidence, flagRisk } from './case-records'
import type { IntakeSessionsRepo, StoredSession } from './intake-sessions-repo'
import { respondentStatementNotices } from './respondent-statement-notices'

/** Slots that are not facts to agree or dispute: who the other side is, what the party asks for, their evidence. */
const NOT_FACTS = new Set(['respondent', 'claim'])

interface StatedFact {
  key: string
  statement: string
  display: string
}

/** Each filled fact as one line for the fact sheet: 被拖欠金额：35,000元（3.5万元）. */
function statedFacts(state: IntakeState): StatedFact[] {
  return CATALOGUE[state.disputeType].slots
    .filter((slot) => !NOT_FACTS.has(slot.key) && slot.kind !== 'evidence')
    .flatMap((slot) => {
      const s = state.slots[slot.key]
      if (s?.status !== 'filled' || !s.display) return []
      return [{ key: slot.key, statement: `${slot.label}：${s.display}`, display: s.display }]
    })
}

const filledSlots = (state: IntakeState): Record<string, SlotState> =>
  Object.fromEntries(Object.entries(state.slots).filter(([, s]) => s.status === 'filled'))

/**
 * Ends an intake bound to an existing case (a claimed police referral or an invitation): the party's facts,
 * narrative and evidence are added to that case and each fact goes on the fact sheet, where the other side's
 * statement of the same fact becomes agreement (same words) or a marked dispute (different words). When the
 * respondent submits, the applicant and the case's mediators or committee admins are notified.
 */
export class CaseContinuation {
  constructor(
    private readonly database: Database,
    private readonly sessions: IntakeSessionsRepo,
    private readonly organisations: OrganisationsRepo,
    private readonly factSheet: FactSheetService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  /** Adds one fact as this party's; if the other side already stated it differently, marks it disputed. */
  private async state(
    caseId: string,
    role: string,
    fact: StatedFact,
    meta: RequestMeta,
  ): Promise<'stated' | 'agreed' | 'disputed'> {
    try {
      const { item } = await this.factSheet.add(caseId, { key: fact.key, statement: fact.statement }, meta)
      // The same words already stated by the other side count as this party's agreement.
      return item.statedBy === role ? 'stated' : 'agreed'
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'FACT_KEY_TAKEN') throw error
    }
    const sheet = await this.factSheet.view(caseId, meta)
    const theirs = sheet.items.find((i) => i.key === fact.key)!
    await this.factSheet.mark(caseId, theirs.id, { mark: 'dispute', comment: `我方陈述：${fact.display}` }, meta)
    return 'disputed'
  }

  private async stationFor(regionCode: string | null) {
    if (!regionCode) return null
    const lineage = (await this.organisations.lineage(regionCode)).map((code) => ({ code, name: '', level: '' }))
    return coveringPoliceStation(lineage, await this.organisations.list())
  }

  async submit(stored: StoredSession, meta: RequestMeta, body: SubmitBody): Promise<ContinueResponse> {
    const { row, state } = stored
    const binding = state.binding!
    if (row.status !== 'open') throw conflict('INTAKE_SESSION_CLOSED', '这次咨询已经提交或结束')
    if (state.current !== null) {
      throw badRequest('INTAKE_INCOMPLETE', '还有问题没有回答，请先回答完再提交', [
        { field: 'question', message: `待回答：${state.current}` },
      ])
    }
    const { kase, binding: held } = await boundCase(this.database, meta.auth, binding.caseId)
    // The side the user holds now must be the one the session was started for.
    if (held.role !== binding.role) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')

    const counts = { stated: 0, agreed: 0, disputed: 0 }
    // Fact-sheet writes are idempotent per party and key, so a retry after a failure below repeats them safely.
    for (const fact of statedFacts(state)) counts[await this.state(kase.id, binding.role, fact, meta)]++

    const station = state.risk.level === 'urgent' ? await this.stationFor(kase.region_code) : null
    const evidenceIds = [...new Set(body.evidenceFileIds ?? [])]
    const at = this.clock.now()
    const stamp = at.toISOString()
    let notices: Notice[] = []
    await this.database.transaction(async (tx) => {
      const current = await tx.selectFrom('cases').select('facts').where('id', '=', kase.id).executeTakeFirstOrThrow()
      const facts = parseJson<Record<string, unknown>>(current.facts, {})
      const statement = {
        intakeSessionId: row.id,
        catalogueVersion: state.catalogueVersion,
        narrative: state.narrative,
        slots: filledSlots(state),
        missing: missing(state),
        risk: state.risk,
        evidenceFileIds: evidenceIds,
        submittedAt: stamp,
      }
      const statements = { ...(facts.statements as Record<string, unknown> | undefined), [binding.role]: statement }
      const merged =
        binding.role === 'applicant'
          ? {
              ...facts,
              statements,
              // The applicant's answers complete the case's facts; the officer's account stays the narrative.
              slots: { ...(facts.slots as Record<string, unknown> | undefined), ...filledSlots(state) },
              evidenceFileIds: [...new Set([...((facts.evidenceFileIds as string[]) ?? []), ...evidenceIds])],
            }
          : { ...facts, statements }
      await tx
        .updateTable('cases')
        .set({ facts: JSON.stringify(merged), updated_at: stamp })
        .where('id', '=', kase.id)
        .execute()
      const phone =
        binding.role === 'applicant' ? (state.slots.respondent?.value as PartyValue | undefined)?.phone : null
      if (phone) {
        // A phone the applicant gave for the other side fills the gap so they can be invited; it never overwrites.
        await tx
          .updateTable('case_parties')
          .set({ phone })
          .where('case_id', '=', kase.id)
          .where('role', '=', 'respondent')
          .where('phone', 'is', null)
          .execute()
      }
      await attachEvidence(tx, evidenceIds, meta.auth.userId, kase.id)
      if (state.risk.level === 'urgent') {
        await flagRisk(tx, { caseId: kase.id, policeStationId: station?.id ?? null, risk: state.risk, stamp })
      }
      await this.sessions.save(tx, row.id, state, at, { status: 'submitted', caseId: kase.id })
      await this.audit.append(tx, {
        actorUserId: meta.auth.userId,
        action: 'intake.continue',
        entityType: 'case',
        entityId: kase.id,
        data: { intakeSessionId: row.id, role: binding.role, ...counts, risk: state.risk.level },
        ip: meta.ip,
      })
      if (binding.role === 'respondent') {
        notices = await respondentStatementNotices(tx, kase, counts)
        await this.notifier.add(tx, notices, at)
      }
    })
    await this.notifier.push(notices)

    const committee = kase.committee_id ? await this.organisations.get(kase.committee_id) : null
    const summary: CaseSummary = {
      id: kase.id,
      caseNumber: kase.case_number,
      title: kase.title,
      disputeType: kase.dispute_type,
      status: kase.status as CaseSummary['status'],
      myRole: binding.role,
      committee: committee ? { id: committee.id, name: committee.name } : null,
      createdAt: kase.created_at,
      updatedAt: stamp,
    }
    return { case: summary, role: binding.role, facts: counts }
  }
}
