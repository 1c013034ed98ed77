// Serves a built app on 127.0.0.1 as a CDN would: every file gzipped on its own (level 9) with
// `Content-Encoding: gzip`, and logs each response with the bytes that went on the wire for its
// body. `/__mark/<name>` answers 204 (the apps' end markers); other paths under `extra` map to
// directories outside the app (e.g. a kit's CDN bundle served locally).
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
}

/** One response of the app server: the body's bytes as sent (gzip) and as a file. */
export type ServedFile = { path: string; status: number; gzipBytes: number; rawBytes: number }

export type AppServer = {
  url: string
  /** Every response so far, in order. */
  log: ServedFile[]
  /** The bytes of the file served at `path`, gzipped (as sent) and raw. */
  sizeOf(path: string): { gzipBytes: number; rawBytes: number } | undefined
  close(): Promise<void>
}

/**
 * Serves `dir` (and `extra` prefixes) on a free port of 127.0.0.1; with `rpc`, answers
 * `POST /rpc` with it (a JSON-RPC node for the wagmi app).
 *
 * @example
 * const server = await serveApp('bench/.out/passkey', { '/clerk-cdn/': 'node_modules/@clerk/clerk-js/dist' })
 */
export async function serveApp(
  dir: string,
  extra: Record<string, string> = {},
  rpc?: (body: unknown) => unknown,
): Promise<AppServer> {
  const log: ServedFile[] = []
  const cache = new Map<string, { raw: Buffer; gzip: Buffer }>()
  const fileFor = (pathname: string): string | undefined => {
    for (const [prefix, target] of Object.entries(extra))
      if (pathname.startsWith(prefix)) return join(resolve(target), pathname.slice(prefix.length))
    const file = join(resolve(dir), normalize(pathname === '/' ? '/index.html' : pathname))
    return file.startsWith(resolve(dir)) ? file : undefined
  }
  const load = (file: string) => {
    let entry = cache.get(file)
    if (!entry) {
      const raw = readFileSync(file)
      entry = { raw, gzip: gzipSync(raw, { level: 9 }) }
      cache.set(file, entry)
    }
    return entry
  }
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    if (pathname.startsWith('/__mark/')) {
      log.push({ path: pathname, status: 204, gzipBytes: 0, rawBytes: 0 })
      response.writeHead(204, { 'Cache-Control': 'no-store' }).end()
      return
    }
    if (pathname === '/rpc' && rpc && request.method === 'POST') {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        const answer = JSON.stringify(rpc(JSON.parse(Buffer.concat(chunks).toString('utf8'))))
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(answer)
      })
      return
    }
    const file = fileFor(pathname)
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      log.push({ path: pathname, status: 404, gzipBytes: 0, rawBytes: 0 })
      response.writeHead(404).end()
      return
    }
    const { raw, gzip } = load(file)
    log.push({ path: pathname, status: 200, gzipBytes: gzip.byteLength, rawBytes: raw.byteLength })
    response
      .writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Encoding': 'gzip',
        'Content-Length': gzip.byteLength,
        'Cache-Control': 'no-cache',
        'Access-Control-Allow-Origin': '*',
      })
      .end(gzip)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    // localhost: the passkey rpId of the mock's default tenant (Chromium resolves it to 127.0.0.1).
    url: `http://localhost:${port}`,
    log,
    sizeOf(path) {
      const file = fileFor(path)
      if (!file || !existsSync(file) || !statSync(file).isFile()) return undefined
      const { raw, gzip } = load(file)
      return { gzipBytes: gzip.byteLength, rawBytes: raw.byteLength }
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
