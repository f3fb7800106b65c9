using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using Xunit;

namespace GovDisclosure.Model.Tests.Model;

public class TargetBuildTests
{
    [Fact]
    public void The_suite_runs_against_the_intended_build_of_the_library()
    {
        var framework = typeof(AnnualReport).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
#if LIBRARY_NETSTANDARD
        Assert.Equal(".NETStandard,Version=v2.0", framework);
        Assert.Equal(11, typeof(FluentValidation.AbstractValidator<>).Assembly.GetName().Version!.Major);
#else
        Assert.Equal(".NETCoreApp,Version=v8.0", framework);
#endif
    }
}
