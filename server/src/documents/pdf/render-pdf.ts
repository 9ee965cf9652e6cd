import PDFDocument from 'pdfkit'
import { FONT_BOLD, FONT_REGULAR, chineseFonts } from './fonts'
import type { PdfBlock, PdfDocumentModel } from './pdf-document'

const PAGE = { size: 'A4' as const, margins: { top: 64, bottom: 64, left: 64, right: 64 } }
const BODY_SIZE = 10.5
const LINE_GAP = 3
const CELL_PADDING = 4

type Doc = PDFKit.PDFDocument

/** Renders the model to PDF bytes, with the Chinese font subset and embedded and page numbers on every page. */
export function renderPdf(model: PdfDocumentModel): Promise<Buffer> {
  const fonts = chineseFonts()
  const doc = new PDFDocument({
    ...PAGE,
    bufferPages: true,
    info: { Title: model.title, Author: model.author ?? '', Creator: 'tiaojie' },
  })
  // pdfkit accepts a parsed fontkit font at runtime; its type declarations only list files and buffers.
  doc.registerFont(FONT_REGULAR, fonts.regular as unknown as PDFKit.Mixins.PDFFontSource)
  doc.registerFont(FONT_BOLD, fonts.bold as unknown as PDFKit.Mixins.PDFFontSource)
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  doc.font(FONT_BOLD).fontSize(18).text(model.title, { align: 'center' })
  if (model.subtitle) doc.font(FONT_REGULAR).fontSize(BODY_SIZE).text(model.subtitle, { align: 'center' })
  doc.moveDown(1)
  for (const block of model.blocks) renderBlock(doc, block)
  numberPages(doc, model.footer)
  doc.end()
  return done
}

function renderBlock(doc: Doc, block: PdfBlock): void {
  const width = contentWidth(doc)
  const left = doc.page.margins.left
  switch (block.type) {
    case 'heading':
      ensureSpace(doc, 40)
      doc.moveDown(0.4)
      doc
        .font(FONT_BOLD)
        .fontSize(block.level === 2 ? 11.5 : 13)
        .text(block.text, left, doc.y, { width })
      doc.moveDown(0.3)
      return
    case 'paragraph':
      doc
        .font(FONT_REGULAR)
        .fontSize(BODY_SIZE)
        .text(block.text, left, doc.y, {
          width,
          lineGap: LINE_GAP,
          align: block.align ?? 'justify',
          indent: block.indent ? BODY_SIZE * 2 : 0,
        })
      doc.moveDown(0.3)
      return
    case 'list':
      block.items.forEach((item, index) => {
        doc
          .font(FONT_REGULAR)
          .fontSize(BODY_SIZE)
          .text(`${index + 1}. ${item}`, left + 8, doc.y, { width: width - 8, lineGap: LINE_GAP })
      })
      doc.moveDown(0.3)
      return
    case 'keyValue':
      for (const [key, value] of block.pairs) {
        doc.font(FONT_BOLD).fontSize(BODY_SIZE).text(`${key}：`, left, doc.y, { continued: true, width })
        doc.font(FONT_REGULAR).text(value, { lineGap: LINE_GAP })
      }
      doc.moveDown(0.3)
      return
    case 'table':
      renderTable(doc, block)
      return
    case 'signature':
      renderSignature(doc, block)
      return
    case 'spacer':
      doc.y += block.height ?? 12
      return
  }
}

/** Column widths are relative; rows break across pages and the header is repeated on each new page. */
function renderTable(doc: Doc, table: Extract<PdfBlock, { type: 'table' }>): void {
  const left = doc.page.margins.left
  const totalWidth = contentWidth(doc)
  const weights = table.columns.reduce((s, c) => s + c.width, 0)
  const widths = table.columns.map((c) => (c.width / weights) * totalWidth)
  const header = table.columns.map((c) => c.title)
  const bottom = () => doc.page.height - doc.page.margins.bottom

  const drawCells = (
    cells: { text: string; width: number; align: 'left' | 'right' | 'center' }[],
    isHeader: boolean,
  ) => {
    doc.font(isHeader ? FONT_BOLD : FONT_REGULAR).fontSize(9.5)
    const height =
      Math.max(...cells.map((c) => doc.heightOfString(c.text, { width: c.width - 2 * CELL_PADDING, lineGap: 1 }))) +
      2 * CELL_PADDING
    if (doc.y + height > bottom()) {
      doc.addPage()
      if (!isHeader) drawHeader()
      doc.font(isHeader ? FONT_BOLD : FONT_REGULAR).fontSize(9.5)
    }
    const top = doc.y
    let x = left
    for (const cell of cells) {
      if (isHeader) doc.rect(x, top, cell.width, height).fillAndStroke('#f0f0f0', '#999999').fillColor('#000000')
      else doc.rect(x, top, cell.width, height).stroke('#999999')
      doc.text(cell.text, x + CELL_PADDING, top + CELL_PADDING, {
        width: cell.width - 2 * CELL_PADDING,
        lineGap: 1,
        align: cell.align,
      })
      x += cell.width
    }
    doc.x = left
    doc.y = top + height
  }
  const drawHeader = () =>
    drawCells(
      header.map((text, i) => ({ text, width: widths[i], align: 'center' as const })),
      true,
    )

  drawHeader()
  for (const row of table.rows) {
    if (Array.isArray(row)) {
      drawCells(
        row.map((text, i) => ({ text, width: widths[i], align: table.columns[i].align ?? 'left' })),
        false,
      )
    } else {
      drawCells([{ text: row.span, width: totalWidth, align: 'left' }], false)
    }
  }
  doc.moveDown(0.6)
}

function renderSignature(doc: Doc, block: Extract<PdfBlock, { type: 'signature' }>): void {
  ensureSpace(doc, 80)
  const left = doc.page.margins.left
  doc.font(FONT_REGULAR).fontSize(BODY_SIZE).text(`${block.label}：`, left, doc.y)
  if (block.image) doc.image(block.image, left + 90, doc.y - 20, { fit: [140, 56] })
  doc.y += block.image ? 40 : 12
  if (block.date) doc.text(`日期：${block.date}`, left, doc.y)
  doc.moveDown(0.5)
}

function numberPages(doc: Doc, footer: string | undefined): void {
  const range = doc.bufferedPageRange()
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0 // writing inside the margin must not open a new page
    const text = `${footer ? `${footer}    ` : ''}第 ${i + 1} 页 共 ${range.count} 页`
    doc.font(FONT_REGULAR).fontSize(8.5).fillColor('#666666')
    doc.text(text, doc.page.margins.left, doc.page.height - bottom + 20, { width: contentWidth(doc), align: 'center' })
    doc.fillColor('#000000')
    doc.page.margins.bottom = bottom
  }
}

function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage()
}

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right
}
