import { Text } from "@medusajs/ui"

/** One figure on an admin page: label, value, an optional hint below. `id` becomes the value's test id. */
export function Stat({ id, label, value, hint }: { id?: string; label: string; value: string; hint?: string }) {
  return (
    <div className="flex flex-col gap-y-1 rounded-lg border px-4 py-3">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="xlarge" weight="plus" data-testid={id}>
        {value}
      </Text>
      {hint ? (
        <Text size="xsmall" className="text-ui-fg-muted">
          {hint}
        </Text>
      ) : null}
    </div>
  )
}
