using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using FactModel.Cli.Input;

namespace FactModel.Cli.Export.Html;

/// <summary>
/// Writes the site's files into the <c>--out</c> folder. The folder must be new, empty, or hold an earlier export:
/// the list of the files each export wrote (<see cref="Manifest"/>) lets the next one remove exactly those, so that
/// pages of facts since deleted do not linger, and nothing else in the folder is ever deleted.
/// </summary>
internal sealed class SiteWriter
{
    public const string Manifest = "factmodel-site.txt";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _root;
    private readonly string _display;
    private readonly List<string> _written = new();

    public SiteWriter(string root, string display)
    {
        _root = root;
        _display = display;
        Guard(() =>
        {
            if (File.Exists(root)) throw new InputException($"'{display}' is a file; --out for the html format is a folder");
            if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
            {
                string manifest = Path.Combine(root, Manifest);
                if (!File.Exists(manifest))
                    throw new InputException($"'{display}' is not empty and holds no earlier export ({Manifest}); give a new or empty folder");
                foreach (string line in File.ReadAllLines(manifest))
                {
                    // Only what an export writes: a page of the site, never a path out of the folder.
                    if (IsSitePath(line)) File.Delete(Path.Combine(root, line));
                }
            }
            Directory.CreateDirectory(Path.Combine(root, "facts"));
            Directory.CreateDirectory(Path.Combine(root, "documents"));
        });
    }

    /// <summary>How many pages were written.</summary>
    public int Count => _written.Count;

    public void Write(string path, string html)
    {
        Guard(() => File.WriteAllText(Path.Combine(_root, path), html, Utf8));
        _written.Add(path);
    }

    /// <summary>Writes the list of the files written, for the next export.</summary>
    public void Finish() =>
        Guard(() => File.WriteAllText(Path.Combine(_root, Manifest), string.Concat(_written.Order(StringComparer.Ordinal).Select(p => p + "\n")), Utf8));

    private static bool IsSitePath(string path) =>
        path.EndsWith(".html", StringComparison.Ordinal) && !path.Contains("..", StringComparison.Ordinal)
        && path.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '/') && !path.StartsWith('/');

    private void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            throw new InputException($"cannot write '{_display}': {e.Message}");
        }
    }
}
