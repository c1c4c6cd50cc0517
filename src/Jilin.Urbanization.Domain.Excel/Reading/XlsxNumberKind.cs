namespace Jilin.Urbanization.Domain.Excel.Reading;

/// <summary>How a cell's number format shows a number, which decides the text the reader gives.</summary>
internal enum XlsxNumberKind
{
    /// <summary>A plain number, shown in invariant culture.</summary>
    Number = 0,

    /// <summary>A date (the number is an Excel serial day), shown yyyy-MM-dd.</summary>
    Date = 1,

    /// <summary>A time of day only, shown HH:mm:ss.</summary>
    Time = 2,

    /// <summary>A percentage: 0.78 is shown <c>78%</c>.</summary>
    Percent = 3,
}
