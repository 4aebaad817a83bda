namespace FactModel.Core.Yaml;

/// <summary>
/// Resource limits that keep a hostile or broken fact file from exhausting the compiler: input over a limit is
/// reported as FM1008 and not read further. Each limit can be raised through an MSBuild property.
/// </summary>
public sealed record FactFileLimits
{
    /// <summary>The defaults: 32 MiB of text per file, nesting 64 deep, 100,000 nodes reached through aliases.</summary>
    public static FactFileLimits Default { get; } = new();

    /// <summary>The largest file, in characters (MSBuild property <c>FactModelMaxFileSize</c>).</summary>
    public int MaxFileSize { get; init; } = 32 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and lists (MSBuild property <c>FactModelMaxDepth</c>).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most nodes that aliases may expand to in one file (MSBuild property <c>FactModelMaxAliasExpansion</c>).</summary>
    public int MaxAliasExpansion { get; init; } = 100_000;
}
