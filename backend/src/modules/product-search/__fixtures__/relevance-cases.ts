/**
 * Queries that must find the right demo product first, on every engine
 * (integration-tests/http/search.spec.ts for the embedded engine,
 * __tests__/meilisearch-relevance.unit.spec.ts when MEILISEARCH_HOST is set).
 */
export const RELEVANCE_CASES: Array<{ q: string; first: string; why: string }> = [
  { q: "寻甸牛干巴", first: "xundian-dried-beef", why: "exact title" },
  { q: "牛干巴", first: "xundian-dried-beef", why: "title infix" },
  { q: "干巴", first: "xundian-dried-beef", why: "two-character infix, before 干巴菌" },
  { q: "niuganba", first: "xundian-dried-beef", why: "full pinyin" },
  { q: "ngb", first: "xundian-dried-beef", why: "pinyin initials" },
  { q: "xundian 牛干巴", first: "xundian-dried-beef", why: "pinyin and Chinese mixed" },
  { q: "niuganab", first: "xundian-dried-beef", why: "typo in pinyin" },
  { q: "dried beef", first: "xundian-dried-beef", why: "English name" },
  { q: "寻店牛干巴", first: "xundian-dried-beef", why: "homophone typed with a pinyin keyboard" },
  { q: "东川面条", first: "dongchuan-noodles", why: "exact title" },
  { q: "dongchuan mian", first: "dongchuan-noodles", why: "pinyin words" },
  { q: "dongchuanmiantiao", first: "dongchuan-noodles", why: "full pinyin" },
  { q: "dcmt", first: "dongchuan-noodles", why: "initials" },
  { q: "Dongchuan Noodles", first: "dongchuan-noodles", why: "English name" },
  { q: "dongchaun mian", first: "dongchuan-noodles", why: "typo (swapped letters) in a county's pinyin" },
  { q: "dongchuan noodels", first: "dongchuan-noodles", why: "typo in English" },
  { q: "红土地土豆", first: "dongchuan-potatoes", why: "synonym 土豆 → 洋芋 inside a longer word" },
  { q: "红土地马铃薯", first: "dongchuan-potatoes", why: "synonym 马铃薯 → 洋芋" },
  { q: "禄劝荞麦米", first: "luquan-tartary-buckwheat", why: "synonym 荞麦 → 苦荞" },
  { q: "苦荞米", first: "luquan-tartary-buckwheat", why: "title infix" },
  { q: "东川苦荞面", first: "dongchuan-buckwheat-noodles", why: "synonym 苦荞 → 荞麦" },
  { q: "thin-shell walnuts dongchuan", first: "dongchuan-walnuts", why: "English words in any order" },
  { q: "土蜂蜜", first: "luquan-wild-honey", why: "title infix" },
]
