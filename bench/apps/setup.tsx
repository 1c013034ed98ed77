// Not measured: signs the bench's users up (a passkey one into the page's virtual authenticator,
// a PIN one) on an origin of its own, before the measured apps load on theirs.
import { useState, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { IbexProvider, useSignOut, useSignUp } from 'ibex-react'
import { apiUrl } from './mark.ts'

function App(): ReactNode {
  const signUp = useSignUp()
  const signOut = useSignOut()
  const [done, setDone] = useState('')
  async function run(variables: Parameters<typeof signUp.mutateAsync>[0]) {
    const result = await signUp.mutateAsync(variables)
    const user = result.status === 'signed-in' ? result.user : undefined
    await signOut.mutateAsync()
    setDone(user?.externalUserId ?? 'unknown')
  }
  return (
    <>
      <button type="button" onClick={() => void run({ wallet: 'passkeys' })}>
        Passkey sign-up
      </button>
      <button type="button" onClick={() => void run({ wallet: 'kdf', pin: '482916' })}>
        PIN sign-up
      </button>
      <output data-testid="done">{done}</output>
      <p role="alert">{signUp.error?.code}</p>
    </>
  )
}

createRoot(document.getElementById('root')!).render(
  <IbexProvider config={{ baseUrl: apiUrl, storage: 'memory' }}>
    <App />
  </IbexProvider>,
)
