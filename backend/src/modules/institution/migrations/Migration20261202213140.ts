import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202213140 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "institution_list" drop constraint if exists "institution_list_institution_id_name_unique";`);
    this.addSql(`create table if not exists "institution_list" ("id" text not null, "name" text not null, "lines" jsonb not null, "created_by" text not null, "updated_by" text null, "institution_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "institution_list_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_list_institution_id" ON "institution_list" ("institution_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_list_deleted_at" ON "institution_list" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_institution_list_institution_id_name_unique" ON "institution_list" ("institution_id", "name") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "institution_list" add constraint "institution_list_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "institution_buyer" add column if not exists "monthly_budget" numeric null, add column if not exists "raw_monthly_budget" jsonb null;`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "institution_list" cascade;`);

    this.addSql(`alter table if exists "institution_buyer" drop column if exists "monthly_budget", drop column if exists "raw_monthly_budget";`);

  }

}
