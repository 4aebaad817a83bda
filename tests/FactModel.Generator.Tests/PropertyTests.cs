using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using CsCheck;
using FactModel.Core.Parsing;
using FactModel.Generator.Tests.Infrastructure;
using FactModel.Specs;
using FactModel.Validation;

namespace FactModel.Generator.Tests;

/// <summary>
/// Property-based tests (CsCheck): random valid fact files generate code that compiles and holds exactly the values
/// written; random mutations of valid files give diagnostics, never an exception, in bounded time.
/// </summary>
public class PropertyTests
{
    /// <summary>Characters that stress escaping: quotes, backslashes, braces, line and paragraph separators, bidi controls.</summary>
    private static readonly string HostileChars = "aZ09 \"'\\{}$#/*<>&\t\n\u00e9\u4e2d\u0645\u2028\u2029\u202E\u200F\u0085\u0007";

    private static readonly Gen<string> Text = Gen.String[Gen.Char[HostileChars], 1, 30];

    private static readonly Gen<decimal> Number = Gen.Select(Gen.Long[0, 10_000_000_000L], Gen.Int[0, 4],
        (n, scale) => new decimal(n) / (decimal)Math.Pow(10, scale));

    private sealed record RandomPlace(string Name, string Description);

    private sealed record RandomFigure(string Measure, decimal Value, string Unit);

    private static readonly Gen<(RandomPlace[] Places, RandomFigure[] Figures)> Model =
        Gen.Select(
            Gen.Select(Text, Text, (n, d) => new RandomPlace(n, d)).Array[1, 6],
            Gen.Select(Text, Number, Text, (m, v, u) => new RandomFigure(m, v, u)).Array[0, 6]);

    [Fact]
    public void Random_valid_models_compile_and_hold_exactly_the_values_written()
    {
        Model.Sample(model =>
        {
            var yaml = new StringBuilder("places:\n");
            for (int i = 0; i < model.Places.Length; i++)
                yaml.Append($"  - id: place-{i}\n    name: {Quote(model.Places[i].Name)}\n    description: {Quote(model.Places[i].Description)}\n");
            yaml.Append("figures:\n");
            for (int i = 0; i < model.Figures.Length; i++)
                yaml.Append($"  - id: figure-{i}\n    measure: {Quote(model.Figures[i].Measure)}\n    value: {model.Figures[i].Value.ToString(CultureInfo.InvariantCulture)}\n    unit: {Quote(model.Figures[i].Unit)}\n");

            var harness = new GeneratorHarness(new[] { InputText.Facts("facts/random.yaml", yaml.ToString()) });
            var result = harness.Run();
            result.Diagnostics.Where(d => d.Id != "FM3003").ShouldBeEmpty(yaml.ToString());
            harness.CompilationDiagnostics().ShouldBeEmpty(yaml.ToString());

            var assembly = Load(harness);
            for (int i = 0; i < model.Places.Length; i++)
            {
                var place = (Place)Fact(assembly, "Places", $"Place{i}");
                place.Name.ShouldBe(model.Places[i].Name);
                place.Description.ShouldBe(model.Places[i].Description);
            }
            for (int i = 0; i < model.Figures.Length; i++)
            {
                var figure = (Figure)Fact(assembly, "Figures", $"Figure{i}");
                figure.Measure.ShouldBe(model.Figures[i].Measure);
                figure.Value.Value.ShouldBe(model.Figures[i].Value);
                figure.Value.Unit.ShouldBe(model.Figures[i].Unit);
            }
        }, iter: 30);
    }

    [Fact]
    public void Any_text_and_number_round_trip_through_the_data_the_model_is_compiled_from()
    {
        // Every UTF-16 unit, lone surrogates and the format's own separator and escape included.
        Gen.Select(Gen.String[Gen.Char, 0, 40], Gen.String[Gen.Char, 1, 40], Number).Sample((text, name, value) =>
        {
            var spec = new FigureSpec
            {
                Id = "f", Measure = name, Value = Quantity.Of(value, Qualifier.About, text), Notes = text,
                Sources = new[] { new SourceSpec(name, default, text, default) }.ToEquatableArray(),
            };
            string data = FactModel.Data.FactDataWriter.Write(spec, (_, _) => true);

            var figure = (Figure)FactData.Read(1, _ => null, Encoding.UTF8.GetBytes(data))[0];

            figure.Measure.ShouldBe(name);
            figure.Notes.ShouldBe(text);
            figure.Value.Unit.ShouldBe(text);
            figure.Value.Value.ShouldBe(value);
            figure.Value.Value!.Value.Scale.ShouldBe(value.Scale);
            figure.Sources[0].Document.ShouldBe(name);
            figure.Sources[0].Quote.ShouldBe(text);
        }, iter: 2000);
    }

    private static readonly string ValidFile = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Inputs", "Features", "events.valid.yaml"));

    private static readonly Gen<string> Mutated = Gen.Int[0, 5].SelectMany(kind => kind switch
    {
        0 => Gen.Int[0, ValidFile.Length - 1].Select(cut => ValidFile.Substring(0, cut)),
        1 => Gen.Select(Gen.Int[0, ValidFile.Length - 1], Gen.Char, (at, c) => ValidFile.Substring(0, at) + c + ValidFile.Substring(at)),
        2 => Gen.Int[0, Lines.Length - 1].Select(line => string.Join("\n", Lines.Where((_, i) => i != line))),
        3 => Gen.Int[0, Lines.Length - 1].Select(line => string.Join("\n", Lines.SelectMany((l, i) => i == line ? new[] { l, l } : new[] { l }))),
        4 => Gen.Select(Gen.Int[0, Lines.Length - 1], Gen.Int[-3, 3], (line, shift) =>
            string.Join("\n", Lines.Select((l, i) => i != line ? l : shift > 0 ? new string(' ', shift) + l : l.Substring(Math.Min(-shift, l.Length - l.TrimStart().Length))))),
        _ => Gen.Select(Gen.Int[0, ValidFile.Length - 1], Gen.Byte, (at, b) => ValidFile.Substring(0, at) + (char)b + ValidFile.Substring(at + 1)),
    });

    private static string[] Lines => ValidFile.Split('\n');

    [Fact]
    public void Random_mutations_of_a_valid_file_give_diagnostics_never_exceptions()
    {
        string article = File.ReadAllText(RepositoryFiles.Path("seeds/blinken-arrives-in-israel.txt"));
        var documents = new[] { SourceDocument.FromText("article", "article.txt", article) };
        Mutated.Sample(text =>
        {
            var watch = Stopwatch.StartNew();
            var parsed = FactFileParser.Parse("mutated.yaml", text);
            FactModel.Core.FactSetAnalysis.Validate(new[] { parsed }, documents);
            // Bounded: a small file never takes long, whatever it holds (a generous bound, not a benchmark).
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        }, iter: 2_000);
    }

    [Fact]
    public void Random_mutations_never_make_the_generator_throw_or_emit_code_that_does_not_compile()
    {
        var article = InputText.Document("article", File.ReadAllText(RepositoryFiles.Path("seeds/blinken-arrives-in-israel.txt")));
        Mutated.Sample(text =>
        {
            var harness = new GeneratorHarness(new[] { InputText.Facts("facts/mutated.yaml", text), article });
            harness.Run();
            harness.CompilationDiagnostics().ShouldBeEmpty(text);
        }, iter: 60);
    }

    /// <summary>A YAML double-quoted scalar that holds exactly <paramref name="value"/>.</summary>
    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (char c in value)
        {
            if (c == '"' || c == '\\') quoted.Append('\\').Append(c);
            else if (c < 0x20 || c is '\u0085' or '\u2028' or '\u2029' or '\u202E' or '\u200F') quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }

    private static Assembly Load(GeneratorHarness harness)
    {
        using var stream = new MemoryStream();
        harness.Output!.Emit(stream).Success.ShouldBeTrue();
        stream.Position = 0;
        return new AssemblyLoadContext("random-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }

    private static object Fact(Assembly assembly, string section, string name) =>
        assembly.GetType("Consumer.Facts." + section)!.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
