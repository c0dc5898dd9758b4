using System.Globalization;

namespace NfGuard
{
    /// <summary>The size figures of one emitted device assembly, measured against the nanoFramework limits.</summary>
    public sealed class AssemblyFigures
    {
        public AssemblyFigures(string assemblyName, int ilBytes, int userStringBytes, int nameBytes, int typeCount,
            int maxStaticMethods, int maxInstanceMethods, int maxVirtualMethods)
        {
            AssemblyName = assemblyName;
            IlBytes = ilBytes;
            UserStringBytes = userStringBytes;
            NameBytes = nameBytes;
            TypeCount = typeCount;
            MaxStaticMethods = maxStaticMethods;
            MaxInstanceMethods = maxInstanceMethods;
            MaxVirtualMethods = maxVirtualMethods;
        }

        public string AssemblyName { get; }

        /// <summary>Sum of the IL code sizes of all method bodies.</summary>
        public int IlBytes { get; }

        /// <summary>Size of the #US heap (string literals, UTF-16).</summary>
        public int UserStringBytes { get; }

        /// <summary>Size of the #Strings heap (type, member and namespace names).</summary>
        public int NameBytes { get; }

        /// <summary>Type definitions, compiler-generated ones included, &lt;Module&gt; excluded.</summary>
        public int TypeCount { get; }

        public int MaxStaticMethods { get; }

        public int MaxInstanceMethods { get; }

        public int MaxVirtualMethods { get; }

        public override string ToString()
        {
            return string.Format(
                CultureInfo.InvariantCulture,
                "NfGuard: {0}: IL {1:N0} of {2:N0} B, user strings {3:N0} of {4:N0} B, names {5:N0} B, {6} types, max methods per type {7} static / {8} instance / {9} virtual",
                AssemblyName, IlBytes, IlLint.ByteCodeLimit, UserStringBytes, IlLint.UserStringLimit, NameBytes, TypeCount,
                MaxStaticMethods, MaxInstanceMethods, MaxVirtualMethods);
        }
    }
}
