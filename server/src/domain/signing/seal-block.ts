import { canonicalJson } from './canonical-json'
import type { SealedRecord } from './sealed-record'

const BEGIN = '%TIAOJIE-SEAL-BEGIN v1\n'
const END = '%TIAOJIE-SEAL-END\n'
const LINE = 76

/**
 * The sealed record travels inside the PDF as comment lines after the original end of file, followed by a
 * repeated `startxref` pointing at the original cross-reference table, so PDF readers still open the file
 * (the same shape as an incremental update with no new objects).
 */
export function appendSealBlock(pdf: Buffer, record: SealedRecord): Buffer {
  return Buffer.concat([pdf, Buffer.from(renderBlock(record, startXrefOf(pdf)), 'latin1')])
}

function renderBlock(record: SealedRecord, startXref: number): string {
  const base64 = Buffer.from(canonicalJson(record), 'utf8').toString('base64')
  const lines: string[] = []
  for (let i = 0; i < base64.length; i += LINE) lines.push(`% ${base64.slice(i, i + LINE)}\n`)
  return `${BEGIN}${lines.join('')}${END}startxref\n${startXref}\n%%EOF\n`
}

function startXrefOf(pdf: Buffer): number {
  const at = pdf.lastIndexOf('startxref')
  const match = at < 0 ? null : /^startxref\s+(\d+)/.exec(pdf.subarray(at, at + 40).toString('latin1'))
  if (!match) throw new Error('not a PDF: no startxref')
  return Number(match[1])
}

export type ExtractedSeal =
  | { ok: true; pdf: Buffer; record: unknown }
  | { ok: false; code: 'SEAL_BLOCK_MISSING' | 'SEAL_BLOCK_MALFORMED'; reason: string }

/**
 * Splits a sealed file into the original PDF bytes and the record. The block must re-render to exactly the
 * bytes found, so a change anywhere in it (even a base64 padding bit or a line break) is detected.
 */
export function extractSealBlock(file: Buffer): ExtractedSeal {
  const at = file.lastIndexOf(BEGIN)
  if (at < 0)
    return {
      ok: false,
      code: 'SEAL_BLOCK_MISSING',
      reason: '文件中没有找到签署记录，不是本平台出具的已签署文书或已被改动',
    }
  const pdf = file.subarray(0, at)
  const block = file.subarray(at).toString('latin1')
  const endAt = block.indexOf(END)
  const malformed = { ok: false, code: 'SEAL_BLOCK_MALFORMED', reason: '文件末尾的签署记录已被改动' } as const
  if (endAt < 0) return malformed
  const base64 = block
    .slice(BEGIN.length, endAt)
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/^% /, ''))
    .join('')
  let record: unknown
  try {
    record = JSON.parse(Buffer.from(base64, 'base64').toString('utf8'))
    if (!record || typeof record !== 'object') return malformed
    if (renderBlock(record as SealedRecord, startXrefOf(pdf)) !== block) return malformed
  } catch {
    return malformed
  }
  return { ok: true, pdf, record }
}
