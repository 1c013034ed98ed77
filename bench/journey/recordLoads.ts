// Records what a page fetches from its app server, in the order the browser starts the requests
// (the page's and its workers': Playwright reports dedicated workers' requests on the page), with
// the initiator Chromium gives each page request (CDP `Network.requestWillBeSent`: the parser,
// or the scripts on the stack — async parents included — that started it).
import type { Page } from 'playwright-core'

export type RecordedLoad = {
  url: string
  path: string
  /** Playwright's resource type (`script`, `stylesheet`, `fetch`, `other` …). */
  resourceType: string
  /** Whether the request came from a worker (no frame). */
  fromWorker: boolean
  /** Script URLs on the initiating stack (page requests), or the document for the parser. */
  initiators: string[]
  initiatorType: string
}

type Initiator = {
  type: string
  url?: string
  stack?: StackTrace
}
type StackTrace = {
  callFrames: { url: string }[]
  parent?: StackTrace
}

function stackUrls(stack: StackTrace | undefined): string[] {
  const urls: string[] = []
  for (let s = stack; s; s = s.parent)
    for (const frame of s.callFrames) if (frame.url) urls.push(frame.url)
  return urls
}

/** What {@link recordLoads} returns: the loads so far, and a call filling in their initiators. */
export type LoadRecorder = {
  loads: RecordedLoad[]
  /** Pairs each page request with its CDP event (in order, per URL); call before reading. */
  settle(): void
}

/**
 * Starts recording `page`'s requests to `origin`.
 *
 * @example
 * const recorder = await recordLoads(page, server.url)
 */
export async function recordLoads(page: Page, origin: string): Promise<LoadRecorder> {
  const loads: (RecordedLoad & { index: number })[] = []
  const initiatorsByUrl = new Map<string, Initiator[]>()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  cdp.on(
    'Network.requestWillBeSent',
    (event: { request: { url: string }; initiator: Initiator }) => {
      const list = initiatorsByUrl.get(event.request.url) ?? []
      list.push(event.initiator)
      initiatorsByUrl.set(event.request.url, list)
    },
  )
  const seen = new Map<string, number>()
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(origin)) return
    let fromWorker = false
    try {
      request.frame()
    } catch {
      fromWorker = true
    }
    const index = fromWorker ? -1 : (seen.get(url) ?? 0)
    if (!fromWorker) seen.set(url, index + 1)
    loads.push({
      url,
      path: new URL(url).pathname,
      resourceType: request.resourceType(),
      fromWorker,
      initiators: [],
      initiatorType: fromWorker ? 'worker' : 'unknown',
      index,
    })
  })
  return {
    loads,
    settle() {
      for (const load of loads) {
        const initiator = load.index < 0 ? undefined : initiatorsByUrl.get(load.url)?.[load.index]
        if (!initiator) continue
        load.initiatorType = initiator.type
        load.initiators = [
          ...new Set([...(initiator.url ? [initiator.url] : []), ...stackUrls(initiator.stack)]),
        ]
      }
    },
  }
}
