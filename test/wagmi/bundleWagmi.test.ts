// @vitest-environment node
// esbuild refuses jsdom's TextEncoder, so this file runs in plain Node.
import { describe, expect, it } from 'vitest'
import { checkWagmiIsolation, wagmiMarkersIn } from '../../bench/bundleWagmi.ts'
import { measureBundle } from '../../bench/measureBundle.ts'

describe('the wagmi isolation of the bundles', () => {
  it('bundles wagmi only into apps that import ibex-react/wagmi', async () => {
    const { ok, entries } = await checkWagmiIsolation()
    const [withoutWagmi, withWagmi] = entries
    expect(withoutWagmi?.wagmiMarkers).toEqual([])
    expect(withWagmi?.wagmiMarkers.length).toBeGreaterThan(0)
    expect(ok).toBe(true)
    for (const entry of entries) {
      console.log(`${entry.name}: ${entry.minBytes} B min, ${entry.initialMinGz} B initial min+gz`)
    }
  })

  it('detects wagmi in an app entry that imports it directly', async () => {
    const entry = await measureBundle('direct wagmi', "export { createConfig } from 'wagmi'\n")
    expect(wagmiMarkersIn(entry).length).toBeGreaterThan(0)
  })
})
