/** Messages of the workbench (工作台) and of the shell on narrow screens. */
export const workbenchMessages = {
  workbench: {
    queues: ['我的待办', 'My work'],
    shortcuts: ['常用服务', 'Services'],
    open: ['查看', 'Open'],
    // Hidden words around a tile's count, so it is read as 待我处理：3 项.
    countBefore: ['：', ': '],
    countAfter: [' 项', ' items'],
    overdue: ['其中 {{count}} 项已超期', '{{count}} overdue'],
    loadFailed: ['工作台加载失败，请稍后重试。', 'The workbench could not be loaded; please try again.'],
  },
  shell: {
    openMenu: ['打开菜单', 'Open menu'],
    closeMenu: ['关闭菜单', 'Close menu'],
    wideScreen: [
      '本页面是业务管理页面，内容较多，建议在电脑或平板横屏（宽度 768 像素以上）上使用；在手机上仍可查看。',
      'This is a management page with a lot of content; a computer or a tablet in landscape (768 px wide or more) is recommended. It still works on a phone.',
    ],
  },
} as const;
