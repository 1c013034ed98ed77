// Public API of `ibex-react`: the provider and hooks. Named re-exports only.
export { IbexError } from '../core/errors/IbexError.ts'
