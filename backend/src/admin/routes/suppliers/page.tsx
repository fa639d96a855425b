import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import type { SupplierStatus, SupplierType } from "@fupin/shared"
import { COUNTY_OPTIONS, listSuppliers, STATUS_LABELS, SupplierStatusBadge, TYPE_LABELS } from "./common"
import { ListPagination } from "../../components/list-pagination"
import { SupplierFormDrawer } from "./supplier-form"

const PAGE_SIZE = 20
const ALL = "all"

function FilterSelect({
  value,
  onChange,
  placeholder,
  options,
}: {
  value: string
  onChange: (v: string) => void
  placeholder: string
  options: Array<[string, string]>
}) {
  return (
    <Select value={value} onValueChange={onChange} size="small">
      <Select.Trigger className="w-40">
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>{placeholder}</Select.Item>
        {options.map(([v, label]) => (
          <Select.Item key={v} value={v}>
            {label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

/** 供应商 (Suppliers): all suppliers with filters, status badges and the review queue. */
const SuppliersPage = () => {
  const navigate = useNavigate()
  const [q, setQ] = useState("")
  const [type, setType] = useState(ALL)
  const [county, setCounty] = useState(ALL)
  const [status, setStatus] = useState(ALL)
  const [isKey, setIsKey] = useState(ALL)
  const [page, setPage] = useState(0)
  const [creating, setCreating] = useState(false)
  const filters = {
    q: q.trim() || undefined,
    type: type === ALL ? undefined : type,
    county_handle: county === ALL ? undefined : county,
    status: status === ALL ? undefined : status,
    is_key: isKey === ALL ? undefined : isKey,
  }
  const { data, isLoading, error } = useQuery({
    queryKey: ["suppliers", "list", filters, page],
    queryFn: () => listSuppliers({ ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    placeholderData: keepPreviousData,
  })
  const pending = useQuery({
    queryKey: ["suppliers", "pending-count"],
    queryFn: () => listSuppliers({ status: "pending", limit: 1, fields: "id" }),
  })
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v)
    setPage(0)
  }
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">供应商 (Suppliers)</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            企业、合作社、家庭农场与扶贫车间；利益联结与审核状态
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Button size="small" variant="secondary" asChild>
            <Link to="/suppliers/review">审核队列 (Review){pending.data ? ` · ${pending.data.count}` : ""}</Link>
          </Button>
          <Button size="small" onClick={() => setCreating(true)}>
            新建供应商
          </Button>
        </div>
      </div>
      <SupplierFormDrawer open={creating} onOpenChange={setCreating} onSaved={() => setPage(0)} />
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Input
          size="small"
          type="search"
          className="w-56"
          placeholder="搜索名称 (search name)"
          value={q}
          onChange={(e) => reset(setQ)(e.target.value)}
        />
        <FilterSelect
          value={type}
          onChange={reset(setType)}
          placeholder="全部类型"
          options={Object.entries(TYPE_LABELS) as Array<[SupplierType, string]>}
        />
        <FilterSelect
          value={county}
          onChange={reset(setCounty)}
          placeholder="全部县区"
          options={COUNTY_OPTIONS}
        />
        <FilterSelect
          value={status}
          onChange={reset(setStatus)}
          placeholder="全部状态"
          options={Object.entries(STATUS_LABELS) as Array<[SupplierStatus, string]>}
        />
        <FilterSelect
          value={isKey}
          onChange={reset(setIsKey)}
          placeholder="重点企业：全部"
          options={[
            ["true", "仅重点企业"],
            ["false", "非重点企业"],
          ]}
        />
      </div>
      {error ? (
        <Text className="text-ui-fg-error px-6 py-4">加载失败：{String(error)}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>名称</Table.HeaderCell>
              <Table.HeaderCell>类型</Table.HeaderCell>
              <Table.HeaderCell>县区</Table.HeaderCell>
              <Table.HeaderCell className="text-right">联结户数</Table.HeaderCell>
              <Table.HeaderCell className="text-right">联结人数</Table.HeaderCell>
              <Table.HeaderCell>状态</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {isLoading ? (
              <Table.Row>
                <Table.Cell>加载中…</Table.Cell>
              </Table.Row>
            ) : (
              data?.suppliers.map((s) => (
                <Table.Row key={s.id} className="cursor-pointer" onClick={() => navigate(`/suppliers/${s.id}`)}>
                  <Table.Cell className="max-w-md truncate">
                    {s.legal_name} {s.is_key ? <Badge size="2xsmall" color="blue">重点企业</Badge> : null}
                  </Table.Cell>
                  <Table.Cell>{TYPE_LABELS[s.type]}</Table.Cell>
                  <Table.Cell>{s.county_name ?? s.county_handle}</Table.Cell>
                  <Table.Cell className="text-right">{s.households_bound.toLocaleString("zh-CN")}</Table.Cell>
                  <Table.Cell className="text-right">{s.people_bound.toLocaleString("zh-CN")}</Table.Cell>
                  <Table.Cell>
                    <SupplierStatusBadge status={s.status} />
                  </Table.Cell>
                </Table.Row>
              ))
            )}
          </Table.Body>
        </Table>
      )}
      <ListPagination count={count} pageSize={PAGE_SIZE} page={page} onPageChange={setPage} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "供应商", icon: Buildings })

export default SuppliersPage
