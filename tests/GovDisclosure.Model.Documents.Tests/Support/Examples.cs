using System;
using System.IO;

namespace GovDisclosure.Model.Documents.Tests.Support;

/// <summary>The repository's files: the bundled example reports under <c>schema/examples/</c>.</summary>
internal static class Examples
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Path(string example) => System.IO.Path.Combine(RepoRoot, "schema", "examples", example);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "GovDisclosure.Model.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (GovDisclosure.Model.sln) is not above " + AppContext.BaseDirectory);
    }
}
