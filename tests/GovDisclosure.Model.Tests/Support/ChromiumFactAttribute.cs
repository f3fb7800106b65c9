using System;
using System.IO;
using Xunit;

namespace GovDisclosure.Model.Tests.Support;

/// <summary>The headless browser the browser tests drive: the Debian Chromium (CHROMIUM_PATH, else /usr/bin/chromium).</summary>
internal static class Chromium
{
    public static string Path => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(Path);

    /// <summary>In CI (CI=true) a missing browser is a failure, not a reason to skip.</summary>
    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A test that needs the Debian Chromium: skipped, with the reason, where the browser is not installed — except in CI
/// (CI=true), where it runs and fails, so that a browser test never passes by not running.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            Skip = $"Chromium is not installed at {Chromium.Path} (apt-get install chromium fonts-noto-cjk; .ci/run installs it).";
        }
    }
}
