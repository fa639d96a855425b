import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128234352 extends Migration {

  override async up(): Promise<void> {
    // pg_trgm ships with PostgreSQL: trigram GIN indexes serve pinyin/English infix (LIKE '%q%') and typo (<%) matching.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create table if not exists "search_document" ("id" text not null, "handle" text not null, "title" text not null, "title_en" text null, "subtitle" text null, "description" text null, "description_en" text null, "thumbnail" text null, "county_handle" text null, "county_zh" text null, "county_en" text null, "township" text null, "supplier_id" text null, "supplier_name" text null, "categories" jsonb not null default '{}', "category_handles" text[] not null default '{}', "variants" jsonb not null default '{}', "price_min" real null, "price_max" real null, "price_band" text null, "in_stock" boolean not null default true, "certified" boolean not null default false, "certificate" jsonb null, "popularity" integer not null default 0, "title_norm" text not null, "title_grams" text[] not null default '{}', "key_text" text not null, "key_grams" text[] not null default '{}', "body_text" text not null, "body_grams" text[] not null default '{}', "py_title" text not null, "py_initials" text not null, "py_fuzzy" text not null, "py_key" text not null, "en_title" text not null, "en_text" text not null, "indexed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_deleted_at" ON "search_document" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_county_handle" ON "search_document" ("county_handle") WHERE deleted_at IS NULL;`);
    // Chinese character grams (exact, any length: 干巴, 面) in GIN-indexed arrays
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_title_grams" ON "search_document" USING gin ("title_grams");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_key_grams" ON "search_document" USING gin ("key_grams");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_body_grams" ON "search_document" USING gin ("body_grams");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_category_handles" ON "search_document" USING gin ("category_handles");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_py_title_trgm" ON "search_document" USING gin ("py_title" gin_trgm_ops);`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_py_fuzzy_trgm" ON "search_document" USING gin ("py_fuzzy" gin_trgm_ops);`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_py_initials_trgm" ON "search_document" USING gin ("py_initials" gin_trgm_ops);`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_py_key_trgm" ON "search_document" USING gin ("py_key" gin_trgm_ops);`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_en_text_trgm" ON "search_document" USING gin ("en_text" gin_trgm_ops);`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_price_min" ON "search_document" ("price_min") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_document" cascade;`);
  }

}
