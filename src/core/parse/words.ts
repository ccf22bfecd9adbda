// Words as people write them in spreadsheets and exports, folded for matching; and the cells that
// say nothing is known.
import { nameKey } from '../text';

const folded = new Map<string, string>();

/**
 * `nameKey`, remembered for short values: inventories repeat the same few words ("actif", "oui",
 * "FR") thousands of times, and Unicode normalisation is the costly part of reading them.
 */
export function fold(text: string): string {
  if (text.length > 40) return nameKey(text);
  let key = folded.get(text);
  if (key === undefined) {
    if (folded.size >= 10_000) folded.clear();
    key = nameKey(text);
    folded.set(text, key);
  }
  return key;
}

const PLACEHOLDERS = new Set([
  '',
  'n a',
  'na',
  'nc',
  'n c',
  'nd',
  'n d',
  'nr',
  'n r',
  'non communique',
  'non renseigne',
  'inconnu',
  'inconnue',
  'unknown',
  'none',
  'aucun',
  'aucune',
  'null',
  'nil',
  'tbd',
  'a definir',
  'a completer',
  'vide',
  'personne',
]);

/** "?", "-", "N/A", "inconnu"…: a cell that says nothing is known. */
export function isPlaceholder(text: string): boolean {
  return text.length <= 30 && PLACEHOLDERS.has(fold(text));
}
