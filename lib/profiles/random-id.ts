export function randomId(): string {
  return crypto.randomUUID();
}
