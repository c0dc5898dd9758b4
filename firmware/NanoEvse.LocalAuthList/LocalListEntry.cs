using NanoEvse.ChargePoint.Authorization;

namespace NanoEvse.LocalAuthList
{
    /// <summary>One idTag of the local list, or of a SendLocalList update (where no idTagInfo means "remove it").</summary>
    public sealed class LocalListEntry
    {
        public LocalListEntry(string idTag, IdTagInfo info)
        {
            IdTag = idTag;
            Info = info;
        }

        public string IdTag { get; private set; }

        /// <summary>null only in a Differential update: the idTag leaves the list.</summary>
        public IdTagInfo Info { get; private set; }
    }
}
