using System;
using System.Reflection.Metadata;
using System.Threading;
using FactModel.Core.Model;
using Microsoft.CodeAnalysis;

namespace FactModel.Generator.Pipeline;

/// <summary>
/// Reads the fact model a referenced assembly publishes: the <c>[assembly: AssemblyMetadata("FactModel.Model", ...)]</c>
/// its generated code carries (<see cref="ReferencedModel.Write"/>). One reference at a time, from the compilation's
/// references (<c>MetadataReferencesProvider</c>), so that the result is cached per reference and a C#-only edit, which
/// changes no reference, reads nothing again. A reference it cannot read is not a model: it never throws.
/// </summary>
internal static class ReferencedModelReader
{
    public static ReferencedModel? Read(MetadataReference reference, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return reference switch
            {
                PortableExecutableReference file => FromMetadata(file),
                // In the IDE a project reference is the other project's compilation, with its generated code.
                CompilationReference project => FromAttributes(project.Compilation.Assembly),
                _ => null,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The model in a compiled assembly's metadata, read with System.Reflection.Metadata (no symbols are built).</summary>
    private static ReferencedModel? FromMetadata(PortableExecutableReference reference)
    {
        if (reference.GetMetadata() is not AssemblyMetadata assembly) return null;
        var modules = assembly.GetModules();
        if (modules.IsDefaultOrEmpty) return null;
        var reader = modules[0].GetMetadataReader();
        if (!reader.IsAssembly) return null;
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!IsAssemblyMetadata(reader, attribute)) continue;
            var blob = reader.GetBlobReader(attribute.Value);
            // The blob of a custom attribute: the prolog 0x0001, then each constructor argument (two strings).
            if (blob.ReadUInt16() != 1) continue;
            if (blob.ReadSerializedString() != ReferencedModel.MetadataKey) continue;
            string? text = blob.ReadSerializedString();
            string name = reader.GetString(reader.GetAssemblyDefinition().Name);
            return text is null ? null : ReferencedModel.Read(name, text);
        }
        return null;
    }

    private static bool IsAssemblyMetadata(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference) return false;
        var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
        if (constructor.Parent.Kind != HandleKind.TypeReference) return false;
        var type = reader.GetTypeReference((TypeReferenceHandle)constructor.Parent);
        return reader.StringComparer.Equals(type.Name, "AssemblyMetadataAttribute") && reader.StringComparer.Equals(type.Namespace, "System.Reflection");
    }

    /// <summary>The model among an assembly symbol's attributes (a project reference in the IDE).</summary>
    private static ReferencedModel? FromAttributes(IAssemblySymbol assembly)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is not { Name: "AssemblyMetadataAttribute" } type || type.ContainingNamespace?.ToDisplayString() != "System.Reflection") continue;
            if (attribute.ConstructorArguments.Length == 2 && attribute.ConstructorArguments[0].Value is ReferencedModel.MetadataKey
                && attribute.ConstructorArguments[1].Value is string text)
                return ReferencedModel.Read(assembly.Name, text);
        }
        return null;
    }
}
