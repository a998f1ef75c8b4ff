// Reads the roles claim of an access token. A hint only: Microsoft says not to rely on reading tokens
// for APIs you don't own (FACTS.md §5); Graph's appRoleAssignments are the source of truth.
import { z } from 'zod';

const Claims = z.object({ roles: z.array(z.string()).optional(), tid: z.string().optional() }).loose();

function base64UrlDecode(segment: string): string {
  const base64 = segment
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The token's claims, or undefined when it is not a readable JWT. */
export function decodeClaims(token: string): z.infer<typeof Claims> | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const parsed = Claims.safeParse(JSON.parse(base64UrlDecode(payload)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function tokenRoles(token: string): string[] {
  return decodeClaims(token)?.roles ?? [];
}
