import { execFileSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

/**
 * A PDF as pdftotext reads it (Debian's poppler-utils), laid out; page 1 is
 * also written as PNG when DOCUMENTS_PNG names a path prefix (for a person to
 * look at: DOCUMENTS_PNG=/tmp/doc npx vitest run …).
 */
export function pdfText(pdf: Buffer, name = "doc"): string {
  const dir = mkdtempSync(join(tmpdir(), "documents-"))
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, pdf)
  if (process.env.DOCUMENTS_PNG) execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", file, `${process.env.DOCUMENTS_PNG}-${name}`])
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
}
