using BenchmarkDotNet.Running;

namespace GovDisclosure.Model.Benchmarks;

/// <summary>
/// Run all: <c>dotnet run -c Release --project benchmarks/GovDisclosure.Model.Benchmarks -- --filter '*'</c>.
/// Results are checked in under <c>benchmarks/results/</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
