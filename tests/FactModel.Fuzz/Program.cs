using System.Diagnostics;
using System.Globalization;
using SharpFuzz;

namespace FactModel.Fuzz;

/// <summary>
/// The fuzzing harness. Without arguments it is AFL's target (run by fuzz.sh as <c>afl-fuzz ... -- dotnet
/// FactModel.Fuzz.dll</c>, input on standard input); <c>--replay</c> runs saved inputs without AFL. See docs/fuzzing.md.
/// </summary>
public static class Program
{
    private const string Usage = """
        Usage:
          dotnet FactModel.Fuzz.dll                     AFL target: reads one input at a time from standard input
                                                        (SharpFuzz's out-of-process fork server; run it under afl-fuzz
                                                        through fuzz.sh)
          dotnet FactModel.Fuzz.dll --in-process        AFL target, SharpFuzz's in-process fork server: faster, but a
                                                        stack overflow or a timeout ends the whole campaign
          dotnet FactModel.Fuzz.dll --replay PATH...    runs each file (folders: every file in them, recursively) through
                                                        parse and validate, and prints every crash with its stack;
                                                        exit code 1 when one crashed. --verbose names each input first
                                                        and prints its diagnostics.
        """;

    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Fuzzer.OutOfProcess.Run(stream => FuzzTarget.Run(ReadAll(stream)));
            return 0;
        }
        if (args is ["--in-process"])
        {
            Fuzzer.Run(stream => FuzzTarget.Run(ReadAll(stream)));
            return 0;
        }
        if (args[0] == "--replay" && args.Length > 1)
        {
            bool verbose = args.Contains("--verbose");
            return Replay(args.Skip(1).Where(a => a != "--verbose").ToList(), verbose);
        }
        Console.Error.WriteLine(Usage);
        return args is ["--help"] or ["-h"] ? 0 : 2;
    }

    private static byte[] ReadAll(Stream stream)
    {
        // The stream is AFL's input file, rewound before each run: read it to the end, never close it.
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static int Replay(IReadOnlyList<string> paths, bool verbose)
    {
        var inputs = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                // AFL writes a README.txt into its crashes folder, git keeps .gitattributes: neither is an input.
                inputs.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Path.GetFileName(f) != "README.txt" && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                inputs.Add(path);
            }
            else
            {
                Console.Error.WriteLine($"No such file or folder: {path}");
                return 2;
            }
        }

        int crashed = 0;
        var slowest = (Path: "", Elapsed: TimeSpan.Zero);
        var total = Stopwatch.StartNew();
        foreach (var input in inputs)
        {
            // A stack overflow cannot be caught: with --verbose the last name printed is the input that ended the run.
            if (verbose) Console.WriteLine($"replaying {input}");
            var watch = Stopwatch.StartNew();
            try
            {
                var diagnostics = FuzzTarget.Run(File.ReadAllBytes(input));
                if (verbose)
                {
                    Console.WriteLine($"  {diagnostics.Count} diagnostics, {watch.ElapsedMilliseconds} ms");
                    foreach (var diagnostic in diagnostics) Console.WriteLine($"  {diagnostic}");
                }
            }
            catch (Exception e)
            {
                crashed++;
                Console.WriteLine($"CRASH {input}");
                Console.WriteLine(e.ToString());
                Console.WriteLine();
            }
            if (watch.Elapsed > slowest.Elapsed) slowest = (input, watch.Elapsed);
        }

        string slow = inputs.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
            $"; slowest {slowest.Elapsed.TotalMilliseconds:F0} ms ({slowest.Path})");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Replayed {inputs.Count} inputs in {total.Elapsed.TotalSeconds:F1} s: {crashed} crashed{slow}"));
        return crashed == 0 ? 0 : 1;
    }
}
