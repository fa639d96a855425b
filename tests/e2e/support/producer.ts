import { creditCodeCheckChar } from "@fupin/shared"

/** The producer journeys' shared fixtures: a credit code nobody registered, and a picture to upload. */

/** A valid unified social credit code nobody has registered: a random body and its check character. */
export function freshCreditCode(): string {
  const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
  let body = "93530129" // 93: farmers' cooperative; 530129: 寻甸县
  while (body.length < 17) body += alphabet[Math.floor(Math.random() * alphabet.length)]
  return body + creditCodeCheckChar(body)
}

/** A 1×1 PNG: what a phone's photo of a licence or a product is to the upload checks. */
export const PNG_1PX = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64")
