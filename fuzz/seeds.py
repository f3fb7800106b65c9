#!/usr/bin/env python3
"""Seed corpus for the published-document fuzz targets (see fuzz/README.md).

    python3 fuzz/seeds.py TARGET REPORTS OUT [DICTIONARY]

TARGET is published, html, pdf, docx or text; REPORTS a folder of real published reports (the test fixtures,
tests/GovDisclosure.Model.Documents.Tests/Fixtures/reports); OUT the folder to fill. afl-fuzz mutates small
inputs far faster than whole published pages, so besides the real documents that are small enough the seeds
are cut-down and hand-made variants: a page without its site chrome and styling, a .docx stored without
compression (so that mutations reach its XML) and a tiny one, a one-page PDF with a ruled table. With
DICTIONARY, also writes an afl-fuzz dictionary (-x) of the words the readers look for: section headings and
labels, date and fee phrases, digits of other scripts, and the markup of each kind.
"""
import io
import os
import re
import shutil
import sys
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def read(reports, name):
    with open(os.path.join(reports, name), "rb") as f:
        return f.read()


def write(out, name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


def trimmed_html(page):
    """The report's part of a saved page: headings, paragraphs and tables, without scripts, styles and attributes
    other than the cell spans."""
    text = page.decode("utf-8", errors="replace")
    text = re.sub(r"(?is)<(script|style|head|noscript)\b.*?</\1\s*>", "", text)
    text = re.sub(r"(?is)<!--.*?-->", "", text)
    start = text.find("一、")
    end = text.rfind("</table>")
    if start < 0 or end < 0:
        return None
    start = text.rfind("<", 0, start)
    tail = text[end:]
    body = text[start:end] + tail[: tail.find("<", 2000) if tail.find("<", 2000) > 0 else len(tail)]
    body = re.sub(r"(?is)<(\w+)(\s[^>]*)?>", lambda m: "<" + m.group(1) + "".join(re.findall(r'\s(?:colspan|rowspan)="?\d+"?', m.group(2) or "")) + ">", body)
    body = re.sub(r"(?i)</?(span|font|strong|b|o:p)>", "", body)
    body = re.sub(r"&nbsp;", " ", body)
    body = re.sub(r"\s+", " ", body)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政府信息公开工作年度报告</title></head><body>" + body + "</body></html>").encode("utf-8")


def stored_docx(docx, strip):
    """The .docx again, its parts stored rather than deflated; with strip, only the parts the reader looks at and
    the document's formatting removed."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if strip:
                if info.filename not in ("[Content_Types].xml", "word/document.xml", "docProps/core.xml"):
                    continue
                if info.filename == "word/document.xml":
                    xml = data.decode("utf-8")
                    xml = re.sub(r"(?s)<w:(rPr|pPr|tblPr|tblGrid|drawing|sectPr)>.*?</w:\1>", "", xml)
                    xml = re.sub(r"<w:(rPr|pPr)/>", "", xml)
                    xml = re.sub(r"(?s)<w:tcW [^>]*/>", "", xml)
                    data = xml.encode("utf-8")
            target.writestr(info.filename, data)
    return buffer.getvalue()


def tiny_docx(compression):
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    core = (
        '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>某某县人民政府2023年政府信息公开工作年度报告</dc:title></cp:coreProperties>')

    def p(text):
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"

    def tc(text, span=None, merge=None):
        props = ""
        if span:
            props += '<w:gridSpan w:val="%d"/>' % span
        if merge:
            props += '<w:vMerge w:val="restart"/>' if merge == "restart" else "<w:vMerge/>"
        return "<w:tc>" + ("<w:tcPr>" + props + "</w:tcPr>" if props else "") + p(text) + "</w:tc>"

    rows = [
        [tc("信息内容", merge="restart"), tc("本年制发件数"), tc("本年废止件数"), tc("现行有效件数")],
        [tc("", merge="continue"), tc("1"), tc("2"), tc("3")],
        [tc("规章"), tc("0"), tc("0"), tc("0")],
        [tc("信息内容"), tc("本年处理决定数量", span=3)],
        [tc("行政许可"), tc("18664", span=3)],
    ]
    table = "<w:tbl>" + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>"
    body = (p("某某县人民政府2023年政府信息公开工作年度报告") + p("一、总体情况") + p("2023年，我县……")
            + p("二、主动公开政府信息情况") + table + p("三、收到和处理政府信息公开申请情况"))
    document = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W, body)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as target:
        target.writestr("[Content_Types].xml", content_types)
        target.writestr("docProps/core.xml", core)
        target.writestr("word/document.xml", document)
    return buffer.getvalue()


def tiny_pdf():
    """One page, uncompressed: a title, a 3 x 3 ruled table (one merged cell) with numbers, and a paragraph."""
    lines = []
    for y in (700, 680, 660, 640):
        lines.append("72 %d m 372 %d l S" % (y, y))
    for x in (72, 172, 272, 372):
        lines.append("%d 700 m %d 640 l S" % (x, x) if x != 272 else "272 700 m 272 680 l S 272 660 m 272 640 l S")
    texts = [(72, 740, "2023 Annual Report"), (80, 686, "Item"), (180, 686, "Issued"), (280, 686, "In force"),
             (80, 666, "Rules"), (180, 666, "12"), (80, 646, "Fees"), (180, 646, "822.77"), (280, 646, "0"),
             (72, 600, "Total 8 applications.")]
    content = "0.5 w\n" + "\n".join(lines) + "\nBT /F1 10 Tf\n"
    for x, y, t in texts:
        content += "1 0 0 1 %d %d Tm (%s) Tj\n" % (x, y, t)
    content += "ET\n"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content), content),
        "<< /Title (2023 Annual Report) >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (number, body)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)).encode("latin-1")
    for offset in offsets:
        out += ("%010d 00000 n \n" % offset).encode("latin-1")
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)).encode("latin-1")
    return out


# Words the readers and the mapper look for, and the markup they walk.
WORDS = {
    "text": [
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "政府信息公开工作年度报告", "2021年", "（一）", "（七）总计",
        "发布日期：", "成文日期：", "2023年1月31日", "发出收费通知", "收取信息处理费", "万元", "件", "总计", "自然人",
        "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "规章", "规范性文件", "行政许可", "行政处罚",
        "行政强制", "行政事业性收费", "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "予以公开",
        "行政复议", "行政诉讼", "维持", "纠正", "尚未审结", "--", "|---|", " | ", "\t", "\n\n", "２０２１", "\u0662\u0660",
        "\u200b", "\ufeff", "\u3000",
    ],
    "html": [
        "<table>", "</table>", "<tr>", "<td>", "</td>", "<th>", " colspan=\"100\"", " rowspan=\"1000\"", "<br>", "<p>",
        "<meta name=\"PubDate\" content=\"2023-02-20\">", "<meta name=\"ArticleTitle\" content=\"", "<meta charset=\"gbk\">",
        "<title>", "<script>", "<!--", "&nbsp;", "&#x3000;", "<div>", "<caption>",
    ],
    "docx": [
        "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>", "<w:p>", "</w:p>", "<w:r>", "<w:t>", "</w:t>",
        "<w:gridSpan w:val=\"3\"/>", "<w:vMerge/>", "<w:vMerge w:val=\"restart\"/>", "<w:tab/>", "<w:br/>", "<dc:title>",
        "<![CDATA[", "&#x0;", "encoding=\"", "word/document.xml", "docProps/core.xml",
    ],
    "pdf": [
        " m ", " l ", " re ", " S\n", " f\n", "BT ", " ET", " Tj", " TJ", " Tf", " Tm", " cm", " Do", "q ", " Q", " w\n", "/FlateDecode",
        "/Length ", "stream\n", "endstream", " 0 obj", "endobj", " 0 R", "/Type /Page", "/Kids [", "/Count ", "/Encrypt",
        "/Font", "/ToUnicode", "xref", "trailer", "startxref", "%%EOF", "1e308", "-0", "99999999999",
    ],
}


def dictionary(kinds, path):
    words = list(WORDS["text"])
    for kind in sorted(kinds):
        if kind != "text":
            words += WORDS[kind]
    with open(path, "w", encoding="ascii") as f:
        for number, word in enumerate(dict.fromkeys(words)):
            data = word.encode("utf-8").decode("unicode_escape").encode("utf-8") if "\\u" in word or "\\t" in word or "\\n" in word else word.encode("utf-8")
            escaped = "".join(chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) else "\\x%02x" % b for b in data)
            f.write('w%d="%s"\n' % (number, escaped))


def main():
    target, reports, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    kinds = {"html", "pdf", "docx", "text"} if target == "published" else {target}
    if "html" in kinds:
        for name in sorted(os.listdir(reports)):
            if name.endswith(".html"):
                small = trimmed_html(read(reports, name))
                if small:
                    write(out, name.replace(".html", ".trimmed.html"), small)
        write(out, "minimal.html", "<table><tr><td colspan=\"2\">二、主动公开政府信息情况</td></tr><tr><td>规章</td><td>0</td></tr></table>".encode("utf-8"))
    if "text" in kinds:
        for name in sorted(os.listdir(reports)):
            if name.endswith(".txt") and not name.endswith(".pdftotext.txt"):
                shutil.copy(os.path.join(reports, name), out)
        write(out, "table.md", "一、总体情况\n\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n| 规章 | 0 | 0 | 0 |\n".encode("utf-8"))
        write(out, "gbk.txt", "一、总体情况\n二、主动公开政府信息情况\n规章\t0\t0\t0\n".encode("gb18030"))
    if "docx" in kinds:
        for name in sorted(os.listdir(reports)):
            if name.endswith(".docx"):
                docx = read(reports, name)
                if target == "docx":
                    shutil.copy(os.path.join(reports, name), out)
                write(out, name.replace(".docx", ".stripped.docx"), stored_docx(docx, strip=True))
        write(out, "tiny.docx", tiny_docx(zipfile.ZIP_STORED))
        write(out, "tiny-deflated.docx", tiny_docx(zipfile.ZIP_DEFLATED))
    if "pdf" in kinds:
        write(out, "tiny.pdf", tiny_pdf())
        if target == "pdf":
            # One real PDF (a CJK font, a real table grid); slow to run, so only for the PDF target.
            pdfs = sorted((n for n in os.listdir(reports) if n.endswith(".pdf")), key=lambda n: os.path.getsize(os.path.join(reports, n)))
            if pdfs:
                shutil.copy(os.path.join(reports, pdfs[0]), out)
    if len(sys.argv) > 4:
        dictionary(kinds, sys.argv[4])
    for name in sorted(os.listdir(out)):
        print("  seed %-40s %8d bytes" % (name, os.path.getsize(os.path.join(out, name))))


if __name__ == "__main__":
    main()
