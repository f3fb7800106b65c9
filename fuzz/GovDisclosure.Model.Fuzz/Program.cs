using System;
using System.IO;
using GovDisclosure.Model.Schema;
using GovDisclosure.Model.Serialization;
using GovDisclosure.Model.Validation;
using SharpFuzz;

namespace GovDisclosure.Model.Fuzz;

/// <summary>
/// Fuzz targets for afl-fuzz through SharpFuzz. Each entry point promises never to throw for any input
/// bytes, so any exception (or a hang, or a crash) is a finding. Usage: GovDisclosure.Model.Fuzz TARGET,
/// with TARGET one of read, validate, schema.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        Action<byte[]>? target = (args.Length > 0 ? args[0] : string.Empty) switch
        {
            "read" => bytes => ReportJson.TryRead(bytes, out _, out _),
            "validate" => bytes => ReportValidator.ValidateJson(bytes),
            "stream" => bytes => ReportValidator.ValidateJson(new MemoryStream(bytes), null, new ReportReadOptions { MaxSize = 1 << 20 }),
            "schema" => bytes => ReportSchema.Evaluate(bytes),
            _ => null,
        };
        if (target is null)
        {
            Console.Error.WriteLine("usage: GovDisclosure.Model.Fuzz read|validate|stream|schema  (input on stdin, under afl-fuzz)");
            return 2;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        return 0;
    }
}
