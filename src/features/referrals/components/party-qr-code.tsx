import { Canvas, Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo } from 'react'
import { isWeapp } from '@/lib/platform'
import { qrMatrix, qrSvgDataUrl } from '../qr-matrix'

const SIZE_PX = 200

interface CanvasNode {
  width: number
  height: number
  getContext: (kind: '2d') => CanvasRenderingContext2D
}

/** weapp: draw on a 2d canvas (its <image> cannot show SVG reliably). */
function drawOnCanvas(canvasId: string, text: string): void {
  Taro.createSelectorQuery()
    .select(`#${canvasId}`)
    .fields({ node: true, size: true })
    .exec((result: Array<{ node?: CanvasNode } | null>) => {
      const canvas = result[0]?.node
      if (!canvas) return
      const ratio = Taro.getSystemInfoSync().pixelRatio
      canvas.width = SIZE_PX * ratio
      canvas.height = SIZE_PX * ratio
      const context = canvas.getContext('2d')
      const { size, isDark } = qrMatrix(text)
      const margin = 4
      const cell = (SIZE_PX * ratio) / (size + margin * 2)
      context.fillStyle = '#ffffff'
      context.fillRect(0, 0, canvas.width, canvas.height)
      context.fillStyle = '#000000'
      for (let row = 0; row < size; row++) {
        for (let column = 0; column < size; column++) {
          if (isDark(row, column)) {
            context.fillRect((column + margin) * cell, (row + margin) * cell, Math.ceil(cell), Math.ceil(cell))
          }
        }
      }
    })
}

/** The party's share link as a QR code to scan on the spot. */
export function PartyQrCode({ id, text, label }: { id: string; text: string; label: string }) {
  const canvasId = `qr-${id}`
  const dataUrl = useMemo(() => (isWeapp ? '' : qrSvgDataUrl(text)), [text])

  useEffect(() => {
    if (isWeapp) Taro.nextTick(() => drawOnCanvas(canvasId, text))
  }, [canvasId, text])

  return isWeapp ? (
    <Canvas type="2d" id={canvasId} className="tj-ref-qr" aria-label={label} />
  ) : (
    <Image className="tj-ref-qr" src={dataUrl} aria-label={label} data-qr-text={text} />
  )
}
