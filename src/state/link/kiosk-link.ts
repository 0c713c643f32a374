// The kiosk's link: `#kiosk&tour=<slides>&interval=20&start=1&idle=60&lang=alt`, read once at
// start (README "Kiosk"). The full app and the kiosk share index.html and its hash.
import { parseLink, type ParsedLink } from './link';
import { paramNamed } from './params';

export function parseKioskLink(hash: string): ParsedLink<'kiosk'> {
  return parseLink('kiosk', hash);
}

/**
 * A link that names `kiosk` asks for the kiosk unless it says no (`kiosk=0`, `false`, `no`,
 * `off`): a value it cannot read (`kiosk=please`) still opens the kiosk, which names it.
 */
export function isKioskRequested(hash: string): boolean {
  const param = paramNamed('kiosk', 'kiosk');
  if (!param) return false;
  const texts = new URLSearchParams(hash.replace(/^#\/?\??/, '')).getAll(param.name);
  const answers = texts.map((text) => param.codec.parse(text.trim())).filter((answer) => typeof answer === 'boolean');
  return texts.length > 0 && answers[answers.length - 1] !== false;
}

/**
 * One slide of a tour: the part after `#` of any address of the dashboard (everything up to `#`
 * is dropped), with `;` or `%26` between its parameters (`;` is readable inside the tour).
 */
export function parseSlideLink(link: string): ParsedLink<'slide'> {
  const hashAt = link.indexOf('#');
  return parseLink('slide', (hashAt >= 0 ? link.slice(hashAt + 1) : link).replace(/;/g, '&'));
}
