namespace Jilin.Urbanization.WebApi.Tests.Hosting;

/// <summary>The repository's folder (where README.md and the .git entry are), found from the test assembly upwards.</summary>
public static class Repository
{
    /// <summary>The root folder.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Directory.Packages.props")) && File.Exists(Path.Combine(folder.FullName, "README.md")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no folder above holds Directory.Packages.props and README.md.");
    }
}
