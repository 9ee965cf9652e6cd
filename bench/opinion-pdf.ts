/**
 * Opinion PDF generation budget: < 300 ms per opinion (build the opinion + render the PDF), warm process.
 * Baseline in the same run: the same text written by pdfkit as plain paragraphs in the same font (no tables,
 * headings or page numbers), so the ratio shows what the document layout costs on this machine.
 * Run: npx tsx --tsconfig server/tsconfig.json bench/opinion-pdf.ts
 */
import PDFDocument from 'pdfkit'
import { buildOpinion } from '../server/src/domain/opinion/build-opinion'
import { renderOpinionPdf } from '../server/src/documents/pdf/opinion-pdf'
import { chineseFonts } from '../server/src/documents/pdf/fonts'
import { labourCase } from '../server/test/domain/opinion/opinion-fixture'

const RUNS = 20
const BUDGET_MS = 300

async function baseline(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' })
  doc.registerFont('cjk', chineseFonts().regular as unknown as PDFKit.Mixins.PDFFontSource)
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  doc.on('data', (c: Buffer) => chunks.push(c))
  doc.font('cjk').fontSize(10.5).text(text)
  doc.end()
  return done
}

async function time(run: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await run()
    samples.push(performance.now() - start)
  }
  return samples.sort((a, b) => a - b)
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]

async function main() {
  const input = labourCase()
  const coldStart = performance.now()
  const firstPdf = await renderOpinionPdf(buildOpinion(input))
  const cold = performance.now() - coldStart
  const plainText = JSON.stringify(buildOpinion(input).sections).replace(/[{}[\]"]/g, ' ')
  await baseline(plainText)

  const opinion = await time(() => renderOpinionPdf(buildOpinion(input)))
  const base = await time(() => baseline(plainText))
  const median = pct(opinion, 0.5)
  console.log(
    `opinion PDF: cold ${cold.toFixed(0)} ms (font parse), warm median ${median.toFixed(1)} ms, p95 ${pct(opinion, 0.95).toFixed(1)} ms, ${firstPdf.length} bytes`,
  )
  console.log(`baseline (plain pdfkit text, same font): median ${pct(base, 0.5).toFixed(1)} ms`)
  console.log(
    `ratio opinion / baseline: ${(median / pct(base, 0.5)).toFixed(2)}; budget ${BUDGET_MS} ms: ${median < BUDGET_MS ? 'PASS' : 'FAIL'}`,
  )
  if (median >= BUDGET_MS) process.exitCode = 1
}

void main()
