import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Button, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { type AdminCertificateDTO, CERTIFICATE_STATUS_LABELS, CERTIFICATE_STATUSES, EXPIRING_SOON_DAYS, KUNMING_COUNTIES } from "@fupin/shared"
import { countyName } from "../../lib/format"
import { CertificateStatusBadge, day, ExpiryWarning, listCertificates } from "./common"
import { CertificateFormDrawer } from "./certificate-form"

const PAGE = 20

function CertificateTable({ rows, empty }: { rows: AdminCertificateDTO[]; empty: string }) {
  if (!rows.length) {
    return (
      <Text size="small" className="text-ui-fg-muted px-6 py-4">
        {empty}
      </Text>
    )
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>证书编号</Table.HeaderCell>
          <Table.HeaderCell>商品</Table.HeaderCell>
          <Table.HeaderCell>县区</Table.HeaderCell>
          <Table.HeaderCell>状态</Table.HeaderCell>
          <Table.HeaderCell>有效期</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((c) => (
          <Table.Row key={c.id}>
            <Table.Cell className="font-mono">
              <Link to={`/certifications/${c.id}`} className="text-ui-fg-interactive">
                {c.number}
              </Link>
            </Table.Cell>
            <Table.Cell>{c.product?.title ?? "—"}</Table.Cell>
            <Table.Cell>{countyName(c.county_handle)}</Table.Cell>
            <Table.Cell>
              <div className="flex items-center gap-x-1">
                <CertificateStatusBadge status={c.status} />
                <ExpiryWarning certificate={c} />
              </div>
            </Table.Cell>
            <Table.Cell>
              {day(c.issued_at)} – {day(c.expires_at)}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** 认定审核: pending applications first, then certificates expiring within 30 days, then all certificates. */
const CertificationQueuePage = () => {
  const [status, setStatus] = useState<string>("all")
  const [county, setCounty] = useState<string>("all")
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const [creating, setCreating] = useState(false)

  const applied = useQuery({
    queryKey: ["certifications", "applied"],
    queryFn: () => listCertificates({ status: "applied", limit: 50, order: "created_at" }),
  })
  const expiring = useQuery({
    queryKey: ["certifications", "expiring"],
    queryFn: () => listCertificates({ expiring_within_days: EXPIRING_SOON_DAYS, limit: 50, order: "expires_at" }),
  })
  const all = useQuery({
    queryKey: ["certifications", "all", status, county, q, offset],
    queryFn: () =>
      listCertificates({
        status: status === "all" ? undefined : status,
        county_handle: county === "all" ? undefined : county,
        q: q.trim() || undefined,
        limit: PAGE,
        offset,
        order: "number",
      }),
  })
  const count = all.data?.count ?? 0

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">认定审核 (Certification review)</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              待审核的申请排在最前；证书暂停、撤销或过期时，对应商品立即下架。
            </Text>
          </div>
          <Button size="small" onClick={() => setCreating(true)}>
            新建认定申请
          </Button>
        </div>
        <CertificateFormDrawer open={creating} onOpenChange={setCreating} />
        <Heading level="h2" className="px-6 py-3">
          待审核申请（{applied.data?.count ?? 0}）
        </Heading>
        <CertificateTable rows={applied.data?.certificates ?? []} empty={applied.isLoading ? "加载中…" : "没有待审核的申请"} />
      </Container>

      <Container className="divide-y p-0">
        <Heading level="h2" className="px-6 py-3">
          {EXPIRING_SOON_DAYS} 天内到期（{expiring.data?.count ?? 0}）
        </Heading>
        <CertificateTable rows={expiring.data?.certificates ?? []} empty={expiring.isLoading ? "加载中…" : "近期没有到期的证书"} />
      </Container>

      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center gap-2 px-6 py-3">
          <Heading level="h2" className="mr-auto">
            全部证书（{count}）
          </Heading>
          <Input
            size="small"
            className="w-48"
            placeholder="按证书编号搜索"
            value={q}
            onChange={(e) => {
              setQ(e.target.value)
              setOffset(0)
            }}
          />
          <Select
            size="small"
            value={status}
            onValueChange={(v) => {
              setStatus(v)
              setOffset(0)
            }}
          >
            <Select.Trigger className="w-32">
              <Select.Value placeholder="状态" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">全部状态</Select.Item>
              {CERTIFICATE_STATUSES.map((s) => (
                <Select.Item key={s} value={s}>
                  {CERTIFICATE_STATUS_LABELS[s].zh}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Select
            size="small"
            value={county}
            onValueChange={(v) => {
              setCounty(v)
              setOffset(0)
            }}
          >
            <Select.Trigger className="w-40">
              <Select.Value placeholder="县区" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">全部县区</Select.Item>
              {KUNMING_COUNTIES.map((c) => (
                <Select.Item key={c.handle} value={c.handle}>
                  {c.name_zh}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <CertificateTable rows={all.data?.certificates ?? []} empty={all.isLoading ? "加载中…" : "没有符合条件的证书"} />
        <div className="flex items-center justify-between px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {count ? `${offset + 1}–${Math.min(offset + PAGE, count)} / ${count}` : "0"}
          </Text>
          <div className="flex gap-x-2">
            <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              上一页
            </Button>
            <Button size="small" variant="secondary" disabled={offset + PAGE >= count} onClick={() => setOffset(offset + PAGE)}>
              下一页
            </Button>
          </div>
        </div>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "认定审核", icon: ShieldCheck })

export default CertificationQueuePage
