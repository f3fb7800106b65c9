using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace GovDisclosure.Model.Tests.Support;

/// <summary>
/// A small Node project under <c>tests/</c> (its <c>package.json</c> and committed lock file) that a test
/// runs as a second implementation. Installs its packages with <c>npm ci</c> when they are missing, and
/// fails clearly when Node is not there: a missing tool never lets the test pass silently.
/// </summary>
internal sealed class NodeProject
{
    private NodeProject(string directory) => Directory = directory;

    public string Directory { get; }

    /// <summary>The project in <c>tests/<paramref name="name"/></c>, with the given packages installed.</summary>
    public static NodeProject Ready(string name, params string[] packages) => ReadyAt("tests/" + name, packages);

    /// <summary>The project in a folder of the repository (<c>tests/ajv</c>, <c>samples/form</c>), with the given packages installed.</summary>
    public static NodeProject ReadyAt(string folder, params string[] packages)
    {
        var project = new NodeProject(Path.Combine(TestFiles.RepoRoot, folder));
        var (nodeExit, _, _) = TryRun("node", "--version", project.Directory);
        Assert.True(nodeExit == 0, $"Node.js is required for the tests that use {folder}: install Node 20 or newer and npm (CI: .ci/run runs npm ci --prefix {folder}).");
        if (!packages.All(p => File.Exists(Path.Combine(project.Directory, "node_modules", p, "package.json"))))
        {
            var (exit, stdout, stderr) = Run("npm", "ci --no-audit --no-fund", project.Directory);
            Assert.True(exit == 0, $"npm ci in {folder} failed ({exit}): {stdout}\n{stderr}");
        }

        return project;
    }

    /// <summary>
    /// Runs Node's test runner over a test file of the repository (from its root), with extra environment variables;
    /// kills it after <paramref name="timeout"/>.
    /// </summary>
    public static (int Exit, string Stdout, string Stderr) NodeTest(string testFile, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("node", "--test --test-reporter=tap \"" + testFile + "\"")
        {
            WorkingDirectory = TestFiles.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Cannot start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, stdout.Result, $"{testFile} did not finish within {timeout.TotalSeconds:0} s and was stopped.\n{stderr.Result}");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs <c>node SCRIPT ARGUMENTS</c> in the project's folder.</summary>
    public (int Exit, string Stdout, string Stderr) Node(string script, params string[] arguments) =>
        Run("node", script + string.Concat(arguments.Select(a => " \"" + a + "\"")), Directory);

    private static (int Exit, string Stdout, string Stderr) TryRun(string file, string arguments, string workingDirectory)
    {
        try
        {
            return Run(file, arguments, workingDirectory);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, string.Empty, ex.Message);
        }
    }

    private static (int Exit, string Stdout, string Stderr) Run(string file, string arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderrTask.Result);
    }
}
