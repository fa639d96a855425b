/**
 * The demo catalogue loaded by `npm start`. Product and enterprise names are
 * demo data: plausible, marked `demo: true`, never presented as real firms.
 * Counties and townships are Kunming's real ones.
 */

export interface DemoCategory {
  handle: string
  name: string
  name_en: string
}

export interface DemoVariant {
  title: string
  sku: string
  price: number
  stock: number
  weight_g: number
}

export interface DemoProduct {
  handle: string
  title: string
  title_en: string
  subtitle: string
  description: string
  description_en: string
  category: string
  county_handle: string
  township: string
  image: string
  variants: DemoVariant[]
}

/**
 * The product kinds of these 10 products (寻甸牛干巴 is a beef product, a kind of
 * certified-catalogue-data.ts); every kind is a leaf of the tree in category-tree.ts.
 */
export const DEMO_CATEGORIES: DemoCategory[] = [
  { handle: "noodles", name: "面条", name_en: "Noodles" },
  { handle: "rice", name: "大米", name_en: "Rice" },
  { handle: "coarse-grain", name: "杂粮", name_en: "Coarse grains" },
  { handle: "vegetables", name: "蔬菜", name_en: "Vegetables" },
  { handle: "bee-products", name: "蜂产品", name_en: "Bee products" },
  { handle: "nuts", name: "干果坚果", name_en: "Nuts & dried fruit" },
  { handle: "mushrooms", name: "食用菌", name_en: "Edible mushrooms" },
  { handle: "flowers", name: "鲜切花", name_en: "Cut flowers" },
  { handle: "condiments", name: "调味品", name_en: "Condiments" },
]

const v = (title: string, sku: string, price: number, stock: number, weight_g: number): DemoVariant => ({
  title,
  sku,
  price,
  stock,
  weight_g,
})

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    handle: "dongchuan-noodles",
    title: "东川面条",
    title_en: "Dongchuan Noodles",
    subtitle: "全国乡村特色产品 · 手工晾晒",
    description:
      "东川面条以本地小麦粉加工，经和面、压延、自然晾晒制成，耐煮不糊、口感筋道。列入农业农村部全国乡村特色产品目录。",
    description_en:
      "Wheat noodles from Dongchuan, rolled and sun-dried; firm and springy. Listed in the national catalogue of rural specialty products.",
    category: "noodles",
    county_handle: "dongchuan",
    township: "铜都街道",
    image: "/images/products/noodles.svg",
    variants: [v("500g", "DC-NOODLE-500", 12.8, 800, 500), v("1kg×2", "DC-NOODLE-2000", 39.9, 300, 2000)],
  },
  {
    handle: "xundian-dried-beef",
    title: "寻甸牛干巴",
    title_en: "Xundian Dried Beef",
    subtitle: "全国乡村特色产品 · 黄牛后腿肉腌制风干",
    description:
      "选用寻甸本地黄牛肉，经腌制、晾晒、风干而成，色泽红亮，香味浓郁，可油炸、火烧或清蒸。寻甸肉牛产业为全省“一县一业”示范。",
    description_en:
      "Salted and air-dried beef from Xundian's yellow cattle; fry, roast or steam it. Xundian's beef-cattle industry is a provincial one-county-one-industry showcase.",
    category: "beef-products",
    county_handle: "xundian",
    township: "柯渡镇",
    image: "/images/products/beef.svg",
    variants: [v("250g", "XD-BEEF-250", 68, 400, 250), v("500g", "XD-BEEF-500", 128, 200, 500)],
  },
  {
    handle: "luquan-tartary-buckwheat",
    title: "禄劝苦荞米",
    title_en: "Luquan Tartary Buckwheat",
    subtitle: "高寒山区种植 · 可煮粥泡茶",
    description: "禄劝高寒山区种植的苦荞，脱壳成米，可与大米同煮，也可炒制后泡茶。",
    description_en: "Tartary buckwheat grown in Luquan's highlands, hulled; cook it with rice or roast it for tea.",
    category: "coarse-grain",
    county_handle: "luquan",
    township: "转龙镇",
    image: "/images/products/buckwheat.svg",
    variants: [v("1kg", "LQ-BUCKWHEAT-1000", 19.9, 600, 1000), v("2.5kg", "LQ-BUCKWHEAT-2500", 45, 250, 2500)],
  },
  {
    handle: "dongchuan-potatoes",
    title: "东川红土地洋芋",
    title_en: "Dongchuan Red-Soil Potatoes",
    subtitle: "红土地高原种植 · 沙面香甜",
    description: "产自东川红土地镇的马铃薯（洋芋），个头匀称，口感沙面，适合烧烤、炖煮。",
    description_en: "Potatoes from Dongchuan's red-soil plateau; floury and sweet, good roasted or stewed.",
    category: "vegetables",
    county_handle: "dongchuan",
    township: "红土地镇",
    image: "/images/products/potato.svg",
    variants: [v("5kg", "DC-POTATO-5000", 29.9, 500, 5000)],
  },
  {
    handle: "luquan-wild-honey",
    title: "禄劝高山土蜂蜜",
    title_en: "Luquan Mountain Honey",
    subtitle: "中华蜂百花蜜 · 一年一取",
    description: "禄劝山区农户饲养中华蜂，一年取蜜一次，百花蜜香气自然。",
    description_en: "Multi-flower honey from Chinese honeybees kept by Luquan mountain households, harvested once a year.",
    category: "bee-products",
    county_handle: "luquan",
    township: "撒营盘镇",
    image: "/images/products/honey.svg",
    variants: [v("500g", "LQ-HONEY-500", 58, 300, 500)],
  },
  {
    handle: "dongchuan-walnuts",
    title: "东川薄壳核桃",
    title_en: "Dongchuan Thin-Shell Walnuts",
    subtitle: "手捏即开 · 仁饱满",
    description: "东川山区种植的薄壳核桃，壳薄易剥，果仁饱满。",
    description_en: "Thin-shelled walnuts from Dongchuan's hills: crack them by hand, full kernels.",
    category: "nuts",
    county_handle: "dongchuan",
    township: "乌龙镇",
    image: "/images/products/walnut.svg",
    variants: [v("1kg", "DC-WALNUT-1000", 45, 350, 1000)],
  },
  {
    handle: "luquan-dried-mushrooms",
    title: "禄劝干巴菌（干品）",
    title_en: "Luquan Dried Wild Mushrooms",
    subtitle: "山林采集 · 低温烘干",
    description: "禄劝山林采集的野生菌，清理后低温烘干，便于保存，炒、炖皆宜。",
    description_en: "Wild mushrooms gathered in Luquan's forests, cleaned and dried at low heat; stir-fry or stew.",
    category: "mushrooms",
    county_handle: "luquan",
    township: "云龙乡",
    image: "/images/products/mushroom.svg",
    variants: [v("100g", "LQ-MUSHROOM-100", 88, 150, 100)],
  },
  {
    handle: "jinning-fresh-roses",
    title: "晋宁鲜切玫瑰",
    title_en: "Jinning Fresh-Cut Roses",
    subtitle: "一县一业示范 · 花卉产业",
    description: "晋宁花卉产业为全省“一县一业”创建示范，鲜切玫瑰当日采收、冷链发货。",
    description_en: "Roses from Jinning, a provincial one-county-one-industry flower showcase; cut the same day and shipped chilled.",
    category: "flowers",
    county_handle: "jinning",
    township: "上蒜镇",
    image: "/images/products/flowers.svg",
    variants: [v("20枝", "JN-ROSE-20", 49, 200, 800)],
  },
  {
    handle: "xundian-rice",
    title: "寻甸高原大米",
    title_en: "Xundian Highland Rice",
    subtitle: "一季稻 · 当季新米",
    description: "寻甸坝区种植的一季稻，当季加工，米粒饱满。",
    description_en: "Single-season rice from the Xundian basin, milled in season.",
    category: "rice",
    county_handle: "xundian",
    township: "羊街镇",
    image: "/images/products/rice.svg",
    variants: [v("5kg", "XD-RICE-5000", 49.9, 400, 5000)],
  },
  {
    handle: "dongchuan-chili",
    title: "东川小米辣",
    title_en: "Dongchuan Bird's-Eye Chili",
    subtitle: "干辣椒 · 香辣够味",
    description: "东川干热河谷种植的小米辣，晒干后保存，香辣够味。",
    description_en: "Bird's-eye chili from Dongchuan's dry-hot valleys, sun-dried.",
    category: "condiments",
    county_handle: "dongchuan",
    township: "因民镇",
    image: "/images/products/pepper.svg",
    variants: [v("250g", "DC-CHILI-250", 15, 500, 250)],
  },
]
