/**
 * The court's routes to what an application puts before it (申请书, attachments, supplied materials, ruling, the
 * sealed agreement). They open from submission on, before filing makes the clerk one of the case's staff.
 */
export function courtFilePath(applicationId: string, fileId: string): string {
  return `/judicial/applications/${encodeURIComponent(applicationId)}/files/${encodeURIComponent(fileId)}`
}

export function courtAgreementPath(applicationId: string): string {
  return `/judicial/applications/${encodeURIComponent(applicationId)}/agreement.pdf`
}
