import type { Dictionary } from "./zh"

export const en: Dictionary = {
  meta: {
    siteName: "Kunming Poverty-Alleviation Market",
    title: "Kunming Poverty-Alleviation Market — certified products from Dongchuan, Xundian and Luquan",
    description:
      "Buy certified poverty-alleviation products from Dongchuan, Xundian and Luquan, Kunming's delisted poverty counties. Every order raises the income of the households behind it.",
  },
  brand: {
    name: "Kunming Poverty-Alleviation Market",
    tagline: "昆明消费扶贫",
    homeLink: "Kunming Poverty-Alleviation Market home",
  },
  nav: {
    skipToContent: "Skip to main content",
    languageSwitch: "Change language",
    primary: "Main navigation",
    home: "Home",
    allProducts: "All products",
  },
  hero: {
    eyebrow: "Consumer support · Certified products",
    title: "Good food from the mountains, straight to your table",
    lead: "Certified poverty-alleviation products, mostly from Dongchuan, Xundian and Luquan — the three delisted poverty counties of Kunming. Every purchase helps the farming households and co-operatives behind it.",
    cta: "Start shopping",
    countiesLabel: "Where our products come from",
    badgeCertified: "Officially certified",
    badgeOrigin: "Shipped from origin",
    badgeHouseholds: "Raises household income",
  },
  products: {
    heading: "Featured products",
    subheading: "Direct from Dongchuan, Xundian and Luquan",
    empty: "No products are on sale yet. Please check back soon.",
    unavailableTitle: "Products could not be loaded",
    unavailableBody: "The shop service cannot be reached right now. Please refresh the page in a moment.",
    retry: "Reload",
    origin: "Origin",
    noPrice: "Price on request",
    demo: "Demo data",
  },
  product: {
    back: "Back to all products",
    breadcrumb: "Breadcrumb",
    price: "Price",
    variants: "Available sizes",
    variantCount: { one: "{count} size", other: "{count} sizes" },
    origin: "Origin",
    township: "Township",
    category: "Category",
    description: "Description",
    images: "Product images",
    imageAlt: "Product image",
    orderingSoon: "Online ordering opens soon.",
    supportNote: "A certified poverty-alleviation product: buying it raises the income of households where it is grown.",
    demoNote: "Demo product, shown only to illustrate the platform.",
  },
  footer: {
    about:
      "The Kunming consumer poverty-alleviation marketplace brings together certified products from Dongchuan District, Xundian County and Luquan County, consolidating the gains of poverty alleviation through everyday shopping.",
    counties: "Source counties",
    contact: "Contact",
    contactLine: "Customer service: daily 9:00–18:00 (China time)",
    copyright: "Kunming Poverty-Alleviation Market",
    demoNotice: "Products and companies shown are demo data.",
  },
  notFound: {
    code: "404",
    title: "Page not found",
    body: "The page or product you are looking for does not exist. It may have been taken off sale, or the link may be wrong.",
    home: "Back to the home page",
  },
  error: {
    title: "Service temporarily unavailable",
    body: "We cannot reach the shop service right now. Please try again shortly; if the problem persists, contact customer service.",
    retry: "Try again",
    home: "Back to the home page",
  },
  price: {
    from: "from {price}",
  },
}
