import type { FileInfo } from '@contract/files'

/**
 * Opening and uploading case files is done by other features (signing downloads, intake uploads); the page
 * composes them and hands them in, so this feature never imports another.
 */
export interface CaseFileActions {
  /** Opens a case file (PDF viewer in WeChat, a download in the browser). */
  open: (fileId: string, fileName: string) => Promise<void>
  /** Opens a document at an API path, e.g. the court's own routes to an application's files. */
  openPath: (path: string, fileName: string) => Promise<void>
  /** Lets the user pick photos and uploads them to the case; resolves with the stored files ([] if cancelled). */
  uploadPhotos?: (caseId: string) => Promise<FileInfo[]>
}
