import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202185051 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "supplier" add column if not exists "low_stock_threshold" integer not null default 10;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "supplier" drop column if exists "low_stock_threshold";`);
  }

}
