// Deterministic generator of hostile view links for the URL fuzzing journey.
const PARAMS = [
  'view',
  'year',
  'from',
  'to',
  'cls',
  'path',
  'measure',
  'table',
  'sort',
  'q',
  'level',
  'project',
  'unit',
  'lang',
  'theme',
  'v',
  'x',
  '__proto__',
  'constructor',
];
const VALID: Record<string, string[]> = {
  view: ['overview', 'explore', 'tables', 'compare', 'projects', 'about'],
  year: ['2021', '2026'],
  cls: ['function', 'economic'],
  path: ['210', '210.21015', '210.21015.2101504', '301'],
  measure: ['total', 'basic', 'project', 'personnel', 'publicUse'],
  table: ['expenditureByFunction', 'basicByEconomic', 'threePublic', 'governmentFundByFunction'],
  sort: ['total.desc', 'code.asc'],
  unit: ['auto', 'yuan', 'mid', 'large'],
  lang: ['zh-CN', 'en'],
  theme: ['auto', 'light', 'dark'],
};
const HOSTILE = [
  'nope',
  '999',
  '210.99999',
  '2109999999',
  '-1',
  '0',
  '1e309',
  '99999999999999999999',
  'NaN',
  '1999',
  'x'.repeat(5000),
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  "'-alert(1)-'",
  '%E4%ZZ',
  '%',
  '%00',
  '%FF%FE',
  '\u202Eevil',
  '../../etc/passwd',
  '{{constructor.constructor("window.__xss=1")()}}',
  'total.sideways',
  '...',
];

// A free-text filter accepts any short text, and a drill path of well-formed codes is checked by the
// explore view against the data of its year; every other hostile value must be rejected visibly.
function mustBeRejected(param: string, value: string): boolean {
  if (param === 'q') return value.length > 200;
  if (param === 'path') return false;
  return true;
}

export interface FuzzCase {
  hash: string;
  /** true when at least one value is outside what the app accepts, so a notice must show */
  invalid: boolean;
}

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: T[]): T => list[Math.floor(random() * list.length)]!;

export function fuzzCases(count: number, seed = 20261122): FuzzCase[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => {
    const parts: string[] = [];
    let invalid = false;
    const n = 1 + Math.floor(random() * 4);
    for (let i = 0; i < n; i++) {
      const param = pick(random, PARAMS);
      const valid = Object.hasOwn(VALID, param) ? VALID[param] : undefined;
      const useValid = valid && random() < 0.4;
      const value = useValid ? pick(random, valid) : pick(random, HOSTILE);
      // Raw (not encoded) half of the time, to exercise broken encodings as typed in an address bar.
      const encoded = random() < 0.5 ? encodeURIComponent(value) : value.replace(/[#&]/g, encodeURIComponent);
      parts.push(`${param}=${encoded}`);
      if (!useValid && mustBeRejected(param, value)) invalid = true;
    }
    return { hash: parts.join('&'), invalid };
  });
}
