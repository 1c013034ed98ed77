// Type tests of the hooks' `error` unions, checked by `npm run typecheck` (tsc includes test/).
// A `case` with a code the hook cannot return is a compile error: that is what `@ts-expect-error`
// asserts below (it fails the typecheck if the line compiles). The hooks are only referenced
// inside functions that never run.
import { expectTypeOf } from 'vitest'
import {
  type IbexHttpError,
  IbexNetworkError,
  IbexOperationError,
  IbexRefusalError,
  IbexResponseError,
  IbexValidationError,
  IbexWalletError,
  useBalances,
  useSignIn,
  useSignOut,
  useTransfer,
  type IbexOperationErrorType,
} from '../../src/exports/index.ts'

export function TransferErrors() {
  const { error } = useTransfer()
  expectTypeOf(error).toEqualTypeOf<IbexOperationErrorType | null>()
  switch (error?.code) {
    case 'validation/amount-exceeds-balance':
    case 'operation/outcome-unknown':
    case 'http/rate-limited':
    case 'network/timeout':
    case 'webauthn/cancelled':
    case 'wallet/rejected':
    case 'session/busy':
      break
    // @ts-expect-error a code no error of the kit has
    case 'validation/amount-too-big':
      break
    // @ts-expect-error realtime errors never reach an operation hook
    case 'realtime/timeout':
      break
  }
  // Narrowing by class works on the union: each hook error class is exported from the root.
  if (error instanceof IbexOperationError)
    expectTypeOf(error.userOpHash).toEqualTypeOf<`0x${string}` | undefined>()
  if (error instanceof IbexRefusalError) expectTypeOf(error.cause).toEqualTypeOf<IbexHttpError>()
  if (error instanceof IbexValidationError) expectTypeOf(error.field).toEqualTypeOf<string>()
  if (error instanceof IbexNetworkError) expectTypeOf(error.endpoint).toEqualTypeOf<string>()
  if (error instanceof IbexResponseError)
    expectTypeOf(error.field).toEqualTypeOf<string | undefined>()
  if (error instanceof IbexWalletError)
    expectTypeOf(error.code).toEqualTypeOf<IbexWalletError['code']>()
}

export function SignInErrors() {
  switch (useSignIn().error?.code) {
    case 'validation/pin-wrong':
    case 'validation/pin-throttled':
    case 'webauthn/cancelled':
      break
    // @ts-expect-error a sign-in does not run an operation
    case 'operation/failed':
      break
  }
}

export function DataErrors() {
  switch (useBalances().error?.code) {
    case 'http/unauthorized':
    case 'validation/address-invalid':
      break
    // @ts-expect-error a read never prompts for a passkey
    case 'webauthn/cancelled':
      break
  }
  switch (useSignOut().error?.code) {
    case 'network/failed':
      break
    // @ts-expect-error sign-out validates nothing
    case 'validation/pin-wrong':
      break
  }
}
