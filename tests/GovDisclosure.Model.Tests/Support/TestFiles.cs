using System;
using System.IO;

namespace GovDisclosure.Model.Tests.Support;

/// <summary>Locates the files the tests use: the bundled examples and the shared real reports.</summary>
internal static class TestFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Example(string name) => Path.Combine(RepoRoot, "schema", "examples", name);

    public static string TonggoExamplePath => Example("tonggu-county-2021.json");

    public static byte[] TongguBytes() => File.ReadAllBytes(TonggoExamplePath);

    /// <summary>The 2019-format example: the 2019 report of 上海市人民政府办公厅, transcribed exactly.</summary>
    public static string ShanghaiExamplePath => Example("shanghai-gov-office-2019.json");

    public static byte[] ShanghaiBytes() => File.ReadAllBytes(ShanghaiExamplePath);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

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
