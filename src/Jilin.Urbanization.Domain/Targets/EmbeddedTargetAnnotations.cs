using System.Text.Json;
using Jilin.Urbanization.Domain.Data;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Targets;

/// <summary>Reads the package's curated target annotations (<c>Resources/targets.json</c>) once.</summary>
internal static class EmbeddedTargetAnnotations
{
    public const string Resource = EmbeddedData.DataPrefix + "targets.json";

    private static readonly Lazy<ValueList<TargetAnnotation>> Cached =
        new(() => Read(EmbeddedData.ReadBytes(Resource), Resource), LazyThreadSafetyMode.ExecutionAndPublication);

    public static ValueList<TargetAnnotation> Value => Cached.Value;

    public static ValueList<TargetAnnotation> Read(byte[] json, string location)
    {
        TargetAnnotationsFile file;
        try
        {
            file = JsonSerializer.Deserialize(json, TargetAnnotationsJsonContext.Default.TargetAnnotationsFile)
                ?? throw new PolicyDataException("The file holds JSON null.", location);
        }
        catch (JsonException e)
        {
            var (message, where) = Data.StrictText.JsonError(e);
            throw new PolicyDataException($"The file is not valid: {message}", $"{location}: {where}", e);
        }

        var annotations = new TargetAnnotation[file.Annotations.Count];
        for (var i = 0; i < annotations.Length; i++)
        {
            var entry = file.Annotations[i];
            var at = $"{location}: $.annotations[{i}]";
            if (!MeasureId.TryParse(entry.Measure, out var measure))
            {
                throw new PolicyDataException($"{Jilin.Urbanization.Domain.Data.StrictText.Quote(entry.Measure)} is not a measure id.", at + ".measure");
            }

            if (!EnumNames.TryParse<TargetRole>(entry.Role, out var role))
            {
                throw new PolicyDataException($"{Jilin.Urbanization.Domain.Data.StrictText.Quote(entry.Role)} is not a role (target, condition).", at + ".role");
            }

            TargetKind? kind = null;
            if (entry.Kind is not null)
            {
                kind = EnumNames.TryParse<TargetKind>(entry.Kind, out var k)
                    ? k
                    : throw new PolicyDataException($"{Jilin.Urbanization.Domain.Data.StrictText.Quote(entry.Kind)} is not a target kind (levelByDeadline, amountWithinPeriod).", at + ".kind");
            }

            if (string.IsNullOrWhiteSpace(entry.Quote) || string.IsNullOrWhiteSpace(entry.Metric))
            {
                throw new PolicyDataException("An annotation needs a quote and a metric.", at);
            }

            annotations[i] = new TargetAnnotation(measure, role, entry.Quote, entry.Metric)
            {
                QuantityText = entry.Quantity,
                DeadlineText = entry.Deadline,
                Kind = kind,
                UnitText = entry.Unit,
            };
        }

        return annotations.ToValueList();
    }
}
