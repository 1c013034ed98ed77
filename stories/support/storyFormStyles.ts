import type { CSSProperties } from 'react'

/**
 * The inline styles of the stories' own small forms (address book, SEPA), from the kit's
 * `--ibex-*` tokens so they sit beside the drop-in components in light and dark.
 *
 * @example
 * <input style={storyFormStyles.input} /> <button style={storyFormStyles.button}>Save</button>
 */
export const storyFormStyles = {
  input: {
    height: 'var(--ibex-control-height)',
    padding: '0 var(--ibex-space-2)',
    border: '1px solid var(--ibex-line-strong)',
    borderRadius: 'var(--ibex-radius-2)',
    background: 'var(--ibex-bg)',
    color: 'var(--ibex-fg)',
    font: 'inherit',
  },
  button: {
    height: 'var(--ibex-control-height)',
    borderRadius: 'var(--ibex-radius-2)',
    border: 0,
    background: 'var(--ibex-accent)',
    color: 'var(--ibex-on-accent)',
    font: 'inherit',
    cursor: 'pointer',
  },
} satisfies Record<string, CSSProperties>
