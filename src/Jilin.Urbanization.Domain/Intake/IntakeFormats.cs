using Ardalis.GuardClauses;

namespace Jilin.Urbanization.Domain.Intake;

/// <summary>
/// The formats the core reads: CSV (<c>,</c> or <c>;</c>), TSV (tab) and the JSON tracking file. Intake asks them in
/// the order of <see cref="IntakeOptions.Formats"/>; a companion package's format (the Excel package's <c>.xlsx</c>)
/// joins them through <see cref="With"/>.
/// </summary>
public static class IntakeFormats
{
    /// <summary>The JSON tracking file (<c>docs/tracking.schema.json</c>): content starting with <c>{</c>, or the extension <c>.json</c>.</summary>
    public static IntakeFormat Json { get; } = new JsonFormat();

    /// <summary>Tab-separated text: the extension <c>.tsv</c> or <c>.tab</c>, or text whose header uses tabs.</summary>
    public static IntakeFormat Tsv { get; } = new DelimitedFormat("TSV", '\t', ".tsv", ".tab");

    /// <summary>Comma- or semicolon-separated text (or tab, if the header uses tabs): the extension <c>.csv</c> or <c>.txt</c>, and any other text.</summary>
    public static IntakeFormat Csv { get; } = new DelimitedFormat("CSV", null, ".csv", ".txt");

    /// <summary>JSON, TSV and CSV, in that order (CSV last: it takes any text).</summary>
    public static ValueList<IntakeFormat> Default { get; } = new[] { Json, Tsv, Csv }.ToValueList();

    /// <summary>The default formats with <paramref name="more"/> asked first (a binary format such as a workbook recognises its own bytes).</summary>
    /// <param name="more">The extra formats.</param>
    /// <returns>The formats.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="more"/> or one of its items is null.</exception>
    public static ValueList<IntakeFormat> With(params IntakeFormat[] more)
    {
        Guard.Against.Null(more);
        foreach (var format in more)
        {
            Guard.Against.Null(format, nameof(more));
        }

        return more.Concat(Default).ToValueList();
    }
}
