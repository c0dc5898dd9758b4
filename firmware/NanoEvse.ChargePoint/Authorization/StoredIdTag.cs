using System;
using System.IO;
using NanoEvse.ChargePoint.Storage;

namespace NanoEvse.ChargePoint.Authorization
{
    /// <summary>
    /// One idTag and its idTagInfo as the authorization cache and the local list store them: idTag, status index,
    /// flags (expiry, parent), expiry ticks as two ints, parentIdTag.
    /// </summary>
    public static class StoredIdTag
    {
        private const int HasExpiryFlag = 1;
        private const int HasParentFlag = 2;

        public static void Write(DocumentWriter writer, string idTag, IdTagInfo info)
        {
            long ticks = info.ExpiryDate.Ticks;
            writer.String(idTag);
            writer.Int(AuthorizationStatus.IndexOf(info.Status));
            writer.Int((info.HasExpiry ? HasExpiryFlag : 0) | (info.ParentIdTag != null ? HasParentFlag : 0));
            writer.Int((int)ticks);
            writer.Int((int)(ticks >> 32));
            writer.String(info.ParentIdTag);
        }

        /// <summary>Reads one entry; throws <see cref="IOException"/> when a field holds an impossible value.</summary>
        public static IdTagInfo Read(DocumentReader reader, out string idTag)
        {
            idTag = reader.String();
            int status = reader.Int();
            int flags = reader.Int();
            long ticks = (uint)reader.Int() | ((long)reader.Int() << 32);
            string parent = reader.String();
            if (!IdToken.IsCiString20(idTag) || status < 0 || status >= AuthorizationStatus.Names.Length
                || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks || !IdToken.IsCiString20(parent))
            {
                throw new IOException("an entry holds an impossible value");
            }

            bool hasExpiry = (flags & HasExpiryFlag) != 0;
            return new IdTagInfo(AuthorizationStatus.Names[status], hasExpiry,
                hasExpiry ? new DateTime(ticks) : DateTime.MinValue, (flags & HasParentFlag) != 0 ? parent : null);
        }
    }
}
