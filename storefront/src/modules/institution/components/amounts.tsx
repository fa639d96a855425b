import { useTranslations } from "next-intl"
import type { Locale, PortalAmountsDTO } from "@fupin/shared"
import { formatPrice } from "@/lib/util/price"

/**
 * 商品金额 · 运费 · 合计, the same three figures on the pad, the approval card and the order
 * list, as the server computed them; shipping (and so the total) reads 待定 while no delivery
 * has been chosen. The approval threshold compares the goods (APPROVAL_BASIS).
 */
export function Amounts({ amounts, locale, size = "md" }: { amounts: PortalAmountsDTO; locale: Locale; size?: "md" | "lg" }) {
  const t = useTranslations("institution")
  const value = (v: number | null) => (v === null ? t("amountPending") : formatPrice(v, locale))
  const rows = [
    { key: "goods", label: t("amountGoods"), value: value(amounts.item_total) },
    { key: "shipping", label: t("amountShipping"), value: value(amounts.shipping_total) },
    { key: "total", label: t("amountTotal"), value: value(amounts.total) },
  ]
  return (
    <dl className={"grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 " + (size === "lg" ? "text-base" : "text-sm")} data-testid="amounts">
      {rows.map((r) => (
        <div key={r.key} className="contents">
          <dt className="text-earth-700">{r.label}</dt>
          <dd
            className={"text-right tabular-nums " + (r.key === "total" ? "font-bold text-earth-900" : "text-earth-900")}
            data-testid={`amount-${r.key}`}
          >
            {r.value}
          </dd>
        </div>
      ))}
    </dl>
  )
}
