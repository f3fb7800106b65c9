using System;
using System.IO;

namespace GovDisclosure.Model.Benchmarks;

internal static class Examples
{
    public static byte[] Tonggu() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", "tonggu-county-2021.json"));
}
