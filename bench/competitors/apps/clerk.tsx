// Clerk's drop-in sign-in, as its quick start has it: ClerkProvider + <SignIn /> + useUser.
// clerk-react downloads clerk-js at run time from Clerk's CDN; the harness serves the npm
// @clerk/clerk-js browser bundle at /clerk-cdn/ instead (`clerkJSUrl`), as the CDN would. Its
// Frontend API (derived from the publishable key) is not reachable offline.
import type { ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { ClerkProvider, SignIn, useUser } from '@clerk/clerk-react'

const publishableKey = `pk_test_${btoa('clerk.bench.invalid$')}`

function App(): ReactNode {
  const { isSignedIn, user } = useUser()
  if (isSignedIn) return <p>{user.primaryEmailAddress?.emailAddress}</p>
  return <SignIn />
}

createRoot(document.getElementById('root')!).render(
  <ClerkProvider publishableKey={publishableKey} clerkJSUrl="/clerk-cdn/clerk.browser.js">
    <App />
  </ClerkProvider>,
)
