/** The statement query a download link may carry: format and download, nothing else. */
export function statementSearch(params: URLSearchParams): string {
  const out = new URLSearchParams()
  const format = params.get("format")
  if (format) out.set("format", format)
  if (params.get("download") === "1") out.set("download", "1")
  const s = out.toString()
  return s ? `?${s}` : ""
}
