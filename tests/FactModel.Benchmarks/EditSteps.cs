using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

using static FactModel.Benchmarks.Measure;

namespace FactModel.Benchmarks;

/// <summary>
/// <c>--edit-steps [sizes]</c>: what a true one-value edit re-runs, and what a C#-only edit costs. For each size: the
/// generator's node tables (how many there are, and how many hold one entry per input file: the tables Roslyn's driver
/// carries over on every run); then, with step tracking, every tracked step's run reasons after editing one value of a
/// figure that is no whole, and one of a figure that is a whole (<see cref="WarmEdit.OneValue"/>); then, without
/// tracking, the median time and allocation of those edits and of a C#-only edit. Step tracking is slow (a run with it
/// at 50k takes seconds), so it is used for the counts only and never for a timed run.
/// </summary>
internal static class EditSteps
{
    public static void Run(IReadOnlyList<int> sizes, bool tracking = true)
    {
        foreach (int size in sizes) MeasureSize(size, tracking);
    }

    private static void MeasureSize(int size, bool tracking)
    {
        var corpus = SyntheticCorpus.Generate(size);
        var input = new CorpusCompilation(corpus);
        var target = input.Texts[0];
        string yaml = target.GetText()!.ToString();
        // In the synthetic corpus each file's figure 0 is the whole of the file's other figures.
        string file = corpus.Files[0].Path;
        string part = WarmEdit.OneValue(yaml, "figure-0-1"), whole = WarmEdit.OneValue(yaml, "figure-0-0");
        int factFiles = input.Texts.Count(t => t.Path.EndsWith(".yaml", StringComparison.Ordinal));
        Console.WriteLine($"== {corpus.FactCount:N0} facts: {factFiles} fact files, {input.Texts.Length} additional files; edits of {file}");

        var cold = input.CreateDriver().RunGenerators(input.Compilation);
        PrintTables(cold, factFiles, input.Texts.Length);

        if (tracking)
        foreach (var (name, edited) in new[] { ("one value of a figure that is no whole (figure-0-1)", part), ("one value of a whole (figure-0-0)", whole) })
        {
            var tracked = new WarmEdit(input, target, edited, trackSteps: true);
            tracked.Next();
            Console.WriteLine($"  steps after editing {name}:");
            PrintReasons(tracked.Driver.GetRunResult().Results.Single());
        }

        // Timed without tracking: each run an edit (alternating between two versions of the file), interleaved.
        var partEdit = new WarmEdit(input, target, part);
        var wholeEdit = new WarmEdit(input, target, whole);
        var compilation = input.Compilation;
        var trees = new[] { compilation.SyntaxTrees.Single(), CorpusCompilation.UserCode("2") };
        var csharp = input.CreateDriver().RunGenerators(compilation);
        int count = 0;
        void CSharpEdit()
        {
            var (from, to) = (trees[count % 2], trees[1 - count % 2]);
            count++;
            compilation = compilation.ReplaceSyntaxTree(from, to);
            csharp = csharp.RunGenerators(compilation);
        }
        // Roslyn's own floor for a C#-only edit with as many additional files and generated sources: a generator of
        // one node per file that adds one small source per fact file.
        var floorCompilation = input.Compilation;
        var floor = CSharpGeneratorDriver.Create(new[] { new FloorGenerator().AsSourceGenerator() }, input.Texts, (CSharpParseOptions)floorCompilation.SyntaxTrees.Single().Options)
            .RunGenerators(floorCompilation);
        int floorCount = 0;
        void FloorEdit()
        {
            var (from, to) = (trees[floorCount % 2], trees[1 - floorCount % 2]);
            floorCount++;
            floorCompilation = floorCompilation.ReplaceSyntaxTree(from, to);
            floor = floor.RunGenerators(floorCompilation);
        }
        var samples = Interleaved(3, 21, partEdit.Next, wholeEdit.Next, CSharpEdit, FloorEdit);
        string Line(List<Sample> s) => string.Create(CultureInfo.InvariantCulture,
            $"{MedianTime(s),7:0.000} ms (CPU {MedianCpu(s),7:0.000} ms), {MedianBytes(s) / 1024,9:N0} KB");
        Console.WriteLine($"  one value, no whole  {Line(samples[0])}");
        Console.WriteLine($"  one value, a whole   {Line(samples[1])}");
        Console.WriteLine($"  C# edit              {Line(samples[2])}");
        Console.WriteLine($"  C# edit, Roslyn floor{Line(samples[3])} (a generator of one node per file and one source per fact file)");
    }

    /// <summary>One node per additional file and one small source per fact file: what the driver costs with nothing to do.</summary>
    private sealed class FloorGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.AdditionalTextsProvider.Select((text, _) => text.Path), (spc, path) =>
            {
                if (path.EndsWith(".yaml", StringComparison.Ordinal))
                    spc.AddSource(path.Replace('/', '_') + ".g.cs", $"// {path}\n");
            });
    }

    private static void PrintReasons(GeneratorRunResult result)
    {
        foreach (var (step, runs) in result.TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var reasons = runs.SelectMany(r => r.Outputs).GroupBy(o => o.Reason).OrderBy(g => g.Key)
                .Select(g => $"{g.Key}={g.Count()}");
            Console.WriteLine($"    {step,-20} {string.Join(" ", reasons)}");
        }
    }

    /// <summary>
    /// The driver's node tables, read by reflection from Roslyn's internals (GeneratorDriver._state.StateTable._tables):
    /// how many, and how many hold one entry per fact file or per additional file. Prints what it cannot read.
    /// </summary>
    private static void PrintTables(GeneratorDriver driver, int factFiles, int texts)
    {
        try
        {
            const BindingFlags Any = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
            object state = typeof(GeneratorDriver).GetField("_state", Any)!.GetValue(driver)!;
            object table = state.GetType().GetField("StateTable", Any)!.GetValue(state)!;
            object store = table.GetType().GetField("_tables", Any)!.GetValue(table)!;
            // Roslyn 4.14 keeps the tables in a StateTableStore, itself over a dictionary.
            var tables = store as IEnumerable ?? (IEnumerable)store.GetType().GetField("_tables", Any)!.GetValue(store)!;
            int all = 0, perFactFile = 0, perText = 0;
            long entries = 0;
            var perFileKinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (object pair in tables)
            {
                object value = pair.GetType().GetProperty("Value")!.GetValue(pair)!;
                object node = pair.GetType().GetProperty("Key")!.GetValue(pair)!;
                var countProperty = value.GetType().GetProperty("Count", Any);
                int n = countProperty is null ? -1 : (int)countProperty.GetValue(value)!;
                all++;
                if (n > 0) entries += n;
                if (n == factFiles) perFactFile++;
                else if (n == texts) perText++;
                if (n == factFiles || n == texts)
                {
                    string kind = $"{node.GetType().Name.Split('`')[0]}({(n == texts ? "text" : "file")})";
                    perFileKinds[kind] = perFileKinds.GetValueOrDefault(kind) + 1;
                }
            }
            Console.WriteLine($"  node tables: {all}, of which {perFactFile} hold one entry per fact file (or document) and {perText} one per additional file; {entries:N0} entries in all");
            Console.WriteLine($"    per-file tables by node: {string.Join(", ", perFileKinds.Select(k => $"{k.Key} {k.Value}"))}");
        }
        catch (Exception e)
        {
            Console.WriteLine($"  node tables: cannot read Roslyn's driver state ({e.GetType().Name}: {e.Message})");
        }
    }
}
