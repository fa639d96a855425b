"use client"

import { useTranslations } from "next-intl"
import { useRef, useState } from "react"
import type { Locale, PadCheckRowDTO, StorePadCheckResponse } from "@fupin/shared"
import { buttonSecondary, FormMessage } from "@/modules/common/components/field"
import { localHalf } from "@/lib/data/errors"
import { rowReasonText } from "../lib/problems"

type UploadState =
  | { status: "idle" }
  | { status: "uploading"; percent: number }
  | { status: "checking" }
  | { status: "done"; report: StorePadCheckResponse; taken: number | null }
  | { status: "error"; message: string }

/** Sends the file with XMLHttpRequest, which reports upload progress (fetch does not). */
function upload(file: File, onProgress: (percent: number) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open("POST", "/api/institution/pad/check")
    xhr.responseType = "json"
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100))
    }
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.response as unknown })
    xhr.onerror = () => reject(new Error("network"))
    const form = new FormData()
    form.append("file", file)
    xhr.send(form)
  })
}

/**
 * Upload a CSV or XLSX order file: every row is checked by the server before anything
 * reaches the cart; the report names each bad row by its number and reason, and the good
 * rows can be taken into the pad while the bad ones are fixed and the file uploaded again.
 */
export function PadUpload({ locale, onTake }: { locale: Locale; onTake: (rows: PadCheckRowDTO[]) => void }) {
  const t = useTranslations("institution")
  const [state, setState] = useState<UploadState>({ status: "idle" })
  const input = useRef<HTMLInputElement>(null)

  async function check() {
    const file = input.current?.files?.[0]
    if (!file || !/\.(csv|xlsx)$/i.test(file.name)) return setState({ status: "error", message: t("uploadWrongType") })
    setState({ status: "uploading", percent: 0 })
    try {
      const { status, body } = await upload(file, (percent) =>
        setState(percent >= 100 ? { status: "checking" } : { status: "uploading", percent })
      )
      if (status !== 200) {
        const message = (body as { message?: string } | null)?.message ?? String(status)
        return setState({ status: "error", message: t("uploadFailed", { message: localHalf(message, locale) }) })
      }
      setState({ status: "done", report: body as StorePadCheckResponse, taken: null })
    } catch {
      setState({ status: "error", message: t("uploadFailed", { message: t("unavailable") }) })
    }
  }

  const report = state.status === "done" ? state.report : null
  const good = report?.rows.filter((r) => r.ok && r.variant) ?? []
  const bad = report?.rows.filter((r) => !r.ok) ?? []

  return (
    <div>
      <p className="text-sm text-earth-700">{t("uploadIntro")}</p>
      <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a href="/api/institution/pad/template?format=xlsx" download className="font-medium text-brand-700 underline underline-offset-4">
          {t("templateXlsx")}
        </a>
        <a href="/api/institution/pad/template?format=csv" download className="font-medium text-brand-700 underline underline-offset-4">
          {t("templateCsv")}
        </a>
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <label htmlFor="pad-file" className="sr-only">
          {t("uploadLabel")}
        </label>
        <input
          id="pad-file"
          ref={input}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="min-w-0 max-w-full text-sm file:mr-3 file:rounded-full file:border-0 file:bg-earth-100 file:px-4 file:py-2 file:font-semibold file:text-earth-800"
        />
        <button type="button" onClick={check} disabled={state.status === "uploading" || state.status === "checking"} className={buttonSecondary}>
          {t("uploadButton")}
        </button>
      </div>
      <div aria-live="polite" className="mt-3 space-y-3">
        {state.status === "uploading" ? (
          <div>
            <progress max={100} value={state.percent} className="h-2 w-full accent-brand-600" aria-label={t("uploadTitle")} />
            <p className="text-sm text-earth-700">{t("uploading", { percent: `${state.percent}%` })}</p>
          </div>
        ) : null}
        {state.status === "checking" ? (
          <div>
            <progress className="h-2 w-full accent-brand-600" aria-label={t("uploadTitle")} />
            <p className="text-sm text-earth-700">{t("checking")}</p>
          </div>
        ) : null}
        {state.status === "error" ? <FormMessage error={state.message} /> : null}
        {report ? (
          <div data-testid="upload-report">
            <p className="font-semibold text-earth-900">
              {bad.length
                ? t("reportTitle", { total: String(report.rows.length), ok: String(good.length), bad: String(bad.length) })
                : t("reportAllGood", { total: String(report.rows.length) })}
            </p>
            {bad.length ? (
              <ul className="mt-2 space-y-1" data-testid="upload-bad-rows">
                {bad.map((r) => (
                  <li key={r.row} className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-900 ring-1 ring-brand-200" data-row={r.row}>
                    <span className="font-semibold">{t("reportRow", { row: String(r.row) })}</span>
                    {r.sku ? <span> · {t("reportSku", { sku: r.sku })}</span> : null}
                    <span> · {rowReasonText(r, locale)}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            {good.length && state.status === "done" && state.taken === null ? (
              <button
                type="button"
                onClick={() => {
                  onTake(good)
                  setState({ ...state, taken: good.length })
                }}
                className="mt-3 rounded-full bg-brand-600 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-700"
              >
                {bad.length ? t("takeGood", { count: String(good.length) }) : t("takeAll")}
              </button>
            ) : null}
            {state.status === "done" && state.taken !== null ? (
              <FormMessage success={t("taken", { count: String(state.taken) })} />
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  )
}
