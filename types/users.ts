import { Type, type Static } from '@sinclair/typebox'
import { PhoneSchema } from './common'
import { RoleSchema } from './roles'
import { SpecialitySchema } from './organisations'

/** Staff account as seen by administrators. */
export const StaffUserSchema = Type.Object({
  id: Type.String(),
  phoneMasked: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(RoleSchema),
  organisationId: Type.Union([Type.String(), Type.Null()]),
  specialities: Type.Array(SpecialitySchema),
  active: Type.Boolean(),
  createdAt: Type.String(),
})
export type StaffUser = Static<typeof StaffUserSchema>

export const StaffCreateBodySchema = Type.Object({
  phone: PhoneSchema,
  displayName: Type.String({ minLength: 1, maxLength: 30 }),
  roles: Type.Array(RoleSchema, { minItems: 1 }),
  organisationId: Type.Optional(Type.String()),
  specialities: Type.Optional(Type.Array(SpecialitySchema)),
})
export type StaffCreateBody = Static<typeof StaffCreateBodySchema>

export const StaffPatchBodySchema = Type.Partial(
  Type.Object({
    displayName: Type.String({ minLength: 1, maxLength: 30 }),
    roles: Type.Array(RoleSchema, { minItems: 1 }),
    organisationId: Type.Union([Type.String(), Type.Null()]),
    specialities: Type.Array(SpecialitySchema),
    active: Type.Boolean(),
  }),
)
export type StaffPatchBody = Static<typeof StaffPatchBodySchema>
