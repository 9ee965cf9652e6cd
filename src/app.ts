import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import './app.scss'
import { refreshProfile } from './app-startup'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void refreshProfile()
  })
  return children
}

export default App
