namespace NanoEvse.ChargePoint.Model
{
    /// <summary>
    /// What the charger says about itself in BootNotification. Null fields are not sent, but vendor and model, when
    /// left null, are the charger profile's.
    /// </summary>
    public sealed class ChargePointIdentity
    {
        public string Vendor;
        public string Model;
        public string ChargePointSerialNumber;
        public string ChargeBoxSerialNumber;
        public string FirmwareVersion;
        public string Iccid;
        public string Imsi;
        public string MeterType;
        public string MeterSerialNumber;
    }
}
