import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201231351 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "institution_purchase" drop constraint if exists "institution_purchase_order_id_county_handle_unique";`);
    this.addSql(`create table if not exists "institution_approval" ("id" text not null, "cart_id" text not null, "requested_by" text not null, "amount" numeric not null, "currency_code" text not null default 'cny', "status" text check ("status" in ('pending', 'approved', 'rejected', 'cancelled')) not null default 'pending', "decided_by" text null, "decided_at" timestamptz null, "note" text null, "order_id" text null, "institution_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "institution_approval_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_approval_institution_id" ON "institution_approval" ("institution_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_approval_deleted_at" ON "institution_approval" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_approval_cart_id_status" ON "institution_approval" ("cart_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_approval_status" ON "institution_approval" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "institution_purchase" ("id" text not null, "order_id" text not null, "customer_id" text not null, "county_handle" text not null, "amount" numeric not null, "paid_amount" numeric not null default 0, "source" text check ("source" in ('institution', 'personal')) not null default 'institution', "placed_at" timestamptz not null, "cancelled_at" timestamptz null, "institution_id" text not null, "agreement_id" text null, "raw_amount" jsonb not null, "raw_paid_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "institution_purchase_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_purchase_institution_id" ON "institution_purchase" ("institution_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_purchase_agreement_id" ON "institution_purchase" ("agreement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_purchase_deleted_at" ON "institution_purchase" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_institution_purchase_order_id_county_handle_unique" ON "institution_purchase" ("order_id", "county_handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_purchase_institution_id_placed_at" ON "institution_purchase" ("institution_id", "placed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "institution_approval" add constraint "institution_approval_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade;`);

    this.addSql(`alter table if exists "institution_purchase" add constraint "institution_purchase_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade;`);
    this.addSql(`alter table if exists "institution_purchase" add constraint "institution_purchase_agreement_id_foreign" foreign key ("agreement_id") references "intent_agreement" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "institution" add column if not exists "approval_threshold" numeric null, add column if not exists "annual_canteen_budget" numeric null, add column if not exists "reserved_share_percent" integer not null default 10, add column if not exists "raw_approval_threshold" jsonb null, add column if not exists "raw_annual_canteen_budget" jsonb null;`);

    // a buyer's single role becomes its first role (hand-written: the generator would drop it)
    this.addSql(`alter table if exists "institution_buyer" add column if not exists "roles" text[] not null default '{purchaser}';`);
    this.addSql(`update "institution_buyer" set "roles" = array["role"]::text[] where "role" is not null;`);
    this.addSql(`alter table if exists "institution_buyer" drop column if exists "role";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "institution_approval" cascade;`);

    this.addSql(`drop table if exists "institution_purchase" cascade;`);

    this.addSql(`alter table if exists "institution" drop column if exists "approval_threshold", drop column if exists "annual_canteen_budget", drop column if exists "reserved_share_percent", drop column if exists "raw_approval_threshold", drop column if exists "raw_annual_canteen_budget";`);

    this.addSql(`alter table if exists "institution_buyer" add column if not exists "role" text check ("role" in ('purchaser', 'approver')) not null default 'purchaser';`);
    this.addSql(`update "institution_buyer" set "role" = case when 'purchaser' = any("roles") then 'purchaser' when 'approver' = any("roles") then 'approver' else 'purchaser' end;`);
    this.addSql(`alter table if exists "institution_buyer" drop column if exists "roles";`);
  }

}
