using System.Diagnostics;

namespace Jilin.Urbanization.Domain.Excel.Tests;

/// <summary>
/// Runs .ci/excel/clients.py (openpyxl, LibreOffice headless), which .ci/install.sh installs before the tests: workbooks
/// written by other programs, and a workbook re-saved by LibreOffice.
/// </summary>
internal static class Clients
{
    private const string Python = "/usr/bin/python3";

    private static readonly Lazy<string> Made = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "excel-clients-" + Guid.NewGuid().ToString("N"));
        Run("make", folder);
        return folder;
    });

    /// <summary>The workbook openpyxl wrote: a merged title row, a header, date cells and a 0% cell.</summary>
    public static string Openpyxl => Path.Combine(Made.Value, "openpyxl.xlsx");

    /// <summary>The ledger openpyxl wrote with each county's name merged down its rows (B3:B5, B6:B7) and a date merged down (E6:E7), under a merged title row.</summary>
    public static string OpenpyxlMerged => Path.Combine(Made.Value, "openpyxl-merged.xlsx");

    /// <summary>An office's own sheet openpyxl wrote: a 填报单位 line, a 序号 column, a figure as a formula stored without its value, a 合计 row and a sign-off line.</summary>
    public static string OpenpyxlOffice => Path.Combine(Made.Value, "openpyxl-office.xlsx");

    /// <summary>The workbook LibreOffice Calc converted from a flat ODS with the same content.</summary>
    public static string LibreOffice => Path.Combine(Made.Value, "libreoffice.xlsx");

    /// <summary>Opens a workbook in LibreOffice headless and saves it again as .xlsx; returns the new file.</summary>
    public static string ResaveWithLibreOffice(string file)
    {
        var folder = Path.Combine(Path.GetTempPath(), "excel-resaved-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Run("resave", file, folder).Trim();
    }

    private static string Run(params string[] arguments)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "clients", "clients.py");
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start; .ci/install.sh installs it.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"clients.py {string.Join(' ', arguments)} exited {process.ExitCode}: {error.Result}");
    }
}
