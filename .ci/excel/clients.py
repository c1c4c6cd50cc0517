#!/usr/bin/python3
"""Workbooks written by other programs, for the Excel package's tests (issue 24 point 8).

  clients.py make OUTDIR       writes OUTDIR/openpyxl.xlsx (by openpyxl) and OUTDIR/libreoffice.xlsx (an .fods this
                               script writes, converted by LibreOffice Calc headless), each with a merged title row
                               above the header, date cells and a percentage-formatted cell; and
                               OUTDIR/openpyxl-merged.xlsx (by openpyxl), a ledger whose county cells and one date
                               cell are merged down several rows.
  clients.py resave FILE OUTDIR  opens FILE in LibreOffice headless and saves it as OUTDIR/<name>.xlsx.

Run with /usr/bin/python3 (Debian's python3-openpyxl). LibreOffice gets a private profile (-env:UserInstallation) in a
temporary folder, so parallel runs do not share one and clash.
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

# The same quarter both programs write; the tests expect exactly these texts back.
TITLE = "梅河口市 2025年第三季度 指标填报"
HEADER = ["指标编号", "地区", "完成值", "单位", "统计日期", "备注"]
# (target, subject, value, unit, day, note, whether the value cell is formatted as a percentage)
ROWS = [
    ("jilin-2022-county-urbanization/18/t1", "梅河口市", 0.78, "%", datetime.date(2025, 9, 30), "百分比单元格", True),
    ("jilin-2022-county-urbanization/43/t1", "梅河口市", 2, "所", datetime.date(2024, 12, 31), "养老机构", False),
    ("jilin-2022-county-urbanization/60/t1", "梅河口市", 65.5, "%", datetime.date(2025, 6, 30), "小数", False),
]


def make_openpyxl(path):
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "指标填报"
    sheet.append([TITLE])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(list(row[:6]))
        last = sheet.max_row
        sheet.cell(row=last, column=5).number_format = "yyyy-mm-dd"
        if row[6]:
            sheet.cell(row=last, column=3).number_format = "0%"
    book.save(path)


# A ledger as offices lay it out: each county's name once, merged down its rows; one date merged down too.
# (target, value, unit, day); the counties' rows are 3-5 and 6-7, the date merged over rows 6-7.
MERGED_ROWS = [
    ("梅河口市", [("jilin-2022-county-urbanization/18/t1", 78, "%", datetime.date(2025, 9, 30)),
                ("jilin-2022-county-urbanization/43/t1", 2, "所", datetime.date(2024, 12, 31)),
                ("jilin-2022-county-urbanization/60/t1", 65.5, "%", datetime.date(2025, 6, 30))]),
    ("公主岭市", [("jilin-2022-county-urbanization/18/t1", 80, "%", datetime.date(2025, 9, 30)),
                ("jilin-2022-county-urbanization/43/t1", 3, "所", None)]),
]


def make_openpyxl_merged(path):
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "指标填报"
    sheet.append([TITLE])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append(HEADER)
    for county, rows in MERGED_ROWS:
        first = sheet.max_row + 1
        for i, (target, value, unit, day) in enumerate(rows):
            sheet.append([target, county if i == 0 else None, value, unit, day, None])
            sheet.cell(row=sheet.max_row, column=5).number_format = "yyyy-mm-dd"
        sheet.merge_cells(start_row=first, start_column=2, end_row=sheet.max_row, end_column=2)
    # 公主岭市's date is written once, in its first row, and merged down over the second.
    sheet.merge_cells(start_row=6, start_column=5, end_row=7, end_column=5)
    book.save(path)


def make_openpyxl_office(path):
    """An office's own sheet, not a template: a 填报单位 line under the title, a 序号 column, a figure computed by a
    formula (openpyxl stores formulas without their values), a 合计 row and a sign-off line (填表人、联系电话)."""
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "三季度"
    sheet.append(["梅河口市 2025年第三季度 县城城镇化指标完成情况"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=9)
    sheet.append(["填报单位（盖章）：梅河口市人民政府", None, None, None, None, None, "填报日期：2025年10月9日"])
    sheet.append(["序号", "指标编号", "地区", "分子", "分母", "完成值", "单位", "统计日期", "备注"])
    sheet.append([1, "jilin-2022-county-urbanization/43/t1", "梅河口市", None, None, 2, "所", datetime.date(2025, 9, 30), None])
    sheet.cell(row=4, column=8).number_format = "yyyy-mm-dd"
    sheet.append([2, "jilin-2022-county-urbanization/60/t1", "梅河口市", 655, 1000, "=D5/E5*100", "%", "2025年9月30日", "公式计算"])
    sheet.append(["合计", None, None, None, None, None, None, None, None])
    sheet.append([])
    sheet.append(["填表人：张三", None, "联系电话：0435-1234567", None, "审核人：李四"])
    book.save(path)


def cell(value):
    if isinstance(value, datetime.date):
        return f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}" table:style-name="date"><text:p>{value.isoformat()}</text:p></table:table-cell>'
    if isinstance(value, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


def percent_cell(value):
    return f'<table:table-cell office:value-type="percentage" office:value="{value}" table:style-name="percent"><text:p>{round(value * 100)}%</text:p></table:table-cell>'


def make_fods(path):
    rows = [f'<table:table-row><table:table-cell table:number-columns-spanned="{len(HEADER)}" office:value-type="string"><text:p>{TITLE}</text:p></table:table-cell>'
            + '<table:covered-table-cell/>' * (len(HEADER) - 1) + '</table:table-row>',
            '<table:table-row>' + ''.join(cell(h) for h in HEADER) + '</table:table-row>']
    for row in ROWS:
        cells = [percent_cell(v) if i == 2 and row[6] else cell(v) for i, v in enumerate(row[:6])]
        rows.append('<table:table-row>' + ''.join(cells) + '</table:table-row>')
    with open(path, "w", encoding="utf-8") as f:
        f.write(f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="iso"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <number:percentage-style style:name="pct"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="iso"/>
 <style:style style:name="percent" style:family="table-cell" style:data-style-name="pct"/>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="指标填报">
{''.join(rows)}
</table:table></office:spreadsheet></office:body></office:document>
''')


def soffice_convert(source, outdir):
    profile = tempfile.mkdtemp(prefix="soffice-profile-")
    try:
        env = dict(os.environ, HOME=profile)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, source],
                       check=True, env=env, stdout=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(source))[0] + ".xlsx")
    if not os.path.exists(out):
        sys.exit(f"LibreOffice wrote no {out}")
    return out


def main(args):
    if len(args) == 2 and args[0] == "make":
        outdir = os.path.abspath(args[1])
        os.makedirs(outdir, exist_ok=True)
        make_openpyxl(os.path.join(outdir, "openpyxl.xlsx"))
        make_openpyxl_merged(os.path.join(outdir, "openpyxl-merged.xlsx"))
        make_openpyxl_office(os.path.join(outdir, "openpyxl-office.xlsx"))
        work = tempfile.mkdtemp(prefix="fods-")
        try:
            fods = os.path.join(work, "libreoffice.fods")
            make_fods(fods)
            soffice_convert(fods, outdir)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    elif len(args) == 3 and args[0] == "resave":
        print(soffice_convert(os.path.abspath(args[1]), os.path.abspath(args[2])))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
