import type Database from "better-sqlite3";
import type { BetterAuthOptions } from "better-auth";

export declare const BENCH_ORIGIN: string;
export declare function openBetterAuthDb(file: string): Database.Database;
export declare function betterAuthOptions(db: Database.Database, baseURL: string): BetterAuthOptions;
