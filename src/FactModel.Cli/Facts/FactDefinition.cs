using FactModel.Cli.Input;
using FactModel.Specs;

namespace FactModel.Cli.Facts;

/// <summary>A fact as the model keeps it (the first definition of its id) and the file that defines it.</summary>
internal sealed record FactDefinition(FactSpec Fact, LoadedFactFile File)
{
    /// <summary>The fact's id.</summary>
    public string Id => Fact.Id;

    /// <summary>Where the fact's id is written, as MSBuild prints it: <c>facts/actors.yaml(3,9)</c>.</summary>
    public string Location => File.DisplayPath + Fact.IdSpan;
}
