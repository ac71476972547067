// The engine writes each early-warning alert with its level in front ("Warning: …",
// "【警告】…", src/engine/alerts.ts) so the CLI and logs read well on their own.
// The report shows the level once, as its own labelled tag with an icon, so the
// level the engine put in the text is taken off here (the engine is not changed).
const LEADING_LEVEL = [
  /^\s*【[^】]{1,6}】\s*/u, // 【关注】【警告】【严重】
  /^\s*(?:watch|warning|critical)\s*[:：]\s*/iu,
];

/** An alert's text without the level the engine put in front of it (English: the rest starts with a capital). */
export function alertBody(text: string): string {
  for (const re of LEADING_LEVEL) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return text;
}
