import type {
  ClaimResult,
  InvitationCreated,
  InviteRespondentBody,
  RespondentAnswerBody,
  RespondentAnswerResult,
} from '@contract/invitations'
import type { Database } from '../../db/database'
import { AppError, badRequest, conflict, forbidden, notFound } from '../../lib/app-error'
import type { Clock } from '../../lib/clock'
import { newId } from '../../lib/ids'
import type { AuthContext } from '../../plugins/app/auth'
import type { AuditLog } from '../audit/audit-log'
import {
  caseStaffIds,
  committeeAdminIds,
  ensureProgress,
  loadCase,
  partyUserIds,
  referringOfficer,
} from '../assignment/case-people'
import type { WorkflowSettings } from '../assignment/workflow-settings'
import { caseRelation } from '../cases/case-access'
import type { Notice, Notifier } from '../notifications/notifier'
import { cleanName, normalisePhone } from '../referrals/referral-input'
import type { SmsProvider } from '../sms/sms-provider'
import { hashToken, issueLink } from './invitation-tokens'

export interface RequestMeta {
  auth: AuthContext
  ip: string
}

/** Statuses in which the parties can still join and answer. */
const OPEN_STATUSES = ['pending_acceptance', 'accepted', 'in_mediation']

/** Claiming share links, the applicant inviting the respondent, and the respondent's answer (PML 17). */
export class InvitationService {
  constructor(
    private readonly database: Database,
    private readonly audit: AuditLog,
    private readonly sms: SmsProvider,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly settings: WorkflowSettings,
  ) {}

  async claim(token: string, meta: RequestMeta): Promise<ClaimResult> {
    const db = this.database.db
    const invitation = await db
      .selectFrom('case_invitations')
      .innerJoin('case_parties', 'case_parties.id', 'case_invitations.party_id')
      .select([
        'case_invitations.id',
        'case_invitations.case_id',
        'case_invitations.party_id',
        'case_invitations.invited_by',
        'case_invitations.expires_at',
        'case_invitations.claimed_at',
        'case_invitations.claimed_by',
        'case_invitations.revoked_at',
        'case_parties.role',
        'case_parties.name',
        'case_parties.phone',
        'case_parties.user_id',
      ])
      .where('case_invitations.token_hash', '=', hashToken(token))
      .executeTakeFirst()
    if (!invitation) throw notFound('INVITATION_NOT_FOUND', '邀请链接无效，请向发送人索取新的链接')
    const me = meta.auth.userId
    if (invitation.claimed_at) {
      if (invitation.claimed_by === me) return this.claimResult(invitation.case_id, invitation.role, invitation.name)
      throw conflict('INVITATION_USED', '该邀请链接已被使用，每个链接只能认领一次')
    }
    if (invitation.revoked_at) {
      throw new AppError(410, 'INVITATION_REVOKED', '该邀请链接已作废（已发送新的链接），请使用最新收到的链接')
    }
    const now = this.clock.now()
    if (now.getTime() > new Date(invitation.expires_at).getTime()) {
      throw new AppError(410, 'INVITATION_EXPIRED', '该邀请链接已过期，请联系发送人重新发送')
    }
    const account = await db.selectFrom('users').select('phone').where('id', '=', me).executeTakeFirstOrThrow()
    if (!invitation.phone || account.phone !== invitation.phone) {
      throw forbidden(
        'INVITATION_PHONE_MISMATCH',
        '您登录的手机号与邀请时填写的当事人手机号不一致，请使用收到短信的手机号登录后再打开链接',
      )
    }
    if (invitation.user_id && invitation.user_id !== me) {
      throw conflict('PARTY_ALREADY_CLAIMED', '该当事人身份已被其他账号认领')
    }
    const otherSide = await db
      .selectFrom('case_parties')
      .select('id')
      .where('case_id', '=', invitation.case_id)
      .where('user_id', '=', me)
      .where('id', '!=', invitation.party_id)
      .executeTakeFirst()
    if (otherSide) throw conflict('INVITATION_OTHER_SIDE', '您已是本案另一方当事人，不能同时认领双方身份')

    const notices: Notice[] = []
    await this.database.transaction(async (tx) => {
      const stamp = now.toISOString()
      const claimed = await tx
        .updateTable('case_invitations')
        .set({ claimed_at: stamp, claimed_by: me })
        .where('id', '=', invitation.id)
        .where('claimed_at', 'is', null)
        .executeTakeFirst()
      // A second tab or device racing this one: exactly one wins.
      if (Number(claimed.numUpdatedRows) !== 1)
        throw conflict('INVITATION_USED', '该邀请链接已被使用，每个链接只能认领一次')
      await tx.updateTable('case_parties').set({ user_id: me }).where('id', '=', invitation.party_id).execute()
      await this.audit.append(tx, {
        actorUserId: me,
        action: 'invitation.claim',
        entityType: 'case',
        entityId: invitation.case_id,
        data: { partyId: invitation.party_id, role: invitation.role },
        ip: meta.ip,
      })
      const kase = await loadCase(tx, invitation.case_id)
      notices.push({
        userId: invitation.invited_by,
        kind: 'invitation_claimed',
        title: '当事人已认领案件',
        body: `案件${kase.case_number}的${invitation.role === 'applicant' ? '申请人' : '被申请人'}已通过邀请链接加入。`,
        caseId: invitation.case_id,
      })
      await this.notifier.add(tx, notices, now)
    })
    await this.notifier.push(notices)
    return this.claimResult(invitation.case_id, invitation.role, invitation.name)
  }

  private async claimResult(caseId: string, role: string, myName: string): Promise<ClaimResult> {
    const kase = await loadCase(this.database.db, caseId)
    const referral = await this.database.db
      .selectFrom('referrals')
      .select('facts')
      .where('case_id', '=', caseId)
      .executeTakeFirst()
    return {
      caseId,
      caseNumber: kase.case_number,
      role: role as ClaimResult['role'],
      disputeType: kase.dispute_type,
      source: kase.source,
      // The officer's account seeds either side's intake; in a resident's case the respondent starts blank.
      prefill: { narrative: referral?.facts ?? '', disputeType: kase.dispute_type, myName },
    }
  }

  async inviteRespondent(caseId: string, body: InviteRespondentBody, meta: RequestMeta): Promise<InvitationCreated> {
    const relation = await caseRelation(this.database, meta.auth, caseId)
    if (!relation) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
    if (relation !== 'applicant') throw forbidden('APPLICANT_ONLY', '只有申请人可以邀请对方当事人')
    const kase = await loadCase(this.database.db, caseId)
    if (!OPEN_STATUSES.includes(kase.status)) {
      throw conflict('CASE_STATE_INVALID', '案件当前状态不能再邀请对方当事人')
    }
    const phone = normalisePhone(body.phone, 'phone')
    const db = this.database.db
    const parties = await db.selectFrom('case_parties').selectAll().where('case_id', '=', caseId).execute()
    const mine = parties.find((p) => p.user_id === meta.auth.userId)
    const me = await db.selectFrom('users').select('phone').where('id', '=', meta.auth.userId).executeTakeFirstOrThrow()
    if (me.phone === phone || mine?.phone === phone) {
      throw badRequest('INVITATION_SELF', '不能邀请自己，请填写对方当事人的手机号', [
        { field: 'phone', message: '这是您自己的号码' },
      ])
    }
    const respondent = parties.find((p) => p.role === 'respondent')
    if (respondent?.user_id) throw conflict('RESPONDENT_ALREADY_JOINED', '对方当事人已加入本案，无需再次邀请')
    const name = body.name !== undefined ? cleanName(body.name, 'name') : respondent?.name
    if (!name)
      throw badRequest('NAME_REQUIRED', '请填写对方当事人的姓名或名称', [{ field: 'name', message: '姓名不能为空' }])

    const now = this.clock.now()
    const link = await this.database.transaction(async (tx) => {
      const stamp = now.toISOString()
      let partyId = respondent?.id
      if (partyId) {
        await tx.updateTable('case_parties').set({ phone, name }).where('id', '=', partyId).execute()
      } else {
        partyId = newId()
        await tx
          .insertInto('case_parties')
          .values({
            id: partyId,
            case_id: caseId,
            role: 'respondent',
            user_id: null,
            name,
            phone,
            kind: 'person',
            created_at: stamp,
          })
          .execute()
      }
      const issued = await issueLink(tx, { caseId, partyId, invitedBy: meta.auth.userId, now }, this.settings)
      await this.audit.append(tx, {
        actorUserId: meta.auth.userId,
        action: 'invitation.create',
        entityType: 'case',
        entityId: caseId,
        data: { partyId, role: 'respondent', expiresAt: issued.expiresAt },
        ip: meta.ip,
      })
      return issued
    })
    await this.sendInvitationSms(phone, link.link, link.expiresAt)
    return link
  }

  /** The SMS carries only the link and its expiry: no names or facts of the other party (PIPL minimisation). */
  async sendInvitationSms(phone: string, link: string, expiresAt: string): Promise<void> {
    await this.sms.send({
      phone,
      template: 'invitation',
      params: { link, expires: expiresAt.slice(0, 10) },
      sentAt: this.clock.now(),
    })
  }

  async answer(caseId: string, body: RespondentAnswerBody, meta: RequestMeta): Promise<RespondentAnswerResult> {
    const relation = await caseRelation(this.database, meta.auth, caseId)
    if (!relation) throw notFound('CASE_NOT_FOUND', '案件不存在或您无权查看')
    if (relation !== 'respondent') throw forbidden('RESPONDENT_ONLY', '只有被申请人可以答复是否同意调解')
    const reason = body.reason?.trim() || null
    if (body.answer === 'decline' && !reason) {
      throw badRequest('DECLINE_REASON_REQUIRED', '请说明不同意调解的原因', [
        { field: 'reason', message: '拒绝调解时须填写原因' },
      ])
    }
    const now = this.clock.now()
    const notices: Notice[] = []
    const status = await this.database.transaction(async (tx) => {
      const kase = await loadCase(tx, caseId)
      if (!OPEN_STATUSES.includes(kase.status)) throw conflict('CASE_STATE_INVALID', '案件当前状态不能再答复')
      await ensureProgress(tx, caseId, now)
      const progress = await tx
        .selectFrom('case_progress')
        .select('respondent_answer')
        .where('case_id', '=', caseId)
        .executeTakeFirstOrThrow()
      if (progress.respondent_answer) throw conflict('RESPONDENT_ALREADY_ANSWERED', '您已答复过是否同意调解')
      const stamp = now.toISOString()
      await tx
        .updateTable('case_progress')
        .set({
          respondent_answer: body.answer === 'accept' ? 'accepted' : 'declined',
          respondent_reason: reason,
          respondent_answered_at: stamp,
          updated_at: stamp,
        })
        .where('case_id', '=', caseId)
        .execute()
      const newStatus = body.answer === 'decline' ? 'declined' : kase.status
      if (body.answer === 'decline') {
        await tx.updateTable('cases').set({ status: 'declined', updated_at: stamp }).where('id', '=', caseId).execute()
      }
      await this.audit.append(tx, {
        actorUserId: meta.auth.userId,
        action: body.answer === 'decline' ? 'case.respondent_decline' : 'case.respondent_accept',
        entityType: 'case',
        entityId: caseId,
        data: {
          reason,
          fromStatus: kase.status,
          toStatus: newStatus,
          basis: body.answer === 'decline' ? 'PML 17' : null,
        },
        ip: meta.ip,
      })
      const title = body.answer === 'decline' ? '对方不同意调解' : '对方同意调解'
      const text =
        body.answer === 'decline'
          ? `案件${kase.case_number}的被申请人明确拒绝调解，依照《人民调解法》第十七条不予调解。您仍可申请仲裁或向法院起诉。`
          : `案件${kase.case_number}的被申请人同意参加调解。`
      const targets = new Set([
        ...(await partyUserIds(tx, caseId)).filter((p) => p.role === 'applicant').map((p) => p.userId),
        ...(await committeeAdminIds(tx, kase.committee_id)),
        ...(await caseStaffIds(tx, caseId, 'mediator')),
      ])
      const officer = await referringOfficer(tx, caseId)
      if (officer) targets.add(officer)
      for (const userId of targets) notices.push({ userId, kind: 'respondent_answer', title, body: text, caseId })
      await this.notifier.add(tx, notices, now)
      return newStatus
    })
    await this.notifier.push(notices)
    return { caseId, status, answer: body.answer }
  }
}
