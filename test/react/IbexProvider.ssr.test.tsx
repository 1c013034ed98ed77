// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { describe, expect, test } from 'vitest'

describe('server rendering', () => {
  test('behavior: the provider and useSession render on a server as loading, without window', async () => {
    expect(typeof window).toBe('undefined')
    // Imported here, after the check, so that a `window` access at import time would fail too.
    const { IbexProvider, useSession, usePasskeySupport } =
      await import('../../src/exports/index.ts')
    const { PasskeyButton } = await import('../../src/exports/components.ts')
    function App() {
      const { status, user } = useSession()
      const { data: support } = usePasskeySupport()
      return (
        <main>
          <p>{`status:${status} user:${user?.externalUserId ?? 'none'}`}</p>
          <p>{`passkeys:${support ? String(support.webauthn) : 'unknown'}`}</p>
          <PasskeyButton mode="sign-in" />
        </main>
      )
    }
    const html = renderToString(
      <IbexProvider
        config={{ baseUrl: 'https://passkeys-testnet.ibex.fi', storage: 'localStorage' }}
        locale="fr"
      >
        <App />
      </IbexProvider>,
    )
    expect(html).toContain('status:loading user:none')
    expect(html).toContain('passkeys:unknown')
    expect(html).toMatch(
      /<button[^>]*type="button"[^>]*data-state="idle"[^>]*><svg[^>]*aria-hidden="true"[^>]*>.*?<\/svg><span data-part="label">Se connecter avec une clé d’accès<\/span><\/button>/,
    )
  })
})
