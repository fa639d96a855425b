import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Typo correction for the embedded engine: `search_term` holds every word of
 * the index (pinyin runs, English words) with the number of documents using
 * it. A query word that matches nothing is corrected against this small table
 * instead of against every document. Statement triggers on
 * search_document keep the counts in step with every insert, update and delete,
 * whatever writes the table.
 */
const HOT_COLUMNS = [
  "id", "title_norm", "key_text", "body_text", "py_title", "py_initials", "py_fuzzy", "py_key", "en_title", "en_text",
  "county_handle", "category_handles", "price_band",
]
const COLD_COLUMNS = [
  "title_grams", "key_grams", "body_grams", "vocab", "description", "description_en", "variants", "certificate",
  "subtitle", "thumbnail", "title", "title_en", "handle", "township", "supplier_id", "supplier_name",
  "county_zh", "county_en", "categories",
]

export class Migration20261130171500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "search_document" add column if not exists "vocab" text[] not null default '{}';`);
    // A broad query ("面", "noodles") scores and counts thousands of rows: keep what scoring, filters and facets read
    // inline (MAIN), and move what only the GIN indexes, the trigger or the 20 displayed hits need out of line (EXTERNAL).
    // Rows shrink from ~2 kB to under 1 kB, and a query visits a third of the pages.
    this.addSql(`alter table "search_document" ${HOT_COLUMNS.map((c) => `alter column "${c}" set storage main`).join(", ")};`);
    this.addSql(`alter table "search_document" ${COLD_COLUMNS.map((c) => `alter column "${c}" set storage external`).join(", ")};`);
    this.addSql(`alter table "search_document" set (toast_tuple_target = 768);`);
    // "popular products" when nothing matches: the top of this index, not a sort of the whole table
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_popularity" ON "search_document" (popularity DESC, title_norm, id) WHERE deleted_at IS NULL;`);
    this.addSql(`create table if not exists "search_term" ("term" text not null, "documents" integer not null default 0, constraint "search_term_pkey" primary key ("term"));`);
    // candidates for a misspelt word share its first letter and are close in length (see engines/postgres.ts correct())
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_term_first_length" ON "search_term" (left(term, 1), length(term));`);
    // One function for the three triggers: each adds the words of the new rows and subtracts those of the old,
    // in term order (concurrent indexers lock terms in the same order), then drops words no document uses.
    this.addSql(`create or replace function search_term_sync() returns trigger language plpgsql as $$
begin
  if TG_OP = 'INSERT' then
    insert into search_term (term, documents)
      select t, count(*) from new_rows, unnest(new_rows.vocab) t group by t order by t
    on conflict (term) do update set documents = search_term.documents + excluded.documents;
  elsif TG_OP = 'DELETE' then
    insert into search_term (term, documents)
      select t, -count(*) from old_rows, unnest(old_rows.vocab) t group by t order by t
    on conflict (term) do update set documents = search_term.documents + excluded.documents;
    delete from search_term where term in (select term from search_term where documents <= 0 and term in (select unnest(vocab) from old_rows) order by term for update);
  else
    insert into search_term (term, documents)
      select t, sum(n) from (
        select t, 1 as n from new_rows, unnest(new_rows.vocab) t
        union all
        select t, -1 from old_rows, unnest(old_rows.vocab) t
      ) d group by t having sum(n) <> 0 order by t
    on conflict (term) do update set documents = search_term.documents + excluded.documents;
    delete from search_term where term in (select term from search_term where documents <= 0 and term in (select unnest(vocab) from old_rows) order by term for update);
  end if;
  return null;
end $$;`);
    this.addSql(`drop trigger if exists "search_term_on_insert" on "search_document";`);
    this.addSql(`drop trigger if exists "search_term_on_update" on "search_document";`);
    this.addSql(`drop trigger if exists "search_term_on_delete" on "search_document";`);
    this.addSql(`create trigger "search_term_on_insert" after insert on "search_document" referencing new table as new_rows for each statement execute function search_term_sync();`);
    this.addSql(`create trigger "search_term_on_update" after update on "search_document" referencing old table as old_rows new table as new_rows for each statement execute function search_term_sync();`);
    this.addSql(`create trigger "search_term_on_delete" after delete on "search_document" referencing old table as old_rows for each statement execute function search_term_sync();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "search_term_on_insert" on "search_document";`);
    this.addSql(`drop trigger if exists "search_term_on_update" on "search_document";`);
    this.addSql(`drop trigger if exists "search_term_on_delete" on "search_document";`);
    this.addSql(`drop function if exists search_term_sync();`);
    this.addSql(`drop index if exists "IDX_search_document_popularity";`);
    this.addSql(`alter table "search_document" reset (toast_tuple_target);`);
    this.addSql(`alter table "search_document" ${[...HOT_COLUMNS, ...COLD_COLUMNS].map((c) => `alter column "${c}" set storage extended`).join(", ")};`);
    this.addSql(`drop table if exists "search_term" cascade;`);
    this.addSql(`alter table if exists "search_document" drop column if exists "vocab";`);
  }

}
