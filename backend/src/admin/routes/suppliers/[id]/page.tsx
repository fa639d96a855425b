import { Badge, Button, Container, Heading, Input, Label, Switch, Table, Text, toast } from "@medusajs/ui"
import { StatementLinks } from "../../../components/statement-links"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import {
  ACTION_LABELS,
  errorMessage,
  getSupplier,
  MECHANISM_LABELS,
  SupplierStatusBadge,
  TYPE_LABELS,
  useReviewSupplier,
} from "../common"
import { SupplierFormDrawer } from "../supplier-form"
import { sdk } from "../../../lib/sdk"

/** 修改自动通过: a trusted producer's changes to its live listings apply without the operator's review. */
function AutoApprove({ id, value }: { id: string; value: boolean }) {
  const client = useQueryClient()
  const save = useMutation({
    mutationFn: (auto_approve: boolean) => sdk.client.fetch(`/admin/suppliers/${id}`, { method: "POST", body: { auto_approve } }),
    onSuccess: (_, on) => {
      void client.invalidateQueries({ queryKey: ["suppliers"] })
      toast.success(on ? "已开启：该供应商的商品修改自动通过" : "已关闭：商品修改须经审核")
    },
    onError: (e) => toast.error(errorMessage(e)),
  })
  return (
    <div className="flex items-center gap-x-3 px-6 py-4">
      <Switch id="auto-approve" checked={value} disabled={save.isPending} onCheckedChange={(on) => save.mutate(on)} />
      <div>
        <Label htmlFor="auto-approve" size="small" weight="plus">
          商品修改自动通过
        </Label>
        <Text size="xsmall" className="text-ui-fg-subtle">
          受信任的供应商：已上架商品的标题、介绍、图片修改无需审核即生效（新上架商品与认定仍须审核）
        </Text>
      </div>
    </div>
  )
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-x-4 px-6 py-2">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="small">{children ?? "—"}</Text>
    </div>
  )
}

const day = (d: string | null | undefined) => (d ? new Date(d).toLocaleDateString("zh-CN") : "—")

/** 供应商详情: details, household linkage, organic certificates, supply/demand file, review actions. */
const SupplierDetailPage = () => {
  const { id } = useParams()
  const [note, setNote] = useState("")
  const [editing, setEditing] = useState(false)
  const { data, isLoading, error } = useQuery({
    queryKey: ["suppliers", "detail", id],
    queryFn: () => getSupplier(id!),
    enabled: !!id,
  })
  const review = useReviewSupplier()
  if (isLoading) return <Container>加载中…</Container>
  if (error || !data) return <Container>未找到供应商：{errorMessage(error)}</Container>
  const s = data.supplier
  const file = s.supply_demand_file
  const actions = s.actions ?? []

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-start justify-between gap-x-4 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <Heading level="h1">{s.legal_name}</Heading>
            <div className="flex items-center gap-x-2">
              <SupplierStatusBadge status={s.status} />
              <Badge size="2xsmall">{TYPE_LABELS[s.type]}</Badge>
              {s.is_key ? <Badge size="2xsmall" color="blue">重点企业</Badge> : null}
              {s.demo ? <Badge size="2xsmall" color="orange">示例数据</Badge> : null}
            </div>
          </div>
          <div className="flex items-center gap-x-2">
            <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
              编辑
            </Button>
            <Button size="small" variant="secondary" asChild>
              <Link to="/suppliers">返回列表</Link>
            </Button>
          </div>
        </div>
        <SupplierFormDrawer supplier={s} open={editing} onOpenChange={setEditing} />
        <Field label="统一社会信用代码">
          <span className="font-mono">{s.credit_code}</span>
        </Field>
        <Field label="所在县区">{s.county_name ?? s.county_handle}</Field>
        <Field label="乡镇 / 村">{[s.township_name, s.village_name].filter(Boolean).join(" / ") || "—"}</Field>
        <Field label="联系人（仅后台可见）">{[s.contact_name, s.contact_phone].filter(Boolean).join(" ") || "—"}</Field>
        <Field label="简介">{s.description}</Field>
        {s.type === "workshop" ? <Field label="车间就业人数">{s.employees ?? "—"}</Field> : null}
        <Field label="审核">
          {s.reviewed_at ? `${day(s.reviewed_at)} · ${s.reviewed_by ?? ""}${s.review_note ? ` · ${s.review_note}` : ""}` : "尚未审核"}
        </Field>
        {actions.length ? (
          <div className="flex items-center gap-x-2 px-6 py-4">
            <Input size="small" className="max-w-sm" placeholder="审核意见（驳回、暂停必填）" value={note} onChange={(e) => setNote(e.target.value)} />
            {actions.map((action) => (
              <Button
                key={action}
                size="small"
                variant={action === "reject" || action === "suspend" ? "danger" : "primary"}
                isLoading={review.isPending}
                onClick={() =>
                  review.mutate(
                    { id: s.id, action, note: note.trim() || undefined },
                    {
                      onSuccess: () => {
                        setNote("")
                        toast.success(ACTION_LABELS[action])
                      },
                      onError: (e) => toast.error(errorMessage(e)),
                    }
                  )
                }
              >
                {ACTION_LABELS[action]}
              </Button>
            ))}
          </div>
        ) : null}
        {s.status === "approved" ? <AutoApprove id={s.id} value={!!s.auto_approve} /> : null}
        <div className="px-6 py-4">
          <StatementLinks base={`/admin/suppliers/${s.id}/statements`} label="结算单（按月）" />
        </div>
      </Container>

      <Container className="divide-y p-0">
        <Heading level="h2" className="px-6 py-4">
          利益联结 (Household linkage)
        </Heading>
        <Field label="联结建档立卡贫困户">{s.households_bound.toLocaleString("zh-CN")} 户</Field>
        <Field label="联结人口">{s.people_bound.toLocaleString("zh-CN")} 人</Field>
        <Field label="联结方式">{s.mechanisms.map((m) => MECHANISM_LABELS[m]).join("、") || "无"}</Field>
      </Container>

      <Container className="divide-y p-0">
        <Heading level="h2" className="px-6 py-4">
          有机产品认证 (Organic certificates)
        </Heading>
        {s.organic_certificates?.length ? (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>证书编号</Table.HeaderCell>
                <Table.HeaderCell>认证机构</Table.HeaderCell>
                <Table.HeaderCell>认证产品</Table.HeaderCell>
                <Table.HeaderCell>有效期</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {s.organic_certificates.map((c) => (
                <Table.Row key={c.id}>
                  <Table.Cell className="font-mono">{c.number}</Table.Cell>
                  <Table.Cell>{c.issuer}</Table.Cell>
                  <Table.Cell>{c.product_scope}</Table.Cell>
                  <Table.Cell>
                    {day(c.issued_on)} – {day(c.expires_on)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Text size="small" className="text-ui-fg-muted px-6 py-4">
            无有机认证
          </Text>
        )}
      </Container>

      {s.is_key ? (
        <Container className="divide-y p-0">
          <Heading level="h2" className="px-6 py-4">
            供求信息档案 (Supply/demand file)
          </Heading>
          {file ? (
            <>
              <Field label="产品">{file.products.join("、")}</Field>
              <Field label="年产能">{file.yearly_capacity_tonnes.toLocaleString("zh-CN")} 吨</Field>
              <Field label="供应月份">{file.season_months.map((m) => `${m}月`).join(" ")}</Field>
              <Field label="起订量">
                {file.minimum_order_quantity} {file.minimum_order_unit}
              </Field>
              <Field label="未满足需求">{file.unmet_demand}</Field>
              <Field label="更新于">{day(file.updated_at)}</Field>
            </>
          ) : (
            <Text size="small" className="text-ui-fg-muted px-6 py-4">
              尚未建立供求信息档案
            </Text>
          )}
        </Container>
      ) : null}

      <Container className="divide-y p-0">
        <Heading level="h2" className="px-6 py-4">
          商品 (Products)
        </Heading>
        {s.products?.length ? (
          s.products.map((p) => (
            <div key={p.id} className="px-6 py-2">
              <Link to={`/products/${p.id}`} className="text-ui-fg-interactive text-sm">
                {p.title}
              </Link>
            </div>
          ))
        ) : (
          <Text size="small" className="text-ui-fg-muted px-6 py-4">
            暂无商品
          </Text>
        )}
      </Container>
    </div>
  )
}

export default SupplierDetailPage
