namespace Jilin.Urbanization.Domain.Tests.Reliability;

/// <summary>
/// The reliability properties of issue 15 with long iteration counts, each cause's input classes at length. Excluded
/// from the default <c>dotnet test</c> (the test project sets <c>VSTestTestCaseFilter</c> to <c>Category!=LongFuzz</c>)
/// to keep it near a minute; CI runs them in <c>.ci/steps/15-long-fuzz.sh</c> (<c>--filter Category=LongFuzz</c>).
/// </summary>
[Trait("Category", "LongFuzz")]
public class LongFuzzTests
{
    [Fact]
    public void Checked_conversions() => CheckedArithmeticFuzzTests.Conversions(iter: 500_000);

    [Fact]
    public void Checked_evaluations() => CheckedArithmeticFuzzTests.Evaluations(iter: 100_000);

    [Fact]
    public void Catalog_values_within_and_beyond_the_data_limit() => CheckedArithmeticFuzzTests.CatalogValues(iter: 400);

    [Fact]
    public void Huge_numbers_in_policy_text() => CheckedArithmeticFuzzTests.HugeNumbersInText(iter: 400);

    [Fact]
    public void Strict_enum_names() => StrictTextFuzzTests.EnumNamesAreStrict(iter: 600);

    [Fact]
    public void Accepted_strings_round_trip() => StrictTextFuzzTests.AcceptedStringsRoundTrip(iter: 600);

    [Fact]
    public void Strict_measure_ids() => StrictTextFuzzTests.MeasureIdsAreStrict(iter: 100_000);

    [Fact]
    public void Strict_unit_symbols() => StrictTextFuzzTests.UnitSymbolsAreStrict(iter: 100_000);

    [Fact]
    public void Strict_numbers() => StrictTextFuzzTests.NumbersAreStrict(iter: 500_000);

    [Fact]
    public void Very_long_text() => StrictTextFuzzTests.LongTextIsRefusedQuickly(iter: 40);

    [Fact]
    public void Spans_near_int_MaxValue() => CatalogJsonBoundaryFuzzTests.Spans(iter: 600);

    [Fact]
    public void Periods() => CatalogJsonBoundaryFuzzTests.Periods(iter: 400);

    [Fact]
    public void Csv_cells() => ExportEncodingFuzzTests.Csv(iter: 100_000);

    [Fact]
    public void Markdown_cells() => ExportEncodingFuzzTests.Markdown(iter: 100_000);

    [Fact]
    public void Content_after_a_page_footer() => PageChromeFuzzTests.ContentAfterFooterIsRefused(iter: 2_000);

    [Fact]
    public void Chrome_after_a_page_footer() => PageChromeFuzzTests.ChromeAfterFooterIsSkipped(iter: 1_000);
}
