import type { ReactNode } from 'react'

/**
 * The busy mark of a button: drawn beside its label (which stays, so the button keeps its
 * name), hidden from assistive technology (the button says `aria-busy`).
 *
 * @example
 * <button aria-busy={pending}>{pending && <Spinner />}Send</button>
 */
export function Spinner(): ReactNode {
  return (
    <svg
      className="ibex-spinner"
      data-part="spinner"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <circle
        cx="12"
        cy="12"
        r="9"
        fill="none"
        stroke="currentColor"
        strokeOpacity="0.25"
        strokeWidth="3"
      />
      <path
        d="M21 12a9 9 0 0 0-9-9"
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
      />
    </svg>
  )
}
