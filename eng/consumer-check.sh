#!/usr/bin/env bash
# Builds and runs a small net8.0 application against the packed GovDisclosure.Model (artifacts/packages)
# once with FluentValidation 11.11.0 and once with 12.2.0: the package's single dependency range must
# restore without downgrade errors and work with either major. Then installs the packed tool as a user
# would (the SDK picks this platform's package) and validates the bundled example with it; on a platform
# with a package of its own, checks that the tool runs its ReadyToRun code rather than compiling it; and
# renders the example as a web page and a Word file with it and reads both back.
#   bash eng/consumer-check.sh            (after: dotnet pack GovDisclosure.Model.sln -c Release -o artifacts/packages)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
packages="$root/artifacts/packages"
nupkg=$(ls "$packages"/GovDisclosure.Model.*.nupkg 2>/dev/null | grep -v '\.snupkg$' | head -n 1 || true)
[ -n "$nupkg" ] || { echo "no GovDisclosure.Model package in $packages: run dotnet pack first" >&2; exit 1; }
version=$(basename "$nupkg" .nupkg); version=${version#GovDisclosure.Model.}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private packages folder, so the package just built is the one restored (never a cached one of the same version).
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources>
    <clear />
    <add key="local" value="$packages" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Packages.props"
cp "$root/schema/examples/tonggu-county-2021.json" "$work/report.json"

for fv in 11.11.0 12.2.0; do
  app="$work/consumer-$fv"
  mkdir -p "$app"
  cat > "$app/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <RollForward>Major</RollForward>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="GovDisclosure.Model" Version="$version" />
    <PackageReference Include="FluentValidation" Version="$fv" />
  </ItemGroup>
</Project>
XML
  cat > "$app/Program.cs" <<'CS'
using System;
using System.IO;
using FluentValidation;
using GovDisclosure.Model;
using GovDisclosure.Model.Validation;

// The library's validators are FluentValidation validators of the version the application chose.
using var file = File.OpenRead(args[0]);
var result = ReportValidator.ValidateJson(file, previous: null, options: null);
if (result.Report is not AnnualReport2021 report || result.HasErrors)
{
    Console.Error.WriteLine("the example did not validate");
    return 1;
}

IValidator<AnnualReport2021> validator = AnnualReport2021Validator.Instance;
// IsValid is false for warnings too (the example's narrative warning): count the error failures.
static int Errors(FluentValidation.Results.ValidationResult r) { var n = 0; foreach (var e in r.Errors) { if (e.Severity == FluentValidation.Severity.Error) n++; } return n; }
var direct = Errors(validator.Validate(report));
var broken = report with { ReviewAndLitigation = report.ReviewAndLitigation with { AdministrativeReview = report.ReviewAndLitigation.AdministrativeReview with { Total = 999 } } };
var failures = Errors(validator.Validate(broken));
var fluent = typeof(AbstractValidator<>).Assembly.GetName().Version!;
Console.WriteLine($"FluentValidation {fluent.Major}.{fluent.Minor}: example errors={direct}, broken report errors={failures}");
return direct == 0 && failures > 0 ? 0 : 1;
CS
  echo "consumer with FluentValidation $fv:"
  (cd "$app" && dotnet run -c Release -- "$work/report.json")
done

# The tool, from the packed packages.
tool="$work/tool"
dotnet tool install GovDisclosure.Cli --version "$version" --tool-path "$tool" --configfile "$work/nuget.config" >/dev/null
# The platform package the SDK chose sits beside the pointer package in the tool's store.
installed=$(ls "$tool/.store/govdisclosure.cli/$version/" | grep '^govdisclosure\.cli\.' | head -n 1 || true)
echo "tool: installed package ${installed:-GovDisclosure.Cli}"
out=$("$tool/govdisclosure" validate --format jsonl "$work/report.json")
case "$out" in
  *'"valid":true'*) ;;
  *) echo "the installed tool did not find the example valid: $out" >&2; exit 1 ;;
esac
# Published and read back by the installed tool: the web page (AngleSharp) and the Word file (Open XML SDK).
for format in html docx; do
  "$tool/govdisclosure" render "$work/report.json" --format "$format" -o "$work/report.$format"
  out=$("$tool/govdisclosure" validate --format jsonl "$work/report.$format")
  case "$out" in
    *'"valid":true'*) echo "tool: the example rendered as $format reads back valid" ;;
    *) echo "the installed tool did not read back its $format: $out" >&2; exit 1 ;;
  esac
done
# Methods of the tool and the library compiled at run time: hundreds without ReadyToRun code, a few generic
# instantiations with it (DOTNET_JitStdOutFile and DOTNET_JitDisasmSummary work on release runtimes).
if [ -n "$installed" ] && [ "$installed" != "govdisclosure.cli.any" ]; then
  DOTNET_JitStdOutFile="$work/jit.txt" DOTNET_JitDisasmSummary=1 "$tool/govdisclosure" validate "$work/report.json" >/dev/null
  [ -s "$work/jit.txt" ] || { echo "the runtime did not list the methods it compiled (DOTNET_JitStdOutFile)" >&2; exit 1; }
  compiled=$(grep -c 'JIT compiled GovDisclosure\.' "$work/jit.txt" || true)
  echo "tool: $compiled methods of GovDisclosure.* compiled at run time"
  if [ "$compiled" -gt 100 ]; then
    echo "the tool's ReadyToRun code was not used ($compiled methods compiled at run time)" >&2; exit 1
  fi
fi
