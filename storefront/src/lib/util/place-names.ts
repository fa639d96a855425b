import { pinyin } from "pinyin-pro"
import type { Locale } from "@fupin/shared"

/**
 * Chinese place names for English readers: the name stays Chinese (as on the
 * parcel and the station's sign) with its pinyin beside it, the suffix said in
 * English: 仁德街道 → "仁德街道 (Rende Subdistrict)". Server-side only (the
 * pinyin dictionary is large): pages pass the finished string to the browser.
 */
const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["街道", "Subdistrict"],
  ["社区", "Community"],
  ["镇", "Town"],
  ["乡", "Township"],
  ["村", "Village"],
]

export function placeInPinyin(name: string): string {
  const found = SUFFIXES.find(([suffix]) => name.endsWith(suffix) && name.length > suffix.length)
  const base = found ? name.slice(0, -found[0].length) : name
  const word = pinyin(base, { toneType: "none", type: "array", nonZh: "consecutive" }).join("")
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1)
  return found ? `${capitalised} ${found[1]}` : capitalised
}

/** The name as a page in `locale` shows it: Chinese alone, or Chinese with its pinyin in English. */
export function placeName(name: string, locale: Locale): string {
  return locale === "en" ? `${name} (${placeInPinyin(name)})` : name
}
