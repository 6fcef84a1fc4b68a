/**
 * Search highlights arrive as HTML in which the server escaped all text and wrapped matches in `<em>…</em>`.
 * Before the portal renders such a string with `v-html`, this keeps exactly that: `<em>` and `</em>` (balanced)
 * and text; any other `<`, `>` or quote is escaped again, so even a faulty answer cannot add markup.
 */
export function safeHighlight(html: string | null | undefined): string {
  if (!html) return ''
  let open = false
  const out: string[] = []
  for (const part of html.split(/(<em>|<\/em>)/)) {
    if (part === '<em>') {
      if (!open) out.push('<em>')
      open = true
    } else if (part === '</em>') {
      if (open) out.push('</em>')
      open = false
    } else {
      out.push(escapeLoose(part))
    }
  }
  if (open) out.push('</em>')
  return out.join('')
}

/** Escapes markup characters but keeps the character references the server already wrote (`&amp;`, `&#39;`). */
function escapeLoose(text: string): string {
  return text
    .replace(/&(?!(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
