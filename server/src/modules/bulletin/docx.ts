import { AlignmentType, Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Bulletin } from '@zhichan/contract';

const BODY_FONT = { eastAsia: '仿宋', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const HEAD_FONT = { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 21, font: BODY_FONT })] })] });

/**
 * The bulletin as a Word document (docx): title, the paragraphs with a footnote on every number,
 * and the appendix table of sources — the same content as the HTML page.
 */
export async function bulletinDocx(b: Bulletin): Promise<Buffer> {
  const footnotes = Object.fromEntries(b.figures.map((f) => [f.ref, { children: [new Paragraph({ children: [new TextRun({ text: f.note, size: 18 })] })] }]));
  const noted = new Set<number>();
  const body = b.paragraphs.flatMap((p) => [
    new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: p.heading, font: HEAD_FONT, size: 32 })] }),
    new Paragraph({
      indent: { firstLine: 640 },
      spacing: { line: 560 },
      children: p.segments.flatMap((s) => {
        const run = new TextRun({ text: s.text, font: BODY_FONT, size: 32 });
        // One footnote per figure, on its first mention.
        if (s.ref === null || noted.has(s.ref)) return [run];
        noted.add(s.ref);
        return [run, new FootnoteReferenceRun(s.ref)];
      }),
    }),
  ]);
  const appendix = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: ['注', '指标', '数值', '统计期', '来源'].map((h) => cell(h, true)) }),
      ...b.figures.map((f) => new TableRow({ children: [cell(String(f.ref)), cell(f.name), cell(f.text), cell(f.periodLabel), cell(f.source)] })),
    ],
  });
  const doc = new Document({
    creator: '知产通',
    title: b.title,
    footnotes,
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 360 },
            children: [new TextRun({ text: b.title, font: HEAD_FONT, size: 44, bold: true })],
          }),
          ...body,
          new Paragraph({ spacing: { before: 480, after: 120 }, children: [new TextRun({ text: '附表：数据来源', font: HEAD_FONT, size: 28 })] }),
          appendix,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
