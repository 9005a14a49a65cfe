import { describe, expect, it } from 'vitest';
import { CREDIT_LABELS, creditLabelOf, creditText } from '../../src/model/credit-labels.js';
import { creditClause, readCreditClause } from '../../src/model/markdown-layout.js';

describe('creditLabelOf', () => {
  it('finds the canonical label whatever the case, tone placement, dash or spacing printed', () => {
    expect(creditLabelOf('ẢNH')).toBe('Ảnh');
    expect(creditLabelOf('ảnh')).toBe('Ảnh');
    expect(creditLabelOf('đồ hoạ')).toBe('Đồ họa');
    expect(creditLabelOf('Ảnh minh hoạ')).toBe('Ảnh minh họa');
    expect(creditLabelOf('ảnh – nguồn')).toBe('Ảnh - Nguồn');
    expect(creditLabelOf('Ảnh-Nguồn')).toBe('Ảnh - Nguồn');
    expect(creditLabelOf('NGUỒN  HÌNH ẢNH')).toBe('Nguồn hình ảnh');
  });

  it('gives null for words that are no label', () => {
    expect(creditLabelOf('Số liệu')).toBeNull();
    expect(creditLabelOf('')).toBeNull();
    expect(creditLabelOf('ảnh:')).toBeNull();
    expect(creditLabelOf(`Ảnh${' '.repeat(100)}`)).toBeNull();
  });

  it('maps every canonical label to itself', () => {
    for (const label of CREDIT_LABELS) expect(creditLabelOf(label)).toBe(label);
  });
});

describe('credit clauses in Markdown', () => {
  it('reads back every clause it writes, for every label and none', () => {
    for (const label of [...CREDIT_LABELS, null]) {
      for (const credit of ['TTXVN', 'Nguồn: A) (B', '', 'P.V.']) {
        if (label === null && readCreditClause(`(${credit})`)?.label) continue; // the documented inexact case
        expect(readCreditClause(creditClause(credit, label))).toEqual({ credit, label });
      }
    }
  });

  it('prints the label before the credit, or the credit alone', () => {
    expect(creditText('Bùi Xuân Phái', 'Tranh')).toBe('Tranh: Bùi Xuân Phái');
    expect(creditText('Ảnh chụp màn hình', null)).toBe('Ảnh chụp màn hình');
    expect(creditClause('TTXVN', 'Ảnh')).toBe('(Ảnh: TTXVN)');
    // An article object made before labels existed (a library caller's own, or older JSON parsed by hand).
    expect(creditText('TTXVN', undefined)).toBe('Ảnh: TTXVN');
  });

  it('is no clause without brackets', () => {
    expect(readCreditClause('Ảnh: TTXVN')).toBeNull();
    expect(readCreditClause('(')).toBeNull();
  });
});
