/**
 * Chinese UI strings: the source of truth for the dictionary's shape.
 * `en.ts` must have exactly the same keys (checked by the `Dictionary` type).
 */
export const zh = {
  meta: {
    siteName: "昆明消费扶贫",
    title: "昆明消费扶贫 — 东川、寻甸、禄劝认定扶贫产品",
    description:
      "昆明消费扶贫电商平台：选购东川、寻甸、禄劝等摘帽县区的认定扶贫产品，每一笔订单都帮助背后的农户增收。",
  },
  brand: {
    name: "昆明消费扶贫",
    tagline: "Kunming Poverty-Alleviation Market",
    homeLink: "昆明消费扶贫首页",
  },
  nav: {
    skipToContent: "跳到主要内容",
    languageSwitch: "切换语言",
    primary: "主导航",
    home: "首页",
    allProducts: "全部商品",
  },
  hero: {
    eyebrow: "消费帮扶 · 认定扶贫产品",
    title: "把大山里的好物，带到你的餐桌",
    lead: "这里销售经认定的扶贫产品，主要来自昆明市三个已摘帽的原贫困县区——东川区、寻甸县、禄劝县。每一次购买，都直接帮助背后的农户和合作社增收。",
    cta: "去逛逛",
    countiesLabel: "产品来源县区",
    badgeCertified: "扶贫产品认定",
    badgeOrigin: "产地直发",
    badgeHouseholds: "带动农户增收",
  },
  products: {
    heading: "精选扶贫好物",
    subheading: "东川、寻甸、禄劝产地直供",
    empty: "暂时还没有上架的商品，请稍后再来看看。",
    unavailableTitle: "商品暂时无法加载",
    unavailableBody: "商城服务暂时无法连接，请稍后刷新页面重试。",
    retry: "重新加载",
    origin: "产地",
    noPrice: "暂无报价",
    demo: "演示数据",
  },
  product: {
    back: "返回全部商品",
    breadcrumb: "面包屑导航",
    price: "价格",
    variants: "可选规格",
    variantCount: { one: "{count} 种规格", other: "{count} 种规格" },
    origin: "产地",
    township: "乡镇",
    category: "分类",
    description: "商品详情",
    images: "商品图片",
    imageAlt: "商品图片",
    orderingSoon: "在线下单功能即将开放，敬请期待。",
    supportNote: "本商品为认定扶贫产品，购买即助力产地农户增收。",
    demoNote: "演示商品，仅用于展示平台功能。",
  },
  footer: {
    about:
      "昆明消费扶贫电商平台汇集东川区、寻甸回族彝族自治县、禄劝彝族苗族自治县的认定扶贫产品，以消费帮扶巩固脱贫攻坚成果、助力乡村振兴。",
    counties: "来源县区",
    contact: "联系我们",
    contactLine: "客服时间：每日 9:00–18:00",
    copyright: "昆明消费扶贫电商平台",
    demoNotice: "当前展示的商品与企业均为演示数据。",
  },
  notFound: {
    code: "404",
    title: "页面走丢了",
    body: "您访问的页面或商品不存在，可能已下架或链接有误。",
    home: "返回首页",
  },
  error: {
    title: "服务暂时不可用",
    body: "我们暂时无法连接商城服务，请稍后重试。如果问题持续，请联系平台客服。",
    retry: "重试",
    home: "返回首页",
  },
  price: {
    from: "{price} 起",
  },
}

export type Dictionary = typeof zh
