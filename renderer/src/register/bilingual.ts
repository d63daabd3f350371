/**
 * The core writes each import problem as one bilingual sentence, "中文 / English" (so logs and
 * the command line read in both). The preview shows the half in the UI language; a message
 * without the separator is shown whole. The Chinese half quotes the user's values in 「」, and a
 * value may itself contain " / ", so the separator is the first one outside those brackets.
 */
export function inLanguage(message: string, language: string): string {
  const at = separatorAt(message);
  if (at < 0) return message;
  return language.startsWith('zh') ? message.slice(0, at) : message.slice(at + 3);
}

function separatorAt(message: string): number {
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === '「') depth++;
    else if (c === '」') depth = Math.max(0, depth - 1);
    else if (depth === 0 && message.startsWith(' / ', i)) return i;
  }
  return -1;
}
