import ExcelJS from 'exceljs';
import type { Translator } from '@/lib/i18n/messages';
import { LEDGER_FIELDS } from './ledger-fields';

/** 万元 columns as the template names them; the import reads 亿元 too when a header says so. */
const UNIT_SUFFIX: Record<string, string> = { total: '(万元)', annual: '(万元)', completed: '(万元)' };

/**
 * The ledger template: a merged title line, the header with every column the import knows (by its first
 * name), and one example row, which the user overwrites.
 */
export async function ledgerTemplate(t: Translator): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(t('ledgerImport.template.sheet'));
  const headers = LEDGER_FIELDS.map((f) => `${f.names[0]}${UNIT_SUFFIX[f.key] ?? ''}`);
  sheet.addRow([t('ledgerImport.template.title')]);
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.getRow(1).font = { bold: true, size: 14 };
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  sheet.addRow([
    '',
    t('ledgerImport.template.exampleName'),
    t('ledgerImport.template.exampleEnterprise'),
    t('ledgerImport.template.examplePark'),
    '新建',
    50000,
    20000,
    0,
    '2026-03-01',
    '2027-06-30',
    '签约',
    '',
    '',
    '',
    '',
    '',
    '',
  ]);
  sheet.columns.forEach((column, i) => {
    column.width = Math.max(10, (headers[i]?.length ?? 4) * 2 + 2);
  });
  return Uint8Array.from(Buffer.from(await book.xlsx.writeBuffer()));
}
