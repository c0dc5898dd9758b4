using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace NfGuard
{
    /// <summary>Decodes metadata signatures into readable C#-like type names for error messages.</summary>
    internal sealed class TypeNameProvider : ISignatureTypeProvider<string, object>
    {
        public static readonly TypeNameProvider Instance = new TypeNameProvider();

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            return Name(reader, handle);
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            return Name(reader, handle);
        }

        public string GetTypeFromSpecification(MetadataReader reader, object genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            return reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        }

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

        public string GetByReferenceType(string elementType) => "ref " + elementType;

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        {
            int tick = genericType.IndexOf('`');
            string bare = tick < 0 ? genericType : genericType.Substring(0, tick);
            return bare + "<" + string.Join(", ", typeArguments) + ">";
        }

        public string GetGenericMethodParameter(object genericContext, int index) => "!!" + index;

        public string GetGenericTypeParameter(object genericContext, int index) => "!" + index;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public static string Name(MetadataReader reader, EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                {
                    TypeDefinition type = reader.GetTypeDefinition((TypeDefinitionHandle)handle);
                    string name = reader.GetString(type.Name);
                    TypeDefinitionHandle declaring = type.GetDeclaringType();
                    if (!declaring.IsNil)
                    {
                        return Name(reader, declaring) + "+" + name;
                    }

                    string ns = reader.GetString(type.Namespace);
                    return ns.Length == 0 ? name : ns + "." + name;
                }

                case HandleKind.TypeReference:
                {
                    TypeReference type = reader.GetTypeReference((TypeReferenceHandle)handle);
                    string name = reader.GetString(type.Name);
                    if (type.ResolutionScope.Kind == HandleKind.TypeReference)
                    {
                        return Name(reader, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
                    }

                    string ns = reader.GetString(type.Namespace);
                    return ns.Length == 0 ? name : ns + "." + name;
                }

                case HandleKind.TypeSpecification:
                    return reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(Instance, null);

                default:
                    return MetadataTokens.GetToken(handle).ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
