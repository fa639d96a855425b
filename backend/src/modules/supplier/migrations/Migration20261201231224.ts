import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201231224 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "supplier_member" drop constraint if exists "supplier_member_email_unique";`);
    this.addSql(`alter table if exists "supplier_invite" drop constraint if exists "supplier_invite_token_hash_unique";`);
    this.addSql(`create table if not exists "product_change_request" ("id" text not null, "product_id" text not null, "kind" text check ("kind" in ('new_listing', 'update')) not null default 'update', "changes" jsonb not null, "previous" jsonb null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "reason" text null, "reviewed_by" text null, "reviewed_at" timestamptz null, "requested_by" text null, "supplier_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_change_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_change_request_supplier_id" ON "product_change_request" ("supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_change_request_deleted_at" ON "product_change_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_change_request_status_kind" ON "product_change_request" ("status", "kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_change_request_product_id" ON "product_change_request" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_change_request_supplier_id_status" ON "product_change_request" ("supplier_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "supplier_invite" ("id" text not null, "email" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "token_hash" text not null, "status" text check ("status" in ('pending', 'accepted', 'revoked')) not null default 'pending', "expires_at" timestamptz not null, "accepted_at" timestamptz null, "invited_by" text null, "supplier_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supplier_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supplier_invite_token_hash_unique" ON "supplier_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_invite_supplier_id" ON "supplier_invite" ("supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_invite_deleted_at" ON "supplier_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_invite_supplier_id_status" ON "supplier_invite" ("supplier_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_invite_email" ON "supplier_invite" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "supplier_member" ("id" text not null, "email" text not null, "name" text null, "phone" text null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "status" text check ("status" in ('active', 'disabled')) not null default 'active', "supplier_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supplier_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supplier_member_email_unique" ON "supplier_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_member_supplier_id" ON "supplier_member" ("supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_member_deleted_at" ON "supplier_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_member_supplier_id_role" ON "supplier_member" ("supplier_id", "role") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "product_change_request" add constraint "product_change_request_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "supplier_invite" add constraint "supplier_invite_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "supplier_member" add constraint "supplier_member_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "supplier" add column if not exists "linkage_note" text null, add column if not exists "documents" jsonb null, add column if not exists "applied_at" timestamptz null, add column if not exists "auto_approve" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_change_request" cascade;`);

    this.addSql(`drop table if exists "supplier_invite" cascade;`);

    this.addSql(`drop table if exists "supplier_member" cascade;`);

    this.addSql(`alter table if exists "supplier" drop column if exists "linkage_note", drop column if exists "documents", drop column if exists "applied_at", drop column if exists "auto_approve";`);
  }

}
