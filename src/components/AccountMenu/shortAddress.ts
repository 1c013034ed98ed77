/**
 * An address cut to its start and end (`0x1234…abcd`), as wallets show it; the full address stays
 * in the title, the menu and the copy.
 *
 * @example
 * shortAddress('0x52908400098527886E0F7030069857D2E4169EE7') // '0x5290…9EE7'
 */
export function shortAddress(address: string): string {
  return address.length > 12 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address
}
