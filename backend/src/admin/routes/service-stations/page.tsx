import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import type { AdminServiceStationDTO } from "@fupin/shared"
import { sdk } from "../../lib/sdk"
import { countyName } from "../institutions/common"
import { ListPagination } from "../../components/list-pagination"
import { PickupRedeem } from "./pickup-redeem"
import { StationFormDrawer } from "./station-form"

const PAGE_SIZE = 20
const ALL = "all"
/** Stations are in the three delisted poverty counties (摘帽县区). */
const COUNTIES = ["dongchuan", "luquan", "xundian"]

type StationList = { service_stations: AdminServiceStationDTO[]; count: number; offset: number; limit: number }
const listStations = (query: Record<string, string | number | undefined>) =>
  sdk.client.fetch<StationList>("/admin/service-stations", { query })

/** 电商服务站 (E-commerce service stations): township and village pickup points, filtered by county and township. */
const ServiceStationsPage = () => {
  const queryClient = useQueryClient()
  const [county, setCounty] = useState(ALL)
  const [township, setTownship] = useState(ALL)
  const [active, setActive] = useState(ALL)
  const [q, setQ] = useState("")
  const [page, setPage] = useState(0)
  const [editing, setEditing] = useState<AdminServiceStationDTO | "new" | null>(null)
  const [redeeming, setRedeeming] = useState<AdminServiceStationDTO | null>(null)
  const filters = {
    county_handle: county === ALL ? undefined : county,
    township_id: township === ALL ? undefined : township,
    is_active: active === ALL ? undefined : active,
    q: q.trim() || undefined,
  }
  const list = useQuery({
    queryKey: ["service-stations", "list", filters, page],
    queryFn: () => listStations({ ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    placeholderData: keepPreviousData,
  })
  // every township has one township-level station: they name the township options
  const townships = useQuery({
    queryKey: ["service-stations", "townships", county],
    queryFn: () => listStations({ county_handle: county, level: "township", limit: 100, fields: "township_id,name" }),
    enabled: county !== ALL,
  })
  const totals = useQuery({
    queryKey: ["service-stations", "totals"],
    queryFn: async () => {
      const [all, villages] = await Promise.all([
        listStations({ limit: 1, fields: "id" }),
        listStations({ limit: 1, fields: "id", level: "village" }),
      ])
      return { all: all.count, villages: villages.count }
    },
  })
  const setActiveFlag = useMutation({
    mutationFn: ({ id, is_active }: { id: string; is_active: boolean }) =>
      is_active
        ? sdk.client.fetch(`/admin/service-stations/${id}`, { method: "POST", body: { is_active: true } })
        : sdk.client.fetch(`/admin/service-stations/${id}/deactivate`, { method: "POST", body: {} }),
    onSuccess: (_, v) => {
      toast.success(v.is_active ? "已启用" : "已停用")
      queryClient.invalidateQueries({ queryKey: ["service-stations"] })
    },
    onError: (e) => toast.error(e instanceof Error ? e.message : String(e)),
  })
  const count = list.data?.count ?? 0
  const townshipOptions = (townships.data?.service_stations ?? []).map((s) => [s.township_id, s.name.split(" ")[0] ?? s.name] as const)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">电商服务站 (E-commerce service stations)</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            东川、禄劝、寻甸的乡镇与村级服务站，可作为自提点
            {totals.data ? ` · 共 ${totals.data.all} 个，其中村级 ${totals.data.villages} 个` : ""}
          </Text>
        </div>
        <Button size="small" onClick={() => setEditing("new")}>
          新建服务站
        </Button>
      </div>
      <StationFormDrawer
        station={editing && editing !== "new" ? editing : undefined}
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
      />
      <div className="flex flex-wrap gap-2 px-6 py-3">
        <Input size="small" type="search" placeholder="搜索名称或地址" value={q} onChange={(e) => { setQ(e.target.value); setPage(0) }} className="w-56" />
        <Select value={county} onValueChange={(v) => { setCounty(v); setTownship(ALL); setPage(0) }} size="small">
          <Select.Trigger className="w-36"><Select.Value placeholder="县区" /></Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>县区：全部</Select.Item>
            {COUNTIES.map((c) => <Select.Item key={c} value={c}>{countyName(c)}</Select.Item>)}
          </Select.Content>
        </Select>
        <Select value={township} onValueChange={(v) => { setTownship(v); setPage(0) }} size="small" disabled={county === ALL}>
          <Select.Trigger className="w-40"><Select.Value placeholder="乡镇（先选县区）" /></Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>乡镇：全部</Select.Item>
            {townshipOptions.map(([id, name]) => <Select.Item key={id} value={id}>{name}</Select.Item>)}
          </Select.Content>
        </Select>
        <Select value={active} onValueChange={(v) => { setActive(v); setPage(0) }} size="small">
          <Select.Trigger className="w-32"><Select.Value placeholder="状态" /></Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>状态：全部</Select.Item>
            <Select.Item value="true">运营中</Select.Item>
            <Select.Item value="false">已停用</Select.Item>
          </Select.Content>
        </Select>
      </div>
      {redeeming ? <PickupRedeem key={redeeming.id} station={redeeming} onClose={() => setRedeeming(null)} /> : null}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>名称</Table.HeaderCell>
            <Table.HeaderCell>县区</Table.HeaderCell>
            <Table.HeaderCell>级别</Table.HeaderCell>
            <Table.HeaderCell>地址</Table.HeaderCell>
            <Table.HeaderCell>营业时间</Table.HeaderCell>
            <Table.HeaderCell>电话</Table.HeaderCell>
            <Table.HeaderCell>状态</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(list.data?.service_stations ?? []).map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>{s.name}</Table.Cell>
              <Table.Cell>{countyName(s.county_handle)}</Table.Cell>
              <Table.Cell>{s.village_id ? "村级" : "乡镇级"}</Table.Cell>
              <Table.Cell>{s.address}</Table.Cell>
              <Table.Cell>{s.opening_hours}</Table.Cell>
              <Table.Cell>{s.phone ?? "—"}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={s.is_active ? "green" : "grey"}>{s.is_active ? "运营中" : "已停用"}</Badge>
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">
                <Button size="small" variant="transparent" onClick={() => setEditing(s)}>
                  编辑
                </Button>
                {s.is_active && s.pickup_enabled ? (
                  <Button size="small" variant="transparent" onClick={() => setRedeeming(s)}>
                    核销取货码
                  </Button>
                ) : null}
                <Button size="small" variant="transparent" onClick={() => setActiveFlag.mutate({ id: s.id, is_active: !s.is_active })}>
                  {s.is_active ? "停用" : "启用"}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <ListPagination count={count} pageSize={PAGE_SIZE} page={page} onPageChange={setPage} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "电商服务站", icon: MapPin })

export default ServiceStationsPage
