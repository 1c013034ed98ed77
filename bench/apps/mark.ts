// The harness's end markers: a page request to `/__mark/<name>` that the measurement cuts at
// (every JS, CSS, wasm and worker request the page started before it counts). Sent once per name.
const sent = new Set<string>()

/** Tells the harness that the journey reached `name` (e.g. balances on screen). */
export function mark(name: string): void {
  if (sent.has(name)) return
  sent.add(name)
  void fetch(`/__mark/${name}`, { cache: 'no-store' })
}

/** The mock IBEx the harness started (`?api=`). */
export const apiUrl = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:8787'
