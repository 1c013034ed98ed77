// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { describe, expect, test } from 'vitest'

describe('realtime on a server', () => {
  test('behavior: off by default, status closed, no socket, nothing touches window', async () => {
    expect(typeof window).toBe('undefined')
    const { IbexProvider, useRealtimeStatus, useIbexEvents, useIbexRealtime } =
      await import('../../../src/exports/index.ts')
    let constructed = 0
    class CountingSocket {
      constructor() {
        constructed++
      }
      send() {}
      close() {}
      onopen = null
      onmessage = null
      onclose = null
      onerror = null
    }
    function App() {
      const { status, role } = useRealtimeStatus()
      useIbexEvents(() => {})
      const realtime = useIbexRealtime()
      return <p>{`realtime:${status} role:${role ?? 'none'} client:${realtime ? 'yes' : 'no'}`}</p>
    }
    const html = renderToString(
      <IbexProvider config={{ baseUrl: 'https://passkeys-testnet.ibex.fi' }}>
        <App />
      </IbexProvider>,
    )
    expect(html).toContain('realtime:closed role:none client:no')
    // Asked for explicitly, it renders `closed` too: nothing starts before an effect runs.
    const forced = renderToString(
      <IbexProvider
        config={{ baseUrl: 'https://passkeys-testnet.ibex.fi' }}
        realtime={{ WebSocket: CountingSocket }}
      >
        <App />
      </IbexProvider>,
    )
    expect(forced).toContain('realtime:closed role:none client:yes')
    expect(constructed).toBe(0)
  })
})
