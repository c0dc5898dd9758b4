using System;

namespace NanoEvse.ChargePoint.Authorization
{
    /// <summary>
    /// The local authorization list as <see cref="LocalAuthorizer"/> sees it (spec 3.5.3). The Local Auth List
    /// module implements it and sets <see cref="LocalAuthorizer.List"/> when it attaches.
    /// </summary>
    public interface ILocalAuthList
    {
        /// <summary>
        /// The list's entry for <paramref name="idTag"/> (any case), or null when it is not listed or the list is
        /// disabled. An Accepted entry whose expiry date has passed is reported as Expired.
        /// </summary>
        IdTagInfo Find(string idTag, DateTime utcNow);

        /// <summary>The CSMS answered for a listed <paramref name="idTag"/> (Authorize, Start or StopTransaction .conf): the list checks it agrees.</summary>
        void OnCsmsAnswer(string idTag, IdTagInfo info, DateTime utcNow);
    }
}
