import { Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import {
  availableCertificateActions,
  CERTIFICATE_ACTION_LABELS,
  CERTIFICATE_ACTIONS_NEEDING_REASON,
  type CertificateAction,
  type CertificateStatus,
  CERTIFICATE_STATUS_LABELS,
} from "@fupin/shared"
import { countyName } from "../../../lib/format"
import { actionLabel, CertificateStatusBadge, day, errorMessage, ExpiryWarning, getCertificate, useCertificateAction } from "../common"

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

const statusLabel = (s: CertificateStatus | null) => (s ? CERTIFICATE_STATUS_LABELS[s]?.zh ?? s : "—")

/** 证书详情: the certificate, its product, the audit trail and the actions its status allows. */
const CertificateDetailPage = () => {
  const { id } = useParams()
  const [reason, setReason] = useState("")
  const [expiresAt, setExpiresAt] = useState("")
  const { data, isLoading, error } = useQuery({
    queryKey: ["certifications", "detail", id],
    queryFn: () => getCertificate(id!),
    enabled: !!id,
  })
  const run = useCertificateAction()
  if (isLoading) return <Container>加载中…</Container>
  if (error || !data) return <Container>未找到证书：{errorMessage(error)}</Container>
  const c = data.certificate
  const actions = availableCertificateActions(c.status)

  const act = (action: CertificateAction) => {
    if (CERTIFICATE_ACTIONS_NEEDING_REASON.includes(action) && !reason.trim()) {
      toast.error(`请填写${CERTIFICATE_ACTION_LABELS[action].zh}原因`)
      return
    }
    if (action === "renew" && !expiresAt) {
      toast.error("请选择续期后的有效期截止日")
      return
    }
    run.mutate(
      { id: c.id, action, reason: reason.trim() || undefined, expires_at: action === "renew" ? expiresAt : undefined },
      {
        onSuccess: () => {
          setReason("")
          setExpiresAt("")
          toast.success(`已${CERTIFICATE_ACTION_LABELS[action].zh}`)
        },
        onError: (e) => toast.error(errorMessage(e)),
      }
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-start justify-between gap-x-4 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <Heading level="h1">认定证书 {c.number}</Heading>
            <div className="flex items-center gap-x-2">
              <CertificateStatusBadge status={c.status} />
              <ExpiryWarning certificate={c} />
            </div>
          </div>
          <Button size="small" variant="secondary" asChild>
            <Link to="/certifications">返回认定审核</Link>
          </Button>
        </div>
        <Field label="商品">
          {c.product ? (
            <Link to={`/products/${c.product.id}`} className="text-ui-fg-interactive">
              {c.product.title}
            </Link>
          ) : (
            "—"
          )}
          {c.product ? `（${c.product.status === "published" ? "在售" : "已下架"}）` : null}
        </Field>
        <Field label="认定机构">{c.certifying_office}</Field>
        <Field label="所在县区">{countyName(c.county_handle)}</Field>
        <Field label="供应商">
          {c.supplier_id ? (
            <Link to={`/suppliers/${c.supplier_id}`} className="text-ui-fg-interactive">
              查看供应商
            </Link>
          ) : (
            "—"
          )}
        </Field>
        <Field label="发证日期">{day(c.issued_at)}</Field>
        <Field label="有效期至">{day(c.expires_at)}</Field>
        <Field label="状态说明">{c.status_reason}</Field>
        <Field label="证明材料">
          {c.evidence?.length
            ? c.evidence.map((e) => (
                <a key={e.url} href={e.url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive mr-3">
                  {e.title}
                </a>
              ))
            : "无"}
        </Field>
        {actions.length ? (
          <div className="flex flex-wrap items-center gap-2 px-6 py-4">
            <Input
              size="small"
              className="max-w-sm"
              placeholder="原因（暂停、撤销必填）"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            {actions.includes("renew") ? (
              <Input size="small" type="date" className="w-40" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />
            ) : null}
            {actions.map((action) => (
              <Button
                key={action}
                size="small"
                variant={action === "suspend" || action === "revoke" ? "danger" : "primary"}
                isLoading={run.isPending}
                onClick={() => act(action)}
              >
                {CERTIFICATE_ACTION_LABELS[action].zh}
              </Button>
            ))}
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-muted px-6 py-4">
            已撤销的证书不能再变更；如需重新认定，请为商品提交新的申请。
          </Text>
        )}
      </Container>

      <Container className="divide-y p-0">
        <Heading level="h2" className="px-6 py-4">
          审核记录 (Audit trail)
        </Heading>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>时间</Table.HeaderCell>
              <Table.HeaderCell>操作</Table.HeaderCell>
              <Table.HeaderCell>状态变化</Table.HeaderCell>
              <Table.HeaderCell>操作人</Table.HeaderCell>
              <Table.HeaderCell>原因</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(c.events ?? []).map((e) => (
              <Table.Row key={e.id}>
                <Table.Cell>{new Date(e.created_at).toLocaleString("zh-CN")}</Table.Cell>
                <Table.Cell>{actionLabel(e.action)}</Table.Cell>
                <Table.Cell>
                  {statusLabel(e.from_status)} → {statusLabel(e.to_status)}
                </Table.Cell>
                <Table.Cell className="font-mono">{e.actor === "system" ? "系统（到期任务）" : e.actor}</Table.Cell>
                <Table.Cell>{e.reason ?? "—"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export default CertificateDetailPage
