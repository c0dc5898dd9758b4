using System;
using NanoEvse.ChargePoint.Configuration;

namespace NanoEvse.ChargePoint.Authorization
{
    /// <summary>
    /// What the charger decides about an idTag on its own (spec 3.5): start at once, ask the CSMS, or refuse.
    /// Its knowledge is the local authorization list, when a module provides one, then the authorization cache:
    /// the list has priority in <see cref="Find"/>, and its ids are kept out of the cache in <see cref="Learn"/>
    /// (ids in the list are never cached, spec 3.5.3).
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

        /// <summary>The local authorization list, or null without the Local Auth List module.</summary>
        public ILocalAuthList List { get; set; }

        /// <summary>What the charger itself knows of <paramref name="idTag"/>, or null when it is unknown here.</summary>
        public IdTagInfo Find(string idTag, DateTime utcNow)
        {
            IdTagInfo listed = Listed(idTag, utcNow);
            if (listed != null)
            {
                return listed;
            }

            return _cache == null ? null : _cache.Lookup(idTag, utcNow);
        }

        /// <summary>The list's entry for <paramref name="idTag"/>, or null.</summary>
        public IdTagInfo Listed(string idTag, DateTime utcNow)
        {
            return List == null || idTag == null ? null : List.Find(idTag, utcNow);
        }

        /// <summary>Whether the list holds <paramref name="idTag"/> as valid and in group <paramref name="parentIdTag"/>: it may stop that group's session.</summary>
        public bool ListedInGroup(string idTag, string parentIdTag, DateTime utcNow)
        {
            IdTagInfo info = Listed(idTag, utcNow);
            return parentIdTag != null && IsValid(info) && IdToken.Same(info.ParentIdTag, parentIdTag);
        }

        /// <summary>Records an idTagInfo the CSMS sent (Authorize, StartTransaction or StopTransaction .conf).</summary>
        public void Learn(string idTag, IdTagInfo info, DateTime utcNow)
        {
            if (idTag == null || info == null)
            {
                return;
            }

            if (Listed(idTag, utcNow) != null)
            {
                List.OnCsmsAnswer(idTag, info, utcNow);
            }
            else if (_cache != null)
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
        /// Only Accepted starts a session locally: ConcurrentTx says the id is busy elsewhere. The list and the
        /// cache already report a lapsed expiry date as Expired.
        /// </summary>
        private static bool IsValid(IdTagInfo info)
        {
            return info != null && info.Status == AuthorizationStatus.Accepted;
        }
    }
}
