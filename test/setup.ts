import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// waitFor/findBy wait for a condition, and give up after this budget. Testing Library's 1 s
// default is a time, not a condition: the first request of a test file also waits for Vite to
// transform the modules the kit loads on demand (parsers, schemas, ceremonies), which takes
// seconds when other processes hold both cores. A passing wait returns as soon as its condition
// holds, so the larger budget costs nothing; it only stops a slow machine from failing a test.
configure({ asyncUtilTimeout: 10_000 })
// The mock loads its passkey verifier on demand (an optional peer); load it once up front so
// the first passkey ceremony of a test file does not spend its waitFor budget on the import.
await import('@simplewebauthn/server')

afterEach(() => {
  cleanup()
})
