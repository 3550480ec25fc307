import { defineConfig } from 'vite';

// The web app lives in src/web and is built to dist/web, which the Fastify server serves.
// Preact's automatic JSX runtime is configured through oxc, so no Babel-based plugin is needed.
export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
