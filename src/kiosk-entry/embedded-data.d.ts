// Provided by the single-file kiosk build (scripts/build-kiosk.ts): the exact text of each data
// file, keyed by its path below the site root, e.g. "data/index.json".
declare module 'virtual:kiosk-embedded-data' {
  const files: Readonly<Record<string, string>>;
  export default files;
}
