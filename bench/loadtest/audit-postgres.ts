// The audit's source on PostgreSQL (through `pg`): the shared checks' rows, and the store's own
// soundness checks in place of SQLite's PRAGMAs: amcheck over every B-tree index (with
// heapallindexed, each table row is found in each of its indexes), and every index valid, the
// users search's pg_trgm index among them. Foreign keys PostgreSQL enforces itself.
import pg from "pg";
import type { AuditSource } from "./audit.ts";

export async function postgresAuditSource(url: string): Promise<AuditSource> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows = async (sql: string) => (await client.query(sql)).rows;
  return {
    all: rows,
    async storeChecks(check) {
      const btree = check("amcheck: every B-tree index holds exactly its table's rows");
      await client.query("CREATE EXTENSION IF NOT EXISTS amcheck");
      const indexes = await rows(
        "SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace WHERE am.amname = 'btree' AND n.nspname = 'public'",
      );
      for (const index of indexes) {
        btree.checked += 1;
        try {
          await client.query("SELECT bt_index_check($1::regclass, true)", [index.oid]);
        } catch (error) {
          btree.failures.push(`${index.relname}: ${(error as Error).message}`);
        }
      }

      const valid = check('every index is valid, the users search\'s "User_search_trgm" among them');
      const all = await rows(
        "SELECT c.relname, i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'",
      );
      valid.checked = all.length;
      for (const index of all) if (!index.indisvalid) valid.failures.push(`${index.relname} is not valid`);
      if (!all.some((index) => index.relname === "User_search_trgm")) valid.failures.push("User_search_trgm is missing");
    },
    close: () => client.end(),
  };
}
