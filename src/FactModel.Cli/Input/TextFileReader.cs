using System;
using System.IO;
using System.Security;
using System.Text;
using static System.FormattableString;

namespace FactModel.Cli.Input;

/// <summary>
/// Reads a fact file or source document as text, decoded as the compiler decodes AdditionalFiles (a byte order
/// mark decides the encoding, UTF-8 otherwise), so that the parser sees the same characters and reports the same
/// columns. Binary and unreadable files are input errors with a clear message, never exceptions.
/// </summary>
internal static class TextFileReader
{
    // How much of a file is looked at to tell text from binary: what git looks at, for the same reason.
    private const int BinarySniffLength = 8000;

    /// <summary>Reads a file as text.</summary>
    /// <param name="fullPath">The file.</param>
    /// <param name="displayPath">How messages name it.</param>
    /// <param name="maxBytes">Files larger than this are refused before being read, so that a stray disk image cannot exhaust memory.</param>
    public static string Read(string fullPath, string displayPath, long maxBytes)
    {
        byte[] bytes;
        try
        {
            long length = new FileInfo(fullPath).Length;
            if (length > maxBytes)
                throw new InputException(Invariant($"'{displayPath}' is {length:N0} bytes, larger than any fact file or document factmodel reads ({maxBytes:N0} bytes)"));
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException)
        {
            throw new InputException($"cannot read '{displayPath}': {e.Message}");
        }

        if (IsBinary(bytes)) throw new InputException($"'{displayPath}' is a binary file, not text; give only YAML fact files and plain text documents");
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>True when the start of the file holds a NUL byte and no byte order mark says it is UTF-16 or UTF-32.</summary>
    private static bool IsBinary(byte[] bytes)
    {
        bool unicodeBom = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        bool utf32Bom = bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF;
        if (unicodeBom || utf32Bom) return false;
        return Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, BinarySniffLength)) >= 0;
    }
}
