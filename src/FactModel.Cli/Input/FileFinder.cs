using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using static System.FormattableString;

namespace FactModel.Cli.Input;

/// <summary>
/// Turns the paths of a command line into the files to read: a file stands for itself, a folder for the files under
/// it that match. It refuses rather than reads forever: more matching files than <see cref="MaxFiles"/> (a mistyped
/// path such as the home folder) or more entries walked than <see cref="MaxEntries"/> is an input error with a
/// clear message. Hidden folders (.git) and symbolic links are skipped, so a link cannot make the walk loop.
/// </summary>
internal sealed class FileFinder
{
    private readonly CliContext _context;

    public FileFinder(CliContext context, int maxFiles)
    {
        _context = context;
        MaxFiles = maxFiles;
        MaxEntries = Math.Max(maxFiles * 20, 20_000);
    }

    /// <summary>The most files a command reads (option <c>--max-files</c>).</summary>
    public int MaxFiles { get; }

    /// <summary>The most files and folders walked to find them.</summary>
    public int MaxEntries { get; }

    /// <summary>
    /// The full paths of the files under <paramref name="paths"/> that <paramref name="matches"/> accepts (files given
    /// by name are always taken), each once, sorted ordinally so that every run reads them in the same order.
    /// </summary>
    /// <param name="paths">Files and folders as written on the command line.</param>
    /// <param name="matches">Which file names in a folder to take.</param>
    /// <param name="what">What the files are, for messages: "fact files", "source documents".</param>
    public IReadOnlyList<string> Find(IEnumerable<string> paths, Func<string, bool> matches, string what)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (string path in paths)
        {
            string full = _context.FullPath(path);
            if (File.Exists(full)) found.Add(full);
            else if (Directory.Exists(full)) Walk(path, full, matches, what, found, problems);
            else problems.Add($"'{path}' does not exist; give the {what} or the folders that hold them");
        }
        if (found.Count > MaxFiles)
            problems.Add(Invariant($"there are more than {MaxFiles:N0} {what} under the paths given; give a narrower path, or raise the limit with --max-files"));
        if (problems.Count > 0) throw new InputException(problems);
        return found.ToList();
    }

    private void Walk(string path, string full, Func<string, bool> matches, string what, SortedSet<string> found, List<string> problems)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };
        int entries = 0;
        try
        {
            foreach (var entry in new DirectoryInfo(full).EnumerateFileSystemInfos("*", options))
            {
                if (++entries > MaxEntries)
                {
                    problems.Add(Invariant($"'{path}' holds more than {MaxEntries:N0} files and folders; give the folder of the {what} itself"));
                    return;
                }
                if (entry is FileInfo file && matches(file.Name))
                {
                    found.Add(file.FullName);
                    // Stop early: a folder with a million YAML files should fail fast, not after reading its listing.
                    if (found.Count > MaxFiles) return;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException)
        {
            problems.Add($"cannot read the folder '{path}': {e.Message}");
        }
    }
}
