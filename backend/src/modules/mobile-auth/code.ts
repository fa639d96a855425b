import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from "node:crypto"
import { MOBILE_CODE_LENGTH, MOBILE_CODE_MAX_ATTEMPTS } from "@fupin/shared"

/** A one-time code as the mobile's identity keeps it: never the code itself. */
export interface StoredMobileCode {
  hash: string
  sent_at: number
  expires_at: number
  attempts: number
}

export function newMobileCode(): string {
  return String(randomInt(0, 10 ** MOBILE_CODE_LENGTH)).padStart(MOBILE_CODE_LENGTH, "0")
}

export function hashMobileCode(mobile: string, code: string): string {
  return createHash("sha256").update(`${mobile}:${code}`).digest("hex")
}

export type CodeCheck = "ok" | "wrong" | "expired" | "none"

/** Whether `code` is the live code for `mobile` (a code is void once expired or tried too often). */
export function checkMobileCode(stored: StoredMobileCode | null | undefined, mobile: string, code: string, now = Date.now()): CodeCheck {
  if (!stored) return "none"
  if (now > stored.expires_at || stored.attempts >= MOBILE_CODE_MAX_ATTEMPTS) return "expired"
  const given = Buffer.from(hashMobileCode(mobile, code.trim()), "hex")
  const kept = Buffer.from(stored.hash, "hex")
  return given.length === kept.length && timingSafeEqual(given, kept) ? "ok" : "wrong"
}

// passwords: scrypt (N 2^15, r 8, p 1, as Medusa's e-mail provider uses), kept as "salt:key" in base64
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password, salt, 64, SCRYPT, (error, key) => (error ? reject(error) : resolve(key))))
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  return `${salt.toString("base64")}:${(await derive(password, salt)).toString("base64")}`
}

export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [salt, key] = stored.split(":")
  if (!salt || !key) return false
  const given = await derive(password, Buffer.from(salt, "base64"))
  const kept = Buffer.from(key, "base64")
  return given.length === kept.length && timingSafeEqual(given, kept)
}
