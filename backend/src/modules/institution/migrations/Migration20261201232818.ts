import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201232818 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "institution_invite" drop constraint if exists "institution_invite_token_hash_unique";`);
    this.addSql(`create table if not exists "institution_invite" ("id" text not null, "kind" text check ("kind" in ('activation', 'invite')) not null, "email" text not null, "name" text null, "roles" text[] not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "accepted_by" text null, "revoked_at" timestamptz null, "invited_by" text null, "institution_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "institution_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_institution_invite_token_hash_unique" ON "institution_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_invite_institution_id" ON "institution_invite" ("institution_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_invite_deleted_at" ON "institution_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_invite_institution_id_kind" ON "institution_invite" ("institution_id", "kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_invite_email" ON "institution_invite" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "institution_invite" add constraint "institution_invite_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "institution" add column if not exists "parent_name" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "institution_invite" cascade;`);

    this.addSql(`alter table if exists "institution" drop column if exists "parent_name";`);
  }

}
