/**
 * The core writes each import problem as one bilingual sentence, "中文 / English" (so logs and
 * the command line read in both). The preview shows the half in the UI language; a message
 * without the separator is shown whole.
 */
export function inLanguage(message: string, language: string): string {
  const at = message.indexOf(' / ');
  if (at < 0) return message;
  return language.startsWith('zh') ? message.slice(0, at) : message.slice(at + 3);
}
