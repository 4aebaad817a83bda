using System.Globalization;

namespace FactModel.Benchmarks;

/// <summary>
/// <c>--retained [sizes]</c>: the memory a warm generator driver holds between runs (what an IDE keeps per project):
/// the managed heap after full collections with the driver alive, less the heap with the corpus and its compilation
/// alone; after a cold run, and after a C#-only edit (the earlier state let go). The generated trees are not parsed
/// here (the driver parses them lazily), so this is the driver's own cache: every step's values and the sources' texts.
/// </summary>
internal static class RetainedMemory
{
    public static void Run(IReadOnlyList<int> sizes)
    {
        foreach (int size in sizes)
        {
            var input = new CorpusCompilation(SyntheticCorpus.Generate(size));
            var compilation = input.Compilation;
            foreach (var text in input.Texts) text.GetText();
            long alone = Heap();
            var driver = input.CreateDriver().RunGenerators(compilation);
            long cold = Heap();
            driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CorpusCompilation.UserCode("2")));
            long edited = Heap();
            var sources = driver.GetRunResult().GeneratedTrees;
            long characters = sources.Sum(t => (long)t.GetText().Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size:N0} facts: {sources.Length} sources of {characters * 2 / 1048576.0:0.0} MB of text; the driver holds {(cold - alone) / 1048576.0:0.0} MB after a cold run, {(edited - alone) / 1048576.0:0.0} MB after a C#-only edit"));
            GC.KeepAlive(driver);
            GC.KeepAlive(input);
        }
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
