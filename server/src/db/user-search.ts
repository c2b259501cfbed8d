import { writeRaw, type Db } from "./client.ts";

// Admin search finds users by any part of their username, email or name (LIKE '%…%'), which
// no b-tree index can answer: over 100k users each search read every row (~50 ms). An FTS5
// table with the trigram tokenizer indexes every 3-character piece of those columns, so a
// search of 3 characters or more finds its rows from the index alone (~2 ms).
//
// It finds exactly what LIKE finds, so that counts and pages agree whichever one answers:
// LIKE ignores the case of ASCII letters only, so the index holds the columns through
// SQLite's lower() (ASCII only, as LIKE) and matches case-sensitively, and a search has its
// ASCII letters lower-cased; a phrase matches its text literally, as the escaped pattern does.
//
// Triggers keep it in step with "User" in the same transaction as every write, whoever
// writes. Prisma's migrations know nothing of virtual tables, so prisma.config.ts lists these
// tables as external (left alone by `migrate dev`), and the app creates them at start. A
// future migration that rebuilds "User" drops the triggers along with the table; the next
// start sees them missing and rebuilds the index.

// prisma.config.ts names it and its shadow tables (UserSearch_config, _content, _data, _docsize, _idx)
const SEARCH_TABLE = "UserSearch";

const columns = '"usernameKey", "email", "name"';
const values = (row: "new" | "old" | "User") => `lower(${row}."usernameKey"), lower(${row}."email"), lower(${row}."name")`;

// Keyed by "User"'s rowid: stable for the life of a row (VACUUM keeps it too).
const schema: Record<string, string> = {
  [SEARCH_TABLE]: `CREATE VIRTUAL TABLE "${SEARCH_TABLE}" USING fts5(${columns}, tokenize = 'trigram case_sensitive 1')`,
  User_search_insert: `CREATE TRIGGER "User_search_insert" AFTER INSERT ON "User" BEGIN
  INSERT INTO "${SEARCH_TABLE}" (rowid, ${columns}) VALUES (new.rowid, ${values("new")});
END`,
  User_search_update: `CREATE TRIGGER "User_search_update" AFTER UPDATE OF ${columns} ON "User" BEGIN
  UPDATE "${SEARCH_TABLE}" SET ("usernameKey", "email", "name") = (${values("new")}) WHERE rowid = old.rowid;
END`,
  User_search_delete: `CREATE TRIGGER "User_search_delete" AFTER DELETE ON "User" BEGIN
  DELETE FROM "${SEARCH_TABLE}" WHERE rowid = old.rowid;
END`,
};

/** Create the search index, or rebuild it when any part is missing or differs; one transaction. Returns whether it (re)built. */
export function ensureUserSearchIndex(db: Db): Promise<boolean> {
  return writeRaw(db, (connection) => {
    const existing = connection
      .prepare(
        `SELECT name, sql FROM sqlite_master WHERE name IN (${Object.keys(schema)
          .map(() => "?")
          .join(", ")})`,
      )
      .all(...Object.keys(schema)) as Array<{ name: string; sql: string }>;
    const current = new Map(existing.map((row) => [row.name, row.sql]));
    if (Object.entries(schema).every(([name, sql]) => current.get(name) === sql)) return false;
    for (const name of Object.keys(schema).filter((name) => name !== SEARCH_TABLE)) connection.prepare(`DROP TRIGGER IF EXISTS "${name}"`).run();
    connection.prepare(`DROP TABLE IF EXISTS "${SEARCH_TABLE}"`).run();
    for (const sql of Object.values(schema)) connection.prepare(sql).run();
    connection.prepare(`INSERT INTO "${SEARCH_TABLE}" (rowid, ${columns}) SELECT rowid, ${values("User")} FROM "User"`).run();
    return true;
  });
}

/** ASCII letters to lower case, nothing else: what LIKE and SQLite's lower() ignore of case. */
export const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** The FTS5 query for a search (a phrase, quotes doubled), or null when it is too short for trigrams. */
export function searchMatch(text: string): string | null {
  const lower = asciiLower(text);
  return [...lower].length >= 3 ? `"${lower.replaceAll('"', '""')}"` : null;
}

/**
 * PostgreSQL's form of the same search: LIKE on each column with its ASCII letters lowered
 * (translate, not lower(), which folds other letters too), case-sensitively, as above.
 */
export const postgresSearchColumns = ['"usernameKey"', '"email"', '"name"'].map((column) => `translate(${column}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`);
