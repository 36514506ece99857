import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fieldOfHeader } from './ledger-fields';
import { columnName, LedgerFileError, readLedgerFile } from './ledger-file';
import { findHeader } from './ledger-header';
import { parseDate, parseMoney, readRows } from './ledger-rows';

const problemOf = async (bytes: Uint8Array) => {
  try {
    await readLedgerFile(bytes);
    return null;
  } catch (err) {
    return err instanceof LedgerFileError ? err.problem : 'other';
  }
};

describe('ledger cells', () => {
  it('reads amounts exactly in 万元, whatever unit the header or the cell names', () => {
    expect(parseMoney('20', 4)).toBe(200_000);
    expect(parseMoney('0.56', 4)).toBe(5_600);
    expect(parseMoney('1,234.5', 0)).toBe(1_235);
    expect(parseMoney('1.2亿', 0)).toBe(12_000);
    expect(parseMoney('5000', -4)).toBe(1);
    expect(parseMoney('3000万元', 4)).toBe(3_000);
    expect(parseMoney('二十亿', 4)).toBeNull();
    expect(parseMoney('-5', 0)).toBeNull();
  });

  it('reads dates as ledgers write them; a month alone is its first or last day', () => {
    expect(parseDate('2024/3/5', false)).toBe('2024-03-05');
    expect(parseDate('2024年3月15日', false)).toBe('2024-03-15');
    expect(parseDate('2024.06', true)).toBe('2024-06-30');
    expect(parseDate('2024年2月', true)).toBe('2024-02-29');
    expect(parseDate('2024年2月', false)).toBe('2024-02-01');
    expect(parseDate('45366', false)).toBe('2024-03-15');
    expect(parseDate('2024-13-45', false)).toBeNull();
    expect(parseDate('下月', false)).toBeNull();
  });

  it('knows a header by its words, with or without a unit, in full-width brackets too', () => {
    expect(fieldOfHeader('总投资（亿元）')).toBe('total');
    expect(fieldOfHeader(' 项目 名称 ')).toBe('name');
    expect(fieldOfHeader('年度累计完成投资(万元)')).toBe('completed');
    expect(fieldOfHeader('本周完成投资(万元)')).toBeNull();
    expect(columnName(0)).toBe('A');
    expect(columnName(27)).toBe('AB');
  });
});

describe('ledger files', () => {
  it('reads a CSV saved by a Chinese Excel (GB18030) like a UTF-8 one, and finds the header under a title', async () => {
    const text =
      '某区台账\r\n序号,项目名称,建设单位,总投资（亿元）\r\n1,光伏项目,某公司,1.5\r\n,合计,,1.5\r\n';
    const [utf8] = await readLedgerFile(new TextEncoder().encode(text));
    const header = findHeader([utf8 ?? { sheet: '', rows: [] }]);
    expect(header?.row).toBe(1);
    expect(header?.detected.units.total).toBe(4);
    const rows = readRows(
      utf8 ?? { sheet: '', rows: [] },
      header?.row ?? 0,
      header?.detected ?? { columns: {}, units: { total: 0, annual: 0, completed: 0 } },
    );
    expect(rows.map((r) => [r.values.name, r.values.total])).toEqual([['光伏项目', 15_000]]);
    // the same bytes in GB18030: 光伏 is B9E2 B7FC
    const gbName = Uint8Array.from([0xb9, 0xe2, 0xb7, 0xfc, 0x2c, 0x31]);
    const [grid] = await readLedgerFile(gbName);
    expect(grid?.rows[0]).toEqual(['光伏', '1']);
  });

  it('refuses by content: an old .xls, a PDF, a web page, an empty file, a zip that is no workbook', async () => {
    expect(await problemOf(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('oldXls');
    expect(await problemOf(new TextEncoder().encode('%PDF-1.7\n'))).toBe('notLedger');
    expect(await problemOf(new TextEncoder().encode('  <!doctype html><p>x</p>'))).toBe('notLedger');
    expect(await problemOf(Uint8Array.from([0xff, 0xd8, 0xff, 0x00, 0x10]))).toBe('notLedger');
    expect(await problemOf(new Uint8Array())).toBe('empty');
    expect(await problemOf(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('unreadable');
  });

  it('reads a formula by its cached value and a merged title without mistaking it for the header', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('台账');
    sheet.addRow(['2024年重点项目台账']);
    sheet.mergeCells(1, 1, 1, 3);
    sheet.addRow(['项目名称', '园区', '总投资(万元)']);
    sheet.addRow(['甲项目', '光伏产业园', { formula: '1000+234', result: 1234 }]);
    const [grid] = await readLedgerFile(new Uint8Array(await book.xlsx.writeBuffer()));
    const header = findHeader([grid ?? { sheet: '', rows: [] }]);
    expect(header?.row).toBe(1);
    expect(grid?.rows[2]).toEqual(['甲项目', '光伏产业园', '1234']);
  });

  it('refuses a ledger of more than 5,000 rows', async () => {
    const text = `项目名称,园区,总投资\n${'甲,乙,1\n'.repeat(5_021)}`;
    expect(await problemOf(new TextEncoder().encode(text))).toBe('tooManyRows');
  });
});
