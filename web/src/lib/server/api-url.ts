import { env } from "$env/dynamic/private";

/** Where this server reaches the API; read at run time so one build serves any environment. */
export const apiUrl = (path: string): string => new URL(path, env.API_URL || "http://127.0.0.1:4000").toString();
