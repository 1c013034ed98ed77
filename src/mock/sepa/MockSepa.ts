import type { Address } from 'viem'

/**
 * An IBAN of a user's Safe, as the mock keeps it (IBEx's IBAN object, docs/protocol.md
 * "SEPA and IBANs").
 */
export type MockIban = {
  id: string
  iban: string
  bic: string
  holderName: string
  label: string
  safeAddress: Address
  blockchainId: number
  createdAt: string
  updatedAt: string
}

/** A SEPA write waiting for the user's passkey (`POST` answered, `PUT` not yet). */
export type MockSepaApproval = {
  approvalId: string
  /** 32 random bytes, 0x-hex; the WebAuthn challenge is their base64url. */
  approvalHash: `0x${string}`
  challenge: string
  kind: 'iban' | 'payment'
  payload: Record<string, unknown>
  expiresAt: number
  used: boolean
}

/** A SEPA transaction (docs/protocol.md "SEPA and IBANs"). */
export type MockSepaTransaction = {
  id: string
  iban: string
  type: 'SEPA_IN' | 'SEPA_OUT'
  status: string
  statusCode: string
  amount: string
  currency: 'EUR'
  senderIban: string
  beneficiaryIban: string
  reference: string
  remittanceInfo: string | null
  channel: string
  createdAt: string
}

/** A SEPA mandate (docs/protocol.md "SEPA and IBANs"). */
export type MockMandate = {
  id: string
  status: 'validated' | 'suspended' | 'cancelled'
  position: number
  routing: {
    sourceIban: string
    destinationIban: string
    destinationName: string | null
    destinationBic: string | null
  }
  allocation: { percent: number }
  trigger: Record<string, unknown>
  signature: {
    message: string
    messageHash: string
    signatureHash: string
    safeOperationUserOpHash: string | null
    signatureCapturedAt: string
  }
  createdAt: string
  updatedAt: string
  version: number
}

/** One user's SEPA state in the mock. */
export type MockSepa = {
  ibans: MockIban[]
  approvals: Map<string, MockSepaApproval>
  transactions: MockSepaTransaction[]
  mandates: MockMandate[]
}
