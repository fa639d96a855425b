import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128233439 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "service_station" drop constraint if exists "service_station_township_id_name_unique";`);
    this.addSql(`create table if not exists "service_station" ("id" text not null, "name" text not null, "county_handle" text not null, "township_id" text not null, "village_id" text null, "address" text not null, "opening_hours" text not null, "phone" text null, "pickup_enabled" boolean not null default true, "is_active" boolean not null default true, "sort_order" integer not null default 0, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_station_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_station_deleted_at" ON "service_station" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_station_township_id_name_unique" ON "service_station" ("township_id", "name") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_station_county_handle_is_active" ON "service_station" ("county_handle", "is_active") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_station_village_id" ON "service_station" ("village_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service_station" cascade;`);
  }

}
