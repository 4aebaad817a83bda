using FactModel.Specs;

namespace FactModel.Cli.Input;

/// <summary>A fact file as read and parsed: where it is, how it is printed, its text (for excerpts) and its facts.</summary>
internal sealed record LoadedFactFile(string FullPath, string DisplayPath, string Text, ParsedFactFile Parsed);
