import type { JudicialApplication } from '@contract/judicial'

/**
 * The case files an application puts before its court (CPL-Interp 354): the 申请书, the attachments (ID
 * proofs), the materials the parties supplied and the court's own ruling. A clerk reviews these before
 * filing; nothing else of the case is theirs to read.
 */
export function courtReadableFileIds(application: JudicialApplication): Set<string> {
  const ids = [
    application.applicationFileId,
    ...application.attachments.map((a) => a.fileId),
    ...application.materialRequests.flatMap((r) => r.fileIds),
    application.rulingFileId,
  ]
  return new Set(ids.filter((id): id is string => !!id))
}
