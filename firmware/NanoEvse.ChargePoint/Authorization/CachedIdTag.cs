namespace NanoEvse.ChargePoint.Authorization
{
    /// <summary>One authorization cache entry: an idTag as the CSMS last answered for it.</summary>
    internal sealed class CachedIdTag
    {
        public CachedIdTag(string idTag, IdTagInfo info)
        {
            IdTag = idTag;
            Info = info;
        }

        public string IdTag;

        public IdTagInfo Info;
    }
}
