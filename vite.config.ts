import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { catalogues } from './vite-plugin-catalogues.js';

// The web app lives in src/web and is built to dist/web, which the Fastify server serves.
// Preact's automatic JSX runtime is configured through oxc, so no Babel-based plugin is needed.
export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // No source maps in the build: the server must not hand out the app's sources with their comments.
    sourcemap: false,
    // Chromium, Firefox 115+ and Safari 17+ preload modules themselves; an older Safari still loads every module,
    // only without the head start. The polyfill would add bytes to every first load of the check-in.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // src/core is pure (lint-fenced: no I/O, no globals), so importing it through its index (src/core/index.ts)
      // must only bring what a screen uses; saying so lets the bundler drop the rest.
      treeshake: { moduleSideEffects: (id) => !id.includes('/src/core/') },
      output: {
        codeSplitting: {
          // Only the modules named below: their shared dependencies stay where the bundler would put them.
          includeDependenciesRecursively: false,
          groups: [
            {
              // What Today adds once a plan is saved (today's step, how to measure it, where am I, readiness): one
              // file instead of seven, each of which would pay its own gzip overhead on the check-in's first load.
              name: 'today-with-plan',
              test: /[\\/]src[\\/](core[\\/]plan[\\/]measuring(-tool)?|web[\\/]features[\\/](today[\\/]todays-plan|plan[\\/](step-measure|measure-words)|insights[\\/]where-am-i|readiness[\\/](today-insights|use-readiness|readiness-data|readiness-link|plan-cuts|go-ahead-store)))\.tsx?$/,
            },
          ],
        },
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  plugins: [
    // Message catalogues are compiled here, so the browser never parses ICU messages (docs/adr/0012).
    catalogues(),
    VitePWA({
      // A new version takes over quietly on the next load: no prompts for people who are unwell.
      registerType: 'autoUpdate',
      // A script file, not an inline script, so the strict Content-Security-Policy still holds.
      injectRegister: 'script-defer',
      manifest: {
        name: 'Taper Companion',
        short_name: 'Taper',
        description: 'Plan, track and understand a benzodiazepine taper. Educational, not medical advice.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#15181c',
        theme_color: '#15181c',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        ],
      },
      workbox: {
        // The app shell is precached so the app opens with no connection; the API is never cached by the worker.
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
