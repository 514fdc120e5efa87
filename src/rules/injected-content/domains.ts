// The addresses injected-content judges: the host of a link, and whether it is on the allow list (the default
// list of government and well-known domains, with the user's settings.injection.allowDomains).
import allowed from './allowed-domains.json' with { type: 'json' };

const DEFAULT_DOMAINS = allowed.domains;

export function hostOf(url: string): string | null {
  if (!/^(?:https?:)?\/\//i.test(url)) return null;
  try {
    return new URL(url, 'https://relative.invalid').hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** The default allow list with the user's domains (settings.injection.allowDomains). */
export const allowedDomains = (extra: readonly string[]): string[] => [...DEFAULT_DOMAINS, ...extra.map((d) => d.toLowerCase().replace(/^\*?\./, ''))];

export const isAllowed = (host: string, domains: readonly string[]) =>
  domains.some((d) => host === d || host.endsWith(`.${d}`));
