// Fills {name} placeholders of a message. Parts keep non-string values (elements) as they are, so a view can
// put a link or <strong> inside a translated sentence without cutting the sentence into pieces.
const PLACEHOLDER = /\{(\w+)\}/g;

export function interpolateParts<T>(message: string, values: Record<string, T | string>): Array<T | string> {
  const parts: Array<T | string> = [];
  let last = 0;
  for (const match of message.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!(name in values)) continue;
    if (match.index > last) parts.push(message.slice(last, match.index));
    parts.push(values[name] as T | string);
    last = match.index + match[0].length;
  }
  if (last < message.length) parts.push(message.slice(last));
  return parts;
}

export function interpolate(message: string, values: Record<string, string>): string {
  return interpolateParts<string>(message, values).join('');
}

export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}
