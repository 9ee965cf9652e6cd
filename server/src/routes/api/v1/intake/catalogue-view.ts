import type { CatalogueDetail, CatalogueList, DisputeType } from '@contract/intake'
import { CATALOGUE, CATALOGUE_VERSION, DISPUTE_TYPE_CODES } from '../../../../domain/intake/catalogue'

export function catalogueList(): CatalogueList {
  return {
    version: CATALOGUE_VERSION,
    items: DISPUTE_TYPE_CODES.map((code) => {
      const d = CATALOGUE[code]
      return { code, name: d.name, version: d.version, summary: d.summary }
    }),
  }
}

/** The catalogue module as data: regexes (synonyms, fill patterns) stay on the server. */
export function catalogueDetail(code: DisputeType): CatalogueDetail {
  const d = CATALOGUE[code]
  return {
    code,
    name: d.name,
    version: d.version,
    summary: d.summary,
    slots: d.slots.map((s) => ({
      key: s.key,
      kind: s.kind,
      label: s.label,
      question: s.question,
      ...(s.hint ? { hint: s.hint } : {}),
      required: s.required,
      ...(s.choices ? { choices: s.choices.map(({ value, label }) => ({ value, label })) } : {}),
      ...(s.askIf
        ? {
            askIf: {
              slot: s.askIf.slot,
              equals: typeof s.askIf.equals === 'string' ? [s.askIf.equals] : [...s.askIf.equals],
            },
          }
        : {}),
    })),
    materials: [...d.materials],
    legalBasis: d.legalBasis.map((b) => ({ ...b })),
    limitations: d.limitations.map((l) => ({ ...l })),
    competent: { levels: [...d.competent.levels], specialities: [...d.competent.specialities] },
    judicialConfirmation: { ...d.judicialConfirmation },
    ...(d.referenceGap ? { referenceGap: d.referenceGap } : {}),
  }
}
