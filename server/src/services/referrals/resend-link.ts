import type { ShareLink } from '@contract/referrals'
import { conflict, notFound } from '../../lib/app-error'
import type { WorkflowSettings } from '../assignment/workflow-settings'
import type { WorkflowDeps } from '../assignment/workflow-tx'
import type { InvitationService, RequestMeta } from '../invitations/invitation-service'
import { issueLink } from '../invitations/invitation-tokens'

/**
 * The officer issues a fresh link for a party who has not claimed yet (lost message, link expired); the old
 * link stops working. Only the officer who made the referral may, and only while the case is open.
 */
export async function resendReferralLink(
  deps: WorkflowDeps,
  invitations: InvitationService,
  settings: WorkflowSettings,
  caseId: string,
  partyRole: 'applicant' | 'respondent',
  meta: RequestMeta,
): Promise<ShareLink> {
  const db = deps.database.db
  const referral = await db
    .selectFrom('referrals')
    .innerJoin('cases', 'cases.id', 'referrals.case_id')
    .select(['cases.status'])
    .where('referrals.case_id', '=', caseId)
    .where('referrals.officer_user_id', '=', meta.auth.userId)
    .executeTakeFirst()
  if (!referral) throw notFound('REFERRAL_NOT_FOUND', '移交记录不存在或不是您移交的')
  if (!['pending_acceptance', 'accepted', 'in_mediation'].includes(referral.status)) {
    throw conflict('CASE_STATE_INVALID', '案件已结束，无需再发送邀请')
  }
  const party = await db
    .selectFrom('case_parties')
    .select(['id', 'name', 'phone', 'user_id'])
    .where('case_id', '=', caseId)
    .where('role', '=', partyRole)
    .executeTakeFirst()
  if (!party?.phone) throw notFound('PARTY_NOT_FOUND', '该当事人不存在')
  if (party.user_id) throw conflict('PARTY_ALREADY_CLAIMED', '该当事人已认领案件，无需再发送邀请')
  const now = deps.clock.now()
  const issued = await deps.database.transaction(async (tx) => {
    const link = await issueLink(tx, { caseId, partyId: party.id, invitedBy: meta.auth.userId, now }, settings)
    await deps.audit.append(tx, {
      actorUserId: meta.auth.userId,
      action: 'invitation.reissue',
      entityType: 'case',
      entityId: caseId,
      data: { partyId: party.id, role: partyRole, expiresAt: link.expiresAt },
      ip: meta.ip,
    })
    return link
  })
  await invitations.sendInvitationSms(party.phone, issued.link, issued.expiresAt)
  return { partyRole, partyName: party.name, token: issued.token, link: issued.link, expiresAt: issued.expiresAt }
}
