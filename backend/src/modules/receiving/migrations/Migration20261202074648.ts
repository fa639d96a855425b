import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202074648 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "shipment_receipt" drop constraint if exists "shipment_receipt_fulfillment_id_unique";`);
    this.addSql(`create table if not exists "shipment_receipt" ("id" text not null, "order_id" text not null, "fulfillment_id" text not null, "institution_id" text not null, "supplier_id" text not null, "decision" text check ("decision" in ('accepted', 'disputed')) not null, "auto_accepted" boolean not null default false, "confirmed_by" text null, "confirmed_at" timestamptz not null, "note" text null, "photo_url" text null, "deduction" numeric not null default 0, "raw_deduction" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shipment_receipt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shipment_receipt_deleted_at" ON "shipment_receipt" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shipment_receipt_fulfillment_id_unique" ON "shipment_receipt" ("fulfillment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shipment_receipt_order_id" ON "shipment_receipt" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shipment_receipt_supplier_id_confirmed_at" ON "shipment_receipt" ("supplier_id", "confirmed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shipment_receipt_institution_id_confirmed_at" ON "shipment_receipt" ("institution_id", "confirmed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "shipment_receipt_line" ("id" text not null, "line_item_id" text not null, "title" text not null, "shipped_quantity" integer not null, "received_quantity" integer not null, "damaged_quantity" integer not null default 0, "accepted_quantity" integer not null, "unit_price" numeric not null, "deduction" numeric not null default 0, "receipt_id" text not null, "raw_unit_price" jsonb not null, "raw_deduction" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shipment_receipt_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shipment_receipt_line_receipt_id" ON "shipment_receipt_line" ("receipt_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shipment_receipt_line_deleted_at" ON "shipment_receipt_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "shipment_receipt_line" add constraint "shipment_receipt_line_receipt_id_foreign" foreign key ("receipt_id") references "shipment_receipt" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "shipment_receipt_line" drop constraint if exists "shipment_receipt_line_receipt_id_foreign";`);

    this.addSql(`drop table if exists "shipment_receipt" cascade;`);

    this.addSql(`drop table if exists "shipment_receipt_line" cascade;`);
  }

}
