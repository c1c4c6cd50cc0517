using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Data;

namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>The lights of one county, department or chapter (汇总): the items and the count of each colour.</summary>
public sealed record LightRollup
{
    /// <summary>What is rolled up, as machine text: a subject (<c>220581</c>, <c>department:housing</c>) or a chapter (<c>jilin-2022-county-urbanization#3</c>).</summary>
    public required string Key { get => field; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Key)); }

    /// <summary>Its name people read (梅河口市, 省住房和城乡建设厅, the chapter's heading).</summary>
    public required string Name { get => field; init => field = Guard.Against.Null(value, nameof(Name)); }

    /// <summary>The items' lights, in item order.</summary>
    public required ValueList<ItemLight> Items { get; init => field = Guard.Against.Null(value, nameof(Items)); }

    /// <summary>Green items.</summary>
    [JsonIgnore]
    public int Green => CountOf(Light.Green);

    /// <summary>Yellow items.</summary>
    [JsonIgnore]
    public int Yellow => CountOf(Light.Yellow);

    /// <summary>Red items.</summary>
    [JsonIgnore]
    public int Red => CountOf(Light.Red);

    /// <summary>Grey items.</summary>
    [JsonIgnore]
    public int Grey => CountOf(Light.Grey);

    /// <summary>The items of one colour.</summary>
    /// <param name="light">The colour.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="light"/> is not defined.</exception>
    public int CountOf(Light light)
    {
        DefinedEnum.Required(light);
        return Items.Count(i => i.Light == light);
    }

    /// <summary>Readable form: <c>梅河口市: 3 green, 1 yellow, 0 red, 2 grey</c>.</summary>
    public override string ToString() => $"{Name}: {Green} green, {Yellow} yellow, {Red} red, {Grey} grey";
}
