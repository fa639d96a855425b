import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202031845 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "institution_canteen" ("id" text not null, "name" text not null, "contact_name" text not null, "contact_phone" text not null, "county_handle" text not null, "address" text not null, "institution_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "institution_canteen_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_canteen_institution_id" ON "institution_canteen" ("institution_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_canteen_deleted_at" ON "institution_canteen" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "institution_canteen" add constraint "institution_canteen_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "institution_canteen" cascade;`);
  }

}
