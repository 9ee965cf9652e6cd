import type {
  Organisation,
  OrganisationInput,
  OrganisationPatch,
  OrganisationQuery,
  Region,
} from '@contract/organisations'
import type { Database, DbTx } from '../../db/database'
import type { OrganisationsTable } from '../../db/schema'
import { newId } from '../../lib/ids'
import { parseJson } from '../../lib/json'

export function toOrganisation(row: OrganisationsTable): Organisation {
  return {
    id: row.id,
    name: row.name,
    type: row.type as Organisation['type'],
    level: row.level as Organisation['level'],
    specialities: parseJson(row.specialities, []),
    regionCode: row.region_code,
    address: row.address,
    phone: row.phone,
    serviceArea: parseJson(row.service_area, []),
    active: row.active === 1,
  }
}

/** Organisations (committees, police stations, courts) and the region tree they serve. */
export class OrganisationsRepo {
  constructor(private readonly database: Database) {}

  async list(query: OrganisationQuery & { includeInactive?: boolean } = {}): Promise<Organisation[]> {
    let q = this.database.db.selectFrom('organisations').selectAll().orderBy('name', 'asc')
    if (query.type) q = q.where('type', '=', query.type)
    if (!query.includeInactive) q = q.where('active', '=', 1)
    let orgs = (await q.execute()).map(toOrganisation)
    if (query.speciality) orgs = orgs.filter((o) => o.specialities.includes(query.speciality!))
    if (query.regionCode) {
      const lineage = await this.lineage(query.regionCode)
      orgs = orgs.filter((o) => o.regionCode === query.regionCode || o.serviceArea.some((c) => lineage.includes(c)))
    }
    return orgs
  }

  async get(id: string): Promise<Organisation | undefined> {
    const row = await this.database.db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst()
    return row && toOrganisation(row)
  }

  async create(tx: DbTx, input: OrganisationInput, now: Date): Promise<Organisation> {
    const stamp = now.toISOString()
    const row: OrganisationsTable = {
      id: newId(),
      name: input.name,
      type: input.type,
      level: input.level ?? null,
      specialities: JSON.stringify(input.specialities ?? []),
      region_code: input.regionCode,
      address: input.address,
      phone: input.phone,
      service_area: JSON.stringify(input.serviceArea ?? []),
      active: 1,
      created_at: stamp,
      updated_at: stamp,
    }
    await tx.insertInto('organisations').values(row).execute()
    return toOrganisation(row)
  }

  async update(tx: DbTx, id: string, patch: OrganisationPatch, now: Date): Promise<void> {
    const set: Partial<OrganisationsTable> = { updated_at: now.toISOString() }
    if (patch.name !== undefined) set.name = patch.name
    if (patch.type !== undefined) set.type = patch.type
    if (patch.level !== undefined) set.level = patch.level
    if (patch.specialities !== undefined) set.specialities = JSON.stringify(patch.specialities)
    if (patch.regionCode !== undefined) set.region_code = patch.regionCode
    if (patch.address !== undefined) set.address = patch.address
    if (patch.phone !== undefined) set.phone = patch.phone
    if (patch.serviceArea !== undefined) set.service_area = JSON.stringify(patch.serviceArea)
    if (patch.active !== undefined) set.active = patch.active ? 1 : 0
    await tx.updateTable('organisations').set(set).where('id', '=', id).execute()
  }

  async regions(parentCode?: string): Promise<Region[]> {
    let q = this.database.db.selectFrom('regions').selectAll().orderBy('code', 'asc')
    q = parentCode ? q.where('parent_code', '=', parentCode) : q
    const rows = await q.execute()
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      level: r.level as Region['level'],
      parentCode: r.parent_code,
    }))
  }

  async regionExists(code: string): Promise<boolean> {
    return Boolean(
      await this.database.db.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst(),
    )
  }

  /** The region and all its ancestors, nearest first (community → street → district → …). */
  async lineage(code: string): Promise<string[]> {
    const chain: string[] = []
    let current: string | null = code
    while (current && chain.length < 10) {
      chain.push(current)
      const row: { parent_code: string | null } | undefined = await this.database.db
        .selectFrom('regions')
        .select('parent_code')
        .where('code', '=', current)
        .executeTakeFirst()
      current = row?.parent_code ?? null
    }
    return chain
  }
}
