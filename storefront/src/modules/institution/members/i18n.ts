import type { Locale, MemberRole } from "@fupin/shared"
import { MEMBER_ROLE_LABELS } from "@fupin/shared"

/** Strings of onboarding (activation, invitations) and the members page; Chinese first. */
const zh = {
  activateTitle: "激活采购单位账户",
  inviteTitle: "接受采购单位邀请",
  activateIntro: "您被设为「{institution}」的管理员。设置密码后即可登录并邀请本单位的采购员和审批人。",
  inviteIntro: "「{institution}」邀请您以「{roles}」身份加入机构采购。",
  email: "邮箱",
  name: "姓名",
  password: "设置密码",
  passwordHint: "至少 8 位",
  passwordTooShort: "密码至少 8 位",
  submit: "设置密码并加入",
  submitting: "正在提交…",
  accountExists: "该邮箱已有账户。请先用它登录，再回到此页面接受。",
  loginToAccept: "登录后接受",
  acceptAsMe: "以当前账户接受",
  loggedInAs: "当前登录：{email}",
  wrongAccount: "您当前登录的是 {email}，此链接是发给 {invited} 的。请先退出，再用该邮箱登录。",
  joined: "已加入「{institution}」，角色：{roles}。",
  toPortal: "进入机构采购",
  toMembers: "管理成员",
  linkMissing: "链接不完整：请从邮件中重新打开链接。",
  expiresAt: "链接有效期至 {date}",
  serviceDown: "暂时无法连接服务，请稍后再试。",
  membersTitle: "成员管理",
  membersIntro: "邀请本单位的成员并设置角色：管理员管理成员，采购员下单，审批人审批超额订单。",
  adminsOnly: "只有本单位的管理员可以管理成员。",
  notMember: "此页面仅限采购单位成员使用。",
  roles: "角色",
  actions: "操作",
  save: "保存角色",
  remove: "移除",
  you: "（您）",
  inviteHeading: "邀请成员",
  inviteEmail: "成员邮箱",
  sendInvite: "发送邀请",
  invited: "已向 {email} 发送邀请。邮件未收到时可复制此链接转交（72 小时内有效，仅可使用一次）：",
  pendingHeading: "待接受的邀请",
  noPending: "暂无待接受的邀请。",
  revoke: "撤回",
  rolesRequired: "请至少选择一个角色",
  emailInvalid: "请输入有效的邮箱地址",
  saved: "已保存。",
  removed: "已移除。",
  revoked: "已撤回邀请。",
  copy: "复制链接",
}

const en: typeof zh = {
  activateTitle: "Activate your institution's account",
  inviteTitle: "Accept an institution's invitation",
  activateIntro: "You are the administrator of {institution}. Set a password to log in and invite your purchasers and approvers.",
  inviteIntro: "{institution} invites you to institutional purchasing as {roles}.",
  email: "E-mail",
  name: "Name",
  password: "Choose a password",
  passwordHint: "At least 8 characters",
  passwordTooShort: "The password needs at least 8 characters",
  submit: "Set password and join",
  submitting: "Sending…",
  accountExists: "This e-mail already has an account. Log in with it, then come back to this page to accept.",
  loginToAccept: "Log in to accept",
  acceptAsMe: "Accept with this account",
  loggedInAs: "Logged in as {email}",
  wrongAccount: "You are logged in as {email}, but this link is for {invited}. Log out, then log in with that e-mail.",
  joined: "You joined {institution} as {roles}.",
  toPortal: "Go to institutional purchasing",
  toMembers: "Manage members",
  linkMissing: "This link is incomplete: open it again from the e-mail.",
  expiresAt: "The link works until {date}",
  serviceDown: "The service cannot be reached right now. Please try again later.",
  membersTitle: "Members",
  membersIntro: "Invite your colleagues and give them roles: administrators manage members, purchasers order, approvers approve large orders.",
  adminsOnly: "Only your institution's administrators manage members.",
  notMember: "This page is for members of an institution.",
  roles: "Roles",
  actions: "Actions",
  save: "Save roles",
  remove: "Remove",
  you: " (you)",
  inviteHeading: "Invite a member",
  inviteEmail: "Member's e-mail",
  sendInvite: "Send invitation",
  invited: "Invitation sent to {email}. If the e-mail does not arrive, pass on this link (valid 72 hours, works once):",
  pendingHeading: "Invitations not yet accepted",
  noPending: "No open invitations.",
  revoke: "Withdraw",
  rolesRequired: "Choose at least one role",
  emailInvalid: "Enter a valid e-mail address",
  saved: "Saved.",
  removed: "Removed.",
  revoked: "Invitation withdrawn.",
  copy: "Copy link",
}

export type OnboardingDictionary = typeof zh

export function onboardingDictionary(locale: Locale): OnboardingDictionary {
  return locale === "en" ? en : zh
}

export function roleNames(roles: readonly string[], locale: Locale): string {
  return roles
    .map((r) => MEMBER_ROLE_LABELS[r as MemberRole]?.[locale] ?? r)
    .join(locale === "en" ? ", " : "、")
}
