/**
 * Numbers offered when the story shows danger. 110 (police) and 120 (ambulance) are the national emergency
 * numbers; 12348 is the public legal-service hotline. A local crisis line can be added here per deployment.
 */
export interface RiskContact {
  phone: string
  label: string
}

export const POLICE: RiskContact = { phone: '110', label: '报警 110' }
export const AMBULANCE: RiskContact = { phone: '120', label: '急救 120' }
export const LEGAL_HOTLINE: RiskContact = { phone: '12348', label: '法律服务热线 12348' }

/** Codes from the server's risk check for which an ambulance may be needed as well as the police. */
export const MEDICAL_RISK_CODES = ['SELF_HARM', 'VIOLENCE', 'WEAPON']
