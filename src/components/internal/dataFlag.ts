/**
 * Value of a boolean data attribute: present and empty (`data-pending=""`) when on, absent when
 * off, so CSS can select `[data-pending]`.
 *
 * @example
 * <div data-disabled={dataFlag(disabled)} />
 */
export function dataFlag(on: boolean): '' | undefined {
  return on ? '' : undefined
}
