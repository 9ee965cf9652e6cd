// Mirrors babel.config.js's babel-plugin-import rule for jest: `import { Button } from '@nutui/nutui-react-taro'`
// loads dist/es/packages/button only, instead of the UMD bundle (which needs a real canvas at load time).
module.exports = new Proxy(
  { __esModule: true },
  {
    get(target, name) {
      if (typeof name !== 'string' || name in target) return target[name]
      const loaded = require(`@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`)
      target[name] = loaded.default
      return target[name]
    },
  },
)
