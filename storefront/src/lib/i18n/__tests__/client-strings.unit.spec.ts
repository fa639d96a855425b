/**
 * Client components get their UI strings through next-intl, picked per component (client-strings.tsx):
 * the dictionaries never reach the browser, and a component's list holds exactly what it reads.
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { basename, dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { createTranslator, IntlError } from "next-intl"
import { describe, expect, it } from "vitest"
import { messagesFor, pickMessages, type MessagePath } from "../messages"

const SRC = join(dirname(fileURLToPath(import.meta.url)), "../../..")

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === "__tests__" ? [] : walk(path)
    return /\.(tsx?|mts)$/.test(name) ? [path] : []
  })
}

const files = walk(SRC)
const source = new Map(files.map((f) => [f, readFileSync(f, "utf8")]))
const isClient = (file: string) => /^\s*["']use client["']/.test(source.get(file)!)

/**
 * The message paths a component file reads: each `const t = useTranslations("ns")` then `t("key")`,
 * `t.raw("key")`, `t.rich("key")` (a binding holds until the next one of the same name), and the
 * namespace of a child's `strings="ns"` prop (UploadField reads its own strings from it).
 */
function pathsRead(text: string): Set<string> {
  const paths = new Set<string>()
  const bindings = new Map<string, string>()
  // a helper above (or below) the component that binds `t` reads the namespace `t` has in this file
  for (const [, name, ns] of text.matchAll(/const (\w+) = useTranslations\((?:"([^"]*)")?\)/g)) {
    bindings.set(name!, bindings.has(name!) && bindings.get(name!) !== (ns ?? "") ? "?" : (ns ?? ""))
  }
  for (const line of text.split("\n")) {
    const binding = /const (\w+) = useTranslations\((?:"([^"]*)")?\)/.exec(line)
    if (binding) bindings.set(binding[1]!, binding[2] ?? "")
    for (const [name, ns] of bindings) {
      if (ns === "?") continue
      for (const call of line.matchAll(new RegExp(`(?<![\\w.])${name}(?:\\.raw|\\.rich|\\.has)?\\("([^"]+)"`, "g"))) {
        paths.add(ns ? `${ns}.${call[1]}` : call[1]!)
      }
    }
    for (const prop of line.matchAll(/\bstrings="([\w.]+)"/g)) paths.add(prop[1]!)
  }
  return paths
}

/** A module of UI strings (both languages in one file), as opposed to the helpers beside them (format, paths…). */
const isDictionary = (file: string) =>
  /lib\/i18n\/(index|zh|en|messages|[\w-]+-(zh|en)|supplier-portal\/(index|zh|en))\.ts$/.test(file) || /modules\/.+\/i18n\.ts$/.test(file)

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? join(SRC, specifier.slice(2)) : specifier.startsWith(".") ? join(dirname(from), specifier) : undefined
  if (!base) return undefined
  return [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find((candidate) => source.has(candidate))
}

/**
 * Every module of ours a client component pulls into the browser bundle: type-only imports are
 * erased, and a server action module ("use server") is a reference whose own imports stay on the server.
 */
function clientReach(file: string, seen = new Set<string>()): Set<string> {
  if (/^\s*["']use server["']/.test(source.get(file)!)) return seen
  for (const match of source.get(file)!.matchAll(/^(?:import|export) (?!type )[^;]*?from "([^"]+)"/gm)) {
    const target = resolveImport(file, match[1]!)
    if (target && !seen.has(target)) {
      seen.add(target)
      clientReach(target, seen)
    }
  }
  return seen
}

/** Calls of a translator whose key is not a string literal: the check (and the list) could not see what they read. */
function unreadableKeys(text: string): string[] {
  const names = [...text.matchAll(/const (\w+) = useTranslations\(/g)].map((m) => m[1]!)
  return [...new Set(names)].flatMap((name) => [...text.matchAll(new RegExp(`(?<![\\w.])${name}(?:\\.raw|\\.rich|\\.has)?\\((?!")[^)]{0,60}`, "g"))].map((m) => m[0]))
}

/** interpolate() around a translator's result: next-intl has already formatted it without the values, which is an error. */
function filledAfterwards(text: string): string[] {
  const names = [...new Set([...text.matchAll(/const (\w+) = useTranslations\(/g)].map((m) => m[1]!))]
  return [...text.matchAll(/interpolate\(([^,]{0,120})/g)].map((m) => m[1]!).filter((arg) => names.some((n) => new RegExp(`(?<![\\w.])${n}\\(`).test(arg)))
}

const listFile = (component: string) => component.replace(/\.tsx$/, ".strings.ts")

async function listOf(component: string): Promise<readonly string[]> {
  const mod = (await import(listFile(component))) as Record<string, readonly string[]>
  return Object.values(mod)[0]!
}

/** Client components whose exported components `file` renders (by JSX tag) and that have a strings list. */
function childrenWithLists(file: string): string[] {
  const text = source.get(file)!
  return files.filter((other) => {
    if (other === file || !source.has(listFile(other))) return false
    const importPath = new RegExp(`from "[^"]*/${basename(other, ".tsx")}"`)
    if (!importPath.test(text)) return false
    const exported = [...source.get(other)!.matchAll(/export (?:default )?function (\w+)/g)].map((m) => m[1]!)
    return exported.some((name) => new RegExp(`<${name}\\b`).test(text))
  })
}

// client components, and the shared ones a client component renders (BudgetSummary); a server-only
// component may call useTranslations too, and reads every message from the request's configuration
const inBrowser = new Set(files.filter(isClient).flatMap((f) => [f, ...clientReach(f)]))
const translating = files.filter((f) => f.endsWith(".tsx") && inBrowser.has(f) && pathsRead(source.get(f)!).size > 0)

describe("client components' UI strings", () => {
  it("never reach a dictionary through their imports (it would ship both languages to the browser)", () => {
    const offenders: string[] = []
    for (const file of files.filter(isClient)) {
      const reached = clientReach(file)
      for (const dictionary of [...reached].filter(isDictionary)) offenders.push(`${relative(SRC, file)} → ${relative(SRC, dictionary)}`)
    }
    expect(offenders).toEqual([])
  })

  it("are found: the check reads the client components that translate", () => {
    // a broken reader would pass every check below by finding nothing
    expect(translating.length).toBeGreaterThan(25)
    expect(translating.map((f) => relative(SRC, f))).toContain("modules/institution/components/order-pad.tsx")
  })

  it.each(translating.map((f) => [relative(SRC, f), f]))("%s lists exactly the paths it and its children read", async (_name, file) => {
    expect(source.has(listFile(file)), `${relative(SRC, listFile(file))} is missing`).toBe(true)
    const list = await listOf(file)
    const covered = (path: string) => list.some((entry) => path === entry || path.startsWith(`${entry}.`))
    expect(unreadableKeys(source.get(file)!), "keys that are not string literals").toEqual([])
    expect(filledAfterwards(source.get(file)!), "placeholders filled after next-intl formatted the string (pass them to t)").toEqual([])
    const read = [...pathsRead(source.get(file)!)]
    expect(read.filter((p) => !covered(p)), "read but not listed").toEqual([])
    const children = childrenWithLists(file)
    for (const child of children) {
      const missing = (await listOf(child)).filter((p) => !covered(p))
      expect(missing, `${relative(SRC, child)}'s strings, not in the list`).toEqual([])
    }
    const childPaths = new Set((await Promise.all(children.map(listOf))).flat())
    expect(list.filter((entry) => !read.includes(entry) && !childPaths.has(entry)), "listed but never read").toEqual([])
  })
})

describe("pickMessages", () => {
  it("keeps only the paths asked for, nested as in the full messages", () => {
    expect(pickMessages("zh", ["cart.quantity", "error"])).toEqual({ cart: { quantity: messagesFor("zh").cart.quantity }, error: messagesFor("zh").error })
    expect(Object.keys(pickMessages("en", ["institution.submit", "institution.remove"]).institution as object).sort()).toEqual(["remove", "submit"])
  })

  it("refuses a path that names nothing, in either language", () => {
    expect(() => pickMessages("zh", ["cart.noSuchString" as MessagePath])).toThrow(/cart\.noSuchString/)
  })

  it("resolves every component's list in Chinese and English", async () => {
    for (const file of translating) {
      const list = (await listOf(file)) as readonly MessagePath[]
      for (const locale of ["zh", "en"] as const) expect(() => pickMessages(locale, list), `${relative(SRC, file)} (${locale})`).not.toThrow()
    }
  })
})

describe("every UI string", () => {
  it("formats with next-intl (ICU syntax) once its placeholders are given", () => {
    for (const locale of ["zh", "en"] as const) {
      const messages = messagesFor(locale)
      const failures: string[] = []
      const t = createTranslator({ locale, messages, onError: (e: IntlError) => failures.push(e.message) })
      const leaves = (node: unknown, prefix: string): Array<[string, string]> =>
        typeof node === "string" ? [[prefix, node]] : Object.entries(node as object).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
      for (const [path, text] of leaves(messages, "")) {
        // each argument, simple ({count}) or not ({count, plural, …}); a number suits both
        const values = Object.fromEntries([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => [m[1]!, 2]))
        const out = (t as unknown as (key: string, values: Record<string, number>) => string)(path, values)
        expect(out, `${locale} ${path}`).not.toMatch(/\{\w+\}/)
      }
      expect(failures).toEqual([])
    }
  })

  it("counts the pad's lines with the right English plural", () => {
    const t = createTranslator({ locale: "en", messages: messagesFor("en"), namespace: "institution" })
    expect(t("linesCount", { count: 1 })).toBe("1 line")
    expect(t("linesCount", { count: 500 })).toBe("500 lines")
    expect(createTranslator({ locale: "zh", messages: messagesFor("zh"), namespace: "institution" })("linesCount", { count: 1 })).toBe("1 行")
  })
})
