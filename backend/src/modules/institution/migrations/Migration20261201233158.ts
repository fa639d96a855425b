import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201233158 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop table if exists "intent_order" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table if not exists "intent_order" ("id" text not null, "order_id" text not null, "customer_id" text not null, "amount" numeric not null, "paid_amount" numeric not null default 0, "cancelled_at" timestamptz null, "agreement_id" text not null, "raw_amount" jsonb not null, "raw_paid_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "intent_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_intent_order_order_id_unique" ON "intent_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_intent_order_agreement_id" ON "intent_order" ("agreement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_intent_order_deleted_at" ON "intent_order" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "intent_order" add constraint "intent_order_agreement_id_foreign" foreign key ("agreement_id") references "intent_agreement" ("id") on update cascade;`);
  }

}
