namespace NanoEvse.ChargePoint.Configuration
{
    /// <summary>The OCPP 1.6 Measurand values (spec 7.31), the items the meter-value keys may list.</summary>
    public static class Measurands
    {
        public const string EnergyActiveImportRegister = "Energy.Active.Import.Register";
        public const string EnergyActiveExportRegister = "Energy.Active.Export.Register";

        public static readonly string[] All = new string[]
        {
            "Current.Export", "Current.Import", "Current.Offered",
            EnergyActiveExportRegister, EnergyActiveImportRegister,
            "Energy.Reactive.Export.Register", "Energy.Reactive.Import.Register",
            "Energy.Active.Export.Interval", "Energy.Active.Import.Interval",
            "Energy.Reactive.Export.Interval", "Energy.Reactive.Import.Interval",
            "Frequency", "Power.Active.Export", "Power.Active.Import", "Power.Factor", "Power.Offered",
            "Power.Reactive.Export", "Power.Reactive.Import", "RPM", "SoC", "Temperature", "Voltage"
        };

        /// <summary>What this charger's metering can report: everything but RPM and SoC, which an AC charger cannot know.</summary>
        public static readonly string[] Metered = Except(All, "RPM", "SoC");

        private static string[] Except(string[] all, string first, string second)
        {
            string[] kept = new string[all.Length - 2];
            int n = 0;
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i] != first && all[i] != second)
                {
                    kept[n++] = all[i];
                }
            }

            return kept;
        }
    }
}
