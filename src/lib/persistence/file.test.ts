import { describe, expect, test } from 'vitest';
import { examples } from './fixtures/examples';
import v1 from './fixtures/case-v1.json';
import { caseFile, readCaseFile, readCaseFileText } from './file';

const messages = async (text: string) => {
  const result = await readCaseFile(new Blob([text]));
  return result.ok ? [] : result.problems.map((p) => p.message);
};

describe('case files', () => {
  test.each(examples)('%s: export then import gives the identical case', async (_, c) => {
    const file = caseFile(c, new Date('2026-11-25T10:00:00Z'));
    expect(file.name).toBe('vector-select-case.json');
    expect(await readCaseFile(new Blob([file.text], { type: file.type }))).toEqual({ ok: true, value: c });
  });

  test('the file keeps the label (files stay with the user) and is pretty JSON', () => {
    const { text } = caseFile(examples[0]![1]);
    expect(JSON.parse(text).case.label).toBe('Clinic 3, case 2');
    expect(text).toContain('\n  "app": "vector-select",\n');
  });

  test('a file over 100 KB is refused before it is read', async () => {
    expect(await messages(' '.repeat(150 * 1024))).toEqual([
      'The file is too large to be a case file (150 KB; the limit is 100 KB).'
    ]);
  });

  test.each([
    ['', 'The file is empty.'],
    [
      '<html>not a case</html>',
      'The file is not a case file: it is not JSON. Choose the .json file that vector-select downloaded.'
    ],
    [
      '{"app": "vector-select", ',
      'The file is not a case file: it is not JSON. Choose the .json file that vector-select downloaded.'
    ],
    ['[1, 2]', 'This is not a vector-select case: a case is a JSON object.']
  ])('%j is refused: "%s"', async (text, message) => {
    expect(await messages(text)).toEqual([message]);
  });

  test('bytes that are not UTF-8 text are refused', async () => {
    const result = await readCaseFile(new Blob([new Uint8Array([0xff, 0xfe, 0x00, 0xc3])]));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          message: 'The file is not a case file: it is not text. Choose the .json file that vector-select downloaded.'
        }
      ]
    });
  });

  test('a byte-order mark from a text editor is ignored', () => {
    expect(readCaseFileText('\uFEFF' + JSON.stringify(v1)).ok).toBe(true);
  });

  test('a wrong shape names every wrong field', () => {
    const broken = { ...v1, case: { ...v1.case, infections: { ...v1.case.infections, hiv: 'maybe' }, target: 7 } };
    const result = readCaseFileText(JSON.stringify(broken));
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'infections.hiv', message: 'infections.hiv is "maybe", which is not allowed: Select the HIV status' },
      { path: 'target', message: 'target is 7, which is not allowed: it must be a group of answers (a JSON object)' }
    ]);
  });
});
