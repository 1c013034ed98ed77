// The PINs people pick most often, beyond what the pattern rules below already catch: the top of
// the 6-digit frequency tables in published studies of leaked and surveyed PINs (Wang et al.,
// "Understanding Human-Chosen PINs", AsiaCCS 2017; Markert et al., "This PIN Can Be Easily
// Guessed", IEEE S&P 2020), and for apps that allow 4 digits, the well-known top of 4-digit
// tables. Our own short selection: keypad shapes, words spelt in digits, dates and favourites.
const FREQUENT = new Set([
  // 6 digits: keypad lines, crosses and shapes
  '147258',
  '258369',
  '369258',
  '147852',
  '741852',
  '852963',
  '963852',
  '789456',
  '456123',
  '159753',
  '753951',
  '159357',
  '357159',
  '951753',
  '852456',
  '456852',
  '789123',
  '321654',
  '147369',
  '963741',
  '123654',
  '654123',
  '102030',
  '010203',
  '101010',
  '202020',
  // 6 digits: words and favourites ("520" reads "I love you" in Chinese; 1314 "for life")
  '520520',
  '521521',
  '520131',
  '131421',
  '201314',
  '584520',
  '110110',
  '168168',
  '888999',
  '696969',
  '123789',
  '987123',
  '112358',
  '314159',
  '142857',
  '007007',
  '100200',
  '123000',
  '000123',
  '111222',
  '222333',
  '121314',
  '123457',
  '123455',
  '123465',
  '102938',
  // 4 digits
  '1004',
  '2580',
  '1212',
  '6969',
  '1122',
  '1313',
  '4321',
  '1010',
  '2001',
  '1342',
  '7777',
])

/** Every digit one more (or one less) than the previous, wrapping 9→0: `345678`, `210987`. */
function isRun(pin: string): boolean {
  const steps = new Set<number>()
  for (let i = 1; i < pin.length; i++) {
    steps.add((Number(pin[i]) - Number(pin[i - 1]) + 10) % 10)
  }
  return steps.size === 1 && (steps.has(1) || steps.has(9))
}

/** The PIN is its first `size` characters repeated (`121212`, `123123`, `111111`). */
function repeats(pin: string, size: number): boolean {
  return pin.length % size === 0 && pin.slice(0, size).repeat(pin.length / size) === pin
}

/**
 * Whether a numeric PIN is among the first an attacker tries: one digit repeated, an ascending
 * or descending run, a short block repeated (`121212`, `123123`), pairs (`112233`), a mirror
 * (`123321`), a year (`1984` for 4 digits), or one of the most frequent PINs of published
 * PIN-frequency studies. Non-numeric input is only checked for a repeated character.
 *
 * @param pin - NFKC-normalised, as `validatePin` returns it.
 * @returns `true` when the PIN should be refused at sign-up (`validation/pin-weak`).
 * @example
 * isWeakPin('123456') // true
 * isWeakPin('739164') // false
 */
export function isWeakPin(pin: string): boolean {
  if (pin.length === 0) return true
  if (repeats(pin, 1)) return true
  if (!/^[0-9]+$/.test(pin)) return false
  if (isRun(pin) || FREQUENT.has(pin)) return true
  if (pin.length >= 4 && (repeats(pin, 2) || repeats(pin, 3))) return true
  if (pin.length % 2 === 0 && /^(?:(\d)\1)+$/.test(pin)) return true
  if (pin.length >= 4 && pin === [...pin].reverse().join('')) return true
  if (pin.length === 4 && /^(?:19|20)\d\d$/.test(pin)) return true
  return false
}
