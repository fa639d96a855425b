import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128233518 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_number_unique";`);
    this.addSql(`create table if not exists "certificate" ("id" text not null, "number" text not null, "certifying_office" text not null, "county_handle" text not null, "supplier_id" text null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "evidence" jsonb null, "status" text check ("status" in ('applied', 'certified', 'suspended', 'revoked', 'expired')) not null default 'applied', "status_reason" text null, "demo" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_number_unique" ON "certificate" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_deleted_at" ON "certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_status_expires_at" ON "certificate" ("status", "expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_county_handle" ON "certificate" ("county_handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_supplier_id" ON "certificate" ("supplier_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "certificate_event" ("id" text not null, "action" text not null, "from_status" text check ("from_status" in ('applied', 'certified', 'suspended', 'revoked', 'expired')) null, "to_status" text check ("to_status" in ('applied', 'certified', 'suspended', 'revoked', 'expired')) not null, "actor" text not null, "reason" text null, "data" jsonb null, "certificate_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_event_certificate_id" ON "certificate_event" ("certificate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_event_deleted_at" ON "certificate_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "certificate_event" add constraint "certificate_event_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "certificate_event" drop constraint if exists "certificate_event_certificate_id_foreign";`);

    this.addSql(`drop table if exists "certificate" cascade;`);

    this.addSql(`drop table if exists "certificate_event" cascade;`);
  }

}
