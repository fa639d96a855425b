import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202030041 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bank_transfer" drop constraint if exists "bank_transfer_bank_reference_unique";`);
    this.addSql(`create table if not exists "bank_transfer" ("id" text not null, "amount" numeric not null, "currency_code" text not null default 'cny', "received_at" timestamptz not null, "payer_name" text not null, "payer_account" text not null, "bank_reference" text not null, "note" text null, "recorded_by" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_transfer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_deleted_at" ON "bank_transfer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_transfer_bank_reference_unique" ON "bank_transfer" ("bank_reference") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bank_transfer_allocation" ("id" text not null, "order_id" text not null, "amount" numeric not null, "transfer_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_transfer_allocation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_allocation_transfer_id" ON "bank_transfer_allocation" ("transfer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_allocation_deleted_at" ON "bank_transfer_allocation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_allocation_order_id" ON "bank_transfer_allocation" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "bank_transfer_allocation" add constraint "bank_transfer_allocation_transfer_id_foreign" foreign key ("transfer_id") references "bank_transfer" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "bank_transfer_allocation" drop constraint if exists "bank_transfer_allocation_transfer_id_foreign";`);

    this.addSql(`drop table if exists "bank_transfer" cascade;`);

    this.addSql(`drop table if exists "bank_transfer_allocation" cascade;`);
  }

}
