using System;
using System.IO;

namespace FactModel.Cli.Input;

/// <summary>
/// One <c>--references</c> value: the fact files (a file or a folder) of a model the facts being read refer to, and
/// the name messages give that model. <c>NAME=PATH</c> names it (<c>Shared=../Shared/facts</c>, so that messages say
/// what the build says of the assembly <c>Shared</c>); a plain path is named by itself, as the tool prints paths.
/// </summary>
/// <param name="Name">The model's name in messages (FM1005: "already used by the fact at NAME (a referenced fact model)").</param>
/// <param name="Path">The path as written.</param>
internal sealed record ReferenceOption(string Name, string Path)
{
    private static readonly string[] ProjectExtensions = [".csproj", ".fsproj", ".vbproj", ".proj", ".sln", ".slnx"];

    /// <summary>
    /// Reads <paramref name="value"/>: <c>NAME=PATH</c> when it has an <c>=</c> after a name without slashes and is
    /// not itself a file or folder that exists (a folder may be called <c>a=b</c>); else a path.
    /// </summary>
    public static ReferenceOption Parse(CliContext context, string value)
    {
        if (value.Trim().Length == 0) throw new InputException("--references needs the fact files or the folder of a referenced model");
        int equals = value.IndexOf('=', StringComparison.Ordinal);
        string name = equals > 0 ? value.Substring(0, equals).Trim() : "";
        if (name.Length > 0 && equals < value.Length - 1 && name.IndexOfAny(['/', '\\']) < 0 && !Exists(context, value))
            return Checked(new ReferenceOption(name, value.Substring(equals + 1)));
        string printed = context.DisplayPath(context.FullPath(value)).TrimEnd('/');
        return Checked(new ReferenceOption(printed.Length > 0 ? printed : value, value));
    }

    // An MSBuild project would otherwise be read as a fact file (a file named on the command line is read whatever its
    // extension), and its problems are not this check's to report: it would quietly stand for a model without facts.
    private static ReferenceOption Checked(ReferenceOption option)
    {
        foreach (string extension in ProjectExtensions)
        {
            if (option.Path.TrimEnd('/', '\\').EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                throw new InputException($"'{option.Path}' is a project file; --references takes the fact files of the referenced project, "
                    + "or their folder (for example Shared=../Shared/facts): factmodel does not read MSBuild projects");
            }
        }
        return option;
    }

    private static bool Exists(CliContext context, string path)
    {
        try
        {
            string full = context.FullPath(path);
            return File.Exists(full) || Directory.Exists(full);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }
}
