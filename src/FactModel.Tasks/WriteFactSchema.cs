using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FactModel.Tasks;

/// <summary>
/// Writes the project's own JSON Schema of fact files: the kinds' keys, and for every reference field the ids of the
/// project's facts of its kind, so that a YAML language server completes ids and flags one no fact has. The build's
/// target runs it only when a fact file changed (its inputs) since the schema was written (its output).
/// </summary>
public sealed class WriteFactSchema : Task
{
    /// <summary>The fact files (the project's <c>FactFile</c> items).</summary>
    [Required]
    public ITaskItem[] FactFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The schema file to write.</summary>
    [Required]
    public string SchemaFile { get; set; } = "";

    /// <inheritdoc/>
    public override bool Execute()
    {
        try
        {
            string schema = ProjectSchema.Of(FactFiles.Select(item => item.GetMetadata("FullPath")));
            string? folder = Path.GetDirectoryName(SchemaFile);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            File.WriteAllText(SchemaFile, schema, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Log.LogMessage(MessageImportance.Low, "FactModel: wrote the fact file schema to {0}", SchemaFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Editors lose completion, the build loses nothing: a warning, not an error.
            Log.LogWarning("FactModel could not write the fact file schema {0}: {1}", SchemaFile, e.Message);
        }
        return !Log.HasLoggedErrors;
    }
}
