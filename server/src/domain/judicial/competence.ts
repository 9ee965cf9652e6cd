/**
 * CPL 205: the court competent to confirm a people's-mediation agreement. If a court invited the mediation
 * (先行调解), only that court; otherwise a basic court where a party is domiciled, where the subject matter is,
 * or where the mediation organisation is (CPL-Interp 352: parties pick one when several qualify).
 */
export type CourtBasis = 'inviting_court' | 'party_domicile' | 'subject_matter' | 'committee_location'

export const COURT_BASIS_LABELS: Record<CourtBasis, string> = {
  inviting_court: '委派调解的人民法院',
  party_domicile: '当事人住所地',
  subject_matter: '标的物所在地',
  committee_location: '调解组织所在地',
}

export interface CourtArea {
  id: string
  /** Region codes the court serves; a place is served when one of its ancestors (or itself) is listed. */
  serviceArea: string[]
}

/** A place relevant to jurisdiction, with its region lineage (the region and its ancestors). */
export interface JurisdictionPlace {
  basis: Exclude<CourtBasis, 'inviting_court'>
  lineage: string[]
}

export interface CompetentCourt {
  courtId: string
  bases: CourtBasis[]
}

export function competentCourts(
  courts: CourtArea[],
  places: JurisdictionPlace[],
  invitingCourtId: string | null,
): CompetentCourt[] {
  if (invitingCourtId) {
    return courts.some((c) => c.id === invitingCourtId) ? [{ courtId: invitingCourtId, bases: ['inviting_court'] }] : []
  }
  const result: CompetentCourt[] = []
  for (const court of courts) {
    const area = new Set(court.serviceArea)
    const bases = [...new Set(places.filter((p) => p.lineage.some((code) => area.has(code))).map((p) => p.basis))]
    if (bases.length) result.push({ courtId: court.id, bases })
  }
  return result
}
