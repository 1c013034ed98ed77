import { IbexError } from './IbexError.ts'

export type IbexSessionErrorCode =
  'session/signed-out' | 'session/refresh-rejected' | 'session/provider-missing' | 'session/busy'

/**
 * The call needs a session that is not there (signed out, or the refresh token was refused and
 * the user was signed out), or the kit is used outside `<IbexProvider>`.
 *
 * @example
 * if (error instanceof IbexSessionError && error.code === 'session/refresh-rejected') goToSignIn()
 */
export class IbexSessionError extends IbexError {
  override name = 'IbexSessionError' as const
  declare readonly code: IbexSessionErrorCode

  constructor(parameters: { code: IbexSessionErrorCode; message: string; cause?: unknown }) {
    super(parameters.message, { code: parameters.code, cause: parameters.cause })
  }
}
