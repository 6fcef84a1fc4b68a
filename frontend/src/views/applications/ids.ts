/**
 * The same checks the server makes, run while the user types: the 居民身份证 check digit (ISO 7064 MOD 11-2,
 * GB 11643), the 统一社会信用代码 check character (GB 32100), and phone numbers.
 */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The check character the first 17 digits of a resident ID need. */
export function residentIdCheck(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]
  return ID_CHECK[sum % 11]
}

export type ResidentIdProblem = 'length' | 'digits' | 'birthDate' | 'checkDigit'

/** Why an 18-digit resident ID number is invalid, or null when it is valid. */
export function residentIdProblem(value: string): ResidentIdProblem | null {
  const id = value.trim().toUpperCase()
  if (id.length !== 18) return 'length'
  if (!/^\d{17}[\dX]$/.test(id)) return 'digits'
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  const birth = new Date(y, m - 1, d)
  if (y < 1900 || birth.getFullYear() !== y || birth.getMonth() !== m - 1 || birth.getDate() !== d || birth > new Date()) {
    return 'birthDate'
  }
  return residentIdCheck(id.slice(0, 17)) === id[17] ? null : 'checkDigit'
}

export function creditCodeValid(value: string): boolean {
  const code = value.trim().toUpperCase()
  if (code.length !== 18) return false
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CHARSET.indexOf(code[i])
    if (v < 0) return false
    sum += v * CREDIT_WEIGHTS[i]
  }
  return CREDIT_CHARSET[(31 - (sum % 31)) % 31] === code[17]
}

export function phoneValid(value: string): boolean {
  const p = value.trim()
  return /^(\+?86[- ]?)?1[3-9]\d{9}$/.test(p) || /^(0\d{2,3}[- ]?)?\d{7,8}([- ]\d{1,6})?$/.test(p)
}
