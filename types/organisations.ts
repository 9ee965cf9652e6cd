import { Type, type Static } from '@sinclair/typebox'
import { IdSchema } from './common'

export const ORG_TYPES = ['mediation_committee', 'police_station', 'court', 'justice_bureau'] as const
export const OrgTypeSchema = Type.Union(ORG_TYPES.map((t) => Type.Literal(t)))
export type OrgType = (typeof ORG_TYPES)[number]

/** Level of a people's mediation committee (PML 8, 34). */
export const COMMITTEE_LEVELS = ['community', 'street', 'district', 'specialist'] as const
export const CommitteeLevelSchema = Type.Union(COMMITTEE_LEVELS.map((t) => Type.Literal(t)))
export type CommitteeLevel = (typeof COMMITTEE_LEVELS)[number]

export const SPECIALITIES = ['labour', 'medical', 'traffic', 'property', 'family', 'land', 'consumer'] as const
export const SpecialitySchema = Type.Union(SPECIALITIES.map((t) => Type.Literal(t)))
export type Speciality = (typeof SPECIALITIES)[number]

export const REGION_LEVELS = ['province', 'city', 'district', 'street', 'community'] as const
export const RegionSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Union(REGION_LEVELS.map((t) => Type.Literal(t))),
  parentCode: Type.Union([Type.String(), Type.Null()]),
})
export type Region = Static<typeof RegionSchema>

export const OrganisationSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  type: OrgTypeSchema,
  level: Type.Union([CommitteeLevelSchema, Type.Null()]),
  specialities: Type.Array(SpecialitySchema),
  regionCode: Type.String({ description: 'Region the organisation sits in' }),
  address: Type.String(),
  phone: Type.String(),
  serviceArea: Type.Array(Type.String(), { description: 'Region codes it covers (streets or communities)' }),
  active: Type.Boolean(),
})
export type Organisation = Static<typeof OrganisationSchema>

export const OrganisationInputSchema = Type.Object({
  name: Type.String({ minLength: 2, maxLength: 100 }),
  type: OrgTypeSchema,
  level: Type.Optional(Type.Union([CommitteeLevelSchema, Type.Null()])),
  specialities: Type.Optional(Type.Array(SpecialitySchema)),
  regionCode: Type.String({ minLength: 1 }),
  address: Type.String({ maxLength: 200 }),
  phone: Type.String({ maxLength: 30 }),
  serviceArea: Type.Optional(Type.Array(Type.String())),
})
export type OrganisationInput = Static<typeof OrganisationInputSchema>

export const OrganisationPatchSchema = Type.Partial(
  Type.Composite([OrganisationInputSchema, Type.Object({ active: Type.Boolean() })]),
)
export type OrganisationPatch = Static<typeof OrganisationPatchSchema>

export const OrganisationQuerySchema = Type.Object({
  type: Type.Optional(OrgTypeSchema),
  regionCode: Type.Optional(Type.String({ description: 'Organisations in or covering this region' })),
  speciality: Type.Optional(SpecialitySchema),
})
export type OrganisationQuery = Static<typeof OrganisationQuerySchema>
