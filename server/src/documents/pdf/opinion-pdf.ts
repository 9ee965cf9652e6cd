import type { OpinionBlock, OpinionDocument } from '@contract/opinions'
import type { PdfBlock, PdfDocumentModel, PdfTableRow } from './pdf-document'
import { renderPdf } from './render-pdf'

/** The opinion's sections as printable blocks; the article summaries are printed in full. */
export function opinionToPdfModel(opinion: OpinionDocument): PdfDocumentModel {
  const blocks: PdfBlock[] = []
  for (const section of opinion.sections) {
    blocks.push({ type: 'heading', text: section.heading })
    for (const block of section.blocks) blocks.push(...toPdfBlocks(block))
  }
  return {
    title: opinion.title,
    subtitle: `案号：${opinion.caseNumber}`,
    author: opinion.generatorVersion,
    footer: `${opinion.title} ${opinion.caseNumber}`,
    blocks,
  }
}

export function renderOpinionPdf(opinion: OpinionDocument): Promise<Buffer> {
  return renderPdf(opinionToPdfModel(opinion))
}

function toPdfBlocks(block: OpinionBlock): PdfBlock[] {
  switch (block.type) {
    case 'paragraph':
      return [{ type: 'paragraph', text: block.text, indent: true }]
    case 'list':
      return [{ type: 'list', items: block.items }]
    case 'fact':
      return [{ type: 'paragraph', text: `${block.text}（${block.statedBy}陈述）`, indent: true }]
    case 'law':
      return [
        {
          type: 'paragraph',
          text: `《${block.law}》${block.article}${block.summary ? `：${block.summary}` : ''}`,
          indent: true,
        },
      ]
    case 'table':
      return [tableBlock(block)]
  }
}

/**
 * The calculation table (项目, 计算方式, 金额, 责任比例, 应承担金额) printed as four narrow columns with the formula
 * on a full-width line under each item: an A4 column is too narrow for formulas, and full-width lines extract cleanly.
 */
function tableBlock(block: Extract<OpinionBlock, { type: 'table' }>): PdfBlock {
  const formulaColumn = block.columns.indexOf('计算方式')
  if (formulaColumn < 0) {
    return { type: 'table', columns: block.columns.map((title) => ({ title, width: 1 })), rows: block.rows }
  }
  const keep = (cells: string[]) => cells.filter((_, i) => i !== formulaColumn)
  const rows: PdfTableRow[] = block.rows.flatMap((row) => {
    const formula = row[formulaColumn]
    return formula ? [keep(row), { span: `计算方式：${formula}` }] : [keep(row)]
  })
  return {
    type: 'table',
    columns: keep(block.columns).map((title, i) => ({
      title,
      width: i === 0 ? 2.2 : 1,
      align: i === 0 ? 'left' : 'right',
    })),
    rows,
  }
}
