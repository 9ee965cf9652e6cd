import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { renderPdf } from '../../../src/documents/pdf/render-pdf'
import { renderOpinionPdf } from '../../../src/documents/pdf/opinion-pdf'
import { buildOpinion } from '../../../src/domain/opinion/build-opinion'
import { labourCase } from '../../domain/opinion/opinion-fixture'

/** Extracts text with poppler's pdftotext (CI installs poppler-utils), ignoring line breaks and spaces. */
function extract(pdf: Buffer): { text: string; flat: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'doc.pdf')
  fs.writeFileSync(file, pdf)
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  return { text, flat: text.replace(/\s+/g, '') }
}

function fonts(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'doc.pdf')
  fs.writeFileSync(file, pdf)
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
}

// A 1×1 black PNG, as a signature image stand-in.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
  'base64',
)

describe('opinion PDF', () => {
  const opinion = buildOpinion(labourCase())
  let pdf: Buffer
  beforeAll(async () => {
    pdf = await renderOpinionPdf(opinion)
  })

  it('embeds the Chinese fonts as subsets', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const table = fonts(pdf)
    const rows = table.split('\n').filter((line) => line.includes('NotoSansHans'))
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row).toMatch(/\+NotoSansHans/) // subset prefix
      expect(row).toMatch(/yes\s+yes\s+yes/) // embedded, subset, unicode map
    }
    expect(pdf.length).toBeLessThan(400_000)
  })

  it('extracts every section heading, every amount and the amounts in capitals', () => {
    const { flat } = extract(pdf)
    for (const section of opinion.sections) expect(flat).toContain(section.heading)
    for (const calculation of opinion.calculations) {
      for (const item of calculation.items) expect(flat).toContain(item.amount.toFixed(2))
    }
    expect(flat).toContain(opinion.total.amount.toFixed(2))
    expect(flat).toContain(opinion.total.inWords)
    expect(flat).toContain(opinion.settlementRange.low.inWords)
    expect(flat).toContain('（申请人张三陈述）')
    expect(flat).toContain('《中华人民共和国劳动合同法》第四十七条')
    expect(flat).toContain('个人信息保护法第二十四条')
  })

  it('prints the formulas of the calculation table', () => {
    const { flat } = extract(pdf)
    for (const calculation of opinion.calculations) {
      for (const item of calculation.items) expect(flat).toContain(`计算方式：${item.formula}`.replace(/\s+/g, ''))
    }
  })

  it('numbers the pages', () => {
    const { text } = extract(pdf)
    const pages = text.split('\f').filter((p) => p.trim()).length
    expect(pages).toBeGreaterThan(1)
    expect(text.replace(/\s+/g, '')).toContain(`第${pages}页共${pages}页`)
  })
})

describe('renderPdf (shared document renderer)', () => {
  it('breaks long tables across pages, repeating the header, and prints key-values and signatures', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [`第${i + 1}项`, `说明文字${i + 1}`, `${(i + 1) * 100}.00`])
    const pdf = await renderPdf({
      title: '人民调解协议书',
      subtitle: '（2026）九调字第 1 号',
      blocks: [
        { type: 'heading', text: '一、当事人' },
        {
          type: 'keyValue',
          pairs: [
            ['申请人', '张三'],
            ['被申请人', '李四'],
          ],
        },
        {
          type: 'table',
          columns: [
            { title: '序号', width: 1 },
            { title: '内容', width: 3 },
            { title: '金额', width: 1, align: 'right' },
          ],
          rows,
        },
        { type: 'signature', label: '申请人签名', image: PNG, date: '2026年11月26日' },
        { type: 'spacer', height: 20 },
        { type: 'paragraph', text: '本协议自各方签名并加盖人民调解委员会印章之日起生效。', align: 'left' },
      ],
    })
    const { text, flat } = extract(pdf)
    const pages = text.split('\f').filter((p) => p.trim())
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages.slice(0, -1)) expect(page.replace(/\s+/g, '')).toContain('序号内容金额')
    expect(flat).toContain('第80项说明文字808000.00')
    expect(flat).toContain('申请人：张三')
    expect(flat).toContain('申请人签名：')
    expect(flat).toContain('日期：2026年11月26日')
    expect(flat).toContain('本协议自各方签名并加盖人民调解委员会印章之日起生效。')
  })
})
