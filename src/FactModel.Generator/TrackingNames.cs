namespace FactModel.Generator;

/// <summary>The names of the pipeline's steps, for tests that check what ran and what was cached.</summary>
public static class TrackingNames
{
    /// <summary>MSBuild options: namespace, limits, project directory.</summary>
    public const string Settings = nameof(Settings);
    /// <summary>Each AdditionalFile classified as a fact file, a source document or neither, with its text.</summary>
    public const string InputFiles = nameof(InputFiles);
    /// <summary>Each fact file parsed into its model.</summary>
    public const string ParsedFactFiles = nameof(ParsedFactFiles);
    /// <summary>Each source document, normalized for quote matching.</summary>
    public const string SourceDocuments = nameof(SourceDocuments);
    /// <summary>The facts every file can refer to: ids, kinds and C# names, without positions.</summary>
    public const string Directory = nameof(Directory);
    /// <summary>Severities set per fact file in .editorconfig (<c>factmodel_diagnostic.FMxxxx.severity</c>).</summary>
    public const string Severities = nameof(Severities);
    /// <summary>The size of the string literals the model needs, against the assembly's limit.</summary>
    public const string StringLiterals = nameof(StringLiterals);
    /// <summary>The rules between facts, over all files.</summary>
    public const string Validation = nameof(Validation);
    /// <summary>Each file's sources and quotes, against the documents.</summary>
    public const string SourceValidation = nameof(SourceValidation);
}
