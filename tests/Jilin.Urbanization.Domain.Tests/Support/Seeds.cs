using System.Text;
using Jilin.Urbanization.Domain.Data;

namespace Jilin.Urbanization.Domain.Tests.Support;

/// <summary>The repository's seed files, read from disk (not from the package), for fidelity tests.</summary>
internal static class Seeds
{
    public static string Directory { get; } = FindSeedsDirectory();

    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(PathOf(fileName));

    public static string Text(string fileName) => Encoding.UTF8.GetString(Bytes(fileName));

    public static string TextOf(string documentId) =>
        Text(SeedManifest.Entries.Single(e => e.DocumentId == documentId).FileName);

    private static string FindSeedsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "Jilin.Urbanization.Domain.sln")) && System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The repository's seeds/ folder was not found above " + AppContext.BaseDirectory);
    }
}
