"use client"

import { buttonPrimary } from "@/modules/common/components/field"

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonPrimary + " min-h-12 print:hidden"}>
      {label}
    </button>
  )
}
