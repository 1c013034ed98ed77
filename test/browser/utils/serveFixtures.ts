import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { createServer, type ViteDevServer } from 'vite'

const root = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** A Vite dev server over test/browser/fixtures, on localhost (a secure context for WebAuthn). */
export type FixtureServer = { url: string; close: () => Promise<void> }

/**
 * Serves the browser-test fixture pages (each an HTML file plus a TSX entry importing the kit's
 * sources) on http://localhost:<free port>. `headers`, when given, is asked for extra response
 * headers on every request (e.g. a Content-Security-Policy a test changes between pages).
 */
export async function serveFixtures(
  options: { headers?: () => Record<string, string> } = {},
): Promise<FixtureServer> {
  const { headers } = options
  const server: ViteDevServer = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [
      react(),
      ...(headers
        ? [
            {
              name: 'fixture-headers',
              configureServer(dev: ViteDevServer) {
                dev.middlewares.use((_request, response, next) => {
                  for (const [name, value] of Object.entries(headers())) {
                    response.setHeader(name, value)
                  }
                  next()
                })
              },
            },
          ]
        : []),
    ],
    server: {
      host: 'localhost',
      port: 0,
      strictPort: false,
      fs: { allow: [fileURLToPath(new URL('../../../', import.meta.url))] },
    },
    // Scan every fixture up front: a dependency discovered late makes Vite reload the page mid-test.
    optimizeDeps: { entries: ['*.html'] },
  })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address === 'string') throw new Error('fixture server has no port')
  return { url: `http://localhost:${address.port}`, close: () => server.close() }
}
