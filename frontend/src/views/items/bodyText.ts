/**
 * The body editor of the console works in one of two modes. "Text": paragraphs separated by line breaks, saved
 * as `<p>` elements (escaped). "HTML": the stored HTML itself, for bodies with tables, lists or links. A body
 * opens in text mode only when nothing but paragraphs and line breaks would be lost. The server sanitises
 * whatever is saved.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c])
}

/** Paragraphs (one per non-empty line) → `<p>…</p><p>…</p>`; empty text → ''. */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('')
}

/** True when the HTML is only paragraphs (and line breaks) of plain text, so text mode loses nothing. */
export function isPlainParagraphs(html: string | null | undefined): boolean {
  if (!html) return true
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html')
  const isPlain = (el: Element): boolean =>
    (el.tagName === 'P' || el.tagName === 'BR') &&
    el.attributes.length === 0 &&
    Array.from(el.children).every((c) => c.tagName === 'BR' && c.attributes.length === 0)
  return Array.from(doc.body.children).every(isPlain) &&
    Array.from(doc.body.childNodes).every((n) => n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim())
}

/** `<p>一</p><p>二</p>` → "一\n二" (line breaks inside a paragraph become new lines too). */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return ''
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html')
  const lines: string[] = []
  for (const p of Array.from(doc.body.children)) {
    const parts = p.innerHTML.split(/<br\s*\/?>/i).map((chunk) => {
      const tmp = doc.createElement('div')
      tmp.innerHTML = chunk
      return (tmp.textContent ?? '').trim()
    })
    lines.push(...parts.filter((s) => s !== ''))
  }
  return lines.join('\n')
}
