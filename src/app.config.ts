/** Main package: tab pages only. Every other flow lives in a subpackage named after its domain. */
export default defineAppConfig({
  // Keep in step with src/lib/routes.ts (this file is evaluated at build time on its own).
  pages: ['pages/home/index', 'pages/cases/index', 'pages/me/index'],
  subPackages: [
    { root: 'packages/auth', pages: ['pages/login/index'] },
    { root: 'packages/case', pages: ['pages/detail/index'] },
    { root: 'packages/calculator', pages: ['pages/index/index'] },
    { root: 'packages/opinion', pages: ['pages/index/index'] },
    { root: 'packages/agreement', pages: ['pages/index/index'] },
    { root: 'packages/record', pages: ['pages/index/index', 'pages/outcome/index'] },
    { root: 'packages/sign', pages: ['pages/index/index'] },
    { root: 'packages/verify', pages: ['pages/index/index'] },
    { root: 'packages/police', pages: ['pages/refer/index', 'pages/list/index'] },
    { root: 'packages/invitation', pages: ['pages/claim/index'] },
    { root: 'packages/mediator', pages: ['pages/fact-sheet/index', 'pages/committee/index', 'pages/cases/index'] },
    { root: 'packages/session', pages: ['pages/room/index'] },
    { root: 'packages/judicial', pages: ['pages/apply/index', 'pages/clerk/index', 'pages/clerk-detail/index'] },
    { root: 'packages/inbox', pages: ['pages/index/index'] },
    { root: 'packages/performance', pages: ['pages/index/index'] },
    { root: 'packages/notifications', pages: ['pages/index/index'] },
    {
      root: 'packages/intake',
      pages: ['pages/index/index'],
      // Voice input (WechatSI speech recognition), available to this subpackage only.
      plugins: { WechatSI: { version: '0.3.5', provider: 'wx069ba97219f66d99' } },
    },
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '在线调解',
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    color: '#5c6470',
    selectedColor: '#1a5fd0',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/cases/index',
        text: '我的案件',
        iconPath: 'assets/tabbar/cases.png',
        selectedIconPath: 'assets/tabbar/cases-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
})
