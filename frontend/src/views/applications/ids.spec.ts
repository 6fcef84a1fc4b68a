import { describe, expect, it } from 'vitest'
import { creditCodeValid, phoneValid, residentIdCheck, residentIdProblem } from './ids'

describe('resident ID check digit', () => {
  it('accepts a valid number, with X in either case', () => {
    expect(residentIdProblem('11010519491231002X')).toBeNull()
    expect(residentIdProblem('11010519491231002x')).toBeNull()
  })

  it('names what is wrong', () => {
    expect(residentIdProblem('110105194912310021')).toBe('checkDigit')
    expect(residentIdProblem('1101051949123100')).toBe('length')
    expect(residentIdProblem('11010519491231A02X')).toBe('digits')
    expect(residentIdProblem('110105194902300021')).toBe('birthDate')
    expect(residentIdProblem('110105209912310021')).toBe('birthDate')
  })

  it('computes the check character the server computes', () => {
    expect(residentIdCheck('11010519491231002')).toBe('X')
    expect(residentIdCheck('51040219800101011')).toMatch(/^[\dX]$/)
  })
})

describe('credit code and phone', () => {
  it('checks the GB 32100 check character', () => {
    expect(creditCodeValid('91350100M000100Y43')).toBe(true)
    expect(creditCodeValid('91350100M000100Y44')).toBe(false)
    expect(creditCodeValid('91350100M000100Y4')).toBe(false)
    expect(creditCodeValid('91350100I000100Y43')).toBe(false)
  })

  it('accepts mobile and landline numbers', () => {
    expect(phoneValid('13812345678')).toBe(true)
    expect(phoneValid('+86 13812345678')).toBe(true)
    expect(phoneValid('0812-3334444')).toBe(true)
    expect(phoneValid('12')).toBe(false)
    expect(phoneValid('12345678901')).toBe(false)
  })
})
