using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Operations;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>Gets the answer to an Authorize: the CSMS's idTagInfo, or null when there was none.</summary>
    public interface IAuthorizationListener
    {
        void OnAuthorizeResult(Authorize request, IdTagInfo info);
    }
}
