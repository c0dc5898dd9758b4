using System.IO;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// Who this run's charger is: the command line over the provisioning in the flash (device.dat), as the
    /// device would read it. The command line only overrides for this run; device.dat is never rewritten, so
    /// the provisioning tool stays the one writer of that file.
    /// </summary>
    public sealed class ChargerSetup
    {
        /// <summary>The CSMS URL ending in the charge point id, or null to use the embedded CSMS.</summary>
        public string CsmsUrl { get; private set; }

        public ChargerProfile Profile { get; private set; }

        public string AuthorizationKey { get; private set; }

        /// <summary>Whether the --data-dir flash is to be marked as this profile's (first use, or --force-profile).</summary>
        public bool RecordProfile { get; private set; }

        /// <summary>The setup, or null with the reason in <paramref name="error"/> when a stored device.dat cannot be used.</summary>
        public static ChargerSetup Resolve(EmulatorOptions options, IFileStore flash, ILog log, TextWriter output, out string error)
        {
            error = null;
            string storedPath = Path.Combine(options.DataDirectory ?? string.Empty, Provisioning.FileName);
            Provisioning stored = Provisioning.Load(new DocumentStore(flash, log));
            if (stored == null && flash.Read(Provisioning.FileName) != null)
            {
                // Falling back to CP001 and the embedded CSMS would hide that this charger's identity is lost.
                error = storedPath + " cannot be read; write it again with the provisioning tool";
                return null;
            }

            if (stored != null)
            {
                error = stored.Validate();
                if (error != null)
                {
                    error = storedPath + ": " + error;
                    return null;
                }

                output.WriteLine("Provisioning from " + storedPath);
            }

            ChargerSetup setup = new ChargerSetup();
            setup.CsmsUrl = options.CsmsUrl ?? (stored == null ? null : stored.Address(out _).Url);
            setup.AuthorizationKey = options.AuthorizationKey ?? stored?.AuthorizationKey;
            string recorded = options.DataDirectory == null ? null : ProfileRecord.Load(flash);
            if (recorded != null && ChargerProfiles.Find(recorded) == null)
            {
                error = Path.Combine(options.DataDirectory, ProfileRecord.FileName) + " names an unknown profile '" + recorded + "'";
                return null;
            }

            string storedProfile = stored == null ? recorded ?? ChargerProfiles.DefaultName : ChargerProfiles.Find(stored.ProfileName).Name;
            setup.Profile = ChargerProfiles.Find(options.ProfileName ?? storedProfile);
            if (recorded != null && setup.Profile.Name != recorded && !options.ForceProfile)
            {
                error = options.DataDirectory + " holds the flash of a " + recorded + " charger (" + ProfileRecord.FileName + "); to run it as " +
                    setup.Profile.Name + " add --force-profile (stored values of keys " + setup.Profile.Name + " lacks are then ignored)";
                return null;
            }

            setup.RecordProfile = options.DataDirectory != null && setup.Profile.Name != recorded;
            if (stored != null && setup.Profile.Name != storedProfile)
            {
                output.WriteLine("Note: --profile " + setup.Profile.Name + " replaces the provisioned profile " + storedProfile +
                    " for this run; device.dat is unchanged, and stored values of keys " + setup.Profile.Name + " lacks are ignored.");
            }

            return setup;
        }
    }
}
