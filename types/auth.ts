import { Type, type Static } from '@sinclair/typebox'
import { PhoneSchema } from './common'
import { RoleSchema } from './roles'
import { OrgTypeSchema } from './organisations'

export const SmsSendBodySchema = Type.Object({ phone: PhoneSchema })
export type SmsSendBody = Static<typeof SmsSendBodySchema>
export const SmsSendResponseSchema = Type.Object({
  sent: Type.Boolean(),
  retryAfterSeconds: Type.Integer({ description: 'Seconds before another code may be requested' }),
})
export type SmsSendResponse = Static<typeof SmsSendResponseSchema>

export const SmsLoginBodySchema = Type.Object({
  phone: PhoneSchema,
  code: Type.String({ pattern: '^\\d{6}$' }),
})
export type SmsLoginBody = Static<typeof SmsLoginBodySchema>

export const WechatLoginBodySchema = Type.Object({ code: Type.String({ minLength: 1, maxLength: 128 }) })
export type WechatLoginBody = Static<typeof WechatLoginBodySchema>

export const RefreshBodySchema = Type.Object({ refreshToken: Type.String({ minLength: 20, maxLength: 200 }) })
export type RefreshBody = Static<typeof RefreshBodySchema>

export const RealNameSchema = Type.Object({
  verified: Type.Boolean(),
  name: Type.Union([Type.String(), Type.Null()]),
  idNumberMasked: Type.Union([Type.String(), Type.Null()], { description: 'e.g. 500107********1234' }),
})
export type RealName = Static<typeof RealNameSchema>

export const UserSettingsSchema = Type.Object({
  careMode: Type.Union([Type.Boolean(), Type.Null()], {
    description: 'null = follow the system font size',
  }),
  activeRole: Type.Union([RoleSchema, Type.Null()]),
})
export type UserSettings = Static<typeof UserSettingsSchema>

export const MeSchema = Type.Object({
  id: Type.String(),
  phoneMasked: Type.String({ description: 'e.g. 138****8000' }),
  displayName: Type.String(),
  roles: Type.Array(RoleSchema),
  organisation: Type.Union([Type.Object({ id: Type.String(), name: Type.String(), type: OrgTypeSchema }), Type.Null()]),
  realName: RealNameSchema,
  settings: UserSettingsSchema,
})
export type Me = Static<typeof MeSchema>

export const TokenPairSchema = Type.Object({
  accessToken: Type.String(),
  refreshToken: Type.String(),
  expiresIn: Type.Integer({ description: 'Access token lifetime in seconds' }),
  user: MeSchema,
})
export type TokenPair = Static<typeof TokenPairSchema>

export const RealNameBodySchema = Type.Object({
  name: Type.String({ minLength: 2, maxLength: 30 }),
  idNumber: Type.String({ pattern: '^\\d{17}[\\dXx]$', description: 'GB 11643 resident ID number' }),
})
export type RealNameBody = Static<typeof RealNameBodySchema>

export const SettingsPatchSchema = Type.Partial(UserSettingsSchema)
export type SettingsPatch = Static<typeof SettingsPatchSchema>

export const ProfilePatchSchema = Type.Object({ displayName: Type.String({ minLength: 1, maxLength: 30 }) })
export type ProfilePatch = Static<typeof ProfilePatchSchema>
