/**
 * electron-builder configuration: `npm run dist` (see README → Building installers).
 * Run on a machine that can download Electron; the CI machines cannot.
 * @type {import('electron-builder').Configuration}
 */
module.exports = {
  appId: 'cn.hia.workbench',
  productName: '健康影响评价工作台',
  executableName: 'hia-workbench',
  copyright: 'HIA Workbench',
  directories: { output: 'release', buildResources: 'build' },
  // 1024×1024 PNG; electron-builder derives the .ico and .icns from it.
  icon: 'build/icon.png',
  files: ['out/**', 'package.json', '!**/*.map', '!**/node_modules/@napi-rs/canvas*/**'],
  // Native modules and files read by path cannot load from inside the asar archive:
  // better-sqlite3 and resvg (native), harfbuzz's WebAssembly (chart font subsetting), and
  // pdfjs's CMaps and standard fonts (Chinese PDFs).
  asarUnpack: [
    '**/node_modules/better-sqlite3/**',
    '**/node_modules/@resvg/**',
    '**/node_modules/harfbuzzjs/**',
    '**/node_modules/pdfjs-dist/cmaps/**',
    '**/node_modules/pdfjs-dist/standard_fonts/**',
  ],
  // electron-builder rebuilds better-sqlite3 for Electron's ABI while packaging, in the
  // staged app only: node_modules in the checkout stays built for Node (tests, CLI).
  npmRebuild: true,
  extraResources: [{ from: 'seeds', to: 'seeds', filter: ['**/*'] }],
  fileAssociations: [
    { ext: 'hiapkg', name: 'HIA Review Package', description: '健康影响评价专家评审包', role: 'Editor' },
  ],
  win: { target: ['nsis'] },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true, perMachine: false, language: '2052' },
  linux: { target: ['AppImage', 'deb'], category: 'Office', maintainer: 'HIA Workbench' },
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
};
