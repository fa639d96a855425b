import { Button, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useState } from "react"
import type { AdminRedeemPickupResponse, AdminServiceStationDTO } from "@fupin/shared"
import { sdk } from "../../lib/sdk"

/**
 * 核销取货码: the station's operator types the code the shopper shows; the order is handed
 * over (POST /admin/service-stations/:id/pickups) or the answer says why not.
 */
export function PickupRedeem({ station, onClose }: { station: AdminServiceStationDTO; onClose: () => void }) {
  const [code, setCode] = useState("")
  const [done, setDone] = useState<string | null>(null)
  const redeem = useMutation({
    mutationFn: () =>
      sdk.client.fetch<AdminRedeemPickupResponse>(`/admin/service-stations/${station.id}/pickups`, { method: "POST", body: { code: code.trim() } }),
    onSuccess: ({ order }) => {
      const message = `订单 #${order.display_id} 已取货`
      setDone(message)
      setCode("")
      toast.success(message)
    },
    onError: (e) => toast.error(e instanceof Error ? e.message : String(e)),
  })
  return (
    <form
      className="flex flex-wrap items-end gap-3 bg-ui-bg-subtle px-6 py-4"
      onSubmit={(e) => {
        e.preventDefault()
        setDone(null)
        redeem.mutate()
      }}
      data-testid="pickup-redeem"
    >
      <div>
        <Text size="small" weight="plus">核销取货码 · {station.name}</Text>
        <Label htmlFor="pickup-code" size="small" className="mt-2 block">取货码</Label>
        <Input id="pickup-code" size="small" inputMode="numeric" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} className="w-36" />
      </div>
      <Button size="small" type="submit" isLoading={redeem.isPending} disabled={!/^\d{6}$/.test(code.trim())}>
        确认取货
      </Button>
      <Button size="small" variant="secondary" type="button" onClick={onClose}>
        关闭
      </Button>
      {done ? <Text size="small" className="text-ui-fg-interactive" role="status">{done}</Text> : null}
    </form>
  )
}
