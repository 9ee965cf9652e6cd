// npm run dev: the H5 watch build and the API server in watch mode, side by side.
import { spawn } from 'node:child_process'

const children = [
  spawn('npx', ['taro', 'build', '--type', 'h5', '--watch'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'development' },
  }),
  spawn('npx', ['tsx', 'watch', 'server/src/server.ts'], { stdio: 'inherit' }),
]
const stop = (signal) => children.forEach((c) => c.kill(signal))
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))
children.forEach((c) => c.on('exit', (code) => code && code !== 0 && stop('SIGTERM')))
