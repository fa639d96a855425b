import { Label, Select } from "@medusajs/ui"
import { useState } from "react"
import { recentStatementMonths } from "@fupin/shared"

/** A month and the links to a statement's files (the dashboard's session cookie goes with them: same origin). */
export function StatementLinks({ base, label }: { base: string; label: string }) {
  const months = recentStatementMonths(12)
  const [month, setMonth] = useState(months[0]!)
  const href = (format: string) => `${base}/${month}?format=${format}`
  return (
    <div className="flex flex-col gap-y-2">
      <Label>{label}</Label>
      <div className="flex flex-wrap items-center gap-2">
        <Select value={month} onValueChange={setMonth} size="small">
          <Select.Trigger className="w-32">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {months.map((m) => (
              <Select.Item key={m} value={m}>
                {m}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <a className="txt-compact-small text-ui-fg-interactive underline" href={href("pdf")} target="_blank" rel="noreferrer">
          PDF
        </a>
        <a className="txt-compact-small text-ui-fg-interactive underline" href={href("xlsx")}>
          Excel
        </a>
        <a className="txt-compact-small text-ui-fg-interactive underline" href={href("csv")}>
          CSV
        </a>
      </div>
    </div>
  )
}
