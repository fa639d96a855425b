"use client"

import { useTranslations } from "next-intl"
import { useId, useState } from "react"
import { FILE_UPLOAD_MAX_BYTES_DEFAULT } from "@fupin/shared"

/**
 * Where the field's own strings are (takePhoto, uploading, remove, tooLarge, wrongType, failed
 * with {reason}): the page's <ClientStrings> must include this namespace.
 */
export type UploadStrings = "review.upload" | "afterSale.upload" | "supplierPortal.upload"

export interface UploadedFile {
  id: string
  url: string
  name: string
  /** a local preview of a fresh upload (blob:), shown instead of the backend's URL */
  preview?: string
}

// the backend (FILE_UPLOAD_MAX_BYTES) decides; this saves a phone from sending a file it would refuse at the default
const MAX_BYTES = FILE_UPLOAD_MAX_BYTES_DEFAULT
const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"]
const ACCEPT = { images: IMAGE_TYPES.join(","), documents: [...IMAGE_TYPES, "application/pdf"].join(",") }

/**
 * Uploads each chosen file at once (through `endpoint`: the producer portal's
 * /api/supplier/uploads or the institution portal's /api/institution/uploads) and keeps the
 * answers as hidden inputs `<name>` (file id) and `<name>_url`, so a later error in the
 * form never loses an upload. The browser's checks are a courtesy; the backend decides.
 */
export function UploadField({
  name,
  label,
  hint,
  kind,
  strings,
  initial = [],
  max = 6,
  error,
  endpoint = "/api/supplier/uploads",
}: {
  endpoint?: string
  name: string
  label: string
  hint?: string
  kind: "images" | "documents"
  strings: UploadStrings
  initial?: UploadedFile[]
  max?: number
  error?: string | undefined
}) {
  const t = useTranslations(strings)
  const id = useId()
  const [files, setFiles] = useState<UploadedFile[]>(initial)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function upload(list: FileList | null) {
    if (!list?.length) return
    setProblem(null)
    const chosen = [...list].slice(0, Math.max(0, max - files.length))
    for (const file of chosen) {
      if (file.size > MAX_BYTES) return setProblem(t("tooLarge"))
      if (!ACCEPT[kind].split(",").includes(file.type)) return setProblem(t("wrongType"))
    }
    setBusy(true)
    try {
      const body = new FormData()
      for (const file of chosen) body.append("files", file)
      const response = await fetch(endpoint, { method: "POST", body })
      const answer = (await response.json().catch(() => ({}))) as { files?: Array<{ id: string; url: string }>; message?: string }
      if (!response.ok || !answer.files) {
        setProblem(t("failed", { reason: answer.message ?? String(response.status) }))
        return
      }
      const added = answer.files.map((f, i) => {
        const local = chosen[i]
        return { id: f.id, url: f.url, name: local?.name ?? f.id, ...(local && kind === "images" ? { preview: URL.createObjectURL(local) } : {}) }
      })
      setFiles((current) => [...current, ...added])
    } catch {
      setProblem(t("failed", { reason: "network" }))
    } finally {
      setBusy(false)
    }
  }

  const message = problem ?? error
  return (
    <div>
      <p id={`${id}-label`} className="block text-sm font-medium text-earth-800">
        {label}
      </p>
      {files.length ? (
        <ul className="mt-2 grid grid-cols-3 gap-2" aria-labelledby={`${id}-label`}>
          {files.map((file) => (
            <li key={file.id} className="relative rounded-lg bg-earth-50 p-1 text-xs ring-1 ring-earth-100">
              {kind === "images" ? (
                <img src={file.preview ?? file.url} alt={file.name} className="aspect-square w-full rounded object-cover" />
              ) : (
                <p className="flex aspect-square items-center justify-center break-all p-1 text-center text-earth-800">{file.name}</p>
              )}
              <input type="hidden" name={name} value={file.id} />
              <input type="hidden" name={`${name}_url`} value={file.url} />
              <input type="hidden" name={`${name}_name`} value={file.name} />
              <button
                type="button"
                onClick={() => setFiles((current) => current.filter((f) => f.id !== file.id))}
                className="mt-1 min-h-9 w-full rounded-md font-semibold text-brand-700 ring-1 ring-brand-200"
              >
                {t("remove")}
                <span className="sr-only"> {file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {files.length < max ? (
        <label
          htmlFor={id}
          className="mt-2 flex min-h-14 cursor-pointer items-center justify-center rounded-xl border-2 border-dashed border-earth-200 bg-white px-3 text-base font-semibold text-brand-700"
        >
          {busy ? t("uploading") : t("takePhoto")}
          <input
            id={id}
            type="file"
            accept={ACCEPT[kind]}
            multiple={max > 1}
            disabled={busy}
            aria-labelledby={`${id}-label`}
            aria-describedby={message ? `${id}-error` : hint ? `${id}-hint` : undefined}
            className="sr-only"
            onChange={(event) => {
              void upload(event.currentTarget.files)
              event.currentTarget.value = ""
            }}
          />
        </label>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-earth-600">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm font-medium text-brand-700">
          {message}
        </p>
      ) : null}
    </div>
  )
}
