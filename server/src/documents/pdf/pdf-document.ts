/**
 * A small, printable document model shared by every generated paper (opinion, mediation record, agreement,
 * ruling): headings, paragraphs, lists, tables, key–value lines and signature images.
 */
export type PdfBlock =
  | { type: 'heading'; text: string; level?: 1 | 2 }
  | { type: 'paragraph'; text: string; indent?: boolean; align?: 'left' | 'right' | 'center' }
  | { type: 'list'; items: string[] }
  | { type: 'table'; columns: PdfTableColumn[]; rows: PdfTableRow[] }
  | { type: 'keyValue'; pairs: [string, string][] }
  | { type: 'signature'; label: string; image?: Buffer; date?: string }
  | { type: 'spacer'; height?: number }

export interface PdfTableColumn {
  title: string
  /** Relative width; the columns share the content width in proportion. */
  width: number
  align?: 'left' | 'right' | 'center'
}

/**
 * A row of cells, or one cell spanning the whole table (long text such as a formula): spanning rows keep long
 * text on full-width lines, so text extraction reads it in one piece instead of interleaved with other cells.
 */
export type PdfTableRow = string[] | { span: string }

export interface PdfDocumentModel {
  title: string
  /** Printed under the title, e.g. the case number. */
  subtitle?: string
  /** Stored in the PDF metadata. */
  author?: string
  blocks: PdfBlock[]
  /** Printed at the foot of every page next to the page number. */
  footer?: string
}
