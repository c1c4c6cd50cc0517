using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Excel.Writing;
using Jilin.Urbanization.Domain.Targets;
using Jilin.Urbanization.Domain.Tracking;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Excel;

/// <summary>
/// A workbook for one subject to fill in (填报模板, issue 24 point 6): a county or city gets the targets that bind each
/// county and the measures whose document makes local governments implementers; a department gets the province-wide
/// targets of the measures it leads (牵头) and the measures it is responsible for. Ids, quotes, units, deadlines and
/// the subject are filled in; the person fills the yellow cells: 完成值 and 统计日期 for a figure, 进展状态 (a drop-down
/// list of the statuses, enforced by data validation), 截至日期 and 进展情况 for a measure. Headers and instructions
/// are Chinese and are names of the intake header table, so the filled workbook reads back through
/// <see cref="ExcelIntake"/> with no mapping.
/// </summary>
public static class ExcelTemplate
{
    /// <summary>The status choices of the 进展状态 column, in <see cref="MeasureStatus"/> order.</summary>
    public static ValueList<string> StatusChoices { get; } = new[] { "未启动", "推进中", "已完成", "滞后", "暂停", "常态化推进" }.ToValueList();

    /// <summary>The name of the sheet of figures (目标指标).</summary>
    public const string FiguresSheet = "指标填报";

    /// <summary>The name of the sheet of measure statuses (重点任务).</summary>
    public const string StatusesSheet = "任务进展";

    /// <summary>Writes the template of a subject.</summary>
    /// <param name="catalog">The catalog whose targets and measures are listed.</param>
    /// <param name="subject">A county, city or department; the province as a whole does not report.</param>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is the province, a default value, unknown to the catalog, or has nothing to report; or <paramref name="stream"/> cannot be written.</exception>
    public static void Write(PolicyCatalog catalog, Subject subject, Stream stream)
    {
        var sheets = Sheets(catalog, subject);
        Guard.Against.Null(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(stream));
        }

        XlsxWriter.Write(stream, sheets);
    }

    /// <summary>Saves the template of a subject to an .xlsx file.</summary>
    /// <param name="catalog">The catalog whose targets and measures are listed.</param>
    /// <param name="subject">A county, city or department.</param>
    /// <param name="path">The .xlsx file to create or overwrite.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subject"/> cannot report (see <see cref="Write"/>), or <paramref name="path"/> is empty or does not end in .xlsx.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static string Save(PolicyCatalog catalog, Subject subject, string path)
    {
        var full = ExcelWorkbook.CheckPath(path);
        var sheets = Sheets(catalog, subject);
        using var file = File.Create(full);
        XlsxWriter.Write(file, sheets);
        return full;
    }

    private static List<SheetSpec> Sheets(PolicyCatalog catalog, Subject subject)
    {
        Guard.Against.Null(catalog);
        var subjects = new SubjectDirectory(DivisionRegistry.Default, catalog.Departments);
        if (subject.IsDefault)
        {
            throw new ArgumentException("The subject is a default value; give a county, a city or a department.", nameof(subject));
        }

        if (subject.Kind == SubjectKind.Province)
        {
            throw new ArgumentException("The province as a whole does not report; make a template for a department or a county.", nameof(subject));
        }

        var known = subject.Kind == SubjectKind.Department
            ? catalog.Departments.TryGet(subject.DepartmentId!.Value, out _)
            : subjects.Divisions.TryGet(subject.Division!.Value, out _);
        if (!known)
        {
            throw new ArgumentException($"The subject {subject} is no division of Jilin and no department of the catalog.", nameof(subject));
        }

        var name = subjects.NameOf(subject);
        var isDepartment = subject.Kind == SubjectKind.Department;
        var targets = catalog.Targets
            .Where(t => isDepartment
                ? t.Binding == TargetBinding.Province && catalog.GetMeasure(t.MeasureId).Responsibility.Lead?.Id == subject.DepartmentId
                : t.Binding == TargetBinding.EachCounty && subject.Kind == SubjectKind.County)
            .ToList();
        var measures = catalog.Measures
            .Where(m => isDepartment
                ? m.Responsibility.Involves(subject.DepartmentId!.Value)
                : catalog.GetDocument(m.DocumentId).ImplicitImplementer is not null)
            .ToList();
        var sheets = new List<SheetSpec>();
        if (targets.Count > 0)
        {
            var figureSubject = isDepartment ? "全省" : name;
            sheets.Add(new SheetSpec(
                FiguresSheet,
                [$"{name} 目标指标填报表",
                 "填写说明：每行一个目标指标。请在黄色单元格填写“完成值”和“统计日期”（yyyy-mm-dd，如 2025-09-30）；“单位”已按指标填好，留空即按指标单位计；"
                 + "百分比写 78 或 78%；“数据来源”“备注”可选。请勿修改“指标编号”“地区”和表头。" + (isDepartment ? "本表为牵头部门填报的全省指标。" : string.Empty)],
                [
                    new SheetColumn("指标编号"),
                    new SheetColumn("指标内容"),
                    new SheetColumn("地区"),
                    new SheetColumn("完成值", Input: true, Prompt: "填写完成值，如 78、3.8万"),
                    new SheetColumn("单位", Input: true),
                    new SheetColumn("统计日期", Input: true, Date: true, Prompt: "数据所属日期，yyyy-mm-dd"),
                    new SheetColumn("完成时限"),
                    new SheetColumn("数据来源", Input: true),
                    new SheetColumn("备注", Input: true),
                ],
                [.. targets.Select(t => (IReadOnlyList<SheetCell>)
                [
                    new(t.Id.ToString()), new(t.Quote), new(figureSubject), new(string.Empty), new(t.Unit.Symbol),
                    new(string.Empty), new(t.Deadline is { } d ? LocalDatePattern.Iso.Format(d.Date) : "未规定"), new(string.Empty), new(string.Empty),
                ])]));
        }

        if (measures.Count > 0)
        {
            sheets.Add(new SheetSpec(
                StatusesSheet,
                [$"{name} 重点任务进展填报表",
                 $"填写说明：每行一项举措。请在“进展状态”下拉列表中选择（{string.Join('、', StatusChoices)}），填写“截至日期”（yyyy-mm-dd）和“进展情况”。请勿修改“举措编号”“责任单位”和表头。"],
                [
                    new SheetColumn("举措编号"),
                    new SheetColumn("举措内容"),
                    new SheetColumn("责任单位"),
                    new SheetColumn("进展状态", StatusChoices, Input: true, Prompt: "从下拉列表中选择"),
                    new SheetColumn("截至日期", Input: true, Date: true, Prompt: "进展所截至的日期，yyyy-mm-dd"),
                    new SheetColumn("进展情况", Input: true),
                ],
                [.. measures.Select(m => (IReadOnlyList<SheetCell>)
                [
                    new(m.Id.ToString()), new(m.Text), new(name), new(string.Empty), new(string.Empty), new(string.Empty),
                ])]));
        }

        return sheets.Count > 0
            ? sheets
            : throw new ArgumentException($"{name} has nothing to report in this catalog: no target binds it and no measure names it.", nameof(subject));
    }
}
