import { defineConfig } from 'vitest/config';
import { catalogues } from './vite-plugin-catalogues.js';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [catalogues()],
        test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.int.test.ts'], environment: 'node' },
      },
      {
        // Component tests: Preact screens and controls rendered into happy-dom (jsdom 31 needs Node 22).
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        plugins: [catalogues()],
        test: { name: 'dom', include: ['src/web/**/*.test.tsx'], environment: 'happy-dom' },
      },
      { test: { name: 'int', include: ['src/**/*.int.test.ts'], environment: 'node', testTimeout: 20_000 } },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
