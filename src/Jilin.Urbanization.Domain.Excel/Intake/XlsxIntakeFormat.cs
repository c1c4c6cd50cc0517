using Jilin.Urbanization.Domain.Intake;

namespace Jilin.Urbanization.Domain.Excel.Intake;

/// <summary>The .xlsx format of the intake pipeline: recognised by the zip signature (50 4B 03 04) and the extension.</summary>
internal sealed class XlsxIntakeFormat() : IntakeFormat("Excel workbook", ".xlsx", ".xlsm")
{
    /// <inheritdoc/>
    public override bool Recognizes(ReadOnlySpan<byte> head) => head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]);

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
