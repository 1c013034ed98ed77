'use client'
/** A conditional (autofill) sign-in waiting in the background. */
export type AutofillCeremony = {
  /** Starts it (again); it checks for itself whether that still makes sense. */
  start(): void
  abort(): void
}

const autofills = new Set<AutofillCeremony>()
let modalCeremonies = 0

/**
 * Registers a conditional sign-in and starts it unless a modal ceremony is running. While any
 * modal ceremony (a button's sign-up or sign-in) runs, autofill ceremonies stay aborted, so one
 * whose challenge arrives late cannot close the modal prompt; they start again when the last
 * one ends. Returns the function that unregisters it.
 *
 * @example
 * useEffect(() => registerAutofillCeremony({ start, abort }), [start, abort])
 */
export function registerAutofillCeremony(ceremony: AutofillCeremony): () => void {
  autofills.add(ceremony)
  if (modalCeremonies === 0) ceremony.start()
  return () => {
    autofills.delete(ceremony)
  }
}

/**
 * Marks a modal ceremony as running (aborting the autofill ones) and returns the function that
 * marks it ended.
 *
 * @example
 * const end = beginModalCeremony()
 * try { await signIn(client, {}) } finally { end() }
 */
export function beginModalCeremony(): () => void {
  modalCeremonies += 1
  for (const autofill of autofills) autofill.abort()
  let ended = false
  return () => {
    if (ended) return
    ended = true
    modalCeremonies -= 1
    if (modalCeremonies === 0) for (const autofill of [...autofills]) autofill.start()
  }
}
