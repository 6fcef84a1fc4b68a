import { describe, expect, it } from 'vitest'
import { safeHighlight } from '@/views/items/highlight'
import { escapeHtml, htmlToText, isPlainParagraphs, textToHtml } from '@/views/items/bodyText'
import { fileSize } from '@/views/items/fileSize'
import { filterYears } from '@/views/items/filters'

describe('safeHighlight', () => {
  it('keeps the server’s <em> and its character references', () => {
    expect(safeHighlight('关于<em>住房保障</em>的 &amp; &lt;通知&gt;')).toBe('关于<em>住房保障</em>的 &amp; &lt;通知&gt;')
  })

  it('escapes any other markup, even from a faulty answer', () => {
    expect(safeHighlight('<img src=x onerror=alert(1)><em>词</em><script>x()</script>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;<em>词</em>&lt;script&gt;x()&lt;/script&gt;',
    )
    expect(safeHighlight('<em onclick="x()">a</em>')).toBe('&lt;em onclick=&quot;x()&quot;&gt;a')
    expect(safeHighlight('a & b')).toBe('a &amp; b')
  })

  it('balances <em> tags', () => {
    expect(safeHighlight('<em>open')).toBe('<em>open</em>')
    expect(safeHighlight('close</em> <em><em>x</em></em>')).toBe('close <em>x</em>')
    expect(safeHighlight(null)).toBe('')
  })
})

describe('body text mode', () => {
  it('turns lines into escaped paragraphs and back', () => {
    const html = textToHtml('各街道办事处：\n\n  现将<方案>印发 & 执行。 \n')
    expect(html).toBe('<p>各街道办事处：</p><p>现将&lt;方案&gt;印发 &amp; 执行。</p>')
    expect(htmlToText(html)).toBe('各街道办事处：\n现将<方案>印发 & 执行。')
    expect(htmlToText('<p>一<br>二</p><p>三</p>')).toBe('一\n二\n三')
    expect(textToHtml('   ')).toBe('')
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;')
  })

  it('opens in text mode only when nothing would be lost', () => {
    expect(isPlainParagraphs('<p>一</p><p>二<br>三</p>')).toBe(true)
    expect(isPlainParagraphs('')).toBe(true)
    expect(isPlainParagraphs('<p>一</p><table><tr><td>格</td></tr></table>')).toBe(false)
    expect(isPlainParagraphs('<p><a href="https://www.gov.cn/">链接</a></p>')).toBe(false)
    expect(isPlainParagraphs('<p class="x">一</p>')).toBe(false)
    expect(isPlainParagraphs('裸文字')).toBe(false)
  })
})

describe('small formatting helpers', () => {
  it('sizes and years', () => {
    expect(fileSize(512)).toBe('512 B')
    expect(fileSize(2048)).toMatch(/^2\sKB$/)
    expect(fileSize(5 * 1024 * 1024)).toMatch(/^5(\.0)?\sMB$/)
    const years = filterYears(new Date(2026, 5, 1))
    expect(years[0]).toBe('2026')
    expect(years[years.length - 1]).toBe('2006')
  })
})
