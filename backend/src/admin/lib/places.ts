import { useQuery } from "@tanstack/react-query"
import { KUNMING_COUNTIES, type StoreTownship } from "@fupin/shared"
import { sdk } from "./sdk"

/** Kunming's 14 county-level divisions as [handle, 名称] options. */
export const COUNTY_CHOICES: Array<[string, string]> = KUNMING_COUNTIES.map((c) => [c.handle, c.name_zh])

/** The townships of one county as [id, 名称] options (GET /admin/counties); empty until a county is chosen. */
export function useTownshipChoices(countyHandle: string | undefined): Array<[string, string]> {
  const { data } = useQuery({
    queryKey: ["geography", "townships", countyHandle],
    queryFn: () =>
      sdk.client.fetch<{ counties: Array<{ townships?: StoreTownship[] }> }>("/admin/counties", {
        query: { handle: countyHandle, fields: "handle,townships.id,townships.name" },
      }),
    enabled: !!countyHandle,
    staleTime: Infinity,
  })
  return (data?.counties[0]?.townships ?? []).map((t) => [t.id, t.name] as [string, string]).sort((a, b) => a[1].localeCompare(b[1], "zh-CN"))
}
