// Entra built-in directory roles by template ID, as they appear in the `wids` claim.
export const GLOBAL_ADMINISTRATOR = '62e90394-69f5-4237-9190-012177145e10';
export const PRIVILEGED_ROLE_ADMINISTRATOR = 'e8611ab8-c189-46e8-94e1-60213ab1f814';
export const APPLICATION_DEVELOPER = 'cf1c38e5-3621-4004-a7cb-879624dced7c';
/** Every member user holds this one; Entra lists it in `wids` next to the admin roles. */
export const DEFAULT_MEMBER_ROLE = 'b79fbf4d-3ef9-4689-8143-76b194e85509';

export const directoryRoleNames: Readonly<Record<string, string>> = {
  [GLOBAL_ADMINISTRATOR]: 'Global Administrator',
  [PRIVILEGED_ROLE_ADMINISTRATOR]: 'Privileged Role Administrator',
  [APPLICATION_DEVELOPER]: 'Application Developer',
};
