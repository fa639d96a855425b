import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202143000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "institution" add column if not exists "invoice_details" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "institution" drop column if exists "invoice_details";`);
  }

}
