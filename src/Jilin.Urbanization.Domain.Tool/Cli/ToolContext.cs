using Jilin.Urbanization.Domain.Catalog;

namespace Jilin.Urbanization.Domain.Tool.Cli;

/// <summary>What every command works with: where it writes, and the catalog (loaded once, on first use).</summary>
internal sealed class ToolContext(ToolEnvironment environment)
{
    /// <summary>Where the command writes.</summary>
    public ToolEnvironment Environment { get; } = environment;

    /// <summary>The embedded catalog of both documents.</summary>
#pragma warning disable CA1822 // an instance member: commands ask their context, the one place that names the catalog
    public PolicyCatalog Catalog => PolicyCatalog.Default;
#pragma warning restore CA1822
}
