using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

using static FactModel.Benchmarks.Measure;

namespace FactModel.Benchmarks;

/// <summary>
/// <c>--output-groups [sizes] [--groups 8,16,32,64,128] [--steps 1,39] [--runs 41]</c>: what Roslyn's driver costs a C#-only edit and a
/// one-file edit when a generator adds one source per fact file, against one source per group of files (issue 20,
/// requirement 2). Stand-in generators that run none of FactModel's rules, only the driver's shape, over the synthetic
/// corpus, each source of the real size (the text FactModel generates for the same file, cut from its output group);
/// the real generator (which now groups its output this way) as a yardstick; all in one process, interleaved
/// (<see cref="Measure.Interleaved"/>).
/// <list type="bullet">
/// <item><b>per file, K steps</b>: K per-file nodes (a Select over every additional text; for K ≥ 3 a Where to the fact
/// files; Selects; the last one the emit step), then <c>RegisterSourceOutput</c> of one source per fact file: the shape
/// FactModel had before output groups (39 per-file node tables).</item>
/// <item><b>grouped, G groups, K steps</b>: the same K per-file nodes, then <c>Collect</c>, then <c>SelectMany</c> into
/// at most G value-equatable groups (a file's group is the FNV-1a hash of its project-relative path, mod G; a group
/// holds its files' emitted texts, compared by reference first), then <c>RegisterSourceOutput</c> of one source per
/// group, its files' texts one after the other (read into Roslyn's chunked text, as FactModel hands over a file's
/// source today, so neither shape puts a string of the whole on the large object heap). Editing one file re-runs its K
/// per-file steps, the Collect and the SelectMany (G comparisons), and only its group's output: one group's text is
/// built again. A grouped FactModel would keep each file's emitted text as a per-file value in the same way.</item>
/// <item><b>floor</b>: as <c>--edit-steps</c>' Roslyn floor, one node per file and one tiny source per fact file.</item>
/// </list>
/// For each: the C#-only edit (the user's syntax tree replaced, as <see cref="EditSteps"/> does), the one-file edit (the
/// first fact file replaced by a copy with one value edited, alternating), and what the compiler pays after that edit
/// to parse the source it got again (the driver's own trees are parsed lazily, so no driver timing includes a parse).
/// </summary>
internal static class OutputGroups
{
    public static void Run(string[] args)
    {
        int[] Numbers(string option, int[] defaults)
        {
            int at = Array.IndexOf(args, option);
            return at >= 0 && at + 1 < args.Length
                ? args[at + 1].Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray()
                : defaults;
        }
        var options = new[] { "--groups", "--steps", "--runs" }.Select(o => Array.IndexOf(args, o)).Where(i => i >= 0).Select(i => i + 1).ToHashSet();
        var sizes = args.Where((a, i) => !options.Contains(i) && !a.StartsWith("--", StringComparison.Ordinal))
            .Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        int[] groups = Numbers("--groups", new[] { 8, 16, 32, 64, 128 });
        int[] steps = Numbers("--steps", new[] { 1, 39 });
        int runs = Numbers("--runs", new[] { 41 })[0];
        foreach (int size in sizes.Length > 0 ? sizes : new[] { 10_000, 50_000 }) MeasureSize(size, groups, steps, runs);
    }

    private static void MeasureSize(int size, int[] groupCounts, int[] stepCounts, int runs)
    {
        var corpus = SyntheticCorpus.Generate(size);
        var input = new CorpusCompilation(corpus);
        var parseOptions = (CSharpParseOptions)input.Compilation.SyntaxTrees.Single().Options;
        var target = input.Texts[0];
        var edited = CorpusCompilation.Replace(target, WarmEdit.OneValue(target.GetText()!.ToString(), "figure-0-1"));
        int factFiles = input.Texts.Count(t => IsFactFile(t.Path));
        string targetPath = Relative(target.Path);

        // The real generator: its texts are the stand-ins' sources, and its edits the yardstick.
        var real = new Subject("FactModel today (the real generator)", input.CreateDriver().RunGenerators(input.Compilation), input, target, edited);
        var realResult = real.Driver.GetRunResult().Results.Single();
        if (realResult.Exception is { } failed) throw new InvalidOperationException("the generator failed", failed);
        var bodies = BodiesOf(realResult.GeneratedSources);
        long bodyChars = input.Texts.Where(t => IsFactFile(t.Path)).Sum(t => (long)bodies[HintOf(Relative(t.Path))].Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"== {corpus.FactCount:N0} facts: {factFiles} fact files, {input.Texts.Length} additional files; a fact file's source {bodyChars / factFiles / 1024:N0} KB of text on average; the one-file edit is of {targetPath}"));

        var subjects = new List<Subject> { real };
        subjects.Add(new Subject("floor: 1 step, tiny sources", Driver(new StandIn(1, 0, null)), input, target, edited));
        foreach (int steps in stepCounts)
        {
            subjects.Add(new Subject($"per file, {steps} steps", Driver(new StandIn(steps, 0, bodies)), input, target, edited) { Steps = steps });
            foreach (int groups in groupCounts)
                subjects.Add(new Subject($"G={groups}, {steps} steps", Driver(new StandIn(steps, groups, bodies)), input, target, edited) { Groups = groups, Steps = steps });
        }
        GeneratorDriver Driver(StandIn generator) =>
            CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, input.Texts, parseOptions, optionsProvider: null,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false))
                .RunGenerators(input.Compilation);

        // The source the one-file edit hands the compiler again, per shape: the file's own, or its group's.
        var perFileSubject = subjects.First(s => s.Groups == 0 && s.Steps > 0);
        var reparses = new List<(int Groups, SourceText Text, int Files)>
        {
            (0, perFileSubject.SourceAfterFileEdit(HintOf(targetPath)), 1),
        };
        foreach (int groups in groupCounts)
        {
            var grouped = subjects.First(s => s.Groups == groups);
            int group = GroupOf(targetPath, groups);
            int files = input.Texts.Count(t => IsFactFile(t.Path) && GroupOf(Relative(t.Path), groups) == group);
            reparses.Add((groups, grouped.SourceAfterFileEdit(GroupHint(group)), files));
        }
        bool lazy = !perFileSubject.Driver.GetRunResult().GeneratedTrees.First().TryGetRoot(out _);
        // FactModel's own group after the edit, parsed as it is generated (its files' cached texts read in place) and
        // as one flat text of the same characters: what reading the texts in place costs the compiler's parse.
        string realHint = realResult.GeneratedSources.Single(s => s.SourceText.ToString().Contains($"// From {targetPath}.\n", StringComparison.Ordinal)).HintName;
        var realGroup = real.SourceAfterFileEdit(realHint);
        var flatGroup = SourceText.From(realGroup.ToString(), Encoding.UTF8);
        int realGroupFiles = realGroup.ToString().Split('\n').Count(line => line.StartsWith("// From ", StringComparison.Ordinal));

        // What each edit hands the compiler anew (sources whose text is not the previous run's), to check the shapes.
        var reEmitted = subjects.Select(s => (CSharp: s.ReEmitted(s.CSharpEdit), File: s.ReEmitted(s.FileEdit))).ToList();

        var actions = new List<Action>();
        foreach (var subject in subjects)
        {
            actions.Add(subject.CSharpEdit);
            actions.Add(subject.FileEdit);
        }
        foreach (var (_, text, _) in reparses)
            actions.Add(() => CSharpSyntaxTree.ParseText(text, parseOptions).GetRoot());
        actions.Add(() => CSharpSyntaxTree.ParseText(realGroup, parseOptions).GetRoot());
        actions.Add(() => CSharpSyntaxTree.ParseText(flatGroup, parseOptions).GetRoot());
        // Collections during each action's runs (warm-ups included), of any generation and full ones: the pause of a
        // collection falls on the run that allocated past the budget, so the runs that allocate more pay more of them.
        var collections = new int[actions.Count];
        var fullCollections = new int[actions.Count];
        var counted = actions.Select((action, i) => (Action)(() =>
        {
            int before = GC.CollectionCount(0), fullBefore = GC.CollectionCount(2);
            action();
            collections[i] += GC.CollectionCount(0) - before;
            fullCollections[i] += GC.CollectionCount(2) - fullBefore;
        })).ToArray();
        const int Warmups = 3;
        GC.Collect();
        var samples = Interleaved(Warmups, runs, counted);
        string Collections(int action) => string.Create(CultureInfo.InvariantCulture, $"{(double)collections[action] / (Warmups + runs),4:0.0}/{fullCollections[action],-2}");

        string Cell(List<Sample> s) => string.Create(CultureInfo.InvariantCulture,
            $"{MedianTime(s),7:0.000} {MedianCpu(s),7:0.000} {MedianBytes(s) / 1024,8:N0}");
        Console.WriteLine($"  {"shape",-38} {"sources",7} {"group",5} | {"C#-only edit: ms",16} {"CPU",7} {"KB",8} {"x",5} {"new",3} {"GCs",7} | {"one-file edit: ms",17} {"CPU",7} {"KB",8} {"x",5} {"new",3} {"GCs",7} | {"reparse ms",10}");
        for (int i = 0; i < subjects.Count; i++)
        {
            var subject = subjects[i];
            // Ratios against the per-file shape with as many per-file steps (the real generator and the floor: against 39 steps, or the last).
            int baseline = subjects.FindIndex(s => s.Groups == 0 && s.Steps == (subject.Steps > 0 ? subject.Steps : stepCounts[^1]));
            var (cs, file) = (samples[2 * i], samples[2 * i + 1]);
            var (baseCs, baseFile) = (samples[2 * baseline], samples[2 * baseline + 1]);
            int sources = subject.Driver.GetRunResult().GeneratedTrees.Length;
            int reparse = subject.Steps > 0 ? reparses.FindIndex(r => r.Groups == subject.Groups) : -1;
            string group = subject.Groups > 0 ? reparses[reparse].Files.ToString(CultureInfo.InvariantCulture) : "1";
            string reparseCell = reparse >= 0 ? MedianTime(samples[2 * subjects.Count + reparse]).ToString("0.000", CultureInfo.InvariantCulture) : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {subject.Name,-38} {sources,7} {group,5} | {"",9}{Cell(cs)} {MedianTime(cs) / MedianTime(baseCs),5:0.00} {reEmitted[i].CSharp,3} {Collections(2 * i)} | {"",10}{Cell(file)} {MedianTime(file) / MedianTime(baseFile),5:0.00} {reEmitted[i].File,3} {Collections(2 * i + 1)} | {reparseCell,10}"));
        }
        Console.WriteLine($"  ms, CPU: medians of {runs} runs; KB: median allocated; x: median time against the per-file shape with as many steps (FactModel and the floor: against the last);");
        Console.WriteLine($"  new: sources whose text the edit made anew (checked once, before timing); GCs: collections per run / full collections in all {Warmups + runs} runs; group: the files in the edited file's source;");
        Console.WriteLine($"  reparse: the compiler's parse of that source after the edit, not in the driver's time (the driver's trees are parsed lazily: {(lazy ? "yes" : "no")}).");
        int realParse = 2 * subjects.Count + reparses.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  FactModel's source after the one-file edit, {realHint} ({realGroupFiles} files): reparse {MedianTime(samples[realParse]):0.000} ms as generated, {MedianTime(samples[realParse + 1]):0.000} ms as one flat text."));
    }

    private static bool IsFactFile(string path) => path.EndsWith(".yaml", StringComparison.Ordinal);

    /// <summary>
    /// Each fact file's source as a source of its own, by its per-file hint name (<see cref="HintOf"/>), cut from the
    /// output groups FactModel generates: its group's header, then its namespace block (from the comment that names the
    /// file to the next file's). The stand-ins need the size and shape of each file's text, which this keeps.
    /// </summary>
    private static Dictionary<string, string> BodiesOf(ImmutableArray<GeneratedSourceResult> sources)
    {
        const string Marker = "// From ";
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in sources.Where(s => s.HintName.StartsWith("FactGroup.", StringComparison.Ordinal)))
        {
            string text = source.SourceText.ToString();
            int start = text.IndexOf(Marker, StringComparison.Ordinal);
            string header = text.Substring(0, start);
            while (start >= 0)
            {
                int next = text.IndexOf("\n" + Marker, start, StringComparison.Ordinal);
                string block = next < 0 ? text.Substring(start) : text.Substring(start, next + 1 - start);
                string path = block.Substring(Marker.Length, block.IndexOf('\n') - Marker.Length).TrimEnd('.');
                bodies.Add(HintOf(path), header + block);
                start = next < 0 ? -1 : next + 1;
            }
        }
        return bodies;
    }

    private static string Relative(string path) => path.StartsWith(CorpusCompilation.ProjectDirectory, StringComparison.Ordinal)
        ? path.Substring(CorpusCompilation.ProjectDirectory.Length) : path;

    /// <summary>FactModel's hint name of a fact file of the corpus (whose paths have no '_' and no characters to escape).</summary>
    private static string HintOf(string relativePath) => relativePath.Replace('/', '_') + ".g.cs";

    private static string GroupHint(int group) => string.Create(CultureInfo.InvariantCulture, $"FactGroup{group:D3}.g.cs");

    /// <summary>A file's group: FNV-1a (32 bits) of its project-relative path, mod <paramref name="groups"/>. Stable
    /// across processes and checkouts, unlike <c>string.GetHashCode</c>.</summary>
    private static int GroupOf(string relativePath, int groups)
    {
        uint hash = 2166136261;
        foreach (char c in relativePath)
        {
            hash = (hash ^ c) * 16777619;
        }
        return (int)(hash % (uint)groups);
    }

    /// <summary>A warm driver, edited in two ways that alternate between two versions each: the user's syntax tree, and one fact file.</summary>
    private sealed class Subject
    {
        private readonly SyntaxTree[] _trees = { null!, CorpusCompilation.UserCode("2") };
        private readonly AdditionalText[] _texts;
        private Compilation _compilation;
        private int _csharpEdits, _fileEdits;

        public Subject(string name, GeneratorDriver warm, CorpusCompilation input, AdditionalText target, AdditionalText edited)
        {
            Name = name;
            Driver = warm;
            _compilation = input.Compilation;
            _trees[0] = _compilation.SyntaxTrees.Single();
            _texts = new[] { target, edited };
        }

        public string Name { get; }

        public int Groups { get; init; }

        public int Steps { get; init; }

        public GeneratorDriver Driver { get; private set; }

        public void CSharpEdit()
        {
            var (from, to) = (_trees[_csharpEdits % 2], _trees[1 - _csharpEdits % 2]);
            _csharpEdits++;
            _compilation = _compilation.ReplaceSyntaxTree(from, to);
            Driver = Driver.RunGenerators(_compilation);
        }

        public void FileEdit()
        {
            var (from, to) = (_texts[_fileEdits % 2], _texts[1 - _fileEdits % 2]);
            _fileEdits++;
            Driver = Driver.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
        }

        /// <summary>Runs <paramref name="edit"/> once (untimed) and counts the sources whose text is not one of the run before's.</summary>
        public int ReEmitted(Action edit)
        {
            var before = Driver.GetRunResult().GeneratedTrees.Select(t => t.GetText()).ToHashSet(ReferenceEqualityComparer.Instance);
            edit();
            return Driver.GetRunResult().GeneratedTrees.Count(t => !before.Contains(t.GetText()));
        }

        /// <summary>Edits the file once (untimed) and returns the source <paramref name="hintName"/> it was given.</summary>
        public SourceText SourceAfterFileEdit(string hintName)
        {
            FileEdit();
            return Driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith(Path.DirectorySeparatorChar + hintName, StringComparison.Ordinal)).GetText();
        }
    }

    /// <summary>One step's value for a file: its text, by reference (an edit replaces it), and how many steps it went through.</summary>
    private sealed record Step(string Path, SourceText Text, int Index);

    /// <summary>
    /// What the emit step gives for a fact file: its hint name, its group, a stamp that an edit changes (the length of
    /// its YAML), and its text (FactModel's text for the file, or with no bodies a tiny one); compared by value, the
    /// text by reference first.
    /// </summary>
    private sealed record Emitted(string Hint, int Group, int Stamp, string Body)
    {
        public string Header => string.Create(CultureInfo.InvariantCulture, $"// {Hint} {Stamp}\n");

        /// <summary>Where the text's namespace starts: a group keeps the first file's usings and every file from its namespace on.</summary>
        public int NamespaceStart { get; } = Body.IndexOf("\nnamespace ", StringComparison.Ordinal) + 1;
    }

    /// <summary>One output group: its index and its files' emitted texts, in the order of the additional files.</summary>
    private sealed class Group(int index, ImmutableArray<Emitted> members) : IEquatable<Group>
    {
        public int Index { get; } = index;

        public ImmutableArray<Emitted> Members { get; } = members;

        public bool Equals(Group? other) => other is not null && Index == other.Index && Members.AsSpan().SequenceEqual(other.Members.AsSpan());

        public override bool Equals(object? obj) => Equals(obj as Group);

        public override int GetHashCode() => HashCode.Combine(Index, Members.Length);

        /// <summary>The group's source: each file's stamp, then the first file's text whole and the others' from their namespace on.</summary>
        public SourceText Text() => SegmentReader.Text(Members.SelectMany((m, i) => new[] { (m.Header, 0), (m.Body, Start(i)) }).ToArray());

        private int Start(int member) => member == 0 ? 0 : Members[member].NamespaceStart;
    }

    /// <summary>
    /// A generator of <c>steps</c> per-file nodes and one source per fact file (<c>groups</c> = 0) or per group of
    /// fact files; the sources are <c>bodies</c>' texts (FactModel's, by hint name), or tiny without them.
    /// </summary>
    private sealed class StandIn(int steps, int groups, IReadOnlyDictionary<string, string>? bodies) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<Emitted?> emitted;
            if (steps == 1)
            {
                emitted = context.AdditionalTextsProvider.Select((text, ct) => Emit(text.Path, text.GetText(ct)!));
            }
            else
            {
                var chain = context.AdditionalTextsProvider.Select((text, ct) => new Step(text.Path, text.GetText(ct)!, 1));
                if (steps >= 3) chain = chain.Where(step => IsFactFile(step.Path));
                for (int i = steps >= 3 ? 3 : 2; i < steps; i++) chain = chain.Select((step, _) => step with { Index = step.Index + 1 });
                emitted = chain.Select((step, _) => Emit(step.Path, step.Text));
            }

            if (groups == 0)
            {
                context.RegisterSourceOutput(emitted, (spc, file) =>
                {
                    if (file is not null) spc.AddSource(file.Hint, SegmentReader.Text(new[] { (file.Header, 0), (file.Body, 0) }));
                });
                return;
            }
            var grouped = emitted.Collect().SelectMany((files, _) => GroupsOf(files, groups));
            context.RegisterSourceOutput(grouped, (spc, group) => spc.AddSource(GroupHint(group.Index), group.Text()));
        }

        private Emitted? Emit(string path, SourceText text)
        {
            if (!IsFactFile(path)) return null;
            string relative = Relative(path);
            string hint = HintOf(relative);
            string body = bodies is null ? $"// {relative}\n" : bodies[hint];
            return new Emitted(hint, groups == 0 ? 0 : GroupOf(relative, groups), text.Length, body);
        }

        private static ImmutableArray<Group> GroupsOf(ImmutableArray<Emitted?> files, int groups)
        {
            var members = new ImmutableArray<Emitted>.Builder?[groups];
            foreach (var file in files)
            {
                if (file is not null) (members[file.Group] ??= ImmutableArray.CreateBuilder<Emitted>()).Add(file);
            }
            var result = ImmutableArray.CreateBuilder<Group>(groups);
            for (int g = 0; g < groups; g++)
            {
                if (members[g] is { } list) result.Add(new Group(g, list.ToImmutable()));
            }
            return result.ToImmutable();
        }
    }

    /// <summary>
    /// Reads pieces of strings in a row (each from its start index), so that a source made of several texts goes to
    /// the compiler in chunks, as FactModel hands it a fact file's source (SourceWriter.ToSourceText): no string of the
    /// whole on the large object heap, for one file's source or a group's alike.
    /// </summary>
    private sealed class SegmentReader : TextReader
    {
        private readonly (string Text, int Start)[] _segments;
        private int _segment, _offset;

        private SegmentReader((string Text, int Start)[] segments)
        {
            _segments = segments;
            _offset = segments.Length > 0 ? segments[0].Start : 0;
        }

        public static SourceText Text((string Text, int Start)[] segments) =>
            SourceText.From(new SegmentReader(segments), segments.Sum(s => s.Text.Length - s.Start), Encoding.UTF8);

        public override int Peek() => Advance() ? _segments[_segment].Text[_offset] : -1;

        public override int Read() => Advance() ? _segments[_segment].Text[_offset++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            int read = 0;
            while (read < count && Advance())
            {
                string text = _segments[_segment].Text;
                int n = Math.Min(count - read, text.Length - _offset);
                text.CopyTo(_offset, buffer, index + read, n);
                _offset += n;
                read += n;
            }
            return read;
        }

        /// <summary>Moves past the pieces read to the end; false at the end of the last.</summary>
        private bool Advance()
        {
            while (_segment < _segments.Length && _offset >= _segments[_segment].Text.Length)
            {
                if (++_segment < _segments.Length) _offset = _segments[_segment].Start;
            }
            return _segment < _segments.Length;
        }
    }
}
