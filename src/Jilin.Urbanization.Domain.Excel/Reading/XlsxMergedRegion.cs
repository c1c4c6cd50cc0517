namespace Jilin.Urbanization.Domain.Excel.Reading;

/// <summary>A merged region of a worksheet (<c>&lt;mergeCell ref="A3:A7"/&gt;</c>): its top-left and bottom-right cells, rows and columns from 1.</summary>
/// <param name="Top">The first row.</param>
/// <param name="Left">The first column.</param>
/// <param name="Bottom">The last row.</param>
/// <param name="Right">The last column.</param>
internal readonly record struct XlsxMergedRegion(int Top, int Left, int Bottom, int Right)
{
    /// <summary>Reads a region's reference (<c>A3:B7</c>); false for anything else (a single cell is no region).</summary>
    public static bool TryParse(string? reference, out XlsxMergedRegion region)
    {
        region = default;
        var colon = reference?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon < 0
            || !XlsxColumns.TryParse(reference.AsSpan(0, colon), out var top, out var left)
            || !XlsxColumns.TryParse(reference.AsSpan(colon + 1), out var bottom, out var right))
        {
            return false;
        }

        region = new XlsxMergedRegion(Math.Min(top, bottom), Math.Min(left, right), Math.Max(top, bottom), Math.Max(left, right));
        return true;
    }
}
