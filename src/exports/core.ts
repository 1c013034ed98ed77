// Public API of `ibex-react/core`: the framework-free client. Named re-exports only.
export { IbexError, type IbexErrorParameters } from '../core/errors/IbexError.ts'
export { IbexHttpError, type IbexHttpErrorCode } from '../core/errors/IbexHttpError.ts'
export { IbexNetworkError, type IbexNetworkErrorCode } from '../core/errors/IbexNetworkError.ts'
export { IbexResponseError } from '../core/errors/IbexResponseError.ts'
export { IbexSessionError, type IbexSessionErrorCode } from '../core/errors/IbexSessionError.ts'
export {
  IbexValidationError,
  type IbexValidationErrorCode,
} from '../core/errors/IbexValidationError.ts'
export { IbexWebAuthnError, type IbexWebAuthnErrorCode } from '../core/errors/IbexWebAuthnError.ts'
export { canonicalJson, type CanonicalJsonValue } from '../core/protocol/canonicalJson.ts'
export { kdfProofMessage, type KdfProofFields } from '../core/protocol/kdfProofMessage.ts'
export { emailProofMessage, type EmailProofFields } from '../core/protocol/emailProofMessage.ts'
