/** Text for SVG markup: the five characters XML treats as markup, escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ENTITIES[character]);
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Coordinates rounded to a tenth of a pixel, so the markup stays short and stable in specs. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}
