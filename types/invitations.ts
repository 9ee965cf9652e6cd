import { Type, type Static } from '@sinclair/typebox'
import { IdSchema } from './common'
import { CasePartyRoleSchema } from './cases'

/** Share links that let a party take their side of a case, and the respondent's answer (PML 17). */

export const InvitationTokenParamsSchema = Type.Object({
  token: Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }),
})

export const ClaimResultSchema = Type.Object({
  caseId: IdSchema,
  caseNumber: Type.String(),
  role: CasePartyRoleSchema,
  disputeType: Type.String(),
  source: Type.String({ description: 'police | self' }),
  prefill: Type.Object({
    narrative: Type.String({
      description: "Facts to pre-fill the intake robot with (the officer's or applicant's account)",
    }),
    disputeType: Type.String(),
    myName: Type.String(),
  }),
})
export type ClaimResult = Static<typeof ClaimResultSchema>

export const InviteRespondentBodySchema = Type.Object(
  {
    phone: Type.String({ minLength: 1, maxLength: 30 }),
    name: Type.Optional(
      Type.String({ minLength: 1, maxLength: 50, description: 'Needed when intake recorded no name' }),
    ),
  },
  { additionalProperties: false },
)
export type InviteRespondentBody = Static<typeof InviteRespondentBodySchema>

export const InvitationCreatedSchema = Type.Object({
  partyId: IdSchema,
  token: Type.String(),
  link: Type.String(),
  expiresAt: Type.String(),
})
export type InvitationCreated = Static<typeof InvitationCreatedSchema>

export const RESPONDENT_ANSWERS = ['accept', 'decline'] as const

export const RespondentAnswerBodySchema = Type.Object(
  {
    answer: Type.Union(RESPONDENT_ANSWERS.map((a) => Type.Literal(a))),
    reason: Type.Optional(Type.String({ maxLength: 500, description: 'Required when declining' })),
  },
  { additionalProperties: false },
)
export type RespondentAnswerBody = Static<typeof RespondentAnswerBodySchema>

export const RespondentAnswerResultSchema = Type.Object({
  caseId: IdSchema,
  status: Type.String(),
  answer: Type.Union(RESPONDENT_ANSWERS.map((a) => Type.Literal(a))),
})
export type RespondentAnswerResult = Static<typeof RespondentAnswerResultSchema>
