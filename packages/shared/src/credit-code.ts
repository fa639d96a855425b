/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 * 18 characters from a 31-character alphabet (no I, O, Z, S, V); the 18th is a
 * check character computed from the first 17 with weights 3^i mod 31.
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const

export type CreditCodeProblem = "length" | "character" | "check"

/** Computes the check character for the first 17 characters of a code. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) {
    throw new RangeError("creditCodeCheckChar needs exactly 17 characters")
  }
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]!)
    if (value < 0) throw new RangeError(`invalid character "${first17[i]}" at position ${i + 1}`)
    sum += value * WEIGHTS[i]!
  }
  const check = (31 - (sum % 31)) % 31
  return ALPHABET[check]!
}

/** Returns null when the code is valid, otherwise what is wrong with it. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  const c = code.trim().toUpperCase()
  if (c.length !== 18) return "length"
  for (const ch of c) if (!ALPHABET.includes(ch)) return "character"
  return creditCodeCheckChar(c.slice(0, 17)) === c[17] ? null : "check"
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null
}
