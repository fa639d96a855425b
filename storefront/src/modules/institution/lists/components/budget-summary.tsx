import { useTranslations } from "next-intl"
import { budgetRemaining, fitsBudget, type Locale, type PurchaserBudgetDTO } from "@fupin/shared"
import { formatPrice } from "@/lib/util/price"

/**
 * A purchaser's 月度预算 this month: what is left, the budget and what is spent (placed and
 * awaiting approval). With `amount` (the pad's goods), warns before a submit the server would
 * refuse; the server decides (it counts again at submit and at approval).
 */
export function BudgetSummary({ budget, locale, amount }: { budget: PurchaserBudgetDTO; locale: Locale; amount?: number }) {
  const t = useTranslations("institutionLists")
  if (budget.monthly_budget === null) {
    return (
      <p className="text-sm text-earth-700" data-testid="budget-summary">
        {t("budgetNone")}
      </p>
    )
  }
  const left = budgetRemaining(budget.monthly_budget, budget.spent) ?? 0
  const over = amount !== undefined && amount > 0 && !fitsBudget(budget.monthly_budget, budget.spent, amount)
  return (
    <div className="space-y-1" data-testid="budget-summary">
      <p className="text-sm font-semibold text-earth-900">
        {t("budgetTitle")}：<span className="tabular-nums" data-testid="budget-left">{t("budgetLeft", { left: formatPrice(left, locale) })}</span>
      </p>
      <p className="text-xs text-earth-600">
        {t("budgetOf", { budget: formatPrice(budget.monthly_budget, locale), spent: formatPrice(budget.spent, locale) })}
      </p>
      {over ? (
        <p role="alert" className="text-sm font-medium text-brand-700" data-testid="budget-over">
          {t("budgetOver", { amount: formatPrice(amount, locale), left: formatPrice(left, locale) })}
        </p>
      ) : null}
    </div>
  )
}
