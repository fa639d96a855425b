import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The supplier's name moves out of key_text into columns of its own, so that a
 * product found only through its supplier's name ranks last and shows only when
 * nothing matches on its own text. Documents indexed before this keep the name in
 * key_text until they are indexed again (admin 搜索索引 → 重建索引, or any change).
 */
export class Migration20261201231443 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "search_document" add column if not exists "supplier_text" text not null default '', add column if not exists "supplier_grams" text[] not null default '{}';`);
    // the candidate condition ORs the gram arrays: each needs its index, or the planner scans the table
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_supplier_grams" ON "search_document" USING gin ("supplier_grams");`);
    this.addSql(`alter table "search_document" alter column "supplier_text" set storage main, alter column "supplier_grams" set storage external;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_search_document_supplier_grams";`);
    this.addSql(`alter table if exists "search_document" drop column if exists "supplier_text", drop column if exists "supplier_grams";`);
  }

}
