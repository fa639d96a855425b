import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202144500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "invoice_request" ("id" text not null, "order_id" text not null, "supplier_id" text not null, "institution_id" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "invoice_details" jsonb not null, "requested_by" text not null, "status" text check ("status" in ('requested', 'issued')) not null default 'requested', "invoice_number" text null, "issued_on" text null, "issued_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_request_order_id_supplier_id_unique" ON "invoice_request" ("order_id", "supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_request_supplier_id_status" ON "invoice_request" ("supplier_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_request_institution_id" ON "invoice_request" ("institution_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_request_deleted_at" ON "invoice_request" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoice_request" cascade;`);
  }

}
