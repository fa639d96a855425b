import { notFound } from "next/navigation"

/** Any other path under a locale (/zh/whatever) gets the localized 404 inside the shop chrome. */
export default function CatchAll(): never {
  notFound()
}
