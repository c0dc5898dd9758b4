using System;
using NanoEvse.ChargePoint.Configuration;

namespace NanoEvse.ChargePoint.Authorization
{
    /// <summary>
    /// What the charger decides about an idTag on its own (spec 3.5): start at once, ask the CSMS, or refuse.
    /// Its knowledge is the authorization cache; the local authorization list, once it exists, goes in front of
    /// the cache in <see cref="Find"/> (the list has priority) and keeps its ids out of the cache in
    /// <see cref="Learn"/> (ids in the list are never cached, spec 3.5.3).
    /// </summary>
    public sealed class LocalAuthorizer
    {
        /// <summary>Send Authorize.req and act on the answer.</summary>
        public const int AskCsms = 0;

        /// <summary>Authorized locally: the session may start without asking.</summary>
        public const int StartNow = 1;

        /// <summary>Not authorized, and nobody to ask.</summary>
        public const int Refuse = 2;

        private readonly AuthorizationCache _cache;
        private readonly ConfigKey _preAuthorize;
        private readonly ConfigKey _authorizeOffline;
        private readonly ConfigKey _unknownOffline;

        public LocalAuthorizer(AuthorizationCache cache, ChargerConfiguration config)
        {
            _cache = cache;
            _preAuthorize = config.Find(KeyNames.LocalPreAuthorize);
            _authorizeOffline = config.Find(KeyNames.LocalAuthorizeOffline);
            _unknownOffline = config.Find(KeyNames.AllowOfflineTxForUnknownId);
        }

        /// <summary>What the charger itself knows of <paramref name="idTag"/>, or null when it is unknown here.</summary>
        public IdTagInfo Find(string idTag, DateTime utcNow)
        {
            return _cache == null ? null : _cache.Lookup(idTag, utcNow);
        }

        /// <summary>Records an idTagInfo the CSMS sent (Authorize, StartTransaction or StopTransaction .conf).</summary>
        public void Learn(string idTag, IdTagInfo info, DateTime utcNow)
        {
            if (_cache != null && idTag != null && info != null)
            {
                _cache.Update(idTag, info, utcNow);
            }
        }

        /// <summary>
        /// With the CSMS reachable: a locally valid id starts at once under LocalPreAuthorize; anything else,
        /// a cached id that is not valid included, is asked for.
        /// </summary>
        public int Online(string idTag, DateTime utcNow)
        {
            return ConfigKey.BoolOr(_preAuthorize, false) && IsValid(Find(idTag, utcNow)) ? StartNow : AskCsms;
        }

        /// <summary>
        /// With the CSMS out of reach: an id known here but not valid (blocked, invalid, expired) is always refused;
        /// a valid one starts under LocalAuthorizeOffline; anything not refused by what the charger knows starts
        /// under AllowOfflineTxForUnknownId, since an unknown id is the weaker case of the two.
        /// </summary>
        public int Offline(string idTag, DateTime utcNow)
        {
            IdTagInfo info = Find(idTag, utcNow);
            if (info != null && !IsValid(info))
            {
                return Refuse;
            }

            if (info != null && ConfigKey.BoolOr(_authorizeOffline, false))
            {
                return StartNow;
            }

            return ConfigKey.BoolOr(_unknownOffline, false) ? StartNow : Refuse;
        }

        /// <summary>
        /// Only Accepted starts a session locally: ConcurrentTx says the id is busy elsewhere. The cache already
        /// reports a lapsed expiry date as Expired.
        /// </summary>
        private static bool IsValid(IdTagInfo info)
        {
            return info != null && info.Status == AuthorizationStatus.Accepted;
        }
    }
}
