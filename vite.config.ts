/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'

// One config for the library's dev tooling: Vitest projects live here (design card).
// The README's examples (examples/) import the package by name, as an app would.
const entry = (name: string) => fileURLToPath(new URL(`./src/exports/${name}.ts`, import.meta.url))

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^ibex-react$/, replacement: entry('index') },
      { find: /^ibex-react\/components$/, replacement: entry('components') },
      { find: /^ibex-react\/mock$/, replacement: entry('mock') },
      { find: /^ibex-react\/testing$/, replacement: entry('testing') },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}', 'examples/testing/vitest/**/*.test.tsx'],
          exclude: ['test/browser/**'],
          setupFiles: ['test/setup.ts'],
          // Argon2id at 64 MiB takes a moment on a 2-core machine.
          testTimeout: 30_000,
          restoreMocks: true,
          // expect.poll waits for a condition; 1 s (the default) is too short on a loaded machine.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
})
