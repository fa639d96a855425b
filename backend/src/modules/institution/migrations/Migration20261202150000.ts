import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202150000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "intent_agreement" add column if not exists "delivered_amount" numeric not null default 0, add column if not exists "raw_delivered_amount" jsonb not null default '{"value":"0","precision":20}';`);
    this.addSql(`alter table if exists "institution_purchase" add column if not exists "delivered_amount" numeric not null default 0, add column if not exists "raw_delivered_amount" jsonb not null default '{"value":"0","precision":20}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "intent_agreement" drop column if exists "delivered_amount", drop column if exists "raw_delivered_amount";`);
    this.addSql(`alter table if exists "institution_purchase" drop column if exists "delivered_amount", drop column if exists "raw_delivered_amount";`);
  }

}
