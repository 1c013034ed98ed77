import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// The mock loads its passkey verifier on demand (an optional peer); load it once up front so
// the first passkey ceremony of a test file does not spend its waitFor budget on the import.
await import('@simplewebauthn/server')

afterEach(() => {
  cleanup()
})
