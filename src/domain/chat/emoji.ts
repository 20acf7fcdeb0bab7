/**
 * What a reaction may be: exactly one emoji (one grapheme cluster that is pictographic, a flag of two regional
 * indicators or a keycap, with its modifiers and joiners) or a `:shortcode:` of at most 32 characters.
 */
const SHORTCODE = /^:[a-z0-9_+-]{1,30}:$/;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const FLAG = /^\p{Regional_Indicator}{2}$/u;
const KEYCAP = /^[0-9#*]\uFE0F?\u20E3$/u;
/** Letters, digits, punctuation and spaces have no place in an emoji (a keycap's base is checked apart). */
const TEXTUAL = /[\p{L}\p{N}\p{P}\p{Z}\p{Cc}]/u;

export function isEmoji(value: string): boolean {
  if (SHORTCODE.test(value)) return true;
  if (value.length === 0 || value.length > 32) return false;
  let count = 0;
  for (const _ of segmenter.segment(value)) if (++count > 1) return false;
  if (KEYCAP.test(value) || FLAG.test(value)) return true;
  return PICTOGRAPHIC.test(value) && !TEXTUAL.test(value);
}
