import { fileURLToPath } from 'node:url';
import { defineConfig, type HtmlTagDescriptor, type Plugin, type Rolldown } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { currentBuildOnly, keepPreviousAssets } from './scripts/keep-previous-assets.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The first route's chunks, preloaded from the HTML so they arrive with the entry instead of after it:
 * the sign-in screen and the shell's words in the default language (zh-CN). The page itself loads the
 * signed-in frame and the other language where they apply (web/main.tsx). No inline script: the CSP
 * allows scripts from 'self' only, so this list is static.
 */
const FIRST_ROUTE = [
  'web/auth/signin-screen.tsx',
  'web/i18n/catalog/app-zh.ts',
  'web/i18n/catalog/auth-zh.ts',
  'web/i18n/catalog/errors-zh.ts',
];

function preloadFirstRoute(): Plugin {
  return {
    name: 'pitlane:preload-first-route',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry?.facadeModuleId?.endsWith('/index.html')) return;
        const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const inEntry = new Set<string>();
        const walk = (file: string, into: Set<string>) => {
          if (into.has(file) || (into !== inEntry && inEntry.has(file))) return;
          into.add(file);
          for (const dep of byFile.get(file)?.imports ?? []) walk(dep, into);
        };
        walk(entry.fileName, inEntry);
        const files = new Set<string>();
        for (const id of FIRST_ROUTE) {
          const chunk = chunks.find((c) => c.facadeModuleId === here(`./${id}`));
          if (!chunk) throw new Error(`preload-first-route: no chunk for ${id}`);
          walk(chunk.fileName, files);
        }
        const css = [...files].flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]);
        return [
          ...[...files].map((f) => ({ rel: 'modulepreload', href: `/${f}` })),
          ...css.map((f) => ({ rel: 'preload', as: 'style', href: `/${f}` })),
        ].map(
          (attrs): HtmlTagDescriptor => ({ tag: 'link', attrs: { ...attrs, crossorigin: true }, injectTo: 'head' }),
        );
      },
    },
  };
}

export default defineConfig({
  resolve: { alias: { '@shared': here('./shared') } },
  plugins: [
    solid(),
    preloadFirstRoute(),
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
      // The remote approval page (approve.html) and the friend's invite page (invite.html) are their own small entries: no app shell, router or Dexie.
      input: {
        main: here('./index.html'),
        approve: here('./approve.html'),
        invite: here('./invite.html'),
        survey: here('./survey.html'),
      },
      output: {
        // Fewer, larger chunks where every customer needs them anyway: each file costs a request and
        // its own gzip dictionary (the signed-in first screen was 41 files). Feature code stays per route.
        codeSplitting: {
          // A group takes only the modules it names: IndexedDB's probe (web/db/local-data.ts) stays light.
          includeDependenciesRecursively: false,
          groups: [
            { name: 'framework', test: /node_modules\/(solid-js|@solid-primitives\/i18n)\// },
            // The app's router: the invite and approval pages have one screen and do without it.
            { name: 'router', test: /node_modules\/@solidjs\/router\// },
            // Everything else index.html loads before any dynamic import.
            {
              name: 'shell',
              test: /\/web\/(ui\/(button|empty-state|icon|page)\.tsx|sync\/(api|client)\.ts|db\/local-data\.ts|auth\/session\.ts|pwa\/register\.ts|i18n\/(i18n|catalogs|catalog\/catalog)\.ts|app\/screen\.ts)$|node_modules\/hono\/|preload-helper|pwa-register/,
            },
            // The validation every screen and the approval page share.
            { name: 'schema', test: /node_modules\/valibot\/|\/shared\/(schema\/[\w-]+|ids)\.ts$/ },
            {
              name: 'database',
              test: /node_modules\/dexie\/|\/web\/db\/(dexie|live)\.ts$|\/web\/sync\/(?!api|client)[\w-]+\.ts$/,
            },
          ],
        },
        // The staff console (web/staff/**, and its words: web/i18n/catalog/staff-*.ts) gets its own folder
        // so it is easy to keep out of the precache.
        chunkFileNames: (chunk) => {
          const staff = (id: string) => id.includes('/web/staff/') || id.includes('/web/i18n/catalog/staff-');
          return chunk.moduleIds.some(staff) && !chunk.moduleIds.some((id) => !staff(id) && id.includes('/web/'))
            ? 'assets/staff/[name]-[hash].js'
            : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:5174' } },
});
