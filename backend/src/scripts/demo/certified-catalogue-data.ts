/**
 * The certified catalogue (认定扶贫产品目录) of the demo marketplace: 116 products
 * on top of the 10 in catalogue.ts, making the 126 certified products of the 2020
 * programme over 38 product kinds, plus a few whose certificates are pending,
 * suspended, expired or revoked to show the lifecycle. Product names are demo
 * data: plausible, marked `demo: true`, never presented as real firms' goods.
 * Counties and townships are Kunming's real ones.
 */
import { type CertificateStatus, countyByHandle } from "@fupin/shared"
import { DEMO_PRODUCTS } from "./catalogue"

export interface CertifiedKind {
  handle: string
  name: string
  name_en: string
  image: string
}

/** The 29 product kinds added to catalogue.ts's 9: together the 38 kinds sold online (the leaves of category-tree.ts). */
export const EXTRA_KINDS: CertifiedKind[] = [
  { handle: "beef-products", name: "牛肉制品", name_en: "Beef products", image: "beef" },
  { handle: "tartary-buckwheat", name: "苦荞", name_en: "Tartary buckwheat", image: "buckwheat" },
  { handle: "potatoes", name: "马铃薯", name_en: "Potatoes", image: "potato" },
  { handle: "tea", name: "茶叶", name_en: "Tea", image: "tea" },
  { handle: "fresh-fruit", name: "水果", name_en: "Fresh fruit", image: "placeholder" },
  { handle: "medicinal-herbs", name: "中药材", name_en: "Medicinal herbs", image: "placeholder" },
  { handle: "eggs", name: "禽蛋", name_en: "Eggs", image: "placeholder" },
  { handle: "poultry", name: "禽肉", name_en: "Poultry", image: "placeholder" },
  { handle: "cured-pork", name: "火腿腊肉", name_en: "Ham & cured pork", image: "placeholder" },
  { handle: "dried-fruit", name: "果干蜜饯", name_en: "Dried fruit", image: "placeholder" },
  { handle: "pickles", name: "腌菜酱菜", name_en: "Pickles", image: "pepper" },
  { handle: "bean-products", name: "豆制品", name_en: "Bean products", image: "placeholder" },
  { handle: "edible-oil", name: "食用油", name_en: "Edible oil", image: "placeholder" },
  { handle: "maize", name: "玉米", name_en: "Maize", image: "placeholder" },
  { handle: "pulses", name: "豆类", name_en: "Beans & pulses", image: "placeholder" },
  { handle: "konjac", name: "魔芋", name_en: "Konjac", image: "placeholder" },
  { handle: "yam", name: "山药", name_en: "Chinese yam", image: "potato" },
  { handle: "brown-sugar", name: "红糖", name_en: "Brown sugar", image: "placeholder" },
  { handle: "liquor", name: "酒类", name_en: "Liquor", image: "placeholder" },
  { handle: "sichuan-pepper", name: "花椒", name_en: "Sichuan pepper", image: "pepper" },
  { handle: "mutton", name: "羊肉", name_en: "Mutton & goat", image: "placeholder" },
  { handle: "fresh-pork", name: "猪肉", name_en: "Pork", image: "placeholder" },
  { handle: "freshwater-fish", name: "淡水鱼", name_en: "Freshwater fish", image: "placeholder" },
  { handle: "potted-flowers", name: "盆栽花卉", name_en: "Potted plants", image: "flowers" },
  { handle: "edible-flowers", name: "食用花卉", name_en: "Edible flowers", image: "flowers" },
  { handle: "pastries", name: "糕点", name_en: "Pastries", image: "placeholder" },
  { handle: "rice-noodles", name: "米线饵块", name_en: "Rice noodles & erkuai", image: "noodles" },
  { handle: "bamboo-shoots", name: "竹笋", name_en: "Bamboo shoots", image: "placeholder" },
  { handle: "dairy", name: "乳制品", name_en: "Dairy", image: "placeholder" },
]

/** Images of catalogue.ts's 9 kinds, for products of those kinds added here. */
export const BASE_KIND_IMAGES: Record<string, string> = {
  noodles: "noodles",
  rice: "rice",
  "coarse-grain": "buckwheat",
  vegetables: "placeholder",
  "bee-products": "honey",
  nuts: "walnut",
  mushrooms: "mushroom",
  flowers: "flowers",
  condiments: "pepper",
}

export type Flag = "gi" | "showcase"

export interface CertifiedProductRow {
  handle: string
  title: string
  title_en: string
  kind: string
  county_handle: string
  township: string | null
  price: number
  weight_g: number
  /** the variant's label (规格) */
  unit: string
  flags: Flag[]
  /** lifecycle demos: the certificate's status (certified when absent) and why */
  status?: CertificateStatus
  status_reason?: string
}

type Tuple = [handle: string, title: string, title_en: string, kind: string, township: string | null, price: number, weight_g: number, unit: string, ...flags: Flag[]]

const rows = (county_handle: string, list: Tuple[]): CertifiedProductRow[] =>
  list.map(([handle, title, title_en, kind, township, price, weight_g, unit, ...flags]) => ({
    handle,
    title,
    title_en,
    kind,
    county_handle,
    township,
    price,
    weight_g,
    unit,
    flags,
  }))

/** 116 certified products added to catalogue.ts's 10 (all certified and in date when loaded). */
export const CERTIFIED_PRODUCTS: CertifiedProductRow[] = [
  ...rows("dongchuan", [
    ["dongchuan-handmade-fine-noodles", "东川手工细面", "Dongchuan Hand-Made Fine Noodles", "noodles", "铜都街道", 16.8, 1000, "1kg"],
    ["dongchuan-buckwheat-noodles", "东川荞麦面", "Dongchuan Buckwheat Noodles", "noodles", "碧谷街道", 18.8, 1000, "1kg"],
    ["dongchuan-rice-noodles", "东川干米线", "Dongchuan Dried Rice Noodles", "rice-noodles", "铜都街道", 15.9, 1000, "1kg"],
    ["dongchuan-beef-jerky", "东川牛肉干", "Dongchuan Beef Jerky", "beef-products", "阿旺镇", 49.9, 250, "250g"],
    ["dongchuan-yellow-potatoes", "东川红土地黄心洋芋", "Dongchuan Yellow-Flesh Potatoes", "potatoes", "红土地镇", 39.9, 10000, "10kg"],
    ["dongchuan-purple-potatoes", "东川紫洋芋", "Dongchuan Purple Potatoes", "potatoes", "红土地镇", 26.8, 5000, "5kg"],
    ["dongchuan-pomegranates", "东川软籽石榴", "Dongchuan Soft-Seed Pomegranates", "fresh-fruit", "拖布卡镇", 59.9, 5000, "5kg"],
    ["dongchuan-late-mangoes", "东川晚熟芒果", "Dongchuan Late-Season Mangoes", "fresh-fruit", "因民镇", 69, 5000, "5kg"],
    ["dongchuan-mandarins", "东川沃柑", "Dongchuan Orah Mandarins", "fresh-fruit", "拖布卡镇", 45, 5000, "5kg"],
    ["dongchuan-walnut-kernels", "东川核桃仁", "Dongchuan Walnut Kernels", "nuts", "乌龙镇", 68, 500, "500g"],
    ["dongchuan-walnut-oil", "东川核桃油", "Dongchuan Walnut Oil", "edible-oil", "乌龙镇", 98, 500, "500ml"],
    ["dongchuan-rapeseed-oil", "东川菜籽油", "Dongchuan Rapeseed Oil", "edible-oil", "舍块乡", 79, 5000, "5L"],
    ["dongchuan-highland-honey", "东川高原蜂蜜", "Dongchuan Highland Honey", "bee-products", "舍块乡", 68, 500, "500g"],
    ["dongchuan-chinese-yam", "东川铁棍山药", "Dongchuan Iron-Stick Yam", "yam", "阿旺镇", 36, 2500, "2.5kg"],
    ["dongchuan-konjac-vermicelli", "东川魔芋粉丝", "Dongchuan Konjac Vermicelli", "konjac", "汤丹镇", 22, 500, "500g"],
    ["dongchuan-green-sichuan-pepper", "东川青花椒", "Dongchuan Green Sichuan Pepper", "sichuan-pepper", "汤丹镇", 35, 250, "250g"],
    ["dongchuan-chili-powder", "东川辣椒面", "Dongchuan Chili Powder", "condiments", "因民镇", 12.8, 200, "200g"],
    ["dongchuan-goat-meat", "东川山羊肉", "Dongchuan Goat Meat", "mutton", "舍块乡", 168, 2000, "2kg"],
    ["dongchuan-free-range-chicken", "东川跑山鸡", "Dongchuan Free-Range Chicken", "poultry", "乌龙镇", 128, 1500, "整只约1.5kg"],
    ["dongchuan-free-range-eggs", "东川林下土鸡蛋", "Dongchuan Free-Range Eggs", "eggs", "乌龙镇", 39.9, 1500, "30枚"],
    ["dongchuan-cured-pork", "东川腊肉", "Dongchuan Cured Pork", "cured-pork", "阿旺镇", 88, 1000, "1kg"],
    ["dongchuan-pickled-greens", "东川酸菜", "Dongchuan Pickled Greens", "pickles", "碧谷街道", 15.8, 500, "500g"],
    ["dongchuan-dried-mango", "东川芒果干", "Dongchuan Dried Mango", "dried-fruit", "因民镇", 29.9, 250, "250g"],
    ["dongchuan-corn-grits", "东川玉米碴", "Dongchuan Corn Grits", "maize", "红土地镇", 16.8, 2000, "2kg"],
    ["dongchuan-red-kidney-beans", "东川红芸豆", "Dongchuan Red Kidney Beans", "pulses", "红土地镇", 22.8, 1000, "1kg"],
    ["dongchuan-brown-sugar", "东川土红糖", "Dongchuan Brown Sugar", "brown-sugar", "拖布卡镇", 25.8, 500, "500g"],
    ["dongchuan-corn-liquor", "东川苞谷酒", "Dongchuan Corn Liquor", "liquor", "汤丹镇", 58, 1000, "1L"],
    ["dongchuan-gastrodia", "东川天麻", "Dongchuan Gastrodia", "medicinal-herbs", "舍块乡", 128, 250, "250g"],
    ["dongchuan-vegetable-box", "东川高原时令蔬菜箱", "Dongchuan Seasonal Vegetable Box", "vegetables", "碧谷街道", 49.9, 5000, "5kg"],
    ["dongchuan-tartary-flour", "东川苦荞粉", "Dongchuan Tartary Buckwheat Flour", "tartary-buckwheat", "舍块乡", 19.8, 1000, "1kg"],
    ["dongchuan-pumpkins", "东川老南瓜", "Dongchuan Pumpkins", "vegetables", "拖布卡镇", 19.9, 5000, "5kg"],
    ["dongchuan-black-pork", "东川生态黑猪肉", "Dongchuan Black Pork", "fresh-pork", "阿旺镇", 89, 2000, "2kg"],
  ]),
  ...rows("xundian", [
    ["xundian-yellow-cattle-beef", "寻甸黄牛鲜牛肉", "Xundian Yellow-Cattle Beef", "beef-products", "柯渡镇", 138, 2000, "2kg", "gi", "showcase"],
    ["xundian-beef-jerky", "寻甸风干牛肉干", "Xundian Air-Dried Beef Jerky", "beef-products", "羊街镇", 56, 250, "250g", "showcase"],
    ["xundian-braised-beef", "寻甸卤牛肉", "Xundian Braised Beef", "beef-products", "仁德街道", 68, 500, "500g", "showcase"],
    ["xundian-beef-sauce", "寻甸牛肉酱", "Xundian Beef Sauce", "beef-products", "塘子街道", 29.9, 250, "250g", "showcase"],
    ["xundian-beef-tendon", "寻甸牛筋", "Xundian Beef Tendon", "beef-products", "鸡街镇", 78, 500, "500g", "showcase"],
    ["xundian-beef-ribs", "寻甸牛肋排", "Xundian Beef Ribs", "beef-products", "七星镇", 158, 2000, "2kg", "showcase"],
    ["xundian-fragrant-rice", "寻甸香米", "Xundian Fragrant Rice", "rice", "羊街镇", 59.9, 5000, "5kg"],
    ["xundian-rice-noodles", "寻甸干浆米线", "Xundian Rice Noodles", "rice-noodles", "仁德街道", 19.8, 1000, "1kg"],
    ["xundian-erkuai", "寻甸饵块", "Xundian Erkuai Rice Cakes", "rice-noodles", "金所街道", 16.8, 1000, "1kg"],
    ["xundian-tartary-tea", "寻甸苦荞茶", "Xundian Tartary Buckwheat Tea", "tartary-buckwheat", "六哨乡", 32, 300, "300g"],
    ["xundian-highland-potatoes", "寻甸高原洋芋", "Xundian Highland Potatoes", "potatoes", "倘甸镇", 29.9, 5000, "5kg"],
    ["xundian-gastrodia", "寻甸乌天麻", "Xundian Black Gastrodia", "medicinal-herbs", "倘甸镇", 168, 250, "250g", "gi"],
    ["xundian-honeysuckle", "寻甸金银花", "Xundian Honeysuckle", "medicinal-herbs", "功山镇", 39, 100, "100g"],
    ["xundian-red-pears", "寻甸甸沙红梨", "Xundian Diansha Red Pears", "fresh-fruit", "甸沙乡", 49.9, 5000, "5kg"],
    ["xundian-strawberries", "寻甸草莓", "Xundian Strawberries", "fresh-fruit", "塘子街道", 59, 2000, "2kg"],
    ["xundian-walnuts", "寻甸核桃", "Xundian Walnuts", "nuts", "功山镇", 39.9, 1000, "1kg"],
    ["xundian-wildflower-honey", "寻甸百花蜜", "Xundian Wildflower Honey", "bee-products", "联合乡", 62, 500, "500g"],
    ["xundian-dried-termite-mushrooms", "寻甸鸡枞菌（干）", "Xundian Dried Termite Mushrooms", "mushrooms", "金源乡", 128, 100, "100g"],
    ["xundian-black-fungus", "寻甸黑木耳", "Xundian Black Fungus", "mushrooms", "河口镇", 36, 250, "250g"],
    ["xundian-free-range-eggs", "寻甸林下土鸡蛋", "Xundian Free-Range Eggs", "eggs", "河口镇", 36, 1500, "30枚"],
    ["xundian-ducks", "寻甸麻鸭", "Xundian Ducks", "poultry", "先锋镇", 88, 2000, "整只约2kg"],
    ["xundian-ham", "寻甸火腿", "Xundian Ham", "cured-pork", "凤合镇", 168, 2000, "2kg"],
    ["xundian-pickled-mustard", "寻甸腌菜", "Xundian Pickled Mustard Greens", "pickles", "七星镇", 13.8, 500, "500g"],
    ["xundian-tofu-skin", "寻甸豆腐皮", "Xundian Tofu Skin", "bean-products", "鸡街镇", 18.8, 250, "250g"],
    ["xundian-waxy-corn", "寻甸糯玉米", "Xundian Waxy Corn", "maize", "先锋镇", 29.9, 5000, "10穗"],
    ["xundian-white-kidney-beans", "寻甸白芸豆", "Xundian White Kidney Beans", "pulses", "凤合镇", 25.8, 1000, "1kg"],
    ["xundian-konjac-tofu", "寻甸魔芋豆腐", "Xundian Konjac Tofu", "konjac", "联合乡", 19.8, 1000, "1kg"],
    ["xundian-dried-bamboo-shoots", "寻甸笋干", "Xundian Dried Bamboo Shoots", "bamboo-shoots", "金源乡", 35, 250, "250g"],
    ["xundian-rapeseed-oil", "寻甸小榨菜籽油", "Xundian Small-Press Rapeseed Oil", "edible-oil", "羊街镇", 72, 5000, "5L"],
    ["xundian-river-fish", "寻甸清水河鱼", "Xundian River Fish", "freshwater-fish", "河口镇", 58, 1500, "1.5kg"],
    ["xundian-vegetable-box", "寻甸有机蔬菜箱", "Xundian Organic Vegetable Box", "vegetables", "金所街道", 59.9, 5000, "5kg"],
    ["xundian-fresh-milk", "寻甸鲜牛奶", "Xundian Fresh Milk", "dairy", "塘子街道", 49.9, 3000, "250ml×12"],
    ["xundian-roasted-chili", "寻甸糊辣子", "Xundian Roasted Chili Flakes", "condiments", "甸沙乡", 15.8, 250, "250g"],
    ["xundian-wujin-pork", "寻甸乌金猪肉", "Xundian Wujin Pork", "fresh-pork", "六哨乡", 98, 2000, "2kg"],
  ]),
  ...rows("luquan", [
    ["luquan-tartary-tea", "禄劝苦荞茶", "Luquan Tartary Buckwheat Tea", "tartary-buckwheat", "撒营盘镇", 36, 300, "300g", "gi"],
    ["luquan-tartary-noodles", "禄劝苦荞面", "Luquan Tartary Buckwheat Noodles", "tartary-buckwheat", "转龙镇", 19.8, 1000, "1kg"],
    ["luquan-oat-rice", "禄劝燕麦米", "Luquan Oat Rice", "coarse-grain", "雪山乡", 22.8, 1000, "1kg"],
    ["luquan-black-goat", "禄劝黑山羊肉", "Luquan Black Goat Meat", "mutton", "则黑乡", 178, 2000, "2kg", "gi"],
    ["luquan-goat-leg", "禄劝羊腿", "Luquan Goat Leg", "mutton", "马鹿塘乡", 138, 1500, "1.5kg"],
    ["luquan-konjac-flour", "禄劝魔芋精粉", "Luquan Konjac Flour", "konjac", "中屏镇", 45, 500, "500g", "gi"],
    ["luquan-konjac-noodles", "禄劝魔芋面", "Luquan Konjac Noodles", "konjac", "团街镇", 19.9, 1000, "1kg"],
    ["luquan-mountain-potatoes", "禄劝高山洋芋", "Luquan Mountain Potatoes", "potatoes", "转龙镇", 25.8, 5000, "5kg"],
    ["luquan-walnuts", "禄劝薄壳核桃", "Luquan Thin-Shell Walnuts", "nuts", "茂山镇", 42, 1000, "1kg"],
    ["luquan-chestnuts", "禄劝板栗", "Luquan Chestnuts", "nuts", "九龙镇", 29.9, 1000, "1kg"],
    ["luquan-comb-honey", "禄劝老巢蜜", "Luquan Comb Honey", "bee-products", "汤郎乡", 88, 500, "500g"],
    ["luquan-wild-mushroom-box", "禄劝野生菌干品礼盒", "Luquan Dried Wild Mushroom Box", "mushrooms", "云龙乡", 158, 250, "250g"],
    ["luquan-matsutake-slices", "禄劝松茸干片", "Luquan Dried Matsutake Slices", "mushrooms", "马鹿塘乡", 198, 100, "100g"],
    ["luquan-green-tea", "禄劝高山绿茶", "Luquan Mountain Green Tea", "tea", "翠华镇", 88, 250, "250g"],
    ["luquan-sun-dried-black-tea", "禄劝晒红茶", "Luquan Sun-Dried Black Tea", "tea", "翠华镇", 98, 250, "250g"],
    ["luquan-snow-pears", "禄劝雪梨", "Luquan Snow Pears", "fresh-fruit", "中屏镇", 39.9, 5000, "5kg"],
    ["luquan-highland-apples", "禄劝高原苹果", "Luquan Highland Apples", "fresh-fruit", "雪山乡", 49.9, 5000, "5kg"],
    ["luquan-dried-persimmons", "禄劝柿饼", "Luquan Dried Persimmons", "dried-fruit", "团街镇", 32, 500, "500g"],
    ["luquan-free-range-eggs", "禄劝土鸡蛋", "Luquan Free-Range Eggs", "eggs", "则黑乡", 38, 1500, "30枚"],
    ["luquan-silkie-chicken", "禄劝乌骨鸡", "Luquan Silkie Chicken", "poultry", "撒营盘镇", 138, 1500, "整只约1.5kg"],
    ["luquan-yi-cured-pork", "禄劝彝家腊肉", "Luquan Yi-Style Cured Pork", "cured-pork", "撒营盘镇", 92, 1000, "1kg"],
    ["luquan-sour-radish", "禄劝酸萝卜", "Luquan Sour Radish", "pickles", "屏山街道", 14.8, 500, "500g"],
    ["luquan-angelica", "禄劝当归", "Luquan Angelica Root", "medicinal-herbs", "雪山乡", 58, 250, "250g"],
    ["luquan-sichuan-pepper", "禄劝红花椒", "Luquan Red Sichuan Pepper", "sichuan-pepper", "皎平渡镇", 42, 250, "250g"],
    ["luquan-cane-sugar", "禄劝甘蔗红糖", "Luquan Cane Brown Sugar", "brown-sugar", "皎平渡镇", 22.8, 500, "500g"],
    ["luquan-buckwheat-liquor", "禄劝荞酒", "Luquan Buckwheat Liquor", "liquor", "转龙镇", 68, 500, "500ml"],
    ["luquan-corn-flour", "禄劝高山玉米面", "Luquan Mountain Corn Flour", "maize", "九龙镇", 15.8, 2000, "2kg"],
    ["luquan-broad-beans", "禄劝蚕豆", "Luquan Broad Beans", "pulses", "崇德街道", 18.8, 1000, "1kg"],
    ["luquan-bamboo-shoots", "禄劝鲜笋", "Luquan Fresh Bamboo Shoots", "bamboo-shoots", "乌东德镇", 28, 1000, "1kg"],
    ["luquan-wudongde-mangoes", "禄劝乌东德芒果", "Luquan Wudongde Mangoes", "fresh-fruit", "乌东德镇", 69, 5000, "5kg"],
  ]),
  ...rows("jinning", [
    ["jinning-fresh-lilies", "晋宁鲜切百合", "Jinning Fresh-Cut Lilies", "flowers", "上蒜镇", 59, 1000, "10枝", "showcase"],
    ["jinning-carnations", "晋宁康乃馨", "Jinning Carnations", "flowers", "上蒜镇", 39, 600, "20枝", "showcase"],
    ["jinning-hydrangeas", "晋宁绣球花", "Jinning Hydrangeas", "flowers", "上蒜镇", 49, 800, "5枝", "showcase"],
    ["jinning-flower-cakes", "晋宁玫瑰鲜花饼", "Jinning Rose Flower Cakes", "pastries", "上蒜镇", 39.9, 500, "10枚", "showcase"],
    ["jinning-potted-orchids", "晋宁盆栽蝴蝶兰", "Jinning Potted Moth Orchids", "potted-flowers", "上蒜镇", 128, 2500, "3株", "showcase"],
    ["jinning-succulents", "晋宁多肉组合盆栽", "Jinning Succulent Planters", "potted-flowers", "上蒜镇", 39.9, 1500, "组合盆", "showcase"],
    ["jinning-edible-rose-petals", "晋宁食用玫瑰花瓣", "Jinning Edible Rose Petals", "edible-flowers", "上蒜镇", 45, 500, "500g", "showcase"],
    ["jinning-rose-tea", "晋宁玫瑰花茶", "Jinning Rose Tea", "edible-flowers", "上蒜镇", 38, 100, "100g", "showcase"],
  ]),
  ...rows("shilin", [
    ["shilin-rubing", "石林乳饼", "Shilin Rubing Goat Cheese", "dairy", "西街口镇", 48, 500, "500g", "gi"],
    ["shilin-fermented-tofu", "石林卤腐", "Shilin Fermented Tofu", "bean-products", "西街口镇", 25.8, 500, "500g", "gi"],
    ["shilin-sweet-persimmons", "石林甜柿", "Shilin Sweet Persimmons", "fresh-fruit", "西街口镇", 39.9, 5000, "5kg"],
    ["shilin-chinese-yam", "石林山药", "Shilin Chinese Yam", "yam", "西街口镇", 32, 2500, "2.5kg"],
  ]),
  ...rows("yiliang", [
    ["yiliang-roast-duck", "宜良烧鸭", "Yiliang Roast Duck", "poultry", null, 98, 1000, "整只约1kg", "gi"],
    ["yiliang-loquats", "宜良枇杷", "Yiliang Loquats", "fresh-fruit", null, 59, 2500, "2.5kg"],
    ["yiliang-lotus-root", "宜良莲藕", "Yiliang Lotus Root", "vegetables", null, 25, 2500, "2.5kg"],
  ]),
  ...rows("chenggong", [
    ["chenggong-baozhu-pears", "呈贡宝珠梨", "Chenggong Baozhu Pears", "fresh-fruit", null, 58, 5000, "5kg", "gi"],
    ["chenggong-dried-pears", "呈贡宝珠梨干", "Chenggong Dried Baozhu Pears", "dried-fruit", null, 28, 250, "250g"],
  ]),
  ...rows("songming", [
    ["songming-paddy-fish", "嵩明稻田鱼", "Songming Paddy-Field Fish", "freshwater-fish", null, 48, 1500, "1.5kg"],
    ["songming-small-pot-liquor", "嵩明小锅酒", "Songming Small-Pot Liquor", "liquor", null, 58, 500, "500ml"],
  ]),
  ...rows("fumin", [
    ["fumin-cold-water-trout", "富民冷水鱼", "Fumin Cold-Water Trout", "freshwater-fish", null, 78, 1000, "1kg"],
  ]),
]

/** Products whose certificates show the lifecycle: not valid, so not on sale. */
export const LIFECYCLE_PRODUCTS: CertifiedProductRow[] = [
  { ...rows("xundian", [["xundian-beef-floss", "寻甸牛肉松", "Xundian Beef Floss", "beef-products", "柯渡镇", 45, 250, "250g"]])[0]!, status: "applied" },
  { ...rows("luquan", [["luquan-litsea-oil", "禄劝木姜子油", "Luquan Litsea Oil", "condiments", "汤郎乡", 28, 250, "250ml"]])[0]!, status: "applied" },
  { ...rows("dongchuan", [["dongchuan-grapes", "东川葡萄", "Dongchuan Grapes", "fresh-fruit", "拖布卡镇", 49.9, 3000, "3kg"]])[0]!, status: "applied" },
  {
    ...rows("luquan", [["luquan-tea-brick", "禄劝紧压茶砖", "Luquan Pressed Tea Brick", "tea", "翠华镇", 128, 500, "500g"]])[0]!,
    status: "suspended",
    status_reason: "包装标识不规范，限期整改（示例） / packaging labels to be corrected (demo)",
  },
  {
    ...rows("dongchuan", [["dongchuan-dried-sweet-potato", "东川红薯干", "Dongchuan Dried Sweet Potato", "dried-fruit", "因民镇", 19.9, 500, "500g"]])[0]!,
    status: "expired",
    status_reason: "有效期届满 / past its expiry date",
  },
  {
    ...rows("luquan", [["luquan-sweet-rice-wine", "禄劝甜白酒", "Luquan Sweet Rice Wine", "liquor", "屏山街道", 26, 1000, "1kg"]])[0]!,
    status: "expired",
    status_reason: "有效期届满 / past its expiry date",
  },
  {
    ...rows("xundian", [["xundian-instant-rice-noodles", "寻甸速食米线", "Xundian Instant Rice Noodles", "rice-noodles", "仁德街道", 29.9, 600, "6盒"]])[0]!,
    status: "revoked",
    status_reason: "抽检不合格：标签标识与产品不符（示例） / failed a spot check (demo)",
  },
]

/** Flags of catalogue.ts's 10 products (that file keeps their data). */
export const BASE_PRODUCT_FLAGS: Record<string, { gi?: boolean; featured?: boolean; showcase?: boolean }> = {
  "dongchuan-noodles": { gi: true, featured: true },
  "xundian-dried-beef": { gi: true, featured: true, showcase: true },
  "jinning-fresh-roses": { gi: true, showcase: true },
  "dongchuan-potatoes": { gi: true },
}

/** Certified products whose certificates expire within 30 days of loading: the review queue's warnings. */
export const EXPIRING_SOON: Record<string, number> = {
  "luquan-oat-rice": 12,
  "xundian-strawberries": 20,
  "dongchuan-pumpkins": 27,
}

/** 全国乡村特色产品 (national rural specialty catalogue) */
export const NATIONAL_CATALOGUE = "全国乡村特色产品"

/** 一县一业 showcases, by county */
export const SHOWCASE_LABELS: Record<string, string> = {
  jinning: "一县一业示范 · 花卉产业",
  xundian: "一县一业示范 · 肉牛产业",
}

const DAY = 86_400_000
const VALIDITY_DAYS = 3 * 365

/** Demo certifying office of a county (marked as demo: the real office issues no such certificates here). */
export function demoOffice(countyHandle: string): string {
  return `${countyByHandle(countyHandle)?.name_zh ?? countyHandle}扶贫开发领导小组办公室（示例）`
}

const pad = (n: number) => String(n).padStart(4, "0")

interface PlannedCertificate {
  handle: string
  number: string
  county_handle: string
  status: CertificateStatus
  status_reason: string | null
  issued_at: Date
  expires_at: Date
}

/**
 * Every demo certificate: numbers are fixed (KMFP-2020-0001 … 0126 for the
 * certified products in catalogue order); dates are relative to the day the
 * demo is loaded so that the certified ones are in date whenever it is loaded.
 */
export function certificatePlan(today: Date = new Date()): PlannedCertificate[] {
  const base = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
  const at = (days: number) => new Date(base + days * DAY)
  const certified = [
    ...DEMO_PRODUCTS.map((p) => ({ handle: p.handle, county_handle: p.county_handle })),
    ...CERTIFIED_PRODUCTS.map((p) => ({ handle: p.handle, county_handle: p.county_handle })),
  ].map((p, i): PlannedCertificate => {
    const soon = EXPIRING_SOON[p.handle]
    const issuedDaysAgo = soon !== undefined ? VALIDITY_DAYS - soon : 20 + ((i * 37) % 700)
    return {
      ...p,
      number: `KMFP-2020-${pad(i + 1)}`,
      status: "certified",
      status_reason: null,
      issued_at: at(-issuedDaysAgo),
      expires_at: at(-issuedDaysAgo + VALIDITY_DAYS),
    }
  })
  let applied = 0
  let other = 0
  const lifecycle = LIFECYCLE_PRODUCTS.map((p, i): PlannedCertificate => {
    const status = p.status ?? "applied"
    const issuedDaysAgo = status === "applied" ? 5 : status === "expired" ? VALIDITY_DAYS + 40 + i * 15 : 200 + i * 30
    return {
      handle: p.handle,
      county_handle: p.county_handle,
      number: status === "applied" ? `KMFP-2025-${pad(++applied)}` : `KMFP-2021-${pad(++other)}`,
      status,
      status_reason: p.status_reason ?? null,
      issued_at: at(-issuedDaysAgo),
      expires_at: at(-issuedDaysAgo + VALIDITY_DAYS),
    }
  })
  return [...certified, ...lifecycle]
}

