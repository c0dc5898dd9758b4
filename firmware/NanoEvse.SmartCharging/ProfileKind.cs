namespace NanoEvse.SmartCharging
{
    /// <summary>ChargingProfileKindType: the wire names, indexed by the constants.</summary>
    public static class ProfileKind
    {
        public const int Absolute = 0;
        public const int Recurring = 1;
        public const int Relative = 2;

        public static readonly string[] Names = new string[] { "Absolute", "Recurring", "Relative" };
    }
}
