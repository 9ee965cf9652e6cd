import { consumer } from './consumer'
import { educationRefund } from './education-refund'
import { houseRental } from './house-rental'
import { laborTermination } from './labor-termination'
import { landContract } from './land-contract'
import { landExpropriation } from './land-expropriation'
import { marriageFamily } from './marriage-family'
import { medical } from './medical'
import { neighbor } from './neighbor'
import { other } from './other'
import { personalInjury } from './personal-injury'
import { privateLoan } from './private-loan'
import { propertyDelivery } from './property-delivery'
import { propertyManagement } from './property-management'
import { trafficAccident } from './traffic-accident'
import { wageArrears } from './wage-arrears'
import { workInjury } from './work-injury'
import { DISPUTE_TYPE_CODES, type DisputeTypeCode, type DisputeTypeDefinition } from './types'

/** Catalogue version: bump when any module changes so stored sessions can tell which questions they saw. */
export const CATALOGUE_VERSION = '2026.2'

export const CATALOGUE: Readonly<Record<DisputeTypeCode, DisputeTypeDefinition>> = {
  wage_arrears: wageArrears,
  work_injury: workInjury,
  labor_termination: laborTermination,
  house_rental: houseRental,
  education_refund: educationRefund,
  property_delivery: propertyDelivery,
  medical,
  neighbor,
  land_contract: landContract,
  land_expropriation: landExpropriation,
  traffic_accident: trafficAccident,
  personal_injury: personalInjury,
  private_loan: privateLoan,
  consumer,
  property_management: propertyManagement,
  marriage_family: marriageFamily,
  other,
}

export function isDisputeTypeCode(value: string): value is DisputeTypeCode {
  return (DISPUTE_TYPE_CODES as readonly string[]).includes(value)
}

export function getDisputeType(code: DisputeTypeCode): DisputeTypeDefinition {
  return CATALOGUE[code]
}

export { DISPUTE_TYPE_CODES }
export type { DisputeTypeCode, DisputeTypeDefinition }
export type * from './types'
