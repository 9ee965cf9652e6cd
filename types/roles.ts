import { Type, type Static } from '@sinclair/typebox'

export const ROLES = ['resident', 'police', 'mediator', 'committee_admin', 'court_clerk', 'sys_admin'] as const
export const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)))
export type Role = (typeof ROLES)[number]

/** Roles that must belong to an organisation. */
export const STAFF_ROLES: readonly Role[] = ['police', 'mediator', 'committee_admin', 'court_clerk']

export type RoleCheck = Static<typeof RoleSchema>
