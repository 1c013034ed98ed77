import { ibex } from '../../../ibex'

// Every call of the kit in the browser comes here; the tokens stay in an HttpOnly cookie.
export const { GET, POST, PUT, PATCH, DELETE } = ibex
