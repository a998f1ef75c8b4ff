// Which hosts the idemeum replica answers, and what a tenant host says about the tenant (FACTS.md §6):
// parent MSP tenant `<company>.idemeum.com`, child tenant `<name>-<company>.idemeum.com`.
import { domainToUnicode } from 'node:url';

// Letters from other scripts that pass for the letters of "idemeum" (NFKD does not fold these).
const CONFUSABLES: Record<string, string> = {
  і: 'i',
  ӏ: 'i',
  ı: 'i',
  ɩ: 'i',
  ԁ: 'd',
  ɗ: 'd',
  е: 'e',
  ҽ: 'e',
  м: 'm',
  ṃ: 'm',
  υ: 'u',
  ս: 'u',
  ʋ: 'u',
};

function skeleton(host: string): string {
  const unicode = domainToUnicode(host) || host;
  return Array.from(unicode.normalize('NFKD').replace(/\p{M}/gu, ''), (c) => CONFUSABLES[c] ?? c).join('');
}

/** idemeum.com, its subdomains, and lookalikes (which serve the same console, for the refusal tests). */
export function isIdemeumLikeHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === 'idemeum.com' || h.endsWith('.idemeum.com')) return true;
  return h.includes('idemeum') || h.includes('xn--idemeu') || skeleton(h).includes('idemeum');
}

export interface ConsoleTenant {
  /** Host without port. */
  host: string;
  /** First host label, e.g. `contoso-acme`. */
  label: string;
  displayName: string;
  /** The MSP's label: the tenant's own for a parent, the part after the last hyphen for a child. */
  company: string;
  companyDisplayName: string;
  isCustomer: boolean;
}

function titleCase(word: string): string {
  return word
    .split(/[-_]/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export function tenantOfHost(host: string): ConsoleTenant {
  const label = host.split('.')[0] || host;
  const dash = label.lastIndexOf('-');
  const isCustomer = dash > 0 && dash < label.length - 1 && !label.startsWith('xn--');
  const name = isCustomer ? label.slice(0, dash) : label;
  const company = isCustomer ? label.slice(dash + 1) : label;
  return {
    host,
    label,
    displayName: titleCase(name),
    company,
    companyDisplayName: titleCase(company),
    isCustomer,
  };
}

/** The older console wording is served when the first host label starts with `classic`. */
export function isClassicHost(host: string): boolean {
  return (host.split('.')[0] ?? '').startsWith('classic');
}

/**
 * A console whose menu is a tree, whose Users page has tabs (All users, Groups, User source) and whose
 * user source is chosen from a list that opens under its button: hosts whose first label starts with `tabbed`.
 */
export function isTabbedHost(host: string): boolean {
  return (host.split('.')[0] ?? '').startsWith('tabbed');
}
