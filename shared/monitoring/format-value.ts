/**
 * Values of indicators as the screens and the report print them. The seeds keep the unit in its
 * own field ("91.3" and "%"); a bare number reads better with it ("91.3%"), while a worded value
 * ("持续下降", "全覆盖") is printed as written.
 */

/** The unit to print after a number: notes in brackets dropped ("岁（原表误作%）" → 岁); none for "-". */
export function displayUnit(unit: string | null | undefined): string | null {
  if (!unit) return null;
  const bare = unit.replace(/[（(][^（）()]*[）)]/g, '').trim();
  if (!bare || /^[-—–/]+$/.test(bare)) return null;
  // A rate per 100,000 is written “12.5/10万”, not “12.51/10万”.
  return bare.startsWith('1/') ? bare.slice(1) : bare;
}

/** "91.3" + "%" → "91.3%"; "≥90" + "%" → "≥90%"; words and values that already carry a unit as written. */
export function valueWithUnit(value: string, unit: string | null | undefined): string {
  const u = displayUnit(unit);
  const v = value.trim();
  return u && /\d/.test(v) && /^[\d.\s≥≤<>＜＞~～-]+$/.test(v) ? `${v}${u}` : v;
}
