using Jilin.Urbanization.Domain.Intake;

namespace Jilin.Urbanization.Domain.Excel.Intake;

/// <summary>
/// The .xlsx format of the intake pipeline: recognised by the zip signature (50 4B 03 04) and the extension. It also
/// takes the Office 97–2003 signature (D0 CF 11 E0: .xls, WPS .et, a password-protected workbook), so such a file is
/// refused saying what it is and how to save it, rather than as a file of no known kind; likewise an .ods.
/// </summary>
internal sealed class XlsxIntakeFormat() : IntakeFormat("Excel workbook", ".xlsx", ".xlsm", ".xls", ".et", ".ods")
{
    /// <inheritdoc/>
    public override bool Recognizes(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) || head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <inheritdoc/>
    public override IntakeSource Open(Stream stream, string fileName, IntakeOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            return new XlsxIntakeSource(stream, fileName, owned: stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
