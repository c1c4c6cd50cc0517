using System.CommandLine;
using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Excel;
using Jilin.Urbanization.Domain.Tool.Cli;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tool.Commands;

/// <summary>
/// <c>templates --for &lt;subject&gt;… --out &lt;dir&gt;</c>: the Excel fill-in templates (填报模板) of the intake work,
/// one per county or department (<see cref="ExcelTemplate"/>); <c>all-counties</c> and <c>all-departments</c> name
/// every county-level division and every department responsible for a measure. Names resolve by the library's one rule.
/// </summary>
internal static class TemplatesCommand
{
    private const string AllCounties = "all-counties";
    private const string AllDepartments = "all-departments";

    /// <summary>Builds the command and its examples.</summary>
    public static (Command Command, string[] Examples) Create(ToolContext context)
    {
        var subjects = new Option<string[]>("--for")
        {
            Description = $"Counties or departments by name or code (梅河口, 220581, 住建厅), or {AllCounties} / {AllDepartments}. 填报单位。",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write the workbooks into (created if missing). 输出文件夹。",
            Required = true,
        };
        var command = new Command("templates", "Excel templates for counties and departments to fill in. 生成填报模板（Excel）。") { subjects, output };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(context, parsed.GetValue(subjects) ?? [], parsed.GetValue(output)!, cancellationToken)));
        return (command,
        [
            "jilin-urbanization templates --for 梅河口 通榆 住建厅 --out templates/   # 三个单位的模板 / three templates",
            $"jilin-urbanization templates --for {AllCounties} --out templates/        # 每个县(市)一份 / one per county",
        ]);
    }

    private static int Run(ToolContext context, string[] names, string folder, CancellationToken cancellationToken)
    {
        var catalog = context.Catalog;
        var directory = new SubjectDirectory(DivisionRegistry.Default, catalog.Departments);
        var wanted = new List<Subject>();
        foreach (var name in names)
        {
            wanted.AddRange(name.Trim() switch
            {
                AllCounties => DivisionRegistry.Default.Counties.Select(d => Subject.OfDivision(d.Code)),
                AllDepartments => catalog.Departments.All
                    .Where(d => catalog.Measures.Any(m => m.Responsibility.Departments.Any(r => r.Department.Id == d.Id)))
                    .Select(d => Subject.OfDepartment(d.Id)),
                var text when text.Length > 0 => [directory.Resolve(text)],
                _ => throw new UsageException("--for names an empty subject"),
            });
        }

        Directory.CreateDirectory(folder);
        var output = context.Environment.Out;
        var written = 0;
        foreach (var subject in wanted.Distinct())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = directory.NameOf(subject);
            var path = ExcelTemplate.Save(catalog, subject, Path.Combine(folder, $"{name}.xlsx"));
            output.WriteLine($"{name}: {path}");
            written++;
        }

        output.WriteLine($"{written} template(s) written to {Path.GetFullPath(folder)} (已生成 {written} 份填报模板)");
        return ExitCodes.Success;
    }
}
