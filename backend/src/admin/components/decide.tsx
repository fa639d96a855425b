import { Button, Input, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../lib/sdk"

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** One decision: the route to POST and its body. */
export type Decision = { path: string; body: Record<string, string> }

/** 通过 / 驳回: rejecting asks for the reason the producer (or the shopper) will read. */
export function Decide({
  name,
  approve,
  reject,
  approveLabel = "通过",
  approveField,
  rejectPlaceholder = "驳回理由（供应商可见，必填）",
  refresh = ["review-inbox"],
  onDone,
}: {
  name: string
  approve: Decision
  reject: (reason: string) => Decision
  approveLabel?: string
  /** an optional value sent with the approval (the certificate number issued at certification) */
  approveField?: { key: string; label: string; placeholder: string }
  /** who reads the reason: the producer, or the shopper for a review */
  rejectPlaceholder?: string
  /** the query keys to read again once decided */
  refresh?: string[]
  onDone?: (result: unknown, approved: boolean) => void
}) {
  const client = useQueryClient()
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState("")
  const [extra, setExtra] = useState("")
  const decide = useMutation({
    mutationFn: ({ decision }: { decision: Decision; approved: boolean }) => sdk.client.fetch(decision.path, { method: "POST", body: decision.body }),
    onSuccess: (result, { approved }) => {
      for (const key of refresh) void client.invalidateQueries({ queryKey: [key] })
      onDone?.(result, approved)
      if (!approved) toast.success(`已驳回：${name}`)
    },
    onError: (e) => toast.error(errorText(e)),
  })
  const approval = (): Decision =>
    approveField && extra.trim() ? { ...approve, body: { ...approve.body, [approveField.key]: extra.trim() } } : approve
  if (rejecting) {
    return (
      <div className="flex items-center gap-x-2">
        <Input
          size="small"
          className="w-64"
          aria-label={`驳回理由：${name}`}
          placeholder={rejectPlaceholder}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <Button size="small" variant="danger" disabled={reason.trim().length < 2} isLoading={decide.isPending} onClick={() => decide.mutate({ decision: reject(reason.trim()), approved: false })}>
          确认驳回
        </Button>
        <Button size="small" variant="transparent" onClick={() => setRejecting(false)}>
          取消
        </Button>
      </div>
    )
  }
  return (
    <div className="flex items-center gap-x-2">
      {approveField ? (
        <Input
          size="small"
          className="w-44"
          aria-label={`${approveField.label}：${name}`}
          placeholder={approveField.placeholder}
          value={extra}
          onChange={(e) => setExtra(e.target.value)}
        />
      ) : null}
      <Button size="small" isLoading={decide.isPending} aria-label={`${approveLabel}：${name}`} onClick={() => decide.mutate({ decision: approval(), approved: true })}>
        {approveLabel}
      </Button>
      <Button size="small" variant="secondary" aria-label={`驳回：${name}`} onClick={() => setRejecting(true)}>
        驳回
      </Button>
    </div>
  )
}
