using System.Runtime.CompilerServices;

namespace FactModel.Cli.Tests.Infrastructure;

/// <summary>
/// Snapshot checks with Shouldly's approved files, as the generator tests do: one file per output, named by test
/// class, test and a name, under Snapshots/. A changed output writes a *.received.* file next to the approved one
/// (ignored by git) and fails the test; tests/approve-snapshots accepts it after review.
/// </summary>
public static class Snapshots
{
    /// <param name="actual">The output.</param>
    /// <param name="name">What the output is, when a test has several: "msbuild", "timeline".</param>
    /// <param name="extension">The approved file's extension: txt, json, jsonld, mmd, dot.</param>
    /// <param name="callerFile">Filled in by the compiler.</param>
    /// <param name="test">Filled in by the compiler.</param>
    public static void Match(string actual, string? name = null, string extension = "txt", [CallerFilePath] string callerFile = "",
        [CallerMemberName] string test = "")
    {
        string discriminator = Path.GetFileNameWithoutExtension(callerFile) + "." + test + (name is null ? "" : "_" + name);
        actual.Replace("\r\n", "\n", StringComparison.Ordinal).ShouldMatchApproved(options => options
            .SubFolder("Snapshots")
            .LocateTestMethodUsingAttribute<FactAttribute>()
            .WithDiscriminator(discriminator)
            .WithFilenameGenerator((_, d, type, ext) => $"{d!.TrimStart('.')}.{type}.{ext}")
            .WithFileExtension(extension)
            .NoDiff());
    }
}
