using Jilin.Urbanization.Domain.Identifiers;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Documents;
using Jilin.Urbanization.Domain.Targets;
using NodaTime;
using NodaTime.Text;

namespace Jilin.Urbanization.Domain.Serialization;

/// <summary>Maps target indicators and conditions to and from the catalog JSON (both directions in one place).</summary>
internal static class TargetJsonMapper
{
    public static TargetJson ToJson(TargetIndicator t) => new(
        t.Id.ToString(),
        t.Quote,
        CatalogJsonWriter.ToJson(t.Span),
        t.Metric,
        EnumNames.ToJson(t.Comparator),
        t.Value,
        t.MaxValue,
        t.Unit.Symbol,
        Date(t.Deadline?.Date),
        ToJson(t.Deadline),
        EnumNames.ToJson(t.Commitment),
        t.Basically,
        EnumNames.ToJson(t.Kind),
        t.Period is { } period ? new PeriodJson(Date(period.Start)!, Date(period.End)!) : null,
        EnumNames.ToJson(t.Binding),
        t.BindingQuote);

    public static TargetJson ToJson(TargetCondition c) => new(
        c.Id.ToString(),
        c.Quote,
        CatalogJsonWriter.ToJson(c.Span),
        c.Metric,
        EnumNames.ToJson(c.Comparator),
        c.Value,
        c.MaxValue,
        c.Unit?.Symbol,
        Date(c.Deadline?.Date),
        ToJson(c.Deadline),
        null,
        null,
        null,
        null,
        null,
        null);

    public static TargetIndicator ReadTarget(TargetJson t, MeasureId measure, int index, string path, Func<SpanJson, string, int?, SourceSpan> span)
    {
        var expectedId = $"{measure}/t{index + 1}";
        CatalogJsonReader.Require(t.Id == expectedId, $"The target id '{t.Id}' does not follow its measure and position; expected '{expectedId}'.", path + ".id");
        CatalogJsonReader.Require(t.Value is not null && t.Unit is not null, "A target needs a value and a unit.", path + ".value");
        var value = CatalogJsonReader.RequireWithinLimit(t.Value!.Value, path + ".value");
        var maxValue = t.MaxValue is { } max ? CatalogJsonReader.RequireWithinLimit(max, path + ".maxValue") : (decimal?)null;
        CatalogJsonReader.Require(t.Commitment is not null && t.Basically is not null && t.Kind is not null, "A target needs commitment, basically and kind.", path + ".commitment");
        var comparator = CatalogJsonReader.ParseEnum<Comparator>(t.Comparator, path + ".comparator");
        CatalogJsonReader.Require((comparator == Comparator.Range) == (t.MaxValue is not null), "maxValue is given for a range and only for a range.", path + ".maxValue");
        CatalogJsonReader.Require(t.MaxValue is null || t.MaxValue >= t.Value, "maxValue must not be below value.", path + ".maxValue");
        CatalogJsonReader.Require(t.Binding is not null, "A target needs a binding (province, eachCounty).", path + ".binding");
        var binding = CatalogJsonReader.ParseEnum<TargetBinding>(t.Binding!, path + ".binding");
        CatalogJsonReader.Require(
            (binding == TargetBinding.Province) == (t.BindingQuote is null),
            "bindingQuote is given for a target that binds each county and only for one.",
            path + ".bindingQuote");
        CatalogJsonReader.Require(
            t.BindingQuote is null || t.BindingQuote.Length > 0,
            "bindingQuote must not be empty.",
            path + ".bindingQuote");
        return new TargetIndicator
        {
            Id = IdText.ParseData<TargetId>(t.Id, path + ".id"),
            MeasureId = measure,
            Number = index + 1,
            Quote = t.Quote,
            Span = span(t.Span, path + ".span", t.Quote.Length),
            Metric = t.Metric,
            Quantity = new Quantity(value, ParseUnit(t.Unit!, path + ".unit")),
            MaxValue = maxValue,
            Comparator = comparator,
            Deadline = ReadDeadline(t, path, span),
            Commitment = CatalogJsonReader.ParseEnum<CommitmentLevel>(t.Commitment!, path + ".commitment"),
            Basically = t.Basically!.Value,
            Kind = CatalogJsonReader.ParseEnum<TargetKind>(t.Kind!, path + ".kind"),
            Period = t.Period is { } p ? CatalogJsonReader.ParsePeriod(p.Start, p.End, path + ".period") : null,
            Binding = binding,
            BindingQuote = t.BindingQuote,
        };
    }

    public static TargetCondition ReadCondition(TargetJson c, MeasureId measure, int index, string path, Func<SpanJson, string, int?, SourceSpan> span)
    {
        var expectedId = $"{measure}/c{index + 1}";
        CatalogJsonReader.Require(c.Id == expectedId, $"The condition id '{c.Id}' does not follow its measure and position; expected '{expectedId}'.", path + ".id");
        CatalogJsonReader.Require((c.Value is null) == (c.Unit is null), "A condition has a value and a unit together, or neither.", path + ".unit");
        CatalogJsonReader.Require(
            c.Commitment is null && c.Kind is null && c.Period is null && c.Binding is null && c.BindingQuote is null,
            "A condition has no commitment, kind, period or binding.",
            path);
        return new TargetCondition
        {
            Id = IdText.ParseData<ConditionId>(c.Id, path + ".id"),
            MeasureId = measure,
            Quote = c.Quote,
            Span = span(c.Span, path + ".span", c.Quote.Length),
            Metric = c.Metric,
            Comparator = CatalogJsonReader.ParseEnum<Comparator>(c.Comparator, path + ".comparator"),
            Quantity = c.Value is { } value ? new Quantity(CatalogJsonReader.RequireWithinLimit(value, path + ".value"), ParseUnit(c.Unit!, path + ".unit")) : null,
            MaxValue = c.MaxValue is { } max ? CatalogJsonReader.RequireWithinLimit(max, path + ".maxValue") : null,
            Deadline = ReadDeadline(c, path, span),
        };
    }

    private static DeadlineJson? ToJson(Deadline? d) =>
        d is null ? null : new DeadlineJson(EnumNames.ToJson(d.Precision), d.Quote, d.Span is { } s ? CatalogJsonWriter.ToJson(s) : null, d.IsImplied);

    private static Deadline? ReadDeadline(TargetJson t, string path, Func<SpanJson, string, int?, SourceSpan> span)
    {
        CatalogJsonReader.Require((t.Deadline is null) == (t.DeadlineDetail is null), "deadline and deadlineDetail are given together or not at all.", path + ".deadlineDetail");
        if (t.Deadline is null || t.DeadlineDetail is not { } detail)
        {
            return null;
        }

        CatalogJsonReader.Require((detail.Quote is null) == (detail.Span is null), "A deadline's quote and span are given together or not at all.", path + ".deadlineDetail.span");
        return new Deadline(
            CatalogJsonReader.ParseDate(t.Deadline, path + ".deadline"),
            CatalogJsonReader.ParseEnum<DeadlinePrecision>(detail.Precision, path + ".deadlineDetail.precision"),
            detail.Quote,
            detail.Span is { } s ? span(s, path + ".deadlineDetail.span", detail.Quote!.Length) : null,
            detail.Implied);
    }

    private static string? Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    private static Unit ParseUnit(string symbol, string path) =>
        Unit.TryParse(symbol, out var unit)
            ? unit
            : throw new PolicyDataException($"{StrictText.Quote(symbol)} is not a known unit; known: {string.Join(", ", Unit.Known.Select(u => u.Symbol))}.", path);
}
