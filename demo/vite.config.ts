import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const repository = fileURLToPath(new URL('../', import.meta.url))

// The demo app: `npm run mock` in one shell, `npm run demo` in another. The journeys of
// test/browser/journeys serve it with this same config (port and host overridden).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  // Its own optimised-deps cache, so the demo, the test fixtures and Storybook never make each
  // other re-optimise.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite/demo', import.meta.url)),
  server: {
    // WebAuthn needs a secure context and an rpId the mock accepts: http://localhost is both.
    host: 'localhost',
    port: 5173,
    fs: { allow: [repository] },
  },
  // Every dependency found up front: one discovered late makes Vite reload the page.
  optimizeDeps: { entries: ['index.html'] },
  build: { outDir: 'dist', emptyOutDir: true },
})
