import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202141500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "institution" add column if not exists "payment_terms" text check ("payment_terms" in ('prepay', 'net')) not null default 'net', add column if not exists "payment_term_days" integer not null default 30;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "institution" drop column if exists "payment_terms", drop column if exists "payment_term_days";`);
  }

}
