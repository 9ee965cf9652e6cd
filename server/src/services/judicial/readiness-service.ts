import type { Readiness } from '@contract/judicial'
import type { Database } from '../../db/database'
import { COURT_BASIS_LABELS, competentCourts, type JurisdictionPlace } from '../../domain/judicial/competence'
import { blockingBeforeConsent, readinessChecks } from '../../domain/judicial/readiness'
import { codeAncestors } from '../../domain/judicial/region-lineage'
import { badRequest } from '../../lib/app-error'
import type { OrganisationsRepo } from '../organisations/organisations-repo'
import { AgreementsRepo, type StoredAgreementVersion } from '../agreements/agreements-repo'
import { ApplicationsRepo } from './applications-repo'

export interface ReadinessOptions {
  invitingCourtId?: string
  domicileRegionCodes?: string[]
}

export interface ReadinessResult extends Readiness {
  agreement: StoredAgreementVersion | null
}

/** Gathers the facts for the readiness checks: the effective agreement, its flags and the competent courts. */
export class ReadinessService {
  private readonly agreements = new AgreementsRepo()
  private readonly applications = new ApplicationsRepo()

  constructor(
    private readonly database: Database,
    private readonly organisations: OrganisationsRepo,
  ) {}

  private async lineage(code: string): Promise<string[]> {
    return [...new Set([...(await this.organisations.lineage(code)), ...codeAncestors(code)])]
  }

  async places(caseId: string, domicileRegionCodes: string[]): Promise<JurisdictionPlace[]> {
    const kase = await this.database.db
      .selectFrom('cases')
      .leftJoin('organisations as o', 'o.id', 'cases.committee_id')
      .select(['cases.region_code', 'o.region_code as committee_region'])
      .where('cases.id', '=', caseId)
      .executeTakeFirstOrThrow()
    const places: JurisdictionPlace[] = []
    for (const code of domicileRegionCodes) places.push({ basis: 'party_domicile', lineage: await this.lineage(code) })
    if (kase.region_code) places.push({ basis: 'subject_matter', lineage: await this.lineage(kase.region_code) })
    if (kase.committee_region) {
      places.push({ basis: 'committee_location', lineage: await this.lineage(kase.committee_region) })
    }
    return places
  }

  async check(caseId: string, now: Date, options: ReadinessOptions = {}): Promise<ReadinessResult> {
    const courts = await this.organisations.list({ type: 'court' })
    if (options.invitingCourtId && !courts.some((c) => c.id === options.invitingCourtId)) {
      throw badRequest('COURT_NOT_FOUND', '所选法院不存在', [{ field: 'invitingCourtId', message: '不是法院' }])
    }
    const competent = competentCourts(
      courts,
      await this.places(caseId, options.domicileRegionCodes ?? []),
      options.invitingCourtId ?? null,
    )
    const names = new Map(courts.map((c) => [c.id, c.name]))
    const agreement = await this.agreements.find(this.database.db, caseId)
    // Consent is each party's confirmation of the live application (before one exists: nobody's).
    const live = await this.applications.live(this.database.db, caseId)
    const parties = (await this.applications.confirmations(this.database.db, caseId, live?.id)).map((p) => ({
      name: p.name,
      confirmed: !!p.confirmed_at,
    }))
    const checks = readinessChecks({
      effectiveAt: agreement?.effectiveAt ?? null,
      flags: agreement?.flags ?? [],
      now,
      parties,
      competentCourtNames: competent.map((c) => names.get(c.courtId)!),
    })
    return {
      agreement,
      checks,
      courts: competent.map((c) => ({
        courtId: c.courtId,
        name: names.get(c.courtId)!,
        bases: c.bases,
        basisText: c.bases.map((b) => COURT_BASIS_LABELS[b]).join('、'),
      })),
      canPrepare: !!agreement && blockingBeforeConsent(checks).length === 0,
    }
  }
}
