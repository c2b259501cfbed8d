import { capability } from "../graphql/modules.ts";
import { sweepOrphanAvatarFiles } from "./avatar-files.ts";
import { avatarFileRoutes } from "./routes.ts";

/** Stored avatars: served from /uploads/avatars; files a crash left behind are swept at start. */
export const avatarsPlugin = capability("avatars", async (app) => {
  await sweepOrphanAvatarFiles(app.deps, new Date());
  await app.register(avatarFileRoutes);
});
