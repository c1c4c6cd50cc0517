using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Targets;

namespace Jilin.Urbanization.Domain.Documents;

/// <summary>A numbered measure (举措 / 任务) of a policy document, verbatim, with who answers for it.</summary>
public sealed record Measure
{
    /// <summary>The stable id, <c>&lt;document-id&gt;/&lt;number&gt;</c>.</summary>
    public required MeasureId Id { get; init; }

    /// <summary>The measure's number in its document.</summary>
    public int Number => Id.Number;

    /// <summary>The id of the document the measure belongs to.</summary>
    public DocumentId DocumentId => Id.DocumentId;

    /// <summary>The number of the chapter the measure stands in.</summary>
    [JsonPropertyName("chapter")]
    public required int ChapterNumber { get; init; }

    /// <summary>The number of the group the measure stands in.</summary>
    [JsonPropertyName("group")]
    public required int GroupNumber { get; init; }

    /// <summary>The measure's text verbatim, without its number and without the trailing responsibility parenthetical.</summary>
    public required string Text { get; init => field = Guard.Against.Null(value, nameof(Text)); }

    /// <summary>Where <see cref="Text"/> stands in the seed.</summary>
    public required SourceSpan TextSpan { get; init; }

    /// <summary>The text with the document's errata applied (stray spaces removed); equal to <see cref="Text"/> where none apply.</summary>
    public required string CorrectedText { get; init => field = Guard.Against.Null(value, nameof(CorrectedText)); }

    /// <summary>The whole item as written: number, text and parenthetical.</summary>
    public required string Verbatim { get; init => field = Guard.Against.Null(value, nameof(Verbatim)); }

    /// <summary>Where <see cref="Verbatim"/> stands in the seed.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>Who answers for the measure.</summary>
    public required Responsibility Responsibility { get; init => field = Guard.Against.Null(value, nameof(Responsibility)); }

    /// <summary>The measure's quantified or dated commitments, in text order (ids <c>&lt;measure-id&gt;/t&lt;n&gt;</c>).</summary>
    public required ValueList<TargetIndicator> Targets { get; init => field = Guard.Against.Null(value, nameof(Targets)); }

    /// <summary>The thresholds that only select what the measure applies to, in text order (ids <c>&lt;measure-id&gt;/c&lt;n&gt;</c>).</summary>
    public required ValueList<TargetCondition> Conditions { get; init => field = Guard.Against.Null(value, nameof(Conditions)); }

    /// <summary>Readable form: id, the start of the text, and the lead department.</summary>
    public override string ToString() =>
        $"{Id} {TextPreview.Of(Text)} [{(Responsibility.Lead is { } lead ? $"lead {lead.Name}" : Responsibility.Mode.ToString())}]";
}
