import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'
import type { FixtureServer } from './serveFixtures.ts'

const configFile = fileURLToPath(new URL('../../../demo/vite.config.ts', import.meta.url))

/**
 * Serves the demo app (demo/, with its own Vite config) on http://localhost:<free port>, as
 * `npm run demo` does on 5173.
 *
 * @example
 * const demo = await serveDemo()
 * await page.goto(`${demo.url}/?api=${encodeURIComponent(mock.url)}`)
 */
export async function serveDemo(): Promise<FixtureServer> {
  const server = await createServer({
    configFile,
    logLevel: 'error',
    server: { host: 'localhost', port: 0, strictPort: false },
  })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address === 'string') throw new Error('demo server has no port')
  return { url: `http://localhost:${address.port}`, close: () => server.close() }
}
