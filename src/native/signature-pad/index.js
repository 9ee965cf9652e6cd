/**
 * Native handwriting pad (canvas type="2d"). Native rather than React because a stroke is
 * dozens of touchmove events: drawing happens here, on the canvas context, with no setData
 * per point. setData runs only when the pad turns empty or non-empty (to hide the hint).
 *
 * Methods (via selectComponent): clear(), undo(), isEmpty(), export({ format }) → Promise.
 * Events: change { empty, strokes } after every finished stroke, clear and undo.
 */
const EMPTY_ERROR = { code: 'SIGNATURE_EMPTY', message: '请先签名' }

function pointOf(touch) {
  // Canvas touch events carry x/y relative to the canvas; other hosts give client coordinates.
  return { x: touch.x !== undefined ? touch.x : touch.clientX, y: touch.y !== undefined ? touch.y : touch.clientY }
}

Component({
  properties: {
    penColor: { type: String, value: '#1f2329' },
    penWidth: { type: Number, value: 3 },
    placeholder: { type: String, value: '请在此处手写签名' },
  },

  data: { empty: true },

  lifetimes: {
    created() {
      this._strokes = []
      this._current = null
      this._canvas = null
      this._ctx = null
      this._size = { width: 0, height: 0 }
    },
    ready() {
      this.createSelectorQuery()
        .select('#signature-canvas')
        .fields({ node: true, size: true })
        .exec((result) => {
          const found = result && result[0]
          if (!found || !found.node) return
          const pixelRatio = typeof wx !== 'undefined' && wx.getWindowInfo ? wx.getWindowInfo().pixelRatio : 2
          this.attachCanvas(found.node, found.width, found.height, pixelRatio)
        })
    },
  },

  methods: {
    /** Binds the drawing surface. Called from ready(); hosts without canvas nodes (tests) call it directly. */
    attachCanvas(canvas, width, height, pixelRatio) {
      const ratio = pixelRatio || 1
      canvas.width = Math.round(width * ratio)
      canvas.height = Math.round(height * ratio)
      const ctx = canvas.getContext('2d')
      ctx.scale(ratio, ratio)
      this._canvas = canvas
      this._ctx = ctx
      this._size = { width, height }
      this._redraw()
    },

    isEmpty() {
      return this._strokes.length === 0
    },

    clear() {
      this._strokes = []
      this._current = null
      this._redraw()
      this._notify()
    },

    undo() {
      if (this._strokes.length === 0) return
      this._strokes.pop()
      this._redraw()
      this._notify()
    },

    /**
     * Resolves { tempFilePath } (default, for upload) or { dataURL } (format: 'dataURL').
     * Rejects with SIGNATURE_EMPTY when nothing was drawn, so an empty signature cannot be submitted.
     */
    export(options) {
      const format = (options && options.format) || 'tempFile'
      if (this.isEmpty()) return Promise.reject(Object.assign(new Error(EMPTY_ERROR.message), EMPTY_ERROR))
      if (!this._canvas)
        return Promise.reject(Object.assign(new Error('签名板尚未就绪'), { code: 'SIGNATURE_NOT_READY' }))
      const canvas = this._canvas
      if (format === 'dataURL' || typeof wx === 'undefined' || !wx.canvasToTempFilePath) {
        return Promise.resolve({ dataURL: canvas.toDataURL('image/png') })
      }
      return new Promise((resolve, reject) => {
        wx.canvasToTempFilePath(
          {
            canvas,
            fileType: 'png',
            success: (res) => resolve({ tempFilePath: res.tempFilePath }),
            fail: (err) =>
              reject(Object.assign(new Error('签名导出失败，请重试'), { code: 'SIGNATURE_EXPORT_FAILED', cause: err })),
          },
          this,
        )
      })
    },

    onTouchStart(event) {
      if (!this._ctx || !event.touches || event.touches.length === 0) return
      const point = pointOf(event.touches[0])
      this._current = [point]
      this._dot(point)
    },

    onTouchMove(event) {
      if (!this._current || !event.touches || event.touches.length === 0) return
      const point = pointOf(event.touches[0])
      const last = this._current[this._current.length - 1]
      this._current.push(point)
      this._segment(last, point)
    },

    onTouchEnd() {
      if (!this._current) return
      this._strokes.push(this._current)
      this._current = null
      this._notify()
    },

    _style() {
      const ctx = this._ctx
      ctx.strokeStyle = this.data.penColor
      ctx.fillStyle = this.data.penColor
      ctx.lineWidth = this.data.penWidth
      ctx.lineCap = 'round'
      ctx.lineJoin = 'round'
    },

    _dot(point) {
      this._style()
      this._ctx.beginPath()
      this._ctx.arc(point.x, point.y, this.data.penWidth / 2, 0, Math.PI * 2)
      this._ctx.fill()
    },

    _segment(from, to) {
      this._style()
      this._ctx.beginPath()
      this._ctx.moveTo(from.x, from.y)
      this._ctx.lineTo(to.x, to.y)
      this._ctx.stroke()
    },

    _redraw() {
      if (!this._ctx) return
      this._ctx.clearRect(0, 0, this._size.width, this._size.height)
      for (const stroke of this._strokes) {
        this._dot(stroke[0])
        for (let i = 1; i < stroke.length; i += 1) this._segment(stroke[i - 1], stroke[i])
      }
    },

    _notify() {
      const empty = this.isEmpty()
      if (empty !== this.data.empty) this.setData({ empty })
      this.triggerEvent('change', { empty, strokes: this._strokes.length })
    },
  },
})
