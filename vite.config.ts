import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { currentBuildOnly, keepPreviousAssets } from './scripts/keep-previous-assets.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: { alias: { '@shared': here('./shared') } },
  plugins: [
    solid(),
    // An open page from the previous build must still find its lazy chunks after a deploy.
    keepPreviousAssets(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'web/pwa',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Pitlane 车主服务',
        short_name: 'Pitlane',
        description: '车辆健康档案、预约、维修进度与报价确认',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f5f7fb',
        theme_color: '#1d4ed8',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // Staff console chunks are never precached on customers' phones; old builds' assets neither.
        globIgnores: ['assets/staff/**', '**/node_modules/**'],
        manifestTransforms: [currentBuildOnly()],
      },
    }),
  ],
  build: {
    target: 'es2022',
    manifest: true,
    emptyOutDir: false,
    rollupOptions: {
      // The remote approval page (approve.html) is its own small entry: no app shell, router or Dexie.
      input: { main: here('./index.html'), approve: here('./approve.html') },
      output: {
        // The staff console (web/staff/**) gets its own folder so it is easy to keep out of the precache.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/web/staff/')) &&
          !chunk.moduleIds.some((id) => !id.includes('/web/staff/') && id.includes('/web/'))
            ? 'assets/staff/[name]-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:5174' } },
});
