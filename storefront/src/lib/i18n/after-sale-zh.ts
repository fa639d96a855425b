import { reviewZh } from "./review-zh"

/** 售后: asking for a return of shipped goods, and where each request stands. */
export const afterSaleZh = {
  // the order page
  heading: "售后",
  intro: "签收后 {days} 天内（至 {date}）可申请退货退款；商品寄回、平台确认收货后原路退款。",
  ask: "申请售后",
  closed: "售后期已过（{date} 截止）",
  requestTitle: "售后申请 #{id}",
  askedAt: "{date} 申请",
  refundOf: "退款金额 {amount}",
  reasonLabel: "原因：{reason}",
  photoAlt: "售后照片 {n}",
  asked: "售后申请已提交。请将商品寄回，平台收到后会尽快为您退款。",
  // the form
  formTitle: "申请售后",
  linesLegend: "要退的商品",
  linesHint: "勾选商品并填写数量",
  quantityOf: "{title} 的退货数量（最多 {max}）",
  upTo: "最多 {max} 件",
  reason: "售后原因",
  chooseReason: "请选择原因",
  note: "问题描述（选填）",
  noteHint: "最多 {max} 个字：例如哪一袋、什么问题",
  photos: "照片（质量、破损、错发问题必填，最多 {max} 张）",
  noLines: "请至少选择一件商品",
  submit: "提交售后申请",
  submitting: "正在提交…",
  back: "返回订单",
  loginRequired: "请先登录",
  serviceDown: "暂时无法提交售后申请，请稍后重试",
  upload: reviewZh.upload,
}
