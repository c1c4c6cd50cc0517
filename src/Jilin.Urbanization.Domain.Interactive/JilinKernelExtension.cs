using Microsoft.DotNet.Interactive;

namespace Jilin.Urbanization.Domain.Interactive;

/// <summary>
/// The kernel extension .NET Interactive runs when a notebook references this package (<c>#r "nuget: Jilin.Urbanization.Domain.Interactive, …"</c>):
/// it registers the HTML formatters of <see cref="NotebookFormatters"/>.
/// </summary>
public sealed class JilinKernelExtension : IKernelExtension
{
    /// <summary>Registers the formatters.</summary>
    /// <param name="kernel">The kernel loading the extension (not used: formatters are process-wide).</param>
    /// <returns>A completed task.</returns>
    public Task OnLoadAsync(Kernel kernel)
    {
        NotebookFormatters.Register();
        return Task.CompletedTask;
    }
}
