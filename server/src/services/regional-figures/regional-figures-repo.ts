import type { Insertable, Selectable } from 'kysely'
import type {
  RegionalFigureInput,
  RegionalFigurePatch,
  RegionalFigureQuery,
  RegionalFigureView,
} from '@contract/calculators'
import type { Database, DbTx } from '../../db/database'
import type { RegionalFiguresTable } from '../../db/schema-areas'
import { newId } from '../../lib/ids'
import { lookupFrom, type FigureLookup, type RegionalFigure } from '../../domain/regional-figures/regional-figure'
import { SEED_FIGURES } from '../../domain/regional-figures/seed-figures'

type Row = Selectable<RegionalFiguresTable>
type Tx = DbTx

/** The regional-figures table: listing, admin edits, the calculators' lookup, and the first-start seed. */
export class RegionalFiguresRepo {
  constructor(private readonly database: Database) {}

  async list(query: RegionalFigureQuery): Promise<RegionalFigureView[]> {
    let q = this.database.db.selectFrom('regional_figures').selectAll()
    if (query.region) q = q.where('region_code', '=', query.region)
    if (query.year) q = q.where('year', '=', query.year)
    if (query.kind) q = q.where('kind', '=', query.kind)
    const rows = await q.orderBy('region_code').orderBy('year', 'desc').orderBy('kind').execute()
    return rows.map(toView)
  }

  async findById(id: string): Promise<RegionalFigureView | undefined> {
    const row = await this.database.db
      .selectFrom('regional_figures')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    return row ? toView(row) : undefined
  }

  async exists(tx: Tx, key: Pick<RegionalFigureInput, 'regionCode' | 'year' | 'kind'>): Promise<boolean> {
    const row = await tx
      .selectFrom('regional_figures')
      .select('id')
      .where('region_code', '=', key.regionCode)
      .where('year', '=', key.year)
      .where('kind', '=', key.kind)
      .executeTakeFirst()
    return Boolean(row)
  }

  async create(tx: Tx, input: RegionalFigureInput, actorId: string | null, now: Date): Promise<string> {
    const row = newRow(input, actorId, now)
    await tx.insertInto('regional_figures').values(row).execute()
    return row.id
  }

  async update(tx: Tx, id: string, patch: RegionalFigurePatch, actorId: string, now: Date): Promise<void> {
    await tx
      .updateTable('regional_figures')
      .set({
        ...(patch.regionName !== undefined ? { region_name: patch.regionName } : {}),
        ...(patch.value !== undefined ? { value: String(patch.value) } : {}),
        ...(patch.source !== undefined ? { source: patch.source } : {}),
        ...(patch.verified !== undefined ? { verified: patch.verified ? 1 : 0 } : {}),
        updated_by: actorId,
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute()
  }

  async remove(tx: Tx, id: string): Promise<void> {
    await tx.deleteFrom('regional_figures').where('id', '=', id).execute()
  }

  /** Everything the calculators may need for one region and year, as a synchronous lookup. */
  async lookupFor(regionCode: string | undefined, year: number | undefined): Promise<FigureLookup> {
    if (!regionCode || !year) return lookupFrom([])
    const rows = await this.database.db
      .selectFrom('regional_figures')
      .selectAll()
      .where('region_code', '=', regionCode)
      .where('year', '=', year)
      .execute()
    return lookupFrom(rows.map(toFigure))
  }

  /**
   * Seeds the table on first start only, so rows an administrator edited or deleted stay that way. Called under
   * the database's start-up lock (bootstrap.ts#seedFirstStart); a figure already there is left alone regardless.
   */
  async seedIfEmpty(now: Date): Promise<number> {
    const any = await this.database.db.selectFrom('regional_figures').select('id').limit(1).executeTakeFirst()
    if (any) return 0
    await this.database.transaction(async (tx) => {
      for (const figure of SEED_FIGURES) {
        await tx
          .insertInto('regional_figures')
          .values(newRow({ ...figure }, null, now))
          .onConflict((oc) => oc.columns(['region_code', 'year', 'kind']).doNothing())
          .execute()
      }
    })
    return SEED_FIGURES.length
  }
}

function newRow(
  input: RegionalFigureInput,
  actorId: string | null,
  now: Date,
): Insertable<RegionalFiguresTable> & { id: string } {
  const stamp = now.toISOString()
  return {
    id: newId(),
    region_code: input.regionCode,
    region_name: input.regionName,
    year: input.year,
    kind: input.kind,
    value: String(input.value),
    source: input.source,
    verified: input.verified ? 1 : 0,
    updated_by: actorId,
    created_at: stamp,
    updated_at: stamp,
  }
}

function toFigure(row: Row): RegionalFigure {
  return {
    regionCode: row.region_code,
    regionName: row.region_name,
    year: row.year,
    kind: row.kind as RegionalFigure['kind'],
    value: Number(row.value),
    source: row.source,
    verified: row.verified === 1,
  }
}

function toView(row: Row): RegionalFigureView {
  return { id: row.id, ...toFigure(row), updatedAt: row.updated_at }
}
