/**
 * Runs the consumer's handler first, then ours unless the consumer called `preventDefault()`.
 * This lets an app veto a component's built-in behaviour without forking it.
 *
 * @example
 * <button onClick={composeEventHandlers(props.onClick, () => start())} />
 */
export function composeEventHandlers<event extends { defaultPrevented: boolean }>(
  consumerHandler: ((event: event) => void) | undefined,
  ourHandler: ((event: event) => void) | undefined,
): (event: event) => void {
  return function handleEvent(event) {
    consumerHandler?.(event)
    if (!event.defaultPrevented) ourHandler?.(event)
  }
}
