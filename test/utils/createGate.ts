/**
 * A gate for the mock's injected latency: with `createTestIbex({ mock: { sleep: gate.wait } })`
 * and `mock.setFaults({ latencyMs: 1 })`, every request waits until `open()`, holding a
 * component in its pending state for as long as a test needs.
 */
export function createGate(): { wait: () => Promise<void>; open: () => void } {
  let open: () => void = () => {}
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return { wait: () => opened, open: () => open() }
}
