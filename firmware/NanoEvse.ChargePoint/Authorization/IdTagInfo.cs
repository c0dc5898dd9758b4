using System;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Authorization
{
    /// <summary>
    /// What the CSMS says about an idTag (idTagInfo in Authorize.conf, StartTransaction.conf and StopTransaction.conf):
    /// its status, when that status stops holding, and the group (parentIdTag) it belongs to.
    /// </summary>
    public sealed class IdTagInfo
    {
        public IdTagInfo(string status) : this(status, false, DateTime.MinValue, null)
        {
        }

        /// <param name="parentIdTag">null when the CSMS named no group.</param>
        public IdTagInfo(string status, bool hasExpiry, DateTime expiryDate, string parentIdTag)
        {
            Status = status;
            HasExpiry = hasExpiry;
            ExpiryDate = hasExpiry ? expiryDate : DateTime.MinValue;
            ParentIdTag = parentIdTag;
        }

        /// <summary>One of the <see cref="AuthorizationStatus"/> values.</summary>
        public string Status { get; private set; }

        public bool HasExpiry { get; private set; }

        /// <summary>UTC; meaningful only when <see cref="HasExpiry"/>.</summary>
        public DateTime ExpiryDate { get; private set; }

        /// <summary>null when absent.</summary>
        public string ParentIdTag { get; private set; }

        /// <summary>Whether the status grants charging (spec 3.5.2: Accepted and ConcurrentTx are the valid ones).</summary>
        public bool HasValidStatus
        {
            get { return Status == AuthorizationStatus.Accepted || Status == AuthorizationStatus.ConcurrentTx; }
        }

        /// <summary>A valid status whose expiry date, if any, is still ahead of <paramref name="utcNow"/>.</summary>
        public bool IsValidAt(DateTime utcNow)
        {
            return HasValidStatus && !(HasExpiry && utcNow >= ExpiryDate);
        }

        /// <summary>Whether both say exactly the same: status, expiry and parent.</summary>
        public bool SameAs(IdTagInfo other)
        {
            return other != null && Status == other.Status && HasExpiry == other.HasExpiry
                && ExpiryDate == other.ExpiryDate && ParentIdTag == other.ParentIdTag;
        }

        /// <summary>Reads a response payload whose one field of interest is idTagInfo; null when it has none.</summary>
        public static IdTagInfo ReadFromPayload(JsonReader payload)
        {
            IdTagInfo info = null;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                if (payload.Value == "idTagInfo")
                {
                    info = Read(payload, "idTagInfo");
                }
                else
                {
                    payload.SkipValue();
                }
            }

            return info;
        }

        /// <summary>
        /// Reads an idTagInfo object (the reader stands before it) and checks it against the OCPP 1.6 schema:
        /// not an object → TypeConstraintViolation, no status → OccurenceConstraintViolation, an unknown status, a
        /// parentIdTag over 20 characters or a malformed expiryDate → PropertyConstraintViolation, a mistyped field
        /// → TypeConstraintViolation. Unknown properties are skipped, as everywhere in this charger.
        /// </summary>
        public static IdTagInfo Read(JsonReader reader, string field)
        {
            string status = null;
            bool hasExpiry = false;
            DateTime expiry = DateTime.MinValue;
            string parent = null;
            reader.ReadObjectStart(field, CallErrorCode.TypeConstraintViolation);
            while (reader.NextProperty())
            {
                switch (reader.Value)
                {
                    case "status":
                        status = AuthorizationStatus.Names[reader.ReadEnum("status", AuthorizationStatus.Names)];
                        break;
                    case "expiryDate":
                        expiry = reader.ReadTimestamp("expiryDate");
                        hasExpiry = true;
                        break;
                    case "parentIdTag":
                        parent = IdToken.Read(reader, "parentIdTag");
                        break;
                    default:
                        reader.SkipValue();
                        break;
                }
            }

            JsonReader.Require(status != null, "status");
            return new IdTagInfo(status, hasExpiry, expiry, parent);
        }

        /// <summary>Writes the idTagInfo object; the caller writes its property name.</summary>
        public void Write(JsonWriter writer)
        {
            writer.BeginObject();
            if (HasExpiry)
            {
                writer.TimestampProperty("expiryDate", ExpiryDate);
            }

            writer.Property("parentIdTag", ParentIdTag);
            writer.Property("status", Status);
            writer.EndObject();
        }
    }
}
