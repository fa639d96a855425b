import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** A declined quote keeps why the member declined it. */
export class Migration20261203140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "institution_quote" add column if not exists "decline_note" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "institution_quote" drop column if exists "decline_note";`);
  }

}
