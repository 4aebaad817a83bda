using System.Collections.Immutable;
using FactModel.Generator.Pipeline;
using FactModel.Generator.Tests.Infrastructure;

namespace FactModel.Generator.Tests;

/// <summary>
/// The fact files share a few generated sources (output groups): a file's group depends on its path relative to the
/// project and the number of files only, so the sources are the same whatever the order of the inputs or the checkout.
/// </summary>
public class OutputGroupTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(20, 8)]
    [InlineData(100, 32)]
    [InlineData(500, 128)]
    [InlineData(513, 256)]
    public void The_groups_are_a_power_of_two_of_at_most_four_files_each_on_average(int files, int groups)
    {
        OutputGroups.CountFor(files).ShouldBe(groups);
    }

    [Fact]
    public void A_files_group_is_the_fnv_1a_hash_of_its_path_so_it_never_changes_between_processes()
    {
        // FNV-1a (32 bits) of "a" is 0xE40C292C (3826002220); of "", the offset basis 2166136261.
        OutputGroups.GroupOf("a", 1 << 30).ShouldBe((int)(3826002220u % (1u << 30)));
        OutputGroups.GroupOf("", 128).ShouldBe((int)(2166136261u % 128));
        OutputGroups.GroupOf("facts/actors.yaml", 128).ShouldBe(92);
    }

    [Fact]
    public void A_file_whose_emit_fails_becomes_FM9001_carried_by_its_group_beside_the_files_that_emitted()
    {
        // No directory: the emitter fails on its first fact, as an unexpected bug would.
        var file = FactModel.Core.FactSetAnalysis.Parse("/project/facts/a.yaml", "places:\n  - id: gaza\n    name: Gaza\n",
            FactModel.Core.Yaml.FactFileLimits.Default, TestContext.Current.CancellationToken, FactModel.Core.Kinds.ProjectKinds.BuiltIn);
        var broken = new ModelParts(null!, FactModel.Core.Kinds.ProjectKinds.BuiltIn, FactModel.Core.Model.ReferencedModels.None);
        var settings = new GeneratorSettings("Consumer.Facts", Internal: false, "/project/");

        var failed = FactModelGenerator.EmitFactFile(file, broken, settings, TestContext.Current.CancellationToken);

        failed.Text.ShouldBeNull();
        failed.Error.ShouldNotBeNull().Id.ShouldBe("FM9001");
        failed.Error.FilePath.ShouldBe("/project/facts/a.yaml");
        failed.HasOutput.ShouldBeTrue();
        // Its group keeps it, so that the group's output reports the error; a file that emitted is kept beside it.
        var other = new EmittedFactFile("facts/b.yaml", Microsoft.CodeAnalysis.Text.SourceText.From("namespace Consumer.Facts { }"));
        var files = OutputGroups.Of(ImmutableArray.Create(failed, other), TestContext.Current.CancellationToken).SelectMany(g => g.Files).ToList();
        files.ShouldContain(failed);
        files.ShouldContain(other);
    }

    [Fact]
    public void A_catalog_whose_file_failed_to_emit_gives_no_order_by_id_so_the_runtime_library_sorts()
    {
        const string A = "places:\n  - id: gaza\n    name: Gaza\n", B = "places:\n  - id: beirut\n    name: Beirut\n";
        var run = new GeneratorHarness(new[] { InputText.Facts("facts/a.yaml", A), InputText.Facts("facts/b.yaml", B) }).Run();
        var model = new ModelParts((FactModel.Core.Model.FactDirectory)run.TrackedSteps[TrackingNames.Directory].Single().Outputs.Single().Value,
            FactModel.Core.Kinds.ProjectKinds.BuiltIn, FactModel.Core.Model.ReferencedModels.None);
        var broken = model with { Facts = null! };
        var settings = new GeneratorSettings("Consumer.Facts", Internal: false, "/project/");
        var ct = TestContext.Current.CancellationToken;
        EmittedFactFile Emit(string name, string yaml, ModelParts parts) => FactModelGenerator.EmitFactFile(
            FactModel.Core.FactSetAnalysis.Parse("/project/facts/" + name, yaml, FactModel.Core.Yaml.FactFileLimits.Default, ct, FactModel.Core.Kinds.ProjectKinds.BuiltIn), parts, settings, ct);
        string Catalog(params EmittedFactFile[] files) =>
            FactModel.Generator.Emit.CatalogEmitter.Emit(model, ChunkLayout.Of(OutputGroups.Of(ImmutableArray.Create(files), ct)), settings, ct).ToString();

        // Both files emitted: the catalog gives the order by id (beirut in b.yaml, then gaza in a.yaml) before the chunks.
        string whole = Catalog(Emit("a.yaml", A, model), Emit("b.yaml", B, model));
        whole.ShouldContain("Fm.FactData.Index(\n                @\"");
        // a.yaml failed (FM9001): its chunk is not in the layout, so no place can be given for gaza, and no order is.
        string withoutA = Catalog(Emit("a.yaml", A, broken), Emit("b.yaml", B, model));
        withoutA.ShouldNotContain("@\"");
        withoutA.ShouldContain("Fm.FactData.Index(\n                Group");
    }

    private static IEnumerable<InputText> Files(int count, string projectDirectory = InputText.ProjectDirectory) =>
        Enumerable.Range(0, count).Select(i => InputText.Facts($"facts/part{i / 10}/file{i}.yaml",
            $"places:\n  - id: place-{i}\n    name: Place {i}\n  - id: town-{i}\n    name: Town {i}\n", projectDirectory));

    private static SortedDictionary<string, string> Generate(IEnumerable<InputText> inputs, string projectDirectory = InputText.ProjectDirectory) =>
        new(new GeneratorHarness(inputs, projectDirectory: projectDirectory).Run().GeneratedSources
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal), StringComparer.Ordinal);

    [Fact]
    public void Forty_files_make_sixteen_groups_at_most_each_file_in_one_in_the_order_of_their_paths()
    {
        var harness = new GeneratorHarness(Files(40));
        var result = harness.Run();

        harness.CompilationDiagnostics().ShouldBeEmpty(Snapshots.Describe(harness.CompilationDiagnostics()));
        var groups = result.GeneratedSources.Where(s => s.HintName.StartsWith("FactGroup.", StringComparison.Ordinal)).ToList();
        groups.Count.ShouldBeInRange(2, 16);
        foreach (var group in groups)
        {
            string text = group.SourceText.ToString();
            // One header, then the files' blocks by path.
            text.ShouldStartWith("// <auto-generated/>\n");
            text.Split("// <auto-generated/>").Length.ShouldBe(2);
            text.Split("#nullable enable").Length.ShouldBe(2);
            var paths = text.Split('\n').Where(line => line.StartsWith("// From ", StringComparison.Ordinal)).ToList();
            paths.ShouldNotBeEmpty();
            paths.ShouldBe(paths.Order(StringComparer.Ordinal).ToList());
        }
        for (int i = 0; i < 40; i++)
        {
            string path = $"facts/part{i / 10}/file{i}.yaml";
            result.SourceOf(path).HintName.ShouldBe($"FactGroup.{OutputGroups.GroupOf(path, 16):D3}.g.cs");
            result.BlockOf(path).ShouldContain($"public static Fm.Place Place{i} =>");
        }
    }

    [Fact]
    public void The_order_of_the_files_and_the_checkout_do_not_change_a_byte()
    {
        var forward = Generate(Files(40));
        var reversed = Generate(Files(40).Reverse());
        var elsewhere = Generate(Files(40, "/builds/agent-7/work/app/"), "/builds/agent-7/work/app/");

        reversed.ShouldBe(forward);
        elsewhere.ShouldBe(forward);
    }
}
