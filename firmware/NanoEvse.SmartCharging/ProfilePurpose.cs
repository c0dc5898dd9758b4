namespace NanoEvse.SmartCharging
{
    /// <summary>ChargingProfilePurposeType: the wire names, indexed by the constants.</summary>
    public static class ProfilePurpose
    {
        public const int ChargePointMax = 0;
        public const int TxDefault = 1;
        public const int Tx = 2;

        public static readonly string[] Names = new string[] { "ChargePointMaxProfile", "TxDefaultProfile", "TxProfile" };
    }
}
