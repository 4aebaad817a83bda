using System;
using System.Linq;
using Shouldly;
using Xunit;

namespace FactModel.Tests;

/// <summary>
/// The runtime library is what every consumer ships and sees in IntelliSense: only what a running program needs. The
/// parsed model, the rules, the diagnostic catalogue and the data writer belong to FactModel.Core.
/// </summary>
public sealed class RuntimeLibraryTests
{
    private static readonly Type[] PublicTypes = typeof(Fact).Assembly.GetExportedTypes();

    [Fact]
    public void The_runtime_library_has_at_most_40_public_types() =>
        PublicTypes.Length.ShouldBeLessThanOrEqualTo(40, string.Join(", ", PublicTypes.Select(t => t.FullName).OrderBy(n => n, StringComparer.Ordinal)));

    [Fact]
    public void No_public_type_of_the_runtime_library_belongs_to_the_compiler_side()
    {
        string[] compilerSide = PublicTypes
            .Where(t => t.Namespace is "FactModel.Specs" or "FactModel.Validation" or "FactModel.Validation.Rules"
                || t.Name.Contains("Writer") || t.Name.Contains("Summary") || t.Name.Contains("Rules") || t.Name.Contains("Spec")
                || t.Name.StartsWith("Equatable", StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .ToArray();
        compilerSide.ShouldBeEmpty();
    }

    [Fact]
    public void The_runtime_library_does_not_reference_the_compiler_side() =>
        typeof(Fact).Assembly.GetReferencedAssemblies().Select(a => a.Name)
            .ShouldNotContain(name => name == "FactModel.Core" || name == "YamlDotNet" || name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
}
