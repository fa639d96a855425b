import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128233148 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "village" drop constraint if exists "village_township_id_name_unique";`);
    this.addSql(`alter table if exists "township" drop constraint if exists "township_county_id_name_unique";`);
    this.addSql(`alter table if exists "county" drop constraint if exists "county_handle_unique";`);
    this.addSql(`create table if not exists "county" ("id" text not null, "handle" text not null, "name_zh" text not null, "name_en" text not null, "short_zh" text not null, "delisted_poverty_county" boolean not null default false, "showcase_industry_zh" text null, "showcase_industry_en" text null, "sort_order" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "county_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_county_handle_unique" ON "county" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_county_deleted_at" ON "county" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "township" ("id" text not null, "name" text not null, "kind" text check ("kind" in ('subdistrict', 'town', 'township')) not null, "sort_order" integer not null default 0, "county_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "township_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_township_county_id" ON "township" ("county_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_township_deleted_at" ON "township" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_township_county_id_name_unique" ON "township" ("county_id", "name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "village" ("id" text not null, "name" text not null, "is_poor" boolean not null default false, "sort_order" integer not null default 0, "township_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "village_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_village_township_id" ON "village" ("township_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_village_deleted_at" ON "village" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_village_township_id_name_unique" ON "village" ("township_id", "name") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "township" add constraint "township_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "village" add constraint "village_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "township" drop constraint if exists "township_county_id_foreign";`);

    this.addSql(`alter table if exists "village" drop constraint if exists "village_township_id_foreign";`);

    this.addSql(`drop table if exists "county" cascade;`);

    this.addSql(`drop table if exists "township" cascade;`);

    this.addSql(`drop table if exists "village" cascade;`);
  }

}
