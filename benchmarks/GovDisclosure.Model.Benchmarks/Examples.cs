using System;
using System.IO;
using System.Text;

namespace GovDisclosure.Model.Benchmarks;

internal static class Examples
{
    public static byte[] Tonggu() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", "tonggu-county-2021.json"));

    /// <summary>
    /// The Tonggu example with its narrative made to agree with its tables (受理依申请公开8件，其中自然人7件, as table 三 says):
    /// a report with no finding at all, the same length in bytes as the published one.
    /// </summary>
    public static byte[] TongguConsistent()
    {
        var text = Encoding.UTF8.GetString(Tonggu());
        var fixedText = text.Replace("受理依申请公开9件，其中自然人8件", "受理依申请公开8件，其中自然人7件");
        if (fixedText == text)
        {
            throw new InvalidOperationException("The Tonggu narrative sentence was not found.");
        }

        return Encoding.UTF8.GetBytes(fixedText);
    }
}
