import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The names of a product's own kinds (leaves of the category tree) get a column of
 * their own: they count as the product's text, like its title, while the groups
 * above them stay in key_text. Documents indexed before this have it empty until
 * they are indexed again (the demo seed reindexes; admin 搜索索引 → 重建索引).
 */
export class Migration20261202213500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "search_document" add column if not exists "category_text" text not null default '';`);
    this.addSql(`alter table "search_document" alter column "category_text" set storage main;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "search_document" drop column if exists "category_text";`);
  }

}
