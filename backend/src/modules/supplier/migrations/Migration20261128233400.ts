import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128233400 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "supply_demand_file" drop constraint if exists "supply_demand_file_supplier_id_unique";`);
    this.addSql(`alter table if exists "organic_certificate" drop constraint if exists "organic_certificate_number_unique";`);
    this.addSql(`alter table if exists "supplier" drop constraint if exists "supplier_credit_code_unique";`);
    this.addSql(`create table if not exists "supplier" ("id" text not null, "legal_name" text not null, "credit_code" text not null, "type" text check ("type" in ('enterprise', 'cooperative', 'family_farm', 'workshop')) not null, "is_key" boolean not null default false, "county_handle" text not null, "township_id" text null, "village_id" text null, "contact_name" text null, "contact_phone" text null, "description" text null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "reviewed_by" text null, "reviewed_at" timestamptz null, "review_note" text null, "households_bound" integer not null default 0, "people_bound" integer not null default 0, "mechanisms" text[] not null default '{}', "employees" integer null, "demo" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supplier_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supplier_credit_code_unique" ON "supplier" ("credit_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_deleted_at" ON "supplier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_status_type" ON "supplier" ("status", "type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_county_handle" ON "supplier" ("county_handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_village_id" ON "supplier" ("village_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "organic_certificate" ("id" text not null, "number" text not null, "issuer" text not null, "product_scope" text not null, "issued_on" timestamptz not null, "expires_on" timestamptz null, "supplier_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organic_certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organic_certificate_number_unique" ON "organic_certificate" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organic_certificate_supplier_id" ON "organic_certificate" ("supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organic_certificate_deleted_at" ON "organic_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "supply_demand_file" ("id" text not null, "products" text[] not null default '{}', "yearly_capacity_tonnes" real not null, "season_months" jsonb not null, "minimum_order_quantity" real not null, "minimum_order_unit" text not null, "unmet_demand" text null, "supplier_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supply_demand_file_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supply_demand_file_supplier_id_unique" ON "supply_demand_file" ("supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supply_demand_file_deleted_at" ON "supply_demand_file" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "organic_certificate" add constraint "organic_certificate_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "supply_demand_file" add constraint "supply_demand_file_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "organic_certificate" drop constraint if exists "organic_certificate_supplier_id_foreign";`);

    this.addSql(`alter table if exists "supply_demand_file" drop constraint if exists "supply_demand_file_supplier_id_foreign";`);

    this.addSql(`drop table if exists "supplier" cascade;`);

    this.addSql(`drop table if exists "organic_certificate" cascade;`);

    this.addSql(`drop table if exists "supply_demand_file" cascade;`);
  }

}
