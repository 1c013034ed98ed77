import type { IbexProtocolProfile } from '../core/protocol/IbexProtocolProfile.ts'

/** The verdict of one check. WARN and SKIP count as neither passed nor failed. */
export type DoctorStatus = 'PASS' | 'FAIL' | 'WARN' | 'SKIP'

/** One line of the doctor's table. */
export type DoctorCheck = {
  /** Stable id (`cors-authorization`, `kdf-proof` …) for scripts. */
  id: string
  status: DoctorStatus
  /** What a PASS confirms, in one line. */
  confirms: string
  /** What was seen: the server's answer, the fields, the fix. */
  detail: string
}

/** Everything `ibex-doctor` found, as `--json` prints it. */
export type DoctorReport = {
  baseUrl: string
  origin: string
  rpId: string | undefined
  checks: DoctorCheck[]
  passed: number
  failed: number
  /** The profile the server accepted a PIN (and email) proof under, when one was created. */
  protocol?: IbexProtocolProfile | undefined
}
