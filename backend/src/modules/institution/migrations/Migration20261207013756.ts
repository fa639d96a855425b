import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** A quote keeps the delivery fee answered with its prices. */
export class Migration20261207013756 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "institution_quote" add column if not exists "shipping_total" numeric null, add column if not exists "raw_shipping_total" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "institution_quote" drop column if exists "shipping_total", drop column if exists "raw_shipping_total";`);
  }

}
