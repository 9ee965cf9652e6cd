/**
 * jsdom has no 2D canvas. This stands in for the browser's canvas API only (not for our code): it records the
 * drawing calls the pad makes and exports a PNG data URL that says how many lines were drawn.
 */
export function installCanvasDouble() {
  const drawn: string[] = []
  const context = {
    scale: () => undefined,
    save: () => undefined,
    restore: () => undefined,
    setTransform: () => undefined,
    clearRect: () => drawn.splice(0, drawn.length),
    beginPath: () => undefined,
    arc: () => drawn.push('dot'),
    fill: () => undefined,
    moveTo: () => undefined,
    lineTo: () => drawn.push('line'),
    stroke: () => undefined,
  }
  const getContext = jest.spyOn(HTMLCanvasElement.prototype, 'getContext')
  getContext.mockImplementation((() => context) as unknown as HTMLCanvasElement['getContext'])
  const toDataURL = jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL')
  toDataURL.mockImplementation(
    () => `data:image/png;base64,${Buffer.from(`signature with ${drawn.length} marks`).toString('base64')}`,
  )
  return { drawn, restore: () => (getContext.mockRestore(), toDataURL.mockRestore()) }
}
