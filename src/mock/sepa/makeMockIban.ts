/** ISO 13616 mod-97 of a numeric-or-letter string, digit by digit. */
function mod97(text: string): number {
  let remainder = 0
  for (const char of text) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char)
    remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97
  }
  return remainder
}

/**
 * A French IBAN with valid check digits for the mock's bank (bank 30006, branch 00001) and the
 * given 11-digit account number, plus its formatted form.
 *
 * @example
 * makeMockIban('00000000042') // { iban: 'FR76 …', formatted: 'FR76 3000 6000 01…' }
 */
export function makeMockIban(account: string): { iban: string; formatted: string } {
  const bankAndAccount = `3000600001${account}`
  const ribKey = String(97 - ((89 * 30006 + 15 * 1 + 3 * Number(account)) % 97)).padStart(2, '0')
  const bban = `${bankAndAccount}${ribKey}`
  const check = String(98 - mod97(`${bban}FR00`)).padStart(2, '0')
  const iban = `FR${check}${bban}`
  return { iban, formatted: iban.replace(/(.{4})/g, '$1 ').trim() }
}
