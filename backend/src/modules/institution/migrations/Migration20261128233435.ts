import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128233435 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "intent_order" drop constraint if exists "intent_order_order_id_unique";`);
    this.addSql(`alter table if exists "institution_buyer" drop constraint if exists "institution_buyer_customer_id_unique";`);
    this.addSql(`alter table if exists "institution" drop constraint if exists "institution_credit_code_unique";`);
    this.addSql(`create table if not exists "institution" ("id" text not null, "name" text not null, "credit_code" text not null, "kind" text check ("kind" in ('enterprise', 'school', 'hospital', 'government')) not null, "contact_name" text not null, "contact_phone" text not null, "address" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "reviewed_by" text null, "reviewed_at" timestamptz null, "review_note" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "institution_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_institution_credit_code_unique" ON "institution" ("credit_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_deleted_at" ON "institution" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_kind_status" ON "institution" ("kind", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "institution_buyer" ("id" text not null, "customer_id" text not null, "role" text check ("role" in ('purchaser', 'approver')) not null default 'purchaser', "institution_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "institution_buyer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_institution_buyer_customer_id_unique" ON "institution_buyer" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_buyer_institution_id" ON "institution_buyer" ("institution_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_buyer_deleted_at" ON "institution_buyer" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "intent_agreement" ("id" text not null, "county_handle" text not null, "amount" numeric not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "signed_at" timestamptz null, "ordered_amount" numeric not null default 0, "paid_amount" numeric not null default 0, "status" text check ("status" in ('active', 'completed', 'cancelled')) not null default 'active', "note" text null, "metadata" jsonb null, "institution_id" text not null, "raw_amount" jsonb not null, "raw_ordered_amount" jsonb not null default '{"value":"0","precision":20}', "raw_paid_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "intent_agreement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_intent_agreement_institution_id" ON "intent_agreement" ("institution_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_intent_agreement_deleted_at" ON "intent_agreement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_intent_agreement_county_handle_status" ON "intent_agreement" ("county_handle", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "intent_order" ("id" text not null, "order_id" text not null, "customer_id" text not null, "amount" numeric not null, "paid_amount" numeric not null default 0, "cancelled_at" timestamptz null, "agreement_id" text not null, "raw_amount" jsonb not null, "raw_paid_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "intent_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_intent_order_order_id_unique" ON "intent_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_intent_order_agreement_id" ON "intent_order" ("agreement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_intent_order_deleted_at" ON "intent_order" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "institution_buyer" add constraint "institution_buyer_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "intent_agreement" add constraint "intent_agreement_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade;`);

    this.addSql(`alter table if exists "intent_order" add constraint "intent_order_agreement_id_foreign" foreign key ("agreement_id") references "intent_agreement" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "institution_buyer" drop constraint if exists "institution_buyer_institution_id_foreign";`);

    this.addSql(`alter table if exists "intent_agreement" drop constraint if exists "intent_agreement_institution_id_foreign";`);

    this.addSql(`alter table if exists "intent_order" drop constraint if exists "intent_order_agreement_id_foreign";`);

    this.addSql(`drop table if exists "institution" cascade;`);

    this.addSql(`drop table if exists "institution_buyer" cascade;`);

    this.addSql(`drop table if exists "intent_agreement" cascade;`);

    this.addSql(`drop table if exists "intent_order" cascade;`);
  }

}
