import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type PointerEvent } from 'react'
import { emptySignatureError, type SignaturePadHandle, type SignaturePadProps } from './signature-pad-handle'

type Point = { x: number; y: number }

const PEN_COLOR = '#1f2329'
const PEN_WIDTH = 3

/**
 * The H5 handwriting pad: an HTML canvas sized for devicePixelRatio, drawn with pointer events (mouse, pen and
 * touch alike). Strokes are kept as points, so undo redraws the rest and an empty pad is known without pixels.
 */
export const SignaturePadH5 = forwardRef<SignaturePadHandle, SignaturePadProps>(function SignaturePadH5(
  { onChange },
  ref,
) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null)
  const strokes = useRef<Point[][]>([])
  const current = useRef<Point[] | null>(null)
  const [empty, setEmpty] = useState(true)

  const context = () => canvasRef.current?.getContext('2d') ?? null
  const style = (ctx: CanvasRenderingContext2D) => {
    ctx.strokeStyle = PEN_COLOR
    ctx.fillStyle = PEN_COLOR
    ctx.lineWidth = PEN_WIDTH
    ctx.lineCap = 'round'
    ctx.lineJoin = 'round'
  }
  const dot = (ctx: CanvasRenderingContext2D, p: Point) => {
    style(ctx)
    ctx.beginPath()
    ctx.arc(p.x, p.y, PEN_WIDTH / 2, 0, Math.PI * 2)
    ctx.fill()
  }
  const segment = (ctx: CanvasRenderingContext2D, from: Point, to: Point) => {
    style(ctx)
    ctx.beginPath()
    ctx.moveTo(from.x, from.y)
    ctx.lineTo(to.x, to.y)
    ctx.stroke()
  }
  const redraw = () => {
    const canvas = canvasRef.current
    const ctx = context()
    if (!canvas || !ctx) return
    ctx.save()
    ctx.setTransform(1, 0, 0, 1, 0, 0)
    ctx.clearRect(0, 0, canvas.width, canvas.height)
    ctx.restore()
    for (const stroke of strokes.current) {
      dot(ctx, stroke[0])
      for (let i = 1; i < stroke.length; i += 1) segment(ctx, stroke[i - 1], stroke[i])
    }
  }
  const notify = () => {
    const isEmpty = strokes.current.length === 0
    setEmpty(isEmpty)
    onChange?.(isEmpty)
  }

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    // Backing store in device pixels, drawing in CSS pixels: sharp lines on high-density screens.
    const ratio = window.devicePixelRatio || 1
    const box = canvas.getBoundingClientRect()
    canvas.width = Math.round((box.width || canvas.clientWidth || 300) * ratio)
    canvas.height = Math.round((box.height || canvas.clientHeight || 160) * ratio)
    context()?.scale(ratio, ratio)
    redraw()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- size once, on mount
  }, [])

  const pointOf = (event: PointerEvent<HTMLCanvasElement>): Point => {
    const box = event.currentTarget.getBoundingClientRect()
    return { x: event.clientX - box.left, y: event.clientY - box.top }
  }
  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    event.preventDefault()
    event.currentTarget.setPointerCapture?.(event.pointerId)
    const point = pointOf(event)
    current.current = [point]
    const ctx = context()
    if (ctx) dot(ctx, point)
  }
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!current.current) return
    event.preventDefault()
    const point = pointOf(event)
    const last = current.current[current.current.length - 1]
    current.current.push(point)
    const ctx = context()
    if (ctx) segment(ctx, last, point)
  }
  const end = () => {
    if (!current.current) return
    strokes.current.push(current.current)
    current.current = null
    notify()
  }

  useImperativeHandle(ref, () => ({
    clear: () => {
      strokes.current = []
      current.current = null
      redraw()
      notify()
    },
    undo: () => {
      if (strokes.current.length === 0) return
      strokes.current.pop()
      redraw()
      notify()
    },
    isEmpty: () => strokes.current.length === 0,
    exportPng: async () => {
      if (strokes.current.length === 0 || !canvasRef.current) throw emptySignatureError()
      return canvasRef.current.toDataURL('image/png')
    },
  }))

  return (
    <div className="tj-sign-pad">
      <canvas
        ref={canvasRef}
        className="tj-sign-pad__canvas"
        aria-label="手写签名区"
        data-empty={empty ? 'yes' : 'no'}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
        onPointerLeave={end}
      />
      {empty ? <span className="tj-sign-pad__hint">请在此处手写签名</span> : null}
    </div>
  )
})
