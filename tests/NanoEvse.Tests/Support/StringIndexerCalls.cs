using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace NanoEvse.Tests.Support
{
    /// <summary>
    /// Finds the methods of an assembly whose IL calls the string indexer (System.String::get_Chars), which
    /// walks the UTF-8 text from its start on nanoCLR, by decoding every method body instruction by instruction.
    /// </summary>
    public static class StringIndexerCalls
    {
        private static readonly Dictionary<short, OperandType> Operands = OperandTypes();

        /// <summary>"Type.Method" of every method that indexes a string, in metadata order.</summary>
        public static List<string> In(Assembly assembly)
        {
            List<string> callers = new List<string>();
            using FileStream file = File.OpenRead(assembly.Location);
            using PEReader pe = new PEReader(file);
            MetadataReader metadata = pe.GetMetadataReader();
            foreach (TypeDefinitionHandle typeHandle in metadata.TypeDefinitions)
            {
                TypeDefinition type = metadata.GetTypeDefinition(typeHandle);
                foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
                {
                    MethodDefinition method = metadata.GetMethodDefinition(methodHandle);
                    if (method.RelativeVirtualAddress != 0 && CallsIndexer(metadata, pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()))
                    {
                        callers.Add(metadata.GetString(type.Name) + "." + metadata.GetString(method.Name));
                    }
                }
            }

            return callers;
        }

        private static bool CallsIndexer(MetadataReader metadata, byte[] il)
        {
            int pos = 0;
            while (pos < il.Length)
            {
                short code = il[pos] == 0xFE ? (short)(0xFE00 | il[pos + 1]) : il[pos];
                pos += il[pos] == 0xFE ? 2 : 1;
                OperandType operand = Operands[code];
                if ((code == OpCodes.Call.Value || code == OpCodes.Callvirt.Value) && IsIndexer(metadata, MetadataTokens.EntityHandle(BitConverter.ToInt32(il, pos))))
                {
                    return true;
                }

                pos += OperandSize(operand, il, pos);
            }

            return false;
        }

        private static bool IsIndexer(MetadataReader metadata, EntityHandle target)
        {
            if (target.Kind != HandleKind.MemberReference)
            {
                return false;
            }

            MemberReference member = metadata.GetMemberReference((MemberReferenceHandle)target);
            if (member.Parent.Kind != HandleKind.TypeReference || metadata.GetString(member.Name) != "get_Chars")
            {
                return false;
            }

            TypeReference parent = metadata.GetTypeReference((TypeReferenceHandle)member.Parent);
            return metadata.GetString(parent.Namespace) == "System" && metadata.GetString(parent.Name) == "String";
        }

        private static int OperandSize(OperandType operand, byte[] il, int pos)
        {
            switch (operand)
            {
                case OperandType.InlineNone:
                    return 0;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    return 1;
                case OperandType.InlineVar:
                    return 2;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    return 8;
                case OperandType.InlineSwitch:
                    return 4 + 4 * BitConverter.ToInt32(il, pos);
                default:
                    return 4;
            }
        }

        private static Dictionary<short, OperandType> OperandTypes()
        {
            Dictionary<short, OperandType> operands = new Dictionary<short, OperandType>();
            foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                OpCode code = (OpCode)field.GetValue(null)!;
                operands[code.Value] = code.OperandType;
            }

            return operands;
        }
    }
}
