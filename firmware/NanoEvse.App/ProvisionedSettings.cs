using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal;

namespace NanoEvse.App
{
    /// <summary>Who the charger is, from device.dat as the provisioning tool wrote it.</summary>
    public static class ProvisionedSettings
    {
        /// <summary>The settings device.dat gives, or null after logging why there are none.</summary>
        public static ChargerSettings Load(IFileStore flash, ILog log)
        {
            Provisioning provisioning = Provisioning.Load(new DocumentStore(flash, log));
            if (provisioning == null)
            {
                log.Write(LogLevel.Error, ChargerApp.Component, "no readable " + Provisioning.FileName
                    + "; write it with tools/NanoEvse.Provisioning and nanoff --filedeployment");
                return null;
            }

            string problem;
            ChargerSettings settings = provisioning.ToSettings(out problem);
            if (settings == null)
            {
                log.Write(LogLevel.Error, ChargerApp.Component, Provisioning.FileName + " cannot be used: " + problem);
            }

            return settings;
        }
    }
}
