// The role order USER < ADMIN < SUPER_ADMIN, declared as data; one policy reads it.
export const roles = ["USER", "ADMIN", "SUPER_ADMIN"] as const;
export type RoleName = (typeof roles)[number];

export const hasRoleAtLeast = (role: RoleName, required: RoleName): boolean => roles.indexOf(role) >= roles.indexOf(required);
