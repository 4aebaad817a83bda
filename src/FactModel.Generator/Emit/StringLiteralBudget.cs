using System.Linq;
using FactModel.Data;
using FactModel.Specs;
using FactModel.Validation;

namespace FactModel.Generator.Emit;

/// <summary>
/// Estimates how much of an assembly's string-literal heap a generated model takes when its data is held as strings
/// (C# 10 or earlier; with C# 11 the data is UTF-8 and takes none). The CLR caps that heap at 16 MB (2^24 bytes,
/// UTF-16), and the compiler then fails with CS8103. The estimate counts every reference as resolved, so it errs on
/// the high side, which is why the diagnostic is a warning.
/// </summary>
internal static class StringLiteralBudget
{
    /// <summary>The most bytes the #US metadata heap of one assembly can hold.</summary>
    public const long HeapLimit = 0xFFFFFF;

    /// <param name="kinds">The project's kinds, whose declared fields facts of declared kinds also write.</param>
    public static long BytesOf(ParsedFactFile file, FactModel.Core.Kinds.KindCatalog kinds)
    {
        // One literal per data field: a length prefix (up to 4 bytes), two bytes a character, and a terminal byte.
        long characters = file.Facts.Sum(fact => (long)FactDataWriter.Write(fact, (_, _) => true, kinds).Length);
        long literals = (file.Facts.Count + FactFileEmitter.ChunkSize - 1) / FactFileEmitter.ChunkSize;
        return 2 * characters + 5 * literals;
    }

    public static FactDiagnostic? Check(long bytes) =>
        bytes > HeapLimit ? FactDiagnostic.Create(DiagnosticCatalog.ModelTooLarge, "", default, bytes, HeapLimit) : null;
}
