using System.Globalization;

namespace FactModel.Generator.Emit;

/// <summary>
/// The hint names of the fact files' sources: one per output group (<see cref="Pipeline.OutputGroups"/>), named by
/// its number (<c>FactGroup.007.g.cs</c>), which depends on the files' paths relative to the project only, so the names
/// are the same in every checkout. Three digits or more, so that the names of up to a thousand groups sort by number.
/// </summary>
internal static class HintNames
{
    public static string ForGroup(int index) => string.Format(CultureInfo.InvariantCulture, "FactGroup.{0:D3}.g.cs", index);
}
