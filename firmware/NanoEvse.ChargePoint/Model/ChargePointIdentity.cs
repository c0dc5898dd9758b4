namespace NanoEvse.ChargePoint.Model
{
    /// <summary>What the charger says about itself in BootNotification. Null fields are not sent.</summary>
    public sealed class ChargePointIdentity
    {
        public string Vendor = "nanoEVSE";
        public string Model = "nanoEVSE-AC1";
        public string ChargePointSerialNumber;
        public string ChargeBoxSerialNumber;
        public string FirmwareVersion;
        public string Iccid;
        public string Imsi;
        public string MeterType;
        public string MeterSerialNumber;
    }
}
