using System.Collections;

namespace NanoEvse.LocalAuthList
{
    /// <summary>A SendLocalList request: a whole new list (Full) or changes to the current one (Differential).</summary>
    public sealed class LocalListUpdate
    {
        public const string Full = "Full";
        public const string Differential = "Differential";

        /// <summary>The updateType values, as they go on the wire.</summary>
        public static readonly string[] Types = { Differential, Full };

        public LocalListUpdate(bool full, int version, ArrayList entries)
        {
            IsFull = full;
            Version = version;
            Entries = entries;
        }

        public bool IsFull { get; private set; }

        public int Version { get; private set; }

        /// <summary><see cref="LocalListEntry"/> items, in request order.</summary>
        public ArrayList Entries { get; private set; }
    }
}
