namespace FactModel.Generator;

/// <summary>The names of the pipeline's steps, for tests that check what ran and what was cached.</summary>
public static class TrackingNames
{
    /// <summary>MSBuild options: namespace, limits, project directory.</summary>
    public const string Settings = nameof(Settings);
    /// <summary>Each AdditionalFile classified as a fact file, a source document or neither, and read: its text, severities, kind declarations or document.</summary>
    public const string InputFiles = nameof(InputFiles);
    /// <summary>Each fact file parsed into its model, and summarized: the parts the steps over every file read.</summary>
    public const string ParsedFactFiles = nameof(ParsedFactFiles);
    /// <summary>The fact models of the referenced assemblies (their ids, kinds and namespaces).</summary>
    public const string ReferencedModels = nameof(ReferencedModels);
    /// <summary>Every fact file's <c>kinds:</c> declarations (a file without one is not parsed for it).</summary>
    public const string KindDeclarations = nameof(KindDeclarations);
    /// <summary>The project's kinds: the built-in ones and the declared ones, checked (FM1010).</summary>
    public const string ProjectKinds = nameof(ProjectKinds);
    /// <summary>Every source document, normalized for quote matching.</summary>
    public const string SourceDocuments = nameof(SourceDocuments);
    /// <summary>The source documents by name, built once for every file's quotes.</summary>
    public const string DocumentsByName = nameof(DocumentsByName);
    /// <summary>Every fact file's ids, kinds and C# names, in order: what the directory is built from.</summary>
    public const string DirectoryFiles = nameof(DirectoryFiles);
    /// <summary>The facts every file can refer to: ids, kinds and C# names, without positions.</summary>
    public const string Directory = nameof(Directory);
    /// <summary>Severities set per fact file in .editorconfig (<c>factmodel_diagnostic.FMxxxx.severity</c>).</summary>
    public const string Severities = nameof(Severities);
    /// <summary>The size of the string literals the model needs, against the assembly's limit.</summary>
    public const string StringLiterals = nameof(StringLiterals);
    /// <summary>Every fact file's ids, with their kinds, C# names and positions: what the id rules read.</summary>
    public const string IdSummaries = nameof(IdSummaries);
    /// <summary>Every fact file's edges (part-of, within, of, after, before): what the cycle rules read.</summary>
    public const string EdgeSummaries = nameof(EdgeSummaries);
    /// <summary>Every fact file's dated events and roles: what the date rules read.</summary>
    public const string DateSummaries = nameof(DateSummaries);
    /// <summary>Unique ids and C# names (FM1005, FM1007), over every file's ids; and the index of definitions.</summary>
    public const string IdRules = nameof(IdRules);
    /// <summary>Each id's definition: its section and file, without positions.</summary>
    public const string DefinitionIndex = nameof(DefinitionIndex);
    /// <summary>Each file's references against the definitions (FM2001, FM2002).</summary>
    public const string ReferenceRules = nameof(ReferenceRules);
    /// <summary>No cycles in part-of, within, of, after, before (FM2003), over every file's edges.</summary>
    public const string CycleRules = nameof(CycleRules);
    /// <summary>Dates that agree (FM2004), over every file's dated events and roles.</summary>
    public const string DateRules = nameof(DateRules);
    /// <summary>Figures that add up (FM2005), values over time (FM2006, FM2007): one file at a time, against the values of the wholes its figures name.</summary>
    public const string FigureRules = nameof(FigureRules);
    /// <summary>Every fact file's ids its figures name as their whole.</summary>
    public const string NamedWholes = nameof(NamedWholes);
    /// <summary>The ids some figure names as its whole.</summary>
    public const string WholeIds = nameof(WholeIds);
    /// <summary>Every fact file's figures that are wholes.</summary>
    public const string WholesInFiles = nameof(WholesInFiles);
    /// <summary>The wholes figures are part of, with their values: what the figure rules of one file read of the others.</summary>
    public const string Wholes = nameof(Wholes);
    /// <summary>Each file's figures with the values of the wholes they name: what that file's figure rules read of the others.</summary>
    public const string WholeValues = nameof(WholeValues);
    /// <summary>Each fact file's generated text (its namespace block), kept from run to run.</summary>
    public const string EmittedFactFiles = nameof(EmittedFactFiles);
    /// <summary>The fact files' texts in the groups that share a generated source, each group with its files in order.</summary>
    public const string OutputGroups = nameof(OutputGroups);
    /// <summary>Every chunk of the model, group by group, with its count: what the catalog lists; equal after a value edit.</summary>
    public const string ChunkLayout = nameof(ChunkLayout);
    /// <summary>Each file's sources and quotes, against the documents.</summary>
    public const string SourceValidation = nameof(SourceValidation);
}
