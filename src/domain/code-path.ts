// The drill path of a classification line: its code and its ancestors' codes from the top, which
// is how the URL (`path=210.21015.2101504`) and the explore view address a line.

/** "2101504" -> ["210", "21015", "2101504"]; "30217" -> ["302", "30217"]; "208" -> ["208"]. */
export function codePath(code: string): string[] {
  if (!/^\d{3}(\d{2}){0,2}$/.test(code)) throw new Error(`not a classification code (3, 5 or 7 digits): "${code}"`);
  const path: string[] = [];
  for (let length = 3; length <= code.length; length += 2) path.push(code.slice(0, length));
  return path;
}
