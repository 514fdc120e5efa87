// Builds the .docx files the Word tests lint, with the `docx` package: real Word XML, made at test time.
import { writeFileSync } from 'node:fs';
import {
  CommentRangeEnd, CommentRangeStart, CommentReference, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell,
  TableRow, TextRun,
} from 'docx';

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });

/**
 * A plan with headings, a phase list, a table, an empty paragraph, a hidden run of spam, a spam comment and a
 * link to a domain off the allow list.
 */
export async function writePlan(path: string): Promise<void> {
  const doc = new Document({
    comments: {
      children: [{ id: 0, author: 'editor', date: new Date('2023-03-17T00:00:00Z'), children: [p('高额返利，详情加微信：abc12345')] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('开平市先进制造业发展规划')] }),
          new Paragraph({
            children: [
              new TextRun('现将《'),
              new TextRun({ text: '澳门和记娱乐场,菠菜导航网:', vanish: true }),
              new TextRun('开平市先进制造业发展规划》印发给你们，请认真贯彻执行。'),
            ],
          }),
          new Paragraph({ children: [] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('一、发展阶段')] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('产业集聚阶段（2016年-2017年）。台山核电一期建成投产。')] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('产业协同阶段（2017年-2020年）。推动台山核电二期建成投产。')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('二、重点任务')] }),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('培育发展发展先进制造业集群。'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [p('指标')] }), new TableCell({ children: [p('2025年')] })] }),
              new TableRow({ children: [new TableCell({ children: [p('规模以上工业企业数（家）')] }), new TableCell({ children: [p('650')] })] }),
            ],
          }),
          new Paragraph({
            children: [new TextRun('详见'), new ExternalHyperlink({ link: 'http://www.hj-yule88.com/', children: [new TextRun('专题报道')] }), new TextRun('。')],
          }),
          p('开平市人民政府'),
        ],
      },
    ],
  });
  writeFileSync(path, await Packer.toBuffer(doc));
}
