// Test support: damages a real PDF while keeping it a valid PDF, for the mutation tests. The
// budget PDFs (WPS writer) have one classic cross-reference table, a flat page tree and
// FlateDecode content streams in which every glyph is drawn as `<hhhh>Tj` in an Identity-H font
// with a ToUnicode CMap. Here a PDF is parsed into its numbered objects, changed (a page dropped
// or printed twice, a figure's digit redrawn as another digit) and written again with a fresh
// cross-reference table, so pdf.js opens it without repairing anything. Platform-neutral: the
// content streams are (de)compressed with the web's CompressionStream / DecompressionStream.
// Anything outside that shape throws: a test cannot pass on a mutation that was not made.

const setup = (message: string): Error => new Error(`test setup (PDF): ${message}`);

/** Bytes as a "binary string" (one char per byte), so PDF syntax can be searched with regexes. */
function toBinary(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

const fromBinary = (s: string): Uint8Array<ArrayBuffer> => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

async function pipe(data: string, stream: CompressionStream | DecompressionStream): Promise<string> {
  const out = new Response(new Blob([fromBinary(data)]).stream().pipeThrough(stream));
  return toBinary(new Uint8Array(await out.arrayBuffer()));
}
const inflate = (data: string): Promise<string> => pipe(data, new DecompressionStream('deflate'));
const deflate = (data: string): Promise<string> => pipe(data, new CompressionStream('deflate'));

export interface PdfFile {
  header: string; // everything before the first object (%PDF-1.7 and the binary comment)
  objects: Map<number, string>; // "N 0 obj ... endobj"
  order: number[]; // objects in the order they are written
  trailer: string; // the trailer dictionary, << ... >>
}

export function parsePdf(bytes: Uint8Array): PdfFile {
  const s = toBinary(bytes);
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(s.slice(-64));
  if (!start) throw setup('no startxref at the end');
  const at = Number(start[1]);
  if (!s.startsWith('xref', at)) throw setup('startxref does not point at a classic xref table');
  const tail = s.slice(at);
  const trailer = /trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(tail)?.[1];
  if (!trailer || /\/(Prev|XRefStm|Encrypt)\b/.test(trailer))
    throw setup('only a single, unencrypted xref table is supported');
  // Subsections "first count", each followed by `count` entries of 20 bytes ("oooooooooo ggggg n\r\n").
  const offsets = new Map<number, number>();
  const section = /\s*(\d+) (\d+)\s*?\r?\n/y;
  section.lastIndex = 'xref'.length;
  for (let m = section.exec(tail); m; m = section.exec(tail)) {
    let pos = section.lastIndex;
    for (let k = 0; k < Number(m[2]); k++, pos += 20) {
      const e = /^(\d{10}) (\d{5}) ([nf])/.exec(tail.slice(pos, pos + 20));
      if (!e) throw setup(`bad xref entry at ${at + pos}`);
      if (e[3] === 'n') offsets.set(Number(m[1]) + k, Number(e[1]));
    }
    section.lastIndex = pos;
  }
  const objects = new Map<number, string>();
  for (const [num, offset] of offsets) {
    if (!new RegExp(`^${num} 0 obj\\b`).test(s.slice(offset, offset + 20)))
      throw setup(`object ${num} is not at ${offset}`);
    const end = s.indexOf('endobj', offset);
    objects.set(num, s.slice(offset, end + 'endobj'.length));
  }
  const order = [...offsets.keys()].sort((a, b) => offsets.get(a)! - offsets.get(b)!);
  return { header: s.slice(0, offsets.get(order[0]!)), objects, order, trailer };
}

export function writePdf(f: PdfFile): Uint8Array {
  let out = f.header;
  const offsets = new Map<number, number>();
  for (const num of f.order) {
    offsets.set(num, out.length);
    out += `${f.objects.get(num)!}\n`;
  }
  const size = Math.max(...f.order) + 1;
  const xref = out.length;
  out += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n++)
    out += offsets.has(n) ? `${String(offsets.get(n)).padStart(10, '0')} 00000 n \n` : '0000000000 65535 f \n';
  out += `trailer\n${f.trailer.replace(/\/Size \d+/, `/Size ${size}`)}\nstartxref\n${xref}\n%%EOF\n`;
  return fromBinary(out);
}

const ref = (text: string, key: string): number => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(text);
  if (!m) throw setup(`no /${key} reference in ${text.slice(0, 120)}`);
  return Number(m[1]);
};
function object(f: PdfFile, num: number | undefined): string {
  const text = num === undefined ? undefined : f.objects.get(num);
  if (text === undefined) throw setup(`no object ${num}`);
  return text;
}

/** The page tree's root object and the page objects in order (a flat tree only). */
function pageObjects(f: PdfFile): { root: number; pages: number[] } {
  const root = ref(object(f, ref(f.trailer, 'Root')), 'Pages');
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(object(f, root))?.[1] ?? '';
  const pages = [...kids.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  if (pages.some((p) => /\/Type\s*\/Pages\b/.test(object(f, p)))) throw setup('nested page tree');
  return { root, pages };
}

/** The same PDF with its pages, by 1-based number, in a new order: leave some out, or repeat one. */
function reorderPages(bytes: Uint8Array, order: number[]): Uint8Array {
  const f = parsePdf(bytes);
  const { root, pages } = pageObjects(f);
  let next = Math.max(...f.order) + 1;
  const seen = new Set<number>();
  const kids = order.map((n) => {
    const num = pages[n - 1];
    if (num === undefined) throw setup(`no page ${n}`);
    if (!seen.has(num)) return (seen.add(num), num);
    // A page object may stand in the tree once: a repeated page is a copy sharing its content stream.
    const copy = next++;
    f.objects.set(copy, object(f, num).replace(/^\d+ 0 obj/, `${copy} 0 obj`));
    f.order.push(copy);
    return copy;
  });
  f.objects.set(
    root,
    object(f, root)
      .replace(/\/Kids\s*\[[^\]]*\]/, `/Kids [${kids.map((k) => `${k} 0 R`).join(' ')}]`)
      .replace(/\/Count \d+/, `/Count ${kids.length}`),
  );
  return writePdf(f);
}

export const dropPdfPages = (bytes: Uint8Array, pageCount: number, ...drop: number[]): Uint8Array =>
  reorderPages(
    bytes,
    Array.from({ length: pageCount }, (_, i) => i + 1).filter((n) => !drop.includes(n)),
  );

export const duplicatePdfPage = (bytes: Uint8Array, pageCount: number, page: number): Uint8Array =>
  reorderPages(
    bytes,
    Array.from({ length: pageCount }, (_, i) => i + 1).flatMap((n) => (n === page ? [n, n] : [n])),
  );

/** A stream object's dictionary and its decoded data (FlateDecode or none). */
async function readStream(f: PdfFile, num: number): Promise<{ dict: string; data: string }> {
  const text = object(f, num);
  const m = /^\d+ 0 obj\s*(<<[\s\S]*?>>)\s*stream\r?\n/.exec(text);
  if (!m) throw setup(`object ${num} is not a stream`);
  const length = /\/Length (\d+)(?! \d+ R)/.exec(m[1]!);
  if (!length) throw setup(`object ${num}: /Length is not a direct number`);
  const raw = text.slice(m[0].length, m[0].length + Number(length[1]));
  if (/\/DecodeParms/.test(m[1]!)) throw setup(`object ${num}: predictors are not supported`);
  const filter = /\/Filter\s*\/(\w+)/.exec(m[1]!)?.[1];
  if (filter !== undefined && filter !== 'FlateDecode') throw setup(`object ${num}: filter ${filter} is not supported`);
  return { dict: m[1]!, data: filter ? await inflate(raw) : raw };
}

async function writeStream(f: PdfFile, num: number, dict: string, data: string): Promise<void> {
  const packed = await deflate(data);
  const d = dict
    .replace(/\s*\/Filter\s*\/\w+/, '')
    .replace(/\s*\/Length \d+/, '')
    .replace(/^<</, `<</Filter /FlateDecode /Length ${packed.length} `);
  f.objects.set(num, `${num} 0 obj\n${d}\nstream\n${packed}\nendstream\nendobj`);
}

/** char -> glyph codes (4 hex digits) of one font, from its ToUnicode CMap (bfchar and bfrange). */
async function glyphCodes(f: PdfFile, font: number): Promise<Map<string, string[]>> {
  const cmap = (await readStream(f, ref(object(f, font), 'ToUnicode'))).data;
  const codes = new Map<string, string[]>();
  const add = (code: number, unicode: number): void => {
    const c = String.fromCodePoint(unicode);
    codes.set(c, [...(codes.get(c) ?? []), code.toString(16).toUpperCase().padStart(4, '0')]);
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi))
      add(parseInt(m[1]!, 16), parseInt(m[2]!, 16));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) {
      for (let c = parseInt(m[1]!, 16); c <= parseInt(m[2]!, 16); c++)
        add(c, parseInt(m[3]!, 16) + c - parseInt(m[1]!, 16));
    }
  }
  return codes;
}

/**
 * Redraws the `nth` occurrence (0-based, in drawing order) of the figure `from` on page `page`
 * (1-based) as `to`: the same length, only digits changed, each glyph replaced by the glyph the
 * same font maps to the new digit. Returns the new PDF and how many times the figure is drawn there.
 */
export async function changePdfFigure(
  bytes: Uint8Array,
  page: number,
  from: string,
  to: string,
  nth = 0,
): Promise<{ pdf: Uint8Array; occurrences: number }> {
  if (from.length !== to.length || [...from].some((c, i) => c !== to[i] && !/\d/.test(c + to[i])))
    throw setup(`"${from}" -> "${to}" must change digits only`);
  const f = parsePdf(bytes);
  const pageObject = object(f, pageObjects(f).pages[page - 1]);
  const contents = ref(pageObject, 'Contents');
  const fonts = [...(/\/Font\s*<<([^>]*)>>/.exec(pageObject)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) =>
    Number(m[1]),
  );
  const { dict, data } = await readStream(f, contents);
  for (const font of fonts) {
    const codes = await glyphCodes(f, font);
    const alt = (c: string): string => `(${(codes.get(c) ?? ['(?!)']).join('|')})`;
    // Glyphs drawn one by one (`<0017>Tj 120 -0 TD<0014>Tj`) or in one string (`<00170014>Tj`), within one text object.
    const pattern = new RegExp([...from].map(alt).join('(?:>\\s*Tj[^<E]*<)?'), 'gi');
    const matches = [...data.matchAll(pattern)];
    if (matches.length === 0) continue;
    const m = matches[nth];
    if (!m) throw setup(`"${from}" is drawn ${matches.length} time(s) on page ${page}, no occurrence ${nth}`);
    // Each glyph code (capture group k+1) is replaced in place where the character changes.
    let out = '';
    let at = 0;
    [...from].forEach((c, k) => {
      const code = m[k + 1]!;
      const i = m[0].indexOf(code, at);
      const glyph = c === to[k] ? code : codes.get(to[k]!)?.[0];
      if (glyph === undefined) throw setup(`the font has no glyph for ${to[k]}`);
      out += m[0].slice(at, i) + glyph;
      at = i + code.length;
    });
    out += m[0].slice(at);
    await writeStream(f, contents, dict, data.slice(0, m.index) + out + data.slice(m.index + m[0].length));
    return { pdf: writePdf(f), occurrences: matches.length };
  }
  throw setup(`"${from}" is not drawn on page ${page}`);
}
