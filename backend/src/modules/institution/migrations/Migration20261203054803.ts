import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203054803 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "institution_quote" drop constraint if exists "institution_quote_draft_order_id_unique";`);
    this.addSql(`create table if not exists "institution_quote" ("id" text not null, "status" text check ("status" in ('requested', 'answered', 'accepted', 'declined', 'expired')) not null default 'requested', "draft_order_id" text not null, "lines" jsonb not null, "currency_code" text not null default 'cny', "note" text null, "requested_by" text not null, "answer_note" text null, "answered_by" text null, "answered_at" timestamptz null, "valid_until" timestamptz null, "decided_by" text null, "decided_at" timestamptz null, "order_id" text null, "institution_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "institution_quote_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_quote_institution_id" ON "institution_quote" ("institution_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_quote_deleted_at" ON "institution_quote" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_quote_institution_id_status" ON "institution_quote" ("institution_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_institution_quote_status" ON "institution_quote" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_institution_quote_draft_order_id_unique" ON "institution_quote" ("draft_order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "institution_quote" add constraint "institution_quote_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "institution_quote" cascade;`);
  }

}
