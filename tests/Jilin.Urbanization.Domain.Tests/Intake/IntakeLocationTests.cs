using Jilin.Urbanization.Domain.Intake;

namespace Jilin.Urbanization.Domain.Tests.Intake;

/// <summary>How a location reads: the file, sheet, row and column (letter and header), or the JSON path; a file read from a text reader or a stream has no name, and its location leaves the name out.</summary>
public class IntakeLocationTests
{
    [Theory]
    [InlineData("梅河口.csv", null, 5, 3, "完成值", null, "梅河口.csv, row 5, column C (完成值)")]
    [InlineData("台账.xlsx", "一季度", 4, 0, null, null, "台账.xlsx, sheet 一季度, row 4")]
    [InlineData("tracking.json", "observations", 4, 3, "value", "$.observations[3].value", "tracking.json $.observations[3].value")]
    [InlineData("", null, 5, 3, "完成值", null, "row 5, column C (完成值)")]
    [InlineData("", null, 2, 0, null, null, "row 2")]
    [InlineData("", "一季度", 4, 28, null, null, "sheet 一季度, row 4, column AB")]
    [InlineData("", "observations", 1, 2, "value", "$.observations[0].value", "$.observations[0].value")]
    [InlineData("", null, 0, 0, null, null, "the file")]
    [InlineData("梅河口.csv", null, 0, 0, null, null, "梅河口.csv")]
    public void A_location_names_what_it_knows_and_leaves_out_an_empty_file_name(string file, string? sheet, int row, int column, string? header, string? path, string text) =>
        new IntakeLocation(file, sheet, row, column, header, path).ToString().Should().Be(text);
}
