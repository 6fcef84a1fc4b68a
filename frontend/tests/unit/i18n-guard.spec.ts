/**
 * Guards the rule "every UI string exists in Chinese and English, none is hard-coded":
 * 1. zh-CN and en have the same message files and, per file, the same nested keys;
 * 2. no `.vue` template contains user-visible text outside interpolations, nor a static `placeholder`,
 *    `title`, `label`, `aria-label` or `alt` with text;
 * 3. every literal key the code uses (`t('ns.key')`, `titleKey: 'ns.key'`, menu/nav `key: 'ns.key'`) exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '@vue/compiler-sfc'
import { NodeTypes, type ElementNode, type TemplateChildNode } from '@vue/compiler-dom'

const root = join(__dirname, '../../src')
const localesDir = join(root, 'i18n/locales')
const LANGUAGES = ['zh-CN', 'en']
const TEXT_ATTRIBUTES = ['placeholder', 'title', 'label', 'aria-label', 'alt']
const HAS_WORDS = /\p{L}/u

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return filesUnder(path, ext)
    return path.endsWith(ext) ? [path] : []
  })
}

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix]
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k))
}

function messagesOf(lang: string): Record<string, unknown> {
  const dir = join(localesDir, lang)
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8'))]),
  )
}

/** Hard-coded user-visible text in one SFC template, as "line: text" findings. */
export function hardCodedText(source: string, filename = 'component.vue'): string[] {
  const { descriptor, errors } = parse(source, { filename })
  if (errors.length) throw new Error(`${filename}: ${errors[0]}`)
  const ast = descriptor.template?.ast
  if (!ast) return []
  const findings: string[] = []
  const walk = (nodes: TemplateChildNode[]) => {
    for (const node of nodes) {
      if (node.type === NodeTypes.TEXT && HAS_WORDS.test(node.content)) {
        findings.push(`${node.loc.start.line}: text "${node.content.trim()}"`)
      } else if (node.type === NodeTypes.ELEMENT) {
        const el = node as ElementNode
        for (const prop of el.props) {
          if (
            prop.type === NodeTypes.ATTRIBUTE &&
            TEXT_ATTRIBUTES.includes(prop.name) &&
            prop.value &&
            HAS_WORDS.test(prop.value.content)
          ) {
            findings.push(`${prop.loc.start.line}: ${prop.name}="${prop.value.content}"`)
          }
        }
        walk(el.children)
      } else if ('children' in node && Array.isArray(node.children)) {
        walk(node.children as TemplateChildNode[])
      }
    }
  }
  walk(ast.children)
  return findings
}

function has(messages: Record<string, unknown>, key: string): boolean {
  let node: unknown = messages
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in (node as object))) return false
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string'
}

describe('message files', () => {
  const byLang = Object.fromEntries(LANGUAGES.map((l) => [l, messagesOf(l)]))

  it('exist for the same namespaces in every language', () => {
    const [first, ...others] = LANGUAGES
    for (const lang of others) {
      expect(Object.keys(byLang[lang]).sort(), `${lang} vs ${first}`).toEqual(Object.keys(byLang[first]).sort())
    }
  })

  for (const ns of Object.keys(messagesOf('zh-CN'))) {
    it(`have the same keys in zh-CN and en: ${ns}`, () => {
      const zh = keysOf(byLang['zh-CN'][ns]).sort()
      const en = keysOf(byLang.en[ns] ?? {}).sort()
      expect({ missingInEn: zh.filter((k) => !en.includes(k)), missingInZh: en.filter((k) => !zh.includes(k)) }).toEqual({
        missingInEn: [],
        missingInZh: [],
      })
    })
  }

  it('hold no empty message', () => {
    const empty = LANGUAGES.flatMap((lang) =>
      Object.entries(byLang[lang]).flatMap(([ns, tree]) =>
        keysOf(tree)
          .filter((k) => {
            const parts = k.split('.')
            let v: unknown = tree
            for (const p of parts) v = (v as Record<string, unknown>)[p]
            return typeof v !== 'string' || v.trim() === ''
          })
          .map((k) => `${lang}/${ns}.${k}`),
      ),
    )
    expect(empty).toEqual([])
  })
})

describe('templates', () => {
  it('detects hard-coded text (self-test)', () => {
    const sfc = `<template><div title="提示"><p>保存</p><span>{{ t('a.b') }}</span><i>·</i>
      <el-input placeholder="Name" /><img alt="" /><b :title="t('x')">{{ n }} / {{ m }}</b></div></template>`
    expect(hardCodedText(sfc)).toEqual(['1: title="提示"', '1: text "保存"', '2: placeholder="Name"'])
  })

  it('contain no hard-coded user-visible text', () => {
    const findings = filesUnder(root, '.vue').flatMap((file) =>
      hardCodedText(readFileSync(file, 'utf8'), file).map((f) => `${relative(root, file)}:${f}`),
    )
    expect(findings).toEqual([])
  })
})

describe('message keys used in code', () => {
  const zh = messagesOf('zh-CN')
  const patterns = [
    /\bt\(\s*'([A-Za-z][\w-]*(?:\.[\w-]+)+)'/g,
    /\btitleKey:\s*'([^']+)'/g,
    /\b(?:menu|portalNav):\s*\{\s*key:\s*'([^']+)'/g,
  ]

  it('exist in the Chinese messages', () => {
    const missing: string[] = []
    for (const file of [...filesUnder(root, '.vue'), ...filesUnder(root, '.ts')]) {
      const source = readFileSync(file, 'utf8')
      for (const pattern of patterns) {
        for (const match of source.matchAll(pattern)) {
          if (!has(zh, match[1])) missing.push(`${relative(root, file)}: ${match[1]}`)
        }
      }
    }
    expect(missing).toEqual([])
  })
})
