import path from 'node:path'
const simulate = require('miniprogram-simulate')

const PAD = path.join(__dirname, '../../src/native/signature-pad/index')

type Call = [string, ...unknown[]]

/** A canvas whose 2D context records what was drawn, standing in for the node wx gives a real pad. */
function recordingCanvas() {
  const calls: Call[] = []
  const context = new Proxy({} as Record<string, unknown>, {
    get: (target, name: string) =>
      name in target ? target[name] : (...args: unknown[]) => void calls.push([name, ...args]),
    set: (target, name: string, value) => {
      target[name] = value
      return true
    },
  })
  const canvas = {
    width: 0,
    height: 0,
    getContext: () => context,
    toDataURL: (type: string) => `data:${type};base64,c2lnbg==`,
  }
  const drawn = (name: string) => calls.filter((call) => call[0] === name)
  return { canvas, calls, drawn, reset: () => void (calls.length = 0) }
}

// Compiled once (wcc/wcsc run here); each test renders a fresh instance.
let padId: string
beforeAll(() => {
  padId = simulate.load(PAD)
})

function mountPad() {
  const pad = simulate.render(padId)
  pad.attach(document.createElement('parent-wrapper'))
  const surface = recordingCanvas()
  pad.instance.attachCanvas(surface.canvas, 300, 150, 2)
  const canvasNode = pad.querySelector('#signature-canvas')
  const changes: { empty: boolean; strokes: number }[] = []
  pad.addEventListener('change', (event: { detail: { empty: boolean; strokes: number } }) => changes.push(event.detail))
  // j-component delivers touch events asynchronously: wait for each one.
  const touch = async (name: string, touches: { x: number; y: number }[]) => {
    canvasNode.dispatchEvent(name, { touches })
    await simulate.sleep(0)
  }
  const stroke = async (points: [number, number][]) => {
    await touch('touchstart', [{ x: points[0][0], y: points[0][1] }])
    for (const [x, y] of points.slice(1)) await touch('touchmove', [{ x, y }])
    await touch('touchend', [])
  }
  return { pad, surface, stroke, changes }
}

afterEach(() => {
  delete (global as { wx?: unknown }).wx
})

describe('native signature pad', () => {
  it('compiles and renders a 2d canvas with the hint while empty', () => {
    const { pad } = mountPad()
    const json = JSON.stringify(pad.toJSON())
    expect(json).toContain('"tagName":"wx-canvas"')
    expect(json).toContain('{"name":"type","value":"2d"}')
    expect(json).toContain('请在此处手写签名')
    expect(pad.instance.isEmpty()).toBe(true)
  })

  it('sizes the canvas for the pixel ratio', () => {
    const { surface } = mountPad()
    expect(surface.canvas).toMatchObject({ width: 600, height: 300 })
    expect(surface.drawn('scale')).toEqual([['scale', 2, 2]])
  })

  it('draws each move on the canvas and touches component data only when emptiness changes', async () => {
    const { pad, surface, stroke, changes } = mountPad()
    const setData = jest.spyOn(pad.instance, 'setData')

    await stroke([
      [10, 10],
      [20, 15],
      [30, 25],
      [40, 30],
    ])

    expect(surface.drawn('lineTo')).toEqual([
      ['lineTo', 20, 15],
      ['lineTo', 30, 25],
      ['lineTo', 40, 30],
    ])
    expect(surface.drawn('arc')).toHaveLength(1) // the pen-down dot
    expect(setData).toHaveBeenCalledTimes(1)
    expect(pad.instance.isEmpty()).toBe(false)
    expect(JSON.stringify(pad.toJSON())).not.toContain('请在此处手写签名')

    await stroke([
      [50, 50],
      [60, 60],
    ])
    expect(setData).toHaveBeenCalledTimes(1)
    expect(changes).toEqual([
      { empty: false, strokes: 1 },
      { empty: false, strokes: 2 },
    ])
  })

  it('undoes the last stroke by redrawing the others', async () => {
    const { pad, surface, stroke, changes } = mountPad()
    await stroke([
      [10, 10],
      [20, 20],
    ])
    await stroke([
      [100, 100],
      [110, 120],
      [130, 140],
    ])
    surface.reset()

    pad.instance.undo()

    expect(surface.calls[0][0]).toBe('clearRect')
    expect(surface.drawn('lineTo')).toEqual([['lineTo', 20, 20]])
    expect(changes.at(-1)).toEqual({ empty: false, strokes: 1 })

    pad.instance.undo()
    expect(pad.instance.isEmpty()).toBe(true)
    expect(JSON.stringify(pad.toJSON())).toContain('请在此处手写签名')
  })

  it('clears everything', async () => {
    const { pad, surface, stroke, changes } = mountPad()
    await stroke([
      [10, 10],
      [20, 20],
    ])
    surface.reset()

    pad.instance.clear()

    expect(surface.calls).toEqual([['clearRect', 0, 0, 300, 150]])
    expect(pad.instance.isEmpty()).toBe(true)
    expect(changes.at(-1)).toEqual({ empty: true, strokes: 0 })
  })

  it('refuses to export an empty pad', async () => {
    const { pad, stroke } = mountPad()
    await expect(pad.instance.export()).rejects.toMatchObject({ code: 'SIGNATURE_EMPTY', message: '请先签名' })
    await stroke([
      [1, 1],
      [2, 2],
    ])
    pad.instance.clear()
    await expect(pad.instance.export({ format: 'dataURL' })).rejects.toMatchObject({ code: 'SIGNATURE_EMPTY' })
  })

  it('exports a temp file through wx.canvasToTempFilePath, or a data URL', async () => {
    const { pad, surface, stroke } = mountPad()
    const canvasToTempFilePath = jest.fn(
      (options: { canvas: unknown; fileType: string; success: (r: { tempFilePath: string }) => void }) =>
        options.success({ tempFilePath: 'wxfile://tmp/signature.png' }),
    )
    ;(global as { wx?: unknown }).wx = { canvasToTempFilePath }
    await stroke([
      [10, 10],
      [40, 40],
    ])

    await expect(pad.instance.export()).resolves.toEqual({ tempFilePath: 'wxfile://tmp/signature.png' })
    expect(canvasToTempFilePath.mock.calls[0][0]).toMatchObject({ canvas: surface.canvas, fileType: 'png' })
    await expect(pad.instance.export({ format: 'dataURL' })).resolves.toEqual({
      dataURL: 'data:image/png;base64,c2lnbg==',
    })
  })

  it('reports a failed export with a code', async () => {
    const { pad, stroke } = mountPad()
    ;(global as { wx?: unknown }).wx = {
      canvasToTempFilePath: (options: { fail: (e: unknown) => void }) =>
        options.fail({ errMsg: 'canvasToTempFilePath:fail' }),
    }
    await stroke([
      [10, 10],
      [40, 40],
    ])
    await expect(pad.instance.export()).rejects.toMatchObject({
      code: 'SIGNATURE_EXPORT_FAILED',
      message: '签名导出失败，请重试',
    })
  })

  it('ignores touches before a canvas is attached', async () => {
    const pad = simulate.render(padId)
    pad.attach(document.createElement('parent-wrapper'))
    pad.querySelector('#signature-canvas').dispatchEvent('touchstart', { touches: [{ x: 1, y: 1 }] })
    pad.querySelector('#signature-canvas').dispatchEvent('touchend', { touches: [] })
    await simulate.sleep(0)
    expect(pad.instance.isEmpty()).toBe(true)
  })
})
