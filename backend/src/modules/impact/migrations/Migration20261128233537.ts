import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128233537 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "impact_entry" drop constraint if exists "impact_entry_line_item_id_reference_unique";`);
    this.addSql(`create table if not exists "impact_entry" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "reference" text not null, "kind" text check ("kind" in ('sale', 'reversal')) not null, "product_id" text null, "product_title" text null, "product_kind" text null, "product_kind_name" text null, "supplier_id" text null, "supplier_name" text null, "county_handle" text null, "certificate_number" text null, "quantity" integer not null, "amount" numeric not null, "households" integer not null default 0, "occurred_at" timestamptz not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "impact_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_entry_order_id" ON "impact_entry" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_entry_deleted_at" ON "impact_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_impact_entry_line_item_id_reference_unique" ON "impact_entry" ("line_item_id", "reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_entry_county_handle" ON "impact_entry" ("county_handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_entry_supplier_id" ON "impact_entry" ("supplier_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "impact_entry" cascade;`);
  }

}
