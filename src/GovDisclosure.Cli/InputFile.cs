using System;
using System.IO;
using System.Runtime.InteropServices;

namespace GovDisclosure.Cli;

/// <summary>Opens a file named on the command line (<c>-</c> is standard input), or says in plain words why it cannot be read.</summary>
internal static class InputFile
{
    public const string StandardInput = "-";

    /// <summary>Opens <paramref name="path"/> for reading, or returns <see langword="null"/> with the reason in Chinese and English.</summary>
    public static Stream? Open(string path, CliConsole console, out (string Zh, string En) reason)
    {
        reason = default;
        if (path == StandardInput)
        {
            return console.OpenInput();
        }

        if (path.Length == 0)
        {
            reason = ("文件名为空", "the file name is empty");
            return null;
        }

        if (Directory.Exists(path))
        {
            reason = ("这是一个目录，不是文件", "it is a directory, not a file");
            return null;
        }

        switch (UnixFileType.Of(path))
        {
            case UnixFileType.Kind.Fifo:
                reason = ("这是一个命名管道（FIFO），不是普通文件；请用 - 从标准输入读取", "it is a named pipe (FIFO), not a regular file; pipe it to standard input and name the file -");
                return null;
            case UnixFileType.Kind.Socket:
                reason = ("这是一个套接字，不是文件", "it is a socket, not a file");
                return null;
        }

        if (!File.Exists(path))
        {
            var parent = Path.GetDirectoryName(Path.GetFullPath(path));
            reason = parent is not null && !Directory.Exists(parent)
                ? ("文件不存在（所在目录也不存在）", "no such file (its directory does not exist either)")
                : ("文件不存在", "no such file");
            return null;
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (UnauthorizedAccessException)
        {
            reason = ("没有读取权限", "permission denied");
        }
        catch (FileNotFoundException)
        {
            reason = ("文件不存在", "no such file");
        }
        catch (IOException ex)
        {
            reason = ($"无法读取（{ex.Message}）", $"it cannot be read ({ex.Message})");
        }

        return null;
    }

    /// <summary>The file type of a path on Unix (a FIFO would block an open; a socket cannot be opened), from the runtime's own native layer.</summary>
    private static class UnixFileType
    {
        public enum Kind
        {
            Other,
            Fifo,
            Socket,
        }

        // The runtime's portable stat: the mode is the second 32-bit field, with S_IFMT bits normalised by the runtime.
        private const int TypeMask = 0xF000;
        private const int FifoType = 0x1000;
        private const int SocketType = 0xC000;

        public static Kind Of(string path)
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                return Kind.Other;
            }

            try
            {
                var status = new byte[512];
                if (Stat(path, status) != 0)
                {
                    return Kind.Other;
                }

                var mode = BitConverter.ToInt32(status, 4) & TypeMask;
                return mode switch
                {
                    FifoType => Kind.Fifo,
                    SocketType => Kind.Socket,
                    _ => Kind.Other,
                };
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                return Kind.Other;
            }
        }

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
    }
}
