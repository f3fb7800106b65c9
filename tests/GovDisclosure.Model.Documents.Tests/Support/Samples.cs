using System;
using System.IO;

namespace GovDisclosure.Model.Documents.Tests.Support;

/// <summary>Locates the repository's files (the bundled examples under <c>schema/examples/</c>).</summary>
internal static class Samples
{
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovDisclosure.Model.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("GovDisclosure.Model.sln not found above " + AppContext.BaseDirectory);
    }
}
