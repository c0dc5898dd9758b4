namespace NanoEvse.ChargePoint.Authorization
{
    /// <summary>The idTagInfo statuses, spelled as they go on the wire.</summary>
    public static class AuthorizationStatus
    {
        public const string Accepted = "Accepted";
        public const string Blocked = "Blocked";
        public const string Expired = "Expired";
        public const string Invalid = "Invalid";
        public const string ConcurrentTx = "ConcurrentTx";

        /// <summary>Every status; a status's index here is how the authorization cache stores it, so only append.</summary>
        public static readonly string[] Names = { Accepted, Blocked, Expired, Invalid, ConcurrentTx };

        /// <summary>The position of <paramref name="status"/> in <see cref="Names"/>, or -1.</summary>
        public static int IndexOf(string status)
        {
            for (int i = 0; i < Names.Length; i++)
            {
                if (Names[i] == status)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
