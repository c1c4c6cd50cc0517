using Jilin.Urbanization.Domain.Catalog;
using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Tests.Support;

namespace Jilin.Urbanization.Domain.Tests.Names;

/// <summary>
/// A name index builds its exact forms at once and its variant forms and suggestions on first need (a cold start
/// pays only for what its first look-up uses). These tests pin that the deferred parts answer as the whole index
/// did, including when many threads ask first at the same moment.
/// </summary>
public class NameIndexFirstUseTests
{
    // Exact names, abbreviations, variants (without 省/吉林省, with 省 for 吉林省), English names, and unknown names.
    private static readonly string[] Inputs =
    [
        "省住房城乡建设厅", "吉林省住房和城乡建设厅", "住建厅", "省住建厅", "吉林省住建厅", "住房城乡建设厅", "发改委",
        "housing-urban-rural-development", "Jilin Provincial Department of Civil Affairs", "吉林省民政厅", "省民政厅",
        "民政厅", "省不存在厅", "住房", "财政",
    ];

    [Fact]
    public void Many_threads_resolving_first_on_a_fresh_registry_get_what_one_thread_gets()
    {
        var expected = Answers(PolicyCatalog.LoadEmbedded().Departments);

        for (var round = 0; round < 20; round++)
        {
            var registry = PolicyCatalog.LoadEmbedded().Departments; // a fresh registry: nothing built yet
            var answers = Race.AtOnce(8, t => Answers(registry, rotate: t));

            answers.Should().AllSatisfy(a => a.Should().Equal(expected));
        }
    }

    [Fact]
    public void A_variant_asked_first_and_an_exact_name_asked_first_give_the_same_answers_afterwards()
    {
        var variantFirst = PolicyCatalog.LoadEmbedded().Departments;
        variantFirst.TryResolve("住房城乡建设厅", out var viaVariant).Should().BeTrue();
        var exactFirst = PolicyCatalog.LoadEmbedded().Departments;
        exactFirst.Resolve("省住房城乡建设厅").Id.ToString().Should().Be("housing-urban-rural-development");

        viaVariant!.Id.ToString().Should().Be("housing-urban-rural-development");
        Answers(exactFirst).Should().Equal(Answers(variantFirst));
    }

    /// <summary>For each input: the department id it resolves to (or null) and the first suggestions.</summary>
    private static (string?, string)[] Answers(DepartmentRegistry registry, int rotate = 0) =>
        Enumerable.Range(0, Inputs.Length)
            .Select(i => Inputs[(i + rotate) % Inputs.Length])
            .Select(input => (Input: input, Answer: (registry.TryResolve(input, out var d) ? d.Id.ToString() : null, string.Join("|", registry.Names.Suggest(input)))))
            .OrderBy(x => x.Input, StringComparer.Ordinal)
            .Select(x => x.Answer)
            .ToArray();
}
