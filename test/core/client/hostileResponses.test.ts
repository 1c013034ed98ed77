// @vitest-environment node
// Real HTTP servers on 127.0.0.1 (no MSW): what `fetch` does with a 3xx, and how much of an
// endless body gets read, is the point here.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, test } from 'vitest'
import { createIbexClient } from '../../../src/core/client/createIbexClient.ts'
import type { IbexClient } from '../../../src/core/client/IbexClient.ts'
import { IbexHttpError } from '../../../src/core/errors/IbexHttpError.ts'
import { IbexResponseError } from '../../../src/core/errors/IbexResponseError.ts'
import { signInBody } from './fakeIbex.ts'

type Seen = { url: string; headers: IncomingHttpHeaders }

const servers: Server[] = []
const clients: IbexClient[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections()
          server.close(() => resolve())
        }),
    ),
  )
})

/** An HTTP server on 127.0.0.1 that records each request and answers with `answer`. */
async function listen(
  answer: (url: string, respond: (status: number, headers: Record<string, string>) => void) => void,
): Promise<{ origin: string; seen: Seen[] }> {
  const seen: Seen[] = []
  const server = createServer((request, response) => {
    seen.push({ url: request.url ?? '', headers: request.headers })
    answer(request.url ?? '', (status, headers) => {
      response.writeHead(status, headers)
      response.end(status === 200 ? JSON.stringify({ ok: true }) : '')
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { origin: `http://127.0.0.1:${port}`, seen }
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

describe('redirects', () => {
  test.each([307, 302, 308])(
    'a %i to another origin is refused: the token (Authorization and X-IBEx-Auth) never leaves IBEx',
    async (status) => {
      const other = await listen((_, respond) => respond(200, {}))
      const ibex = await listen((url, respond) =>
        respond(status, { Location: `${other.origin}/steal${url}` }),
      )
      const client = createIbexClient({
        baseUrl: ibex.origin,
        rpId: 'localhost',
        crossTab: false,
        sendIbexAuthHeader: true,
      })
      clients.push(client)
      await client.session.applyAuthResponse(signInBody())

      const error = await caught(client.request({ path: '/v1.2/users/me/balances' }))

      expect(other.seen).toEqual([])
      expect(error).toBeInstanceOf(IbexHttpError)
      expect(error).toMatchObject({ code: 'http/redirect', status })
      expect(ibex.seen).toHaveLength(1)
      expect(ibex.seen[0]?.headers['x-ibex-auth']).toMatch(/^Bearer /)
    },
  )

  test('a redirect of a write is refused too, and not retried', async () => {
    const ibex = await listen((_, respond) => respond(307, { Location: '/elsewhere' }))
    const client = createIbexClient({ baseUrl: ibex.origin, rpId: 'localhost', crossTab: false })
    clients.push(client)

    const error = await caught(
      client.request({ method: 'POST', path: '/v1.2/auth/sign-in', auth: false, body: {} }),
    )

    expect(error).toMatchObject({ code: 'http/redirect', status: 307 })
    expect(ibex.seen.map((request) => request.url)).toEqual(['/v1.2/auth/sign-in'])
  })
})

describe('response size', () => {
  const MB = 1024 * 1024

  /** A server that streams `totalMb` of JSON-ish bytes, 1 MB at a time, and says when the client left. */
  async function streamingServer(totalMb: number, declareLength: boolean) {
    let written = 0
    let finished = false
    let resolveClosed: () => void = () => {}
    const closed = new Promise<void>((resolve) => (resolveClosed = resolve))
    const server = createServer((_, response) => {
      response.writeHead(200, {
        'Content-Type': 'application/json',
        ...(declareLength ? { 'Content-Length': String(totalMb * MB) } : {}),
      })
      response.on('close', () => resolveClosed())
      const chunk = Buffer.alloc(MB, 0x20)
      const writeMore = () => {
        while (written < totalMb) {
          written += 1
          if (!response.write(chunk)) return void response.once('drain', writeMore)
        }
        finished = true
        response.end()
      }
      writeMore()
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    return {
      origin: `http://127.0.0.1:${port}`,
      closed,
      state: () => ({ written, finished }),
    }
  }

  test.each([
    ['streamed without a length', false],
    ['with a Content-Length over the cap', true],
  ])(
    'a body over 10 MB (%s) is response/too-large and the read is aborted',
    async (_, declareLength) => {
      const ibex = await streamingServer(200, declareLength)
      const client = createIbexClient({ baseUrl: ibex.origin, rpId: 'localhost', crossTab: false })
      clients.push(client)

      const error = await caught(client.request({ path: '/v1.2/chains', auth: false }))

      expect(error).toBeInstanceOf(IbexResponseError)
      expect(error).toMatchObject({ code: 'response/too-large', endpoint: 'GET /v1.2/chains' })
      // The client hung up long before the server could send its 200 MB.
      await ibex.closed
      expect(ibex.state().finished).toBe(false)
      expect(ibex.state().written).toBeLessThan(200)
    },
  )

  test('a body just under the cap is read', async () => {
    const ibex = await streamingServer(9, false)
    const client = createIbexClient({ baseUrl: ibex.origin, rpId: 'localhost', crossTab: false })
    clients.push(client)
    // 9 MB of spaces is not JSON: reaching the parser is what this shows.
    const error = await caught(client.request({ path: '/v1.2/chains', auth: false }))
    expect(error).toMatchObject({ code: 'response/malformed-json' })
  })
})
