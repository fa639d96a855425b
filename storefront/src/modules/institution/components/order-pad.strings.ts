import type { MessagePath } from "@/lib/i18n/messages"
import { PAD_GRID_STRINGS } from "./pad-grid.strings"
import { PAD_UPLOAD_STRINGS } from "./pad-upload.strings"
import { AMOUNTS_STRINGS } from "./amounts.strings"
import { PAD_SEARCH_STRINGS } from "./pad-search.strings"
import { QUOTE_REQUEST_FORM_STRINGS } from "../quotes/components/quote-request-form.strings"
import { SAVE_LIST_FORM_STRINGS } from "../lists/components/save-list-form.strings"
import { BUDGET_SUMMARY_STRINGS } from "../lists/components/budget-summary.strings"

/** The UI strings order-pad.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const ORDER_PAD_STRINGS = [
  ...PAD_GRID_STRINGS,
  ...PAD_UPLOAD_STRINGS,
  ...AMOUNTS_STRINGS,
  ...PAD_SEARCH_STRINGS,
  ...QUOTE_REQUEST_FORM_STRINGS,
  ...SAVE_LIST_FORM_STRINGS,
  ...BUDGET_SUMMARY_STRINGS,
  "institution.approvalNotice",
  "institution.awaitingBody",
  "institution.awaitingTitle",
  "institution.cheaperShippingGap",
  "institution.clearAll",
  "institution.clearConfirm",
  "institution.countyNoAgreement",
  "institution.countyShare",
  "institution.deliveryCanteen",
  "institution.deliveryChoose",
  "institution.deliveryDate",
  "institution.deliveryDateHint",
  "institution.deliveryNeeded",
  "institution.deliveryNoCanteens",
  "institution.deliveryTitle",
  "institution.draftSaved",
  "institution.fixLines",
  "institution.freeShippingGap",
  "institution.linesCount",
  "institution.linesTitle",
  "institution.newPad",
  "institution.notPurchaser",
  "institution.placedBody",
  "institution.placedTitle",
  "institution.reorderDone",
  "institution.reorderMissing",
  "institution.runningTotal",
  "institution.searchLabel",
  "institution.shippingAtSubmit",
  "institution.shippingEstimate",
  "institution.submit",
  "institution.submitting",
  "institution.uploadTitle",
  "institution.viewApprovals",
  "institution.viewOrders",
  "institution.willNeedApproval",
  "institutionLists.listDone",
  "institutionLists.listMissing",
] as const satisfies readonly MessagePath[]
