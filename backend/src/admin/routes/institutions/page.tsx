import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Container, Drawer, Heading, Input, Label, Select, Table, Text, Textarea, toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import type { InstitutionDTO, InstitutionKind, InstitutionReviewAction, InstitutionStatus } from "@fupin/shared"
import {
  ACTION_LABELS,
  ACTIONS_FROM,
  addBuyer,
  createInstitution,
  getInstitution,
  InstitutionStatusBadge,
  KIND_LABELS,
  listInstitutions,
  reviewInstitution,
  ROLE_LABELS,
  STATUS_LABELS,
  updateInstitution,
} from "./common"
import { ListPagination } from "../../components/list-pagination"
import { InstitutionPriceLists } from "../../components/institution-price-lists"
import { StatementLinks } from "../../components/statement-links"
import { ActivationLink, ImportInstitutions } from "./onboarding"

const PAGE_SIZE = 20
const ALL = "all"

function Filter({ value, onChange, label, options }: { value: string; onChange: (v: string) => void; label: string; options: Record<string, string> }) {
  return (
    <Select value={value} onValueChange={onChange} size="small">
      <Select.Trigger className="w-36">
        <Select.Value placeholder={label} />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>{label}：全部</Select.Item>
        {Object.entries(options).map(([v, l]) => (
          <Select.Item key={v} value={v}>
            {l}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** 付款条件: 先款后货, or 账期 of 0–180 days after the last receipt. */
function PaymentTermsForm({ id, terms, days, onSaved }: { id: string; terms: "prepay" | "net"; days: number; onSaved: () => void }) {
  const [kind, setKind] = useState(terms)
  const [n, setN] = useState(String(days))
  const save = useMutation({
    mutationFn: () => updateInstitution(id, kind === "prepay" ? { payment_terms: "prepay" } : { payment_terms: "net", payment_term_days: Number(n) }),
    onSuccess: () => {
      toast.success("付款条件已保存")
      onSaved()
    },
    onError: (e) => toast.error(errorMessage(e)),
  })
  return (
    <div className="flex flex-col gap-y-2">
      <Label>付款条件</Label>
      <div className="flex flex-wrap items-center gap-2">
        <Select value={kind} onValueChange={(v) => setKind(v as "prepay" | "net")} size="small">
          <Select.Trigger className="w-36">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="net">账期（验收后付款）</Select.Item>
            <Select.Item value="prepay">先款后货</Select.Item>
          </Select.Content>
        </Select>
        {kind === "net" && (
          <>
            <Input size="small" className="w-20" type="number" min={0} max={180} value={n} onChange={(e) => setN(e.target.value)} aria-label="账期天数" />
            <Text size="small">天</Text>
          </>
        )}
        <Button size="small" variant="secondary" isLoading={save.isPending} onClick={() => save.mutate()}>
          保存
        </Button>
      </div>
    </div>
  )
}

/** Details, buyers and review actions of one institution. */
function InstitutionDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const queryClient = useQueryClient()
  const [note, setNote] = useState("")
  const [buyerEmail, setBuyerEmail] = useState("")
  const { data } = useQuery({ queryKey: ["institutions", "detail", id], queryFn: () => getInstitution(id!), enabled: !!id })
  const inst = data?.institution
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["institutions"] })
  const review = useMutation({
    mutationFn: (action: InstitutionReviewAction) => reviewInstitution(id!, action, note.trim() || undefined),
    onSuccess: (_, action) => {
      toast.success(`已${ACTION_LABELS[action]}`)
      setNote("")
      refresh()
    },
    onError: (e) => toast.error(errorMessage(e)),
  })
  const buyer = useMutation({
    mutationFn: () => addBuyer(id!, { email: buyerEmail.trim(), roles: ["purchaser"] }),
    onSuccess: () => {
      toast.success("已添加采购员")
      setBuyerEmail("")
      refresh()
    },
    onError: (e) => toast.error(errorMessage(e)),
  })

  return (
    <Drawer open={!!id} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{inst?.name ?? "采购单位"}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {inst && (
            <>
              <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
                <dt className="text-ui-fg-subtle">状态</dt>
                <dd><InstitutionStatusBadge status={inst.status} /></dd>
                <dt className="text-ui-fg-subtle">类型</dt>
                <dd>{KIND_LABELS[inst.kind]}</dd>
                <dt className="text-ui-fg-subtle">统一社会信用代码</dt>
                <dd className="font-mono">{inst.credit_code}</dd>
                <dt className="text-ui-fg-subtle">联系人</dt>
                <dd>{inst.contact_name} · {inst.contact_phone}</dd>
                <dt className="text-ui-fg-subtle">地址</dt>
                <dd>{inst.address}</dd>
                <dt className="text-ui-fg-subtle">审核备注</dt>
                <dd>{inst.review_note ?? "—"}</dd>
              </dl>
              {inst.status === "approved" && <ActivationLink institutionId={inst.id} />}
              <PaymentTermsForm id={inst.id} terms={inst.payment_terms ?? "net"} days={inst.payment_term_days ?? 30} onSaved={refresh} />
              <StatementLinks base={`/admin/institutions/${inst.id}/statements`} label="对账单（按月）" />
              <InstitutionPriceLists institutionId={inst.id} />
              <div>
                <Heading level="h3">采购账号 (Buyers)</Heading>
                <ul className="mt-2 flex flex-col gap-y-1 text-sm">
                  {(inst.buyers ?? []).map((b) => (
                    <li key={b.id}>
                      {b.customer?.email ?? b.customer_id} · {b.roles.map((r) => ROLE_LABELS[r].zh).join("、")}
                    </li>
                  ))}
                  {!inst.buyers?.length && <li className="text-ui-fg-muted">暂无</li>}
                </ul>
                <div className="mt-2 flex gap-x-2">
                  <Input size="small" placeholder="采购员邮箱" value={buyerEmail} onChange={(e) => setBuyerEmail(e.target.value)} />
                  <Button size="small" variant="secondary" disabled={!buyerEmail.trim()} isLoading={buyer.isPending} onClick={() => buyer.mutate()}>
                    添加
                  </Button>
                </div>
              </div>
              {ACTIONS_FROM[inst.status].length > 0 && (
                <div className="flex flex-col gap-y-2">
                  <Label>审核意见（驳回、暂停时必填）</Label>
                  <Textarea value={note} onChange={(e) => setNote(e.target.value)} />
                  <div className="flex gap-x-2">
                    {ACTIONS_FROM[inst.status].map((action) => (
                      <Button
                        key={action}
                        size="small"
                        variant={action === "reject" || action === "suspend" ? "danger" : "primary"}
                        isLoading={review.isPending && review.variables === action}
                        onClick={() => review.mutate(action)}
                      >
                        {ACTION_LABELS[action]}
                      </Button>
                    ))}
                  </div>
                </div>
              )}
            </>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}

const EMPTY_FORM = { name: "", credit_code: "", kind: "school", contact_name: "", contact_phone: "", address: "" }

function CreateInstitution() {
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(EMPTY_FORM)
  const create = useMutation({
    mutationFn: () => createInstitution(form),
    onSuccess: () => {
      toast.success("已登记，待审核")
      setForm(EMPTY_FORM)
      setOpen(false)
      queryClient.invalidateQueries({ queryKey: ["institutions"] })
    },
    onError: (e) => toast.error(errorMessage(e)),
  })
  const field = (key: keyof typeof EMPTY_FORM, label: string) => (
    <div className="flex flex-col gap-y-1">
      <Label>{label}</Label>
      <Input value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </div>
  )
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">登记采购单位</Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>登记采购单位 (New institution)</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3">
          {field("name", "名称")}
          {field("credit_code", "统一社会信用代码")}
          <div className="flex flex-col gap-y-1">
            <Label>类型</Label>
            <Select value={form.kind} onValueChange={(kind) => setForm({ ...form, kind })}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {Object.entries(KIND_LABELS).map(([v, l]) => (
                  <Select.Item key={v} value={v}>{l}</Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {field("contact_name", "联系人")}
          {field("contact_phone", "联系电话")}
          {field("address", "地址")}
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" isLoading={create.isPending} onClick={() => create.mutate()}>保存</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** 采购单位 (Institutions): schools, hospitals, enterprises and government units, with approval. */
const InstitutionsPage = () => {
  const [q, setQ] = useState("")
  const [kind, setKind] = useState(ALL)
  const [status, setStatus] = useState(ALL)
  const [page, setPage] = useState(0)
  const [selected, setSelected] = useState<string | null>(null)
  const filters = { q: q.trim() || undefined, kind: kind === ALL ? undefined : kind, status: status === ALL ? undefined : status }
  const { data, isLoading, error } = useQuery({
    queryKey: ["institutions", "list", filters, page],
    queryFn: () => listInstitutions({ ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    placeholderData: keepPreviousData,
  })
  const pending = useQuery({
    queryKey: ["institutions", "pending-count"],
    queryFn: () => listInstitutions({ status: "pending", limit: 1, fields: "id" }),
  })
  const count = data?.count ?? 0
  const reset = (set: (v: string) => void) => (v: string) => {
    set(v)
    setPage(0)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">采购单位 (Institutions)</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            市级企业、学校、医院及机关单位；审核后其采购员可按意向性采购协议下单
            {pending.data?.count ? ` · ${pending.data.count} 家待审核` : ""}
          </Text>
        </div>
        <div className="flex gap-x-2">
          <ImportInstitutions />
          <CreateInstitution />
        </div>
      </div>
      <div className="flex flex-wrap gap-2 px-6 py-3">
        <Input size="small" type="search" placeholder="搜索名称或信用代码" value={q} onChange={(e) => reset(setQ)(e.target.value)} className="w-60" />
        <Filter value={kind} onChange={reset(setKind)} label="类型" options={KIND_LABELS} />
        <Filter value={status} onChange={reset(setStatus)} label="状态" options={STATUS_LABELS} />
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{errorMessage(error)}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>名称</Table.HeaderCell>
              <Table.HeaderCell>类型</Table.HeaderCell>
              <Table.HeaderCell>统一社会信用代码</Table.HeaderCell>
              <Table.HeaderCell>联系人</Table.HeaderCell>
              <Table.HeaderCell>状态</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.institutions ?? []).map((i: InstitutionDTO) => (
              <Table.Row key={i.id} className="cursor-pointer" onClick={() => setSelected(i.id)}>
                <Table.Cell>{i.name}</Table.Cell>
                <Table.Cell>{KIND_LABELS[i.kind as InstitutionKind]}</Table.Cell>
                <Table.Cell className="font-mono">{i.credit_code}</Table.Cell>
                <Table.Cell>{i.contact_name}</Table.Cell>
                <Table.Cell><InstitutionStatusBadge status={i.status as InstitutionStatus} /></Table.Cell>
              </Table.Row>
            ))}
            {!isLoading && !data?.institutions.length && (
              <Table.Row>
                <Table.Cell>没有符合条件的采购单位</Table.Cell>
              </Table.Row>
            )}
          </Table.Body>
        </Table>
      )}
      <ListPagination count={count} pageSize={PAGE_SIZE} page={page} onPageChange={setPage} />
      <InstitutionDrawer id={selected} onClose={() => setSelected(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "采购单位", icon: BuildingStorefront })

export default InstitutionsPage
