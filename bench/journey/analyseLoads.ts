// Turns the recorded loads of a journey into the figures of bench:bundle: per file its bytes as
// sent, its kind, the chain of dependent loads it sits at the end of, and what it holds.
import type { BuiltApp, BuiltFile } from './buildApp.ts'
import type { RecordedLoad } from './recordLoads.ts'

export type LoadKind = 'js' | 'worker' | 'css' | 'wasm'

/** One file the page fetched before a mark. */
export type MeasuredLoad = {
  path: string
  kind: LoadKind
  /** Body bytes on the wire (the file gzipped on its own). */
  gzipBytes: number
  rawBytes: number
  /** 1 for what the HTML names (entry, its preloads, CSS); +1 per load that had to finish first. */
  depth: number
  /** The file whose run started this load (`index.html` for the parser). */
  initiator: string
  isReact: boolean
  /** What the file holds, biggest first (packages by name, kit modules by dist path). */
  contents: string[]
}

export type MarkFigures = {
  loads: MeasuredLoad[]
  /** Files loaded after the mark, until the page went quiet (what the journey did not wait for). */
  after: MeasuredLoad[]
}

const kindOf = (load: RecordedLoad, file: BuiltFile | undefined): LoadKind | undefined => {
  if (file?.isWorker || (load.fromWorker && /\.m?js$/.test(load.path))) return 'worker'
  if (/\.m?js$/.test(load.path)) return 'js'
  if (load.path.endsWith('.css')) return 'css'
  if (load.path.endsWith('.wasm')) return 'wasm'
  return undefined
}

function contentsOf(file: BuiltFile | undefined): string[] {
  if (!file || file.modules.length === 0) return []
  const byOwner = new Map<string, number>()
  for (const [module, bytes] of Object.entries(file.moduleBytes)) {
    if (bytes === 0) continue
    const owner = module.startsWith('dist/')
      ? module.replace(/^dist\//, '').replace(/\.js$/, '')
      : module
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + bytes)
  }
  return [...byOwner].sort((a, b) => b[1] - a[1]).map(([owner]) => owner)
}

/**
 * The figures of a journey up to the mark `mark` (`/__mark/<mark>` requested by the app).
 *
 * @param sizeOf - Bytes as sent and as a file, per path (from the app server).
 * @example
 * const { loads } = analyseLoads(app, recorder.loads, 'balances', server.sizeOf)
 */
export function analyseLoads(
  app: BuiltApp | undefined,
  recorded: RecordedLoad[],
  mark: string,
  sizeOf: (path: string) => { gzipBytes: number; rawBytes: number } | undefined,
): MarkFigures {
  const cut = recorded.findIndex((load) => load.path === `/__mark/${mark}`)
  if (cut < 0) throw new Error(`the journey never reached "${mark}"`)
  const fileOf = (path: string) => app?.files.get(path.replace(/^\//, ''))
  // The static imports of a chunk, transitively: Vite preloads them together with the chunk.
  const closure = (fileName: string, into = new Set<string>()) => {
    if (into.has(fileName)) return into
    into.add(fileName)
    for (const imported of app?.files.get(fileName)?.imports ?? []) closure(imported, into)
    return into
  }
  const measured: (MeasuredLoad & { index: number })[] = []
  const depthByUrl = new Map<string, number>()
  recorded.forEach((load, index) => {
    const file = fileOf(load.path)
    const kind = kindOf(load, file)
    if (!kind) return
    const name = load.path.replace(/^\//, '')
    let depth: number | undefined
    let initiator = 'index.html'
    if (load.initiatorType === 'parser') depth = 1
    else {
      // The import graph: the loaded chunk whose dynamic import (with its preloaded static
      // imports) or worker reaches this file, the shallowest if several do. Chromium reports
      // Vite's preloads without a stack, so the graph, not the initiator, says what came first.
      for (const parent of measured) {
        const parentFile = fileOf(parent.path)
        if (!parentFile) continue
        const reaches =
          parentFile.dynamicImports.some((target) => closure(target).has(name)) ||
          parentFile.workers.includes(name)
        if (reaches && (depth === undefined || parent.depth + 1 < depth)) {
          depth = parent.depth + 1
          initiator = parent.path
        }
      }
    }
    if (depth === undefined) {
      // Outside the build's graph (a CDN's script and its chunks): the scripts on the stack that
      // started it, the deepest of them, or the worker that fetched it.
      const known = load.initiators.filter((url) => depthByUrl.has(url))
      if (known.length > 0) {
        const deepest = known.reduce((a, b) =>
          (depthByUrl.get(a) ?? 0) >= (depthByUrl.get(b) ?? 0) ? a : b,
        )
        depth = (depthByUrl.get(deepest) ?? 0) + 1
        initiator = new URL(deepest).pathname.replace(/^\//, '')
      } else if (load.fromWorker) {
        const worker = [...measured].reverse().find((candidate) => candidate.kind === 'worker')
        depth = (worker?.depth ?? 0) + 1
        initiator = worker?.path ?? '?'
      } else {
        depth = 1
        initiator = `? (${load.initiatorType})`
      }
    }
    depthByUrl.set(load.url, depth)
    const size = sizeOf(load.path)
    measured.push({
      index,
      path: name,
      kind,
      gzipBytes: size?.gzipBytes ?? 0,
      rawBytes: size?.rawBytes ?? 0,
      depth,
      initiator,
      isReact: file?.isReact ?? false,
      contents: file?.isWorker ? ['(worker: built apart by Vite)'] : contentsOf(file),
    })
  })
  const strip = ({ index: _index, ...rest }: MeasuredLoad & { index: number }) => rest
  return {
    loads: measured.filter((load) => load.index < cut).map(strip),
    after: measured.filter((load) => load.index > cut).map(strip),
  }
}

/** Totals of a list of loads, with and without react/react-dom. */
export function totals(loads: MeasuredLoad[]) {
  const sum = (list: MeasuredLoad[]) => list.reduce((total, load) => total + load.gzipBytes, 0)
  const kit = loads.filter((load) => !load.isReact)
  return {
    all: sum(loads),
    withoutReact: sum(kit),
    react: sum(loads.filter((load) => load.isReact)),
    js: sum(kit.filter((load) => load.kind === 'js' || load.kind === 'worker')),
    css: sum(kit.filter((load) => load.kind === 'css')),
    wasm: sum(kit.filter((load) => load.kind === 'wasm')),
    jsRequests: loads.filter((load) => load.kind === 'js' || load.kind === 'worker').length,
    jsRequestsWithoutReact: kit.filter((load) => load.kind === 'js' || load.kind === 'worker')
      .length,
    depth: loads.reduce((max, load) => Math.max(max, load.depth), 0),
  }
}
