using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Testing;

/// <summary>Entry points: <c>measure.Should().BeLedBy("省住房和城乡建设厅")</c>.</summary>
public static class DomainAssertionExtensions
{
    /// <summary>Starts assertions on a measure.</summary>
    /// <param name="measure">The measure under test.</param>
    public static MeasureAssertions Should(this Measure measure) => new(measure);
}
